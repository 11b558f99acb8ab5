using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>A video generation model and what it supports (<c>GET /videos/models</c>).</summary>
public sealed class VideoModel
{
    private string _id = string.Empty;
    private string _canonicalSlug = string.Empty;
    private string _name = string.Empty;

    /// <summary>The model's id, for <see cref="VideoGenerationRequest.Model"/>, such as <c>google/veo-3.1</c>. (<c>id</c>)</summary>
    [JsonPropertyName("id")]
    public string Id { get => _id; set => _id = value ?? string.Empty; }

    /// <summary>The canonical slug. (<c>canonical_slug</c>)</summary>
    [JsonPropertyName("canonical_slug")]
    public string CanonicalSlug { get => _canonicalSlug; set => _canonicalSlug = value ?? string.Empty; }

    /// <summary>The display name. (<c>name</c>)</summary>
    [JsonPropertyName("name")]
    public string Name { get => _name; set => _name = value ?? string.Empty; }

    /// <summary>When the model was added. (<c>created</c>, unix seconds)</summary>
    [JsonPropertyName("created")]
    [JsonConverter(typeof(UnixSecondsDateTimeOffsetConverter))]
    public DateTimeOffset Created { get; set; }

    /// <summary>The description, if any. (<c>description</c>)</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>The Hugging Face id, if any. (<c>hugging_face_id</c>)</summary>
    [JsonPropertyName("hugging_face_id")]
    public string? HuggingFaceId { get; set; }

    /// <summary>The resolutions it generates (<c>720p</c>, ...); null when not stated. (<c>supported_resolutions</c>)</summary>
    [JsonPropertyName("supported_resolutions")]
    public IReadOnlyList<string>? SupportedResolutions { get; set; }

    /// <summary>The aspect ratios it generates (<c>16:9</c>, ...); null when not stated. (<c>supported_aspect_ratios</c>)</summary>
    [JsonPropertyName("supported_aspect_ratios")]
    public IReadOnlyList<string>? SupportedAspectRatios { get; set; }

    /// <summary>The exact sizes it generates (<c>1280x720</c>, ...); null when not stated. (<c>supported_sizes</c>)</summary>
    [JsonPropertyName("supported_sizes")]
    public IReadOnlyList<string>? SupportedSizes { get; set; }

    /// <summary>The durations it generates, in seconds; null when not stated. (<c>supported_durations</c>)</summary>
    [JsonPropertyName("supported_durations")]
    public IReadOnlyList<int>? SupportedDurations { get; set; }

    /// <summary>The frame images it accepts (<c>first_frame</c>, <c>last_frame</c>); null when not stated. (<c>supported_frame_images</c>)</summary>
    [JsonPropertyName("supported_frame_images")]
    public IReadOnlyList<VideoFrameType>? SupportedFrameImages { get; set; }

    /// <summary>Whether it can generate audio with the video; null when not stated. (<c>generate_audio</c>)</summary>
    [JsonPropertyName("generate_audio")]
    public bool? GenerateAudio { get; set; }

    /// <summary>Whether it supports deterministic generation with a seed; null when not stated. (<c>seed</c>)</summary>
    [JsonPropertyName("seed")]
    public bool? Seed { get; set; }

    /// <summary>The creativity levels of an upscaling model; null otherwise. (<c>creativity</c>)</summary>
    [JsonPropertyName("creativity")]
    public IReadOnlyList<int>? Creativity { get; set; }

    /// <summary>The upscale factor range of an upscaling model; null otherwise. (<c>upscale_factor</c>)</summary>
    [JsonPropertyName("upscale_factor")]
    public VideoUpscaleFactorRange? UpscaleFactor { get; set; }

    /// <summary>The parameters passed through to the provider. (<c>allowed_passthrough_parameters</c>)</summary>
    [JsonPropertyName("allowed_passthrough_parameters")]
    public IReadOnlyList<string> AllowedPassthroughParameters { get; set; } = [];

    /// <summary>Prices per SKU in USD (such as <c>generate</c>: 0.50); null when not stated. (<c>pricing_skus</c>)</summary>
    [JsonPropertyName("pricing_skus")]
    public IReadOnlyDictionary<string, decimal>? PricingSkus { get; set; }

    /// <summary>Members the server sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>The upscale factors an upscaling video model accepts (<c>upscale_factor</c> of <see cref="VideoModel"/>).</summary>
public sealed class VideoUpscaleFactorRange
{
    /// <summary>The smallest factor, if stated. (<c>min</c>)</summary>
    [JsonPropertyName("min")]
    public double? Min { get; set; }

    /// <summary>The largest factor, if stated. (<c>max</c>)</summary>
    [JsonPropertyName("max")]
    public double? Max { get; set; }
}
