using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>An image the model generated (<c>images[]</c>), usually a base64 <c>data:</c> URL.</summary>
public sealed class GeneratedImage
{
    /// <summary>The image type, <c>image_url</c>.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    /// <summary>The image.</summary>
    [JsonPropertyName("image_url")]
    public ImageUrl? ImageUrl { get; set; }

    /// <summary>The image position.</summary>
    [JsonPropertyName("index")]
    public int? Index { get; set; }
}
