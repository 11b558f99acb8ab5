using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>A request to order documents by relevance to a query (<c>POST /rerank</c>).</summary>
public sealed class RerankRequest
{
    /// <summary>Creates an empty request; set <see cref="Model"/>, <see cref="Query"/> and <see cref="Documents"/>.</summary>
    public RerankRequest()
    {
    }

    /// <summary>Creates a request for a model, a query and the documents to rank.</summary>
    /// <param name="model">The rerank model, for example <c>cohere/rerank-v3.5</c>.</param>
    /// <param name="query">The search query.</param>
    /// <param name="documents">The documents; a string converts implicitly to a text document.</param>
    public RerankRequest(string model, string query, IEnumerable<RerankDocument> documents)
    {
        Model = model;
        Query = query;
        Documents = new List<RerankDocument>(documents ?? []);
    }

    /// <summary>The rerank model (required).</summary>
    [JsonPropertyName("model")]
    public string Model { get; set; } = string.Empty;

    /// <summary>The search query the documents are ranked against (required).</summary>
    [JsonPropertyName("query")]
    public string Query { get; set; } = string.Empty;

    /// <summary>The documents to rank (at least one): plain texts, or texts and images for multimodal models.</summary>
    [JsonPropertyName("documents")]
    public IList<RerankDocument> Documents { get; set; } = new List<RerankDocument>();

    /// <summary>How many of the most relevant documents to return (at least 1); all of them when null.</summary>
    [JsonPropertyName("top_n")]
    public int? TopN { get; set; }

    /// <summary>Provider routing preferences.</summary>
    [JsonPropertyName("provider")]
    public ProviderPreferences? Provider { get; set; }

    /// <summary>Further fields sent as given, for options this type does not name yet.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
