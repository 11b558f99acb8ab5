using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>The deprecated per-key rate limit (<c>rate_limit</c> of <c>GET /key</c>).</summary>
public sealed class KeyRateLimit
{
    /// <summary>Requests allowed per interval; -1 since the field was deprecated.</summary>
    [JsonPropertyName("requests")]
    public int? Requests { get; set; }

    /// <summary>The interval, for example <c>10s</c>.</summary>
    [JsonPropertyName("interval")]
    public string? Interval { get; set; }

    /// <summary>A note from the server.</summary>
    [JsonPropertyName("note")]
    public string? Note { get; set; }

    /// <summary>Members the server sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
