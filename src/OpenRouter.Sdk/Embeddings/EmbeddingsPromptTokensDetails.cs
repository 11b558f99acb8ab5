using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

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
