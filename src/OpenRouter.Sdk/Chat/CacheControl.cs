using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>A prompt-caching breakpoint (<c>cache_control</c>), Anthropic style.</summary>
public sealed class CacheControl
{
    /// <summary>Creates an ephemeral cache breakpoint.</summary>
    /// <param name="ttl">Optional time to live, <c>"5m"</c> or <c>"1h"</c>.</param>
    public CacheControl(string? ttl = null)
    {
        Ttl = ttl;
    }

    /// <summary>The cache type; always <c>ephemeral</c> today.</summary>
    [JsonPropertyName("type")]
    public string Type { get; set; } = "ephemeral";

    /// <summary>Time to live, <c>"5m"</c> or <c>"1h"</c>.</summary>
    [JsonPropertyName("ttl")]
    public string? Ttl { get; set; }
}
