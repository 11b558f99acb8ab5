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
