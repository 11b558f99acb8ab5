using System.Text.Json.Nodes;

namespace OpenRouter.Sdk;

/// <summary>
/// Settings of the <c>openrouter:image_generation</c> server tool (its <c>parameters</c>), which lets the model
/// generate images with an image model; for <see cref="ChatTool.CreateImageGenerationTool"/>,
/// <see cref="ChatRequestBuilder.WithImageGenerationTool"/> and <see cref="ResponseTool.ImageGeneration"/>. It takes
/// the image model's <c>image_config</c> settings: the common ones are typed here, any other goes in
/// <see cref="AdditionalParameters"/>. Only what is set is sent.
/// </summary>
public sealed class ImageGenerationToolOptions
{
    /// <summary>The image model (<c>model</c>), for example <c>openai/gpt-5-image</c> (the default).</summary>
    public string? Model { get; set; }

    /// <summary>The aspect ratio (<c>aspect_ratio</c>), for example <c>16:9</c>.</summary>
    public string? AspectRatio { get; set; }

    /// <summary>The quality (<c>quality</c>), for example <c>high</c>.</summary>
    public string? Quality { get; set; }

    /// <summary>The size (<c>size</c>), for example <c>1024x1024</c>.</summary>
    public string? Size { get; set; }

    /// <summary>The background (<c>background</c>), for example <c>transparent</c>.</summary>
    public string? Background { get; set; }

    /// <summary>The image format (<c>output_format</c>), for example <c>png</c>.</summary>
    public string? OutputFormat { get; set; }

    /// <summary>The compression level, 0 to 100, of a compressed format (<c>output_compression</c>).</summary>
    public int? OutputCompression { get; set; }

    /// <summary>The moderation level (<c>moderation</c>), for example <c>low</c>.</summary>
    public string? Moderation { get; set; }

    /// <summary>Other <c>image_config</c> settings, sent as given (a typed property set above wins).</summary>
    public JsonObject? AdditionalParameters { get; set; }

    /// <summary>The parameters as sent, or null when nothing is set.</summary>
    internal JsonObject? ToParameters() => new ServerToolParameters()
        .Add("model", Model)
        .Add("aspect_ratio", AspectRatio)
        .Add("quality", Quality)
        .Add("size", Size)
        .Add("background", Background)
        .Add("output_format", OutputFormat)
        .Add("output_compression", OutputCompression, "options.OutputCompression")
        .Add("moderation", Moderation)
        .AddOthers(AdditionalParameters)
        .Result;
}
