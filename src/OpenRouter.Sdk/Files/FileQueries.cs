using System;

namespace OpenRouter.Sdk;

/// <summary>
/// Where a file operation looks (the <c>workspace_id</c> and <c>provider</c> queries of the Files operations): null
/// members take the server's defaults, the API key's default workspace and OpenRouter storage.
/// </summary>
public class FileScope
{
    /// <summary>The workspace (its id, a UUID) to scope the request to. (<c>workspace_id</c>)</summary>
    public string? WorkspaceId { get; set; }

    /// <summary>
    /// Store or read the file on this provider with your own key for it (BYOK), rather than in OpenRouter storage.
    /// (<c>provider</c>)
    /// </summary>
    public FileProvider? Provider { get; set; }
}

/// <summary>Filters and page size for <see cref="OpenRouterFilesClient.ListAsync"/> (<c>GET /files</c>).</summary>
public sealed class FileListQuery : FileScope
{
    /// <summary>How many files each page (each request) holds, 1 to 1000; the server's default when null. (<c>limit</c>)</summary>
    public int? PageSize { get; set; }
}

/// <summary>The details of an upload, for <see cref="OpenRouterFilesClient.UploadAsync"/> (<c>POST /files</c>).</summary>
public sealed class FileUploadOptions : FileScope
{
    /// <summary>
    /// The media type declared for the file part, <c>application/octet-stream</c> when null. OpenRouter detects the
    /// real type from the contents.
    /// </summary>
    public string? ContentType { get; set; }

    /// <summary>
    /// What the file is for (the <c>purpose</c> form field OpenAI's Files API requires); sent only when set, for
    /// uploads to <see cref="FileProvider.OpenAI"/>. OpenRouter storage does not need it.
    /// </summary>
    public FilePurpose? Purpose { get; set; }

    /// <summary>Told the number of bytes sent so far as the upload proceeds, for a progress display.</summary>
    public IProgress<long>? Progress { get; set; }
}
