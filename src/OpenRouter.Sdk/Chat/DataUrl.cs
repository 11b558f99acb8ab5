using System;
using OpenRouter.Sdk.Internal;

namespace OpenRouter.Sdk;

/// <summary>Builds <c>data:</c> URLs for inline images and files.</summary>
internal static class DataUrl
{
    public static string Create(ReadOnlySpan<byte> bytes, string mediaType)
    {
        Argument.Requires(!string.IsNullOrWhiteSpace(mediaType), "A media type such as image/png is required.", nameof(mediaType));

        return "data:" + mediaType + ";base64," + Convert.ToBase64String(bytes.ToArray());
    }
}
