using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// One answer of a model list that the server pages (<c>GET /models</c>, <c>GET /models/user</c>,
/// <c>GET /embeddings/models</c>): the models, how many match in all, and where the next page is.
/// </summary>
public sealed class ModelPage
{
    private IReadOnlyList<ModelInfo> _models = new List<ModelInfo>();

    /// <summary>The models of this page, in the server's order; empty past the end. (<c>data</c>)</summary>
    [JsonPropertyName("data")]
    [JsonConverter(typeof(NonNullReadOnlyListConverter<ModelInfo>))]
    public IReadOnlyList<ModelInfo> Models { get => _models; set => _models = value ?? new List<ModelInfo>(); }

    /// <summary>How many models match the query in all pages; null when the server did not say. (<c>total_count</c>)</summary>
    [JsonPropertyName("total_count")]
    public int? TotalCount { get; set; }

    /// <summary>Paging links; <see cref="ModelPageLinks.Next"/> is null on the last page. (<c>links</c>)</summary>
    [JsonPropertyName("links")]
    public ModelPageLinks? Links { get; set; }

    /// <summary>True when the server named a next page (<c>links.next</c> is set).</summary>
    [JsonIgnore]
    public bool HasMore => !string.IsNullOrEmpty(Links?.Next);

    /// <summary>Members of the answer the SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>The paging links of a <see cref="ModelPage"/>.</summary>
public sealed class ModelPageLinks
{
    /// <summary>
    /// The address of the next page relative to the host, such as <c>/api/v1/models?offset=500&amp;limit=500</c>;
    /// null on the last page. (<c>next</c>)
    /// </summary>
    [JsonPropertyName("next")]
    public string? Next { get; set; }

    /// <summary>Members the SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
