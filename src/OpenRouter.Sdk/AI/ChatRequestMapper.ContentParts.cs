using System;
using Microsoft.Extensions.AI;

namespace OpenRouter.Sdk.AI;

// Message content: text, images, audio and files become content parts.
internal static partial class ChatRequestMapper
{
    private static ContentPart? ToPart(AIContent content)
    {
        switch (content)
        {
            case TextContent text:
                return new TextPart(text.Text);
            case DataContent data:
                return FromMedia(data.MediaType, data.Uri, data.Name, content, data);
            case UriContent uri:
                return FromMedia(uri.MediaType, uri.Uri.ToString(), FileNameOf(uri.Uri), content, null);
            case HostedFileContent file:
                return FilePart.FromFileId(file.FileId);
            default:
                return content.RawRepresentation as ContentPart;
        }
    }

    private static ContentPart FromMedia(string mediaType, string url, string? name, AIContent content, DataContent? data)
    {
        if (StartsWith(mediaType, "image/"))
        {
            ImageDetail? detail = null;
            if (content.AdditionalProperties is { } props && props.TryGetValue("detail", out object? d) && d?.ToString() is { Length: > 0 } value)
            {
                detail = new ImageDetail(value);
            }

            return new ImagePart(url, detail);
        }

        if (StartsWith(mediaType, "audio/") && data is not null)
        {
            return new AudioPart(data.Base64Data.ToString(), AudioFormatOf(mediaType));
        }

        if (StartsWith(mediaType, "video/"))
        {
            return new VideoPart(url);
        }

        return new FilePart(name ?? DefaultFileName(mediaType), url);
    }

    private static AudioFormat AudioFormatOf(string mediaType)
    {
        string subtype = mediaType.Substring("audio/".Length).ToLowerInvariant();
        int parameters = subtype.IndexOf(';');
        if (parameters >= 0)
        {
            subtype = subtype.Substring(0, parameters).Trim();
        }

        return subtype switch
        {
            "wav" or "wave" or "x-wav" or "vnd.wave" => AudioFormat.Wav,
            "mpeg" or "mp3" or "mpeg3" or "x-mpeg-3" => AudioFormat.Mp3,
            "flac" or "x-flac" => AudioFormat.Flac,
            "mp4" or "m4a" or "x-m4a" => AudioFormat.M4a,
            "ogg" or "opus" => AudioFormat.Ogg,
            "aiff" or "x-aiff" => AudioFormat.Aiff,
            "aac" => AudioFormat.Aac,
            _ => new AudioFormat(subtype),
        };
    }

    private static string DefaultFileName(string mediaType) =>
        string.Equals(mediaType, "application/pdf", StringComparison.OrdinalIgnoreCase) ? "document.pdf" : "file";

    private static string? FileNameOf(Uri uri)
    {
        if (!uri.IsAbsoluteUri)
        {
            return null;
        }

        string path = uri.AbsolutePath;
        int slash = path.LastIndexOf('/');
        string name = slash >= 0 ? path.Substring(slash + 1) : path;
        return name.Length > 0 ? Uri.UnescapeDataString(name) : null;
    }
}
