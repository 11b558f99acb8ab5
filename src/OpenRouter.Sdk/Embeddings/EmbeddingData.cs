using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>One embedding vector (<c>data[]</c> of an embeddings response).</summary>
public sealed class EmbeddingData
{
    // A JSON null where a value is promised reads as the empty value, never as null.
    private float[] _vector = System.Array.Empty<float>();

    /// <summary>The object type, <c>embedding</c>.</summary>
    [JsonPropertyName("object")]
    public string? Object { get; set; }

    /// <summary>The position of the input this vector belongs to.</summary>
    [JsonPropertyName("index")]
    public int Index { get; set; }

    /// <summary>The vector, decoded from either a JSON number array or base64 (little-endian 32-bit floats).</summary>
    [JsonPropertyName("embedding")]
    [JsonConverter(typeof(Serialization.EmbeddingVectorConverter))]
    public float[] Vector { get => _vector; set => _vector = value ?? System.Array.Empty<float>(); }

    /// <summary>Members the server sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
