using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>The <c>video_url</c> object of a <see cref="VideoPart"/>.</summary>
public sealed class VideoUrl
{
    /// <summary>An https URL or a <c>data:</c> URL.</summary>
    [JsonPropertyName("url")]
    public string Url { get; set; } = string.Empty;
}
