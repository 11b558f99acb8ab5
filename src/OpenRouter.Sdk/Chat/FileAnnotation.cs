using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

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
