using System;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;

namespace OpenRouter.Sdk;

/// <summary>An image part: <c>{"type":"image_url","image_url":{"url":"...","detail":"..."}}</c>.</summary>
public sealed class ImagePart : ContentPart
{
    /// <summary>Creates an image part from an https or <c>data:</c> URL.</summary>
    /// <param name="url">An https URL or a <c>data:image/...;base64,</c> URL.</param>
    /// <param name="detail">Optional processing fidelity.</param>
    public ImagePart(string url, ImageDetail? detail = null)
    {
        Argument.NotNull(url);

        ImageUrl = new ImageUrl { Url = url, Detail = detail };
    }

    [JsonConstructor]
    internal ImagePart(ImageUrl imageUrl)
    {
        ImageUrl = imageUrl;
    }

    /// <summary>Creates an image part from raw bytes, sent inline as a base64 data URL.</summary>
    /// <param name="bytes">The image bytes.</param>
    /// <param name="mediaType">The media type, for example <c>image/png</c>.</param>
    /// <param name="detail">Optional processing fidelity.</param>
    public static ImagePart FromBytes(ReadOnlySpan<byte> bytes, string mediaType, ImageDetail? detail = null) =>
        new(DataUrl.Create(bytes, mediaType), detail);

    /// <summary>The image reference.</summary>
    [JsonPropertyName("image_url")]
    public ImageUrl ImageUrl { get; set; }
}
