using System;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;

namespace OpenRouter.Sdk.AI;

// Message content: text, images, audio and files become input parts.
internal static partial class ResponsesRequestMapper
{
    private static ResponseContentPart? ToInputPart(AIContent content)
    {
        switch (content)
        {
            case TextContent text:
                return ResponseContentPart.InputText(text.Text);
            case DataContent data when IsImage(data.MediaType):
                return ResponseContentPart.InputImage(data.Uri, DetailOf(content));
            case DataContent data when IsAudio(data.MediaType):
                return InputAudio(data);
            case DataContent data:
                return ResponseContentPart.InputFile(data.Name ?? DefaultFileName(data.MediaType), data.Uri);
            case UriContent uri when IsImage(uri.MediaType):
                return ResponseContentPart.InputImage(uri.Uri.ToString(), DetailOf(content));
            case UriContent uri:
                return new ResponseContentPart { Type = ResponseContentPartType.InputFile, FileUrl = uri.Uri.ToString(), Filename = FileNameOf(uri.Uri) };
            case HostedFileContent file:
                return new ResponseContentPart
                {
                    Type = IsImage(file.MediaType) ? ResponseContentPartType.InputImage : ResponseContentPartType.InputFile,
                    FileId = file.FileId,
                    Filename = file.Name,
                };
            default:
                return content.RawRepresentation as ResponseContentPart;
        }
    }

    private static ResponseContentPart InputAudio(DataContent data)
    {
        string format = data.MediaType.ToLowerInvariant() switch
        {
            "audio/mpeg" or "audio/mp3" or "audio/mpeg3" => "mp3",
            "audio/wav" or "audio/wave" or "audio/x-wav" or "audio/vnd.wave" => "wav",
            _ => throw new NotSupportedException($"Audio of type '{data.MediaType}' cannot be sent to OpenRouter's Responses API, which takes mp3 and wav."),
        };
        return new ResponseContentPart
        {
            Type = ResponseContentPartType.InputAudio,
            AdditionalProperties = new JsonObject { ["input_audio"] = new JsonObject { ["data"] = data.Base64Data.ToString(), ["format"] = format } },
        };
    }

    private static ImageDetail? DetailOf(AIContent content) =>
        content.AdditionalProperties is { } props && props.TryGetValue("detail", out object? d) && d?.ToString() is { Length: > 0 } value
            ? new ImageDetail(value)
            : (ImageDetail?)null;

    private static bool IsImage(string? mediaType) => mediaType is not null && mediaType.StartsWith("image/", StringComparison.OrdinalIgnoreCase);

    private static bool IsAudio(string? mediaType) => mediaType is not null && mediaType.StartsWith("audio/", StringComparison.OrdinalIgnoreCase);

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
