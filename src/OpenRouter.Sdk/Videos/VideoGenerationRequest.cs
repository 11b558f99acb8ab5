using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// A video to generate, for <see cref="OpenRouterVideosClient.CreateAsync"/> (<c>POST /videos</c>).
/// <see cref="Model"/> is required; members left null are not sent and take the model's defaults. What a model
/// supports (resolutions, aspect ratios, durations, frame images) is listed by <see cref="OpenRouterVideosClient.ListModelsAsync"/>.
/// </summary>
public sealed class VideoGenerationRequest
{
    /// <summary>The video model, such as <c>google/veo-3.1</c>. (<c>model</c>, required)</summary>
    [JsonPropertyName("model")]
    public string Model { get; set; } = string.Empty;

    /// <summary>
    /// What to generate. Optional only for models that can generate from images alone; required by all others.
    /// (<c>prompt</c>)
    /// </summary>
    [JsonPropertyName("prompt")]
    public string? Prompt { get; set; }

    /// <summary>The length in seconds, at least 1. (<c>duration</c>)</summary>
    [JsonPropertyName("duration")]
    public int? Duration { get; set; }

    /// <summary>The aspect ratio, such as <c>16:9</c>, <c>9:16</c> or <c>1:1</c>. (<c>aspect_ratio</c>)</summary>
    [JsonPropertyName("aspect_ratio")]
    public string? AspectRatio { get; set; }

    /// <summary>The resolution, such as <c>720p</c>, <c>1080p</c> or <c>4K</c>. (<c>resolution</c>)</summary>
    [JsonPropertyName("resolution")]
    public string? Resolution { get; set; }

    /// <summary>Exact pixel dimensions as <c>WIDTHxHEIGHT</c> (<c>1280x720</c>), instead of resolution and aspect ratio. (<c>size</c>)</summary>
    [JsonPropertyName("size")]
    public string? Size { get; set; }

    /// <summary>Whether to generate audio with the video; the model's default when null. (<c>generate_audio</c>)</summary>
    [JsonPropertyName("generate_audio")]
    public bool? GenerateAudio { get; set; }

    /// <summary>A seed for deterministic sampling, where the provider supports it. (<c>seed</c>)</summary>
    [JsonPropertyName("seed")]
    public long? Seed { get; set; }

    /// <summary>Images to use as the first and/or last frame. (<c>frame_images</c>)</summary>
    [JsonPropertyName("frame_images")]
    public IList<VideoFrameImage>? FrameImages { get; set; }

    /// <summary>Reference images, audio or video that guide the generation. (<c>input_references</c>)</summary>
    [JsonPropertyName("input_references")]
    public IList<VideoInputReference>? InputReferences { get; set; }

    /// <summary>
    /// An HTTPS address OpenRouter notifies when the job completes, instead of the workspace's default. (<c>callback_url</c>)
    /// </summary>
    [JsonPropertyName("callback_url")]
    public string? CallbackUrl { get; set; }

    /// <summary>Creativity level, for video upscaling models only. (<c>creativity</c>)</summary>
    [JsonPropertyName("creativity")]
    public int? Creativity { get; set; }

    /// <summary>Upscale factor (greater than 0), for video upscaling models only. (<c>upscale_factor</c>)</summary>
    [JsonPropertyName("upscale_factor")]
    public double? UpscaleFactor { get; set; }

    /// <summary>
    /// Provider-specific passthrough configuration, sent as is, such as
    /// <c>{"options": {"google-vertex": {"output_config": {"effort": "low"}}}}</c>. (<c>provider</c>)
    /// </summary>
    [JsonPropertyName("provider")]
    public JsonObject? Provider { get; set; }

    /// <summary>Members to send that this type does not model (newer parameters), written as they are.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>The address of an image, audio or video asset (<c>{"url": ...}</c>): an https URL or a base64 data URL.</summary>
public sealed class VideoMediaUrl
{
    /// <summary>The address. (<c>url</c>)</summary>
    [JsonPropertyName("url")]
    public string Url { get; set; } = string.Empty;
}

/// <summary>An image used as the first or last frame of a generated video (<c>frame_images</c> of <see cref="VideoGenerationRequest"/>).</summary>
public sealed class VideoFrameImage
{
    /// <summary>The part's type; always <c>image_url</c>. (<c>type</c>)</summary>
    [JsonPropertyName("type")]
    public string Type { get; set; } = "image_url";

    /// <summary>The image. (<c>image_url</c>)</summary>
    [JsonPropertyName("image_url")]
    public VideoMediaUrl ImageUrl { get; set; } = new();

    /// <summary>Which frame the image becomes. (<c>frame_type</c>, required)</summary>
    [JsonPropertyName("frame_type")]
    public VideoFrameType FrameType { get; set; }

    /// <summary>The image at <paramref name="url"/> as the first frame.</summary>
    /// <param name="url">An https URL or a base64 data URL of the image.</param>
    /// <returns>The frame image.</returns>
    public static VideoFrameImage First(string url) => new() { ImageUrl = new VideoMediaUrl { Url = url }, FrameType = VideoFrameType.FirstFrame };

    /// <summary>The image at <paramref name="url"/> as the last frame.</summary>
    /// <param name="url">An https URL or a base64 data URL of the image.</param>
    /// <returns>The frame image.</returns>
    public static VideoFrameImage Last(string url) => new() { ImageUrl = new VideoMediaUrl { Url = url }, FrameType = VideoFrameType.LastFrame };
}

/// <summary>
/// A reference asset that guides a video generation (<c>input_references</c>): an image (every provider), or audio
/// or video (only providers that support them; the others ignore them). Make one with <see cref="Image"/>,
/// <see cref="Audio"/> or <see cref="Video"/>.
/// </summary>
public sealed class VideoInputReference
{
    /// <summary>The kind: <c>image_url</c>, <c>audio_url</c> or <c>video_url</c>. (<c>type</c>)</summary>
    [JsonPropertyName("type")]
    public string Type { get; set; } = "image_url";

    /// <summary>The image, for <c>image_url</c>. (<c>image_url</c>)</summary>
    [JsonPropertyName("image_url")]
    public VideoMediaUrl? ImageUrl { get; set; }

    /// <summary>The audio, for <c>audio_url</c>. (<c>audio_url</c>)</summary>
    [JsonPropertyName("audio_url")]
    public VideoMediaUrl? AudioUrl { get; set; }

    /// <summary>The video, for <c>video_url</c>. (<c>video_url</c>)</summary>
    [JsonPropertyName("video_url")]
    public VideoMediaUrl? VideoUrl { get; set; }

    /// <summary>A reference image.</summary>
    /// <param name="url">An https URL or a base64 data URL of the image.</param>
    /// <returns>The reference.</returns>
    public static VideoInputReference Image(string url) => new() { Type = "image_url", ImageUrl = new VideoMediaUrl { Url = url } };

    /// <summary>A reference audio clip.</summary>
    /// <param name="url">An https URL or a base64 data URL of the audio.</param>
    /// <returns>The reference.</returns>
    public static VideoInputReference Audio(string url) => new() { Type = "audio_url", AudioUrl = new VideoMediaUrl { Url = url } };

    /// <summary>A reference video clip.</summary>
    /// <param name="url">An https URL of the video.</param>
    /// <returns>The reference.</returns>
    public static VideoInputReference Video(string url) => new() { Type = "video_url", VideoUrl = new VideoMediaUrl { Url = url } };
}
