using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>The <c>image_url</c> object of an <see cref="ImagePart"/> or of a generated image.</summary>
public sealed class ImageUrl
{
    // A JSON null where a value is promised reads as the empty value, never as null.
    private string _url = string.Empty;

    /// <summary>An https URL or a base64 <c>data:</c> URL.</summary>
    [JsonPropertyName("url")]
    public string Url { get => _url; set => _url = value ?? string.Empty; }

    /// <summary>Processing fidelity for input images.</summary>
    [JsonPropertyName("detail")]
    public ImageDetail? Detail { get; set; }
}
