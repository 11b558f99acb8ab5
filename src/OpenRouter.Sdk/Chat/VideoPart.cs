using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;

namespace OpenRouter.Sdk;

/// <summary>A video part: <c>{"type":"video_url","video_url":{"url":"..."}}</c>.</summary>
public sealed class VideoPart : ContentPart
{
    /// <summary>Creates a video part.</summary>
    /// <param name="url">An https URL or a <c>data:</c> URL.</param>
    public VideoPart(string url)
    {
        VideoUrl = new VideoUrl { Url = Argument.NotNull(url) };
    }

    [JsonConstructor]
    internal VideoPart(VideoUrl videoUrl)
    {
        VideoUrl = videoUrl;
    }

    /// <summary>The video reference.</summary>
    [JsonPropertyName("video_url")]
    public VideoUrl VideoUrl { get; set; }
}
