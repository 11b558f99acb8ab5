using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// An annotation on an answer: a web citation (<see cref="UrlCitation"/>) or a parsed file (<see cref="File"/>,
/// send it back in the next turn to skip parsing the file again).
/// </summary>
public sealed class Annotation
{
    /// <summary>The annotation type.</summary>
    [JsonPropertyName("type")]
    public AnnotationType Type { get; set; }

    /// <summary>The citation, for <c>url_citation</c>.</summary>
    [JsonPropertyName("url_citation")]
    public UrlCitation? UrlCitation { get; set; }

    /// <summary>The parsed file, for <c>file</c>.</summary>
    [JsonPropertyName("file")]
    public FileAnnotation? File { get; set; }

    /// <summary>Members not modelled here (for example the older <c>file_annotation</c>).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>A web citation.</summary>
public sealed class UrlCitation
{
    // A JSON null where a value is promised reads as the empty value, never as null.
    private string _url = string.Empty;

    /// <summary>The cited URL.</summary>
    [JsonPropertyName("url")]
    public string Url { get => _url; set => _url = value ?? string.Empty; }

    /// <summary>The page title; may be empty.</summary>
    [JsonPropertyName("title")]
    public string? Title { get; set; }

    /// <summary>Where the citation starts in the content (often 0).</summary>
    [JsonPropertyName("start_index")]
    public int? StartIndex { get; set; }

    /// <summary>Where the citation ends in the content (often 0).</summary>
    [JsonPropertyName("end_index")]
    public int? EndIndex { get; set; }

    /// <summary>An excerpt of the cited page.</summary>
    [JsonPropertyName("content")]
    public string? Content { get; set; }
}

/// <summary>A file parsed by the file-parser plugin.</summary>
public sealed class FileAnnotation
{
    /// <summary>The file hash.</summary>
    [JsonPropertyName("hash")]
    public string? Hash { get; set; }

    /// <summary>The file name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>The parsed content.</summary>
    [JsonPropertyName("content")]
    public IReadOnlyList<FileAnnotationContent>? Content { get; set; }
}

/// <summary>A parsed piece of a file.</summary>
public sealed class FileAnnotationContent
{
    /// <summary>The content type, usually <c>text</c>.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    /// <summary>The text.</summary>
    [JsonPropertyName("text")]
    public string? Text { get; set; }

    /// <summary>Members not modelled here.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
