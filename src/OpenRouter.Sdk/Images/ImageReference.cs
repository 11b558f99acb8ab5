using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;

namespace OpenRouter.Sdk;

/// <summary>A reference image guiding image-to-image generation (<c>{"type":"image_url","image_url":{"url":...}}</c>).</summary>
public sealed class ImageReference
{
    /// <summary>Creates an empty reference; set <see cref="ImageUrl"/>.</summary>
    public ImageReference()
    {
    }

    /// <summary>Creates a reference to an image by URL: an http(s) URL or a <c>data:image/...;base64,</c> URL.</summary>
    /// <param name="url">The image's URL.</param>
    public ImageReference(string url)
    {
        ImageUrl = new ImageUrl { Url = Argument.NotBlank(url) };
    }

    /// <summary>A reference to image bytes, sent inline as a base64 data URL.</summary>
    /// <param name="bytes">The image bytes.</param>
    /// <param name="mediaType">Their media type, for example <c>image/png</c>.</param>
    /// <returns>The reference.</returns>
    public static ImageReference FromBytes(ReadOnlyMemory<byte> bytes, string mediaType)
    {
        Argument.NotBlank(mediaType);
        return new ImageReference("data:" + mediaType + ";base64," + Convert.ToBase64String(bytes.ToArray()));
    }

    /// <summary>The part type; always <c>image_url</c>.</summary>
    [JsonPropertyName("type")]
    public string Type => "image_url";

    /// <summary>The image's URL.</summary>
    [JsonPropertyName("image_url")]
    public ImageUrl ImageUrl { get; set; } = new();

    /// <summary>Further fields sent as given.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
