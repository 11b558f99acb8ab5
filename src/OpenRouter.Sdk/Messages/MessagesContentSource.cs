using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;

namespace OpenRouter.Sdk;

/// <summary>
/// Where an <c>image</c> or <c>document</c> block's data comes from (<c>source</c>): <c>base64</c>
/// (<see cref="MediaType"/>, <see cref="Data"/>), <c>url</c> (<see cref="Url"/>), <c>text</c> (a plain-text document:
/// <see cref="MediaType"/> <c>text/plain</c>, <see cref="Data"/>), <c>file</c> (<see cref="FileId"/>). A source of
/// another type keeps its members in <see cref="AdditionalProperties"/>.
/// </summary>
public sealed class MessagesContentSource
{
    /// <summary>The kind of source: <c>base64</c>, <c>url</c>, <c>text</c>, <c>content</c> or <c>file</c>.</summary>
    [JsonPropertyName("type")]
    [JsonPropertyOrder(-1)]
    public string Type { get; set; } = string.Empty;

    /// <summary>The media type, such as <c>image/png</c>, <c>application/pdf</c> or <c>text/plain</c>.</summary>
    [JsonPropertyName("media_type")]
    public string? MediaType { get; set; }

    /// <summary>The data: base64 for <c>base64</c>, the text for <c>text</c>.</summary>
    [JsonPropertyName("data")]
    public string? Data { get; set; }

    /// <summary>The address of a <c>url</c> source.</summary>
    [JsonPropertyName("url")]
    public string? Url { get; set; }

    /// <summary>The id of an uploaded file (<c>file</c>).</summary>
    [JsonPropertyName("file_id")]
    public string? FileId { get; set; }

    /// <summary>Members not modelled above (the blocks of a <c>content</c> source, ...), kept and sent as they are.</summary>
    [JsonIgnore]
    public JsonObject? AdditionalProperties { get; set; }

    [JsonExtensionData]
    [JsonInclude]
    internal IDictionary<string, JsonElement>? ExtensionData
    {
        get => Serialization.JsonObjectExtensionData.Wrap(AdditionalProperties);
        set => AdditionalProperties = Serialization.JsonObjectExtensionData.Unwrap(value);
    }

    /// <summary>Base64 data (<c>{"type": "base64", "media_type": ..., "data": ...}</c>): an image or a PDF.</summary>
    /// <param name="mediaType">The media type, such as <c>image/jpeg</c> or <c>application/pdf</c>.</param>
    /// <param name="data">The data, base64.</param>
    /// <returns>The source.</returns>
    public static MessagesContentSource Base64(string mediaType, string data) =>
        new() { Type = "base64", MediaType = Argument.NotBlank(mediaType), Data = Argument.NotNull(data) };

    /// <summary>A URL (<c>{"type": "url", "url": ...}</c>) of an image or a PDF.</summary>
    /// <param name="url">The address.</param>
    /// <returns>The source.</returns>
    public static MessagesContentSource FromUrl(string url) => new() { Type = "url", Url = Argument.NotBlank(url) };

    /// <summary>A plain-text document (<c>{"type": "text", "media_type": "text/plain", "data": ...}</c>).</summary>
    /// <param name="text">The document's text.</param>
    /// <returns>The source.</returns>
    public static MessagesContentSource PlainText(string text) => new() { Type = "text", MediaType = "text/plain", Data = Argument.NotNull(text) };

    /// <summary>An uploaded file (<c>{"type": "file", "file_id": ...}</c>).</summary>
    /// <param name="fileId">The file's id.</param>
    /// <returns>The source.</returns>
    public static MessagesContentSource File(string fileId) => new() { Type = "file", FileId = Argument.NotBlank(fileId) };
}
