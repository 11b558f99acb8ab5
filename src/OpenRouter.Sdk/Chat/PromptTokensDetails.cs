using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>Prompt token breakdown (<c>prompt_tokens_details</c>).</summary>
public sealed class PromptTokensDetails
{
    /// <summary>Tokens read from the prompt cache.</summary>
    [JsonPropertyName("cached_tokens")]
    public int? CachedTokens { get; set; }

    /// <summary>Tokens written to the prompt cache.</summary>
    [JsonPropertyName("cache_write_tokens")]
    public int? CacheWriteTokens { get; set; }

    /// <summary>Audio input tokens.</summary>
    [JsonPropertyName("audio_tokens")]
    public int? AudioTokens { get; set; }

    /// <summary>Video input tokens.</summary>
    [JsonPropertyName("video_tokens")]
    public int? VideoTokens { get; set; }

    /// <summary>Members the server sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
