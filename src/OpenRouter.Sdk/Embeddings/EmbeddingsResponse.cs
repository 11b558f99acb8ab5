using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>The answer to an embeddings request: one <see cref="EmbeddingData"/> per input, with usage and cost.</summary>
public sealed class EmbeddingsResponse
{
    // A JSON null where a value is promised reads as the empty value, never as null.
    private IList<EmbeddingData> _data = new List<EmbeddingData>();

    /// <summary>The generation id, usable with <c>GetGenerationAsync</c>.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>The object type, <c>list</c>.</summary>
    [JsonPropertyName("object")]
    public string? Object { get; set; }

    /// <summary>The model that produced the vectors.</summary>
    [JsonPropertyName("model")]
    public string? Model { get; set; }

    /// <summary>The vectors, one per input, in input order.</summary>
    [JsonPropertyName("data")]
    public IList<EmbeddingData> Data { get => _data; set => _data = value ?? new List<EmbeddingData>(); }

    /// <summary>Tokens and cost.</summary>
    [JsonPropertyName("usage")]
    public EmbeddingsUsage? Usage { get; set; }

    /// <summary>Members the server sent that this type does not model (for example <c>provider</c>).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
