using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>A request to generate images from a prompt (<c>POST /images</c>).</summary>
public sealed class ImageGenerationRequest
{
    /// <summary>Creates an empty request; set <see cref="Model"/> and <see cref="Prompt"/>.</summary>
    public ImageGenerationRequest()
    {
    }

    /// <summary>Creates a request for a model and a prompt.</summary>
    /// <param name="model">The image model, for example <c>bytedance-seed/seedream-4.5</c> (see <see cref="OpenRouterImagesClient.ListModelsAsync"/>).</param>
    /// <param name="prompt">What the image shows.</param>
    public ImageGenerationRequest(string model, string prompt)
    {
        Model = model;
        Prompt = prompt;
    }

    /// <summary>The image model (required).</summary>
    [JsonPropertyName("model")]
    public string Model { get; set; } = string.Empty;

    /// <summary>The text description of the image (required, not empty).</summary>
    [JsonPropertyName("prompt")]
    public string Prompt { get; set; } = string.Empty;

    /// <summary>The aspect ratio; providers clamp it to the ratios they support.</summary>
    [JsonPropertyName("aspect_ratio")]
    public ImageAspectRatio? AspectRatio { get; set; }

    /// <summary>The background; <see cref="ImageBackground.Transparent"/> needs png or webp output.</summary>
    [JsonPropertyName("background")]
    public ImageBackground? Background { get; set; }

    /// <summary>Up to 16 reference images for image-to-image generation (data URLs or http(s) URLs).</summary>
    [JsonPropertyName("input_references")]
    public IList<ImageReference>? InputReferences { get; set; }

    /// <summary>The most images to generate (1-10); providers may return fewer, and single-image providers refuse more than 1.</summary>
    [JsonPropertyName("n")]
    public int? Count { get; set; }

    /// <summary>The compression level (0-100) of webp or jpeg output.</summary>
    [JsonPropertyName("output_compression")]
    public int? OutputCompression { get; set; }

    /// <summary>The encoding of the returned bytes.</summary>
    [JsonPropertyName("output_format")]
    public ImageOutputFormat? OutputFormat { get; set; }

    /// <summary>Provider routing preferences and provider-specific options (<see cref="ProviderPreferences.Options"/>).</summary>
    [JsonPropertyName("provider")]
    public ProviderPreferences? Provider { get; set; }

    /// <summary>The rendering quality; providers without a quality setting ignore it.</summary>
    [JsonPropertyName("quality")]
    public ImageQuality? Quality { get; set; }

    /// <summary>The resolution tier; the pixel dimensions are derived per provider.</summary>
    [JsonPropertyName("resolution")]
    public ImageResolution? Resolution { get; set; }

    /// <summary>A seed for deterministic sampling, where the provider supports it.</summary>
    [JsonPropertyName("seed")]
    public long? Seed { get; set; }

    /// <summary>
    /// A size shorthand: a tier (<c>"2K"</c>, <c>"4K"</c>, combined with <see cref="AspectRatio"/>) or explicit pixels
    /// (<c>"2048x2048"</c>, which then must not contradict <see cref="Resolution"/> or <see cref="AspectRatio"/>).
    /// </summary>
    [JsonPropertyName("size")]
    public string? Size { get; set; }

    /// <summary>Further fields sent as given, for options this type does not name yet.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
