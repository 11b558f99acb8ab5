using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>The answer to an embeddings request: one <see cref="Embedding"/> per input, with usage and cost.</summary>
public sealed class EmbeddingsResponse
{
    // A JSON null where a value is promised reads as the empty value, never as null.
    private IList<Embedding> _data = new List<Embedding>();

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
    public IList<Embedding> Data { get => _data; set => _data = value ?? new List<Embedding>(); }

    /// <summary>Tokens and cost.</summary>
    [JsonPropertyName("usage")]
    public EmbeddingsUsage? Usage { get; set; }

    /// <summary>Members the server sent that this type does not model (for example <c>provider</c>).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>One embedding vector (<c>data[]</c> of an embeddings response).</summary>
public sealed class Embedding
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

/// <summary>Tokens and cost of an embeddings request (<c>usage</c>).</summary>
public sealed class EmbeddingsUsage
{
    /// <summary>Input tokens.</summary>
    [JsonPropertyName("prompt_tokens")]
    public int PromptTokens { get; set; }

    /// <summary>Total tokens (the same as <see cref="PromptTokens"/> for embeddings).</summary>
    [JsonPropertyName("total_tokens")]
    public int TotalTokens { get; set; }

    /// <summary>What OpenRouter charged, in USD; exact as sent (numbers such as <c>6e-7</c>).</summary>
    [JsonPropertyName("cost")]
    public decimal? Cost { get; set; }

    /// <summary>Whether your own provider key (BYOK) served the request.</summary>
    [JsonPropertyName("is_byok")]
    public bool? IsByok { get; set; }

    /// <summary>Upstream cost breakdown.</summary>
    [JsonPropertyName("cost_details")]
    public CostDetails? CostDetails { get; set; }

    /// <summary>Input tokens by modality (multimodal input only).</summary>
    [JsonPropertyName("prompt_tokens_details")]
    public EmbeddingsPromptTokensDetails? PromptTokensDetails { get; set; }

    /// <summary>Members the server sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>Input tokens of an embeddings request by modality (<c>usage.prompt_tokens_details</c>).</summary>
public sealed class EmbeddingsPromptTokensDetails
{
    /// <summary>Text tokens.</summary>
    [JsonPropertyName("text_tokens")]
    public int? TextTokens { get; set; }

    /// <summary>Image tokens.</summary>
    [JsonPropertyName("image_tokens")]
    public int? ImageTokens { get; set; }

    /// <summary>Audio tokens.</summary>
    [JsonPropertyName("audio_tokens")]
    public int? AudioTokens { get; set; }

    /// <summary>Video tokens.</summary>
    [JsonPropertyName("video_tokens")]
    public int? VideoTokens { get; set; }

    /// <summary>File tokens.</summary>
    [JsonPropertyName("file_tokens")]
    public int? FileTokens { get; set; }

    /// <summary>Members the server sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
