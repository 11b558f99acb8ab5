using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>The <c>file</c> object of a <see cref="FilePart"/>.</summary>
public sealed class FileContent
{
    /// <summary>The file name.</summary>
    [JsonPropertyName("filename")]
    public string? Filename { get; set; }

    /// <summary>An https URL or a <c>data:</c> URL with the contents.</summary>
    [JsonPropertyName("file_data")]
    public string? FileData { get; set; }

    /// <summary>The id of an uploaded file.</summary>
    [JsonPropertyName("file_id")]
    public string? FileId { get; set; }
}
