using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>Explicit prompt-cache options (<c>prompt_cache_options</c>, OpenAI).</summary>
public sealed class PromptCacheOptions
{
    /// <summary>The cache mode; <c>explicit</c>.</summary>
    [JsonPropertyName("mode")]
    public string Mode { get; set; } = "explicit";

    /// <summary>The cache time to live.</summary>
    [JsonPropertyName("ttl")]
    public string? Ttl { get; set; }
}
