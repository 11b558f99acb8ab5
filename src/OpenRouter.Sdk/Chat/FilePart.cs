using System;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;

namespace OpenRouter.Sdk;

/// <summary>
/// A file part such as a PDF: <c>{"type":"file","file":{"filename":"...","file_data":"data:application/pdf;base64,..."}}</c>.
/// </summary>
public sealed class FilePart : ContentPart
{
    /// <summary>Creates a file part from a URL or a data URL.</summary>
    /// <param name="filename">The file name shown to the model.</param>
    /// <param name="fileData">An https URL or a <c>data:</c> URL.</param>
    public FilePart(string filename, string fileData)
    {
        File = new FileContent { Filename = filename, FileData = Argument.NotNull(fileData) };
    }

    [JsonConstructor]
    internal FilePart(FileContent file)
    {
        File = file;
    }

    /// <summary>Creates a file part from raw bytes, sent inline as a base64 data URL.</summary>
    /// <param name="filename">The file name shown to the model.</param>
    /// <param name="bytes">The file contents.</param>
    /// <param name="mediaType">The media type; PDFs are <c>application/pdf</c>.</param>
    public static FilePart FromBytes(string filename, ReadOnlySpan<byte> bytes, string mediaType = "application/pdf") =>
        new(filename, DataUrl.Create(bytes, mediaType));

    /// <summary>Creates a file part that refers to a file uploaded earlier.</summary>
    public static FilePart FromFileId(string fileId) =>
        new(new FileContent { FileId = Argument.NotNull(fileId) });

    /// <summary>The file payload.</summary>
    [JsonPropertyName("file")]
    public FileContent File { get; set; }
}
