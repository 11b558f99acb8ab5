using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>A request for embeddings (<c>POST /embeddings</c>).</summary>
public sealed class EmbeddingsRequest
{
    /// <summary>Creates an empty request; set <see cref="Model"/> and <see cref="Input"/>.</summary>
    public EmbeddingsRequest()
    {
    }

    /// <summary>Creates a request for a model and input.</summary>
    /// <param name="model">The embedding model, for example <c>openai/text-embedding-3-small</c>.</param>
    /// <param name="input">The text(s) or tokens to embed; a string or a string array converts implicitly.</param>
    public EmbeddingsRequest(string model, EmbeddingInput input)
    {
        Model = model;
        Input = input;
    }

    /// <summary>The embedding model. Embedding models are listed by <c>ListModelsAsync</c> only with output modality <c>embeddings</c>.</summary>
    [JsonPropertyName("model")]
    public string Model { get; set; } = string.Empty;

    /// <summary>What to embed: one text, several texts (one vector each), token ids, or multimodal content.</summary>
    [JsonPropertyName("input")]
    public EmbeddingInput? Input { get; set; }

    /// <summary>The vector length, for models that can shorten their output.</summary>
    [JsonPropertyName("dimensions")]
    public int? Dimensions { get; set; }

    /// <summary>How vectors travel on the wire; both decode to <see cref="EmbeddingData.Vector"/>. <see cref="EmbeddingEncodingFormat.Base64"/> is smaller.</summary>
    [JsonPropertyName("encoding_format")]
    public EmbeddingEncodingFormat? EncodingFormat { get; set; }

    /// <summary>A hint for retrieval models, for example <c>search_query</c> or <c>search_document</c>.</summary>
    [JsonPropertyName("input_type")]
    public string? InputType { get; set; }

    /// <summary>Provider routing preferences.</summary>
    [JsonPropertyName("provider")]
    public ProviderPreferences? Provider { get; set; }

    /// <summary>An id of your end user, for abuse isolation.</summary>
    [JsonPropertyName("user")]
    public string? User { get; set; }

    /// <summary>
    /// Headers for this call only (routing metadata, session id, response caching, Anthropic betas, others); never
    /// part of the JSON body. Null sends none.
    /// </summary>
    [JsonIgnore]
    public OpenRouterRequestOptions? RequestOptions { get; set; }

    /// <summary>Further fields sent as given, for options this type does not name yet.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
