using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>The deprecated <c>stream_options</c> object; usage is always streamed now.</summary>
public sealed class StreamOptions
{
    /// <summary>Asks for a usage chunk (a no-op today).</summary>
    [JsonPropertyName("include_usage")]
    public bool? IncludeUsage { get; set; }
}
