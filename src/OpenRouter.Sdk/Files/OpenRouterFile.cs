using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// A stored file (<see cref="OpenRouterFilesClient"/>). OpenRouter answers in the shape of the storage asked for
/// (<see cref="Shape"/>): OpenRouter's and Anthropic's (<see cref="SizeBytes"/>, <see cref="MimeType"/>,
/// <see cref="Downloadable"/>) or OpenAI's (<see cref="Bytes"/>, <see cref="Purpose"/>, <see cref="Status"/>);
/// <see cref="Size"/> reads the size from either.
/// </summary>
public sealed class OpenRouterFile
{
    private string _id = string.Empty;
    private string _filename = string.Empty;

    /// <summary>The file's id, such as <c>or_file_011CNha8iCJcU1wXNR6q4V8w</c>. (<c>id</c>)</summary>
    [JsonPropertyName("id")]
    public string Id { get => _id; set => _id = value ?? string.Empty; }

    /// <summary>The file's name. (<c>filename</c>)</summary>
    [JsonPropertyName("filename")]
    public string Filename { get => _filename; set => _filename = value ?? string.Empty; }

    /// <summary>
    /// The media type OpenRouter detected from the contents (not from the name or the declared type), such as
    /// <c>application/pdf</c>. (<c>mime_type</c>; not in OpenAI's shape)
    /// </summary>
    [JsonPropertyName("mime_type")]
    public string? MimeType { get; set; }

    /// <summary>The size in bytes. (<c>size_bytes</c>; OpenAI's shape says <see cref="Bytes"/>)</summary>
    [JsonPropertyName("size_bytes")]
    public long? SizeBytes { get; set; }

    /// <summary>The size in bytes, in OpenAI's shape. (<c>bytes</c>)</summary>
    [JsonPropertyName("bytes")]
    public long? Bytes { get; set; }

    /// <summary>When the file was stored (an ISO-8601 time, or unix seconds in OpenAI's shape). (<c>created_at</c>)</summary>
    [JsonPropertyName("created_at")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>
    /// Whether <see cref="OpenRouterFilesClient.GetContentAsync"/> can download it: only files created server-side are
    /// downloadable; uploaded files are not. (<c>downloadable</c>; not in OpenAI's shape)
    /// </summary>
    [JsonPropertyName("downloadable")]
    public bool? Downloadable { get; set; }

    /// <summary>The object's kind: <c>file</c>. (<c>type</c>; OpenAI's shape says <see cref="Object"/>)</summary>
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    /// <summary>The object's kind in OpenAI's shape: <c>file</c>. (<c>object</c>)</summary>
    [JsonPropertyName("object")]
    public string? Object { get; set; }

    /// <summary>What the file is for, in OpenAI's shape. (<c>purpose</c>)</summary>
    [JsonPropertyName("purpose")]
    public FilePurpose? Purpose { get; set; }

    /// <summary>The processing state in OpenAI's shape, such as <c>processed</c>. (<c>status</c>)</summary>
    [JsonPropertyName("status")]
    public string? Status { get; set; }

    /// <summary>Which shape the answer came in: <c>openrouter</c>, <c>openai</c> or <c>anthropic</c>, when the server says. (<c>_shape</c>)</summary>
    [JsonPropertyName("_shape")]
    public string? Shape { get; set; }

    /// <summary>The size in bytes from whichever shape the answer came in (<see cref="SizeBytes"/> or <see cref="Bytes"/>).</summary>
    [JsonIgnore]
    public long? Size => SizeBytes ?? Bytes;

    /// <summary>Members the server sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
