using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using OpenRouter.Sdk.Http;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// Files (the spec's <c>Files</c> operations): upload a file to reference in later calls, list, get, delete and
/// download files. Files are stored under the workspace of the API key (or the one named by
/// <see cref="FileScope.WorkspaceId"/>), in OpenRouter storage or, with <see cref="FileScope.Provider"/>, on a
/// provider with your own key for it. Reached as <see cref="OpenRouterClient.Files"/> or resolved from DI after
/// <c>services.AddOpenRouter(...)</c>. Sent with the API key. Thread-safe; it shares its client's connections,
/// options and lifetime.
/// </summary>
/// <remarks>
/// Uploads and downloads stream: a file is never held in memory whole. To fake it in tests, derive from it (the
/// protected constructor exists for that) and override the methods you use; the methods are virtual.
/// </remarks>
public class OpenRouterFilesClient
{
    private static readonly ApiPath FilesPath = ApiPath.Of("files");

    private readonly OpenRouterPipeline? _pipeline;

    /// <summary>Creates an instance for mocking: a subclass overrides the methods it needs; the others throw.</summary>
    protected OpenRouterFilesClient()
    {
    }

    internal OpenRouterFilesClient(OpenRouterPipeline pipeline)
    {
        _pipeline = Argument.NotNull(pipeline);
    }

    /// <summary>
    /// Lists the files (<c>GET /files</c>), fetched page by page as the enumeration proceeds (each page continues
    /// from the previous one's cursor), so stopping early sends no further requests.
    /// </summary>
    /// <param name="query">The workspace, the storage and the page size; null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the enumeration and the request in flight.</param>
    /// <returns>The files, in the server's order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="FileListQuery.PageSize"/> is not between 1 and 1000 (thrown at once).</exception>
    /// <exception cref="InvalidOperationException">No API key is configured; nothing was sent (thrown when the enumeration starts).</exception>
    /// <exception cref="OpenRouterInvalidResponseException">A page had no <c>data</c>.</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported an error, or the call timed out.</exception>
    public virtual IAsyncEnumerable<OpenRouterFile> ListAsync(FileListQuery? query = null, CancellationToken cancellationToken = default)
    {
        if (query?.PageSize is { } size)
        {
            Argument.InRange(size is >= 1 and <= 1000, size, "FileListQuery.PageSize is between 1 and 1000.", nameof(query));
        }

        OpenRouterPipeline pipeline = Pipeline;
        return PagesAsync(pipeline, query, cancellationToken);
    }

    /// <summary>
    /// Uploads a file (<c>POST /files</c>, <c>multipart/form-data</c>): <paramref name="content"/> is read from where it
    /// stands to its end while the request is sent, never copied into memory whole, and is not disposed. A seekable
    /// stream is sent again from the same place if the call is retried; a stream that cannot seek is sent once,
    /// without retries. At most 100 MB; empty files are refused by the server. The type is detected from the
    /// contents: PDF, PNG/JPEG/GIF/WebP, DOCX/XLSX/PPTX, MP3/WAV/FLAC/OGG or UTF-8 text.
    /// </summary>
    /// <param name="content">The file's bytes, readable.</param>
    /// <param name="fileName">The file's name, such as <c>document.pdf</c> (no quotes or control characters).</param>
    /// <param name="options">The workspace, the storage, the declared type, the purpose and a progress report; null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the upload.</param>
    /// <returns>The stored file, with its id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="content"/> cannot be read, <paramref name="fileName"/> is blank or holds a quote or a control character, or <see cref="FileUploadOptions.ContentType"/> is not a media type.</exception>
    /// <exception cref="InvalidOperationException">No API key is configured; nothing was sent.</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported an error (such as 400 for an unsupported type, or 413 for a file too large), or the call timed out.</exception>
    public virtual async Task<OpenRouterFile> UploadAsync(Stream content, string fileName, FileUploadOptions? options = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNull(content);
        Argument.Requires(content.CanRead, "The upload stream cannot be read.", nameof(content));
        Argument.NotBlank(fileName);
        Argument.Requires(fileName.IndexOf('"') < 0 && !HasControlCharacter(fileName), "A file name cannot hold a quote or a control character.", nameof(fileName));
        MediaTypeHeaderValue mediaType = ParseMediaType(options?.ContentType);
        ApiPath path = Scoped(FilesPath, options);
        OpenRouterPipeline pipeline = Pipeline;

        using var form = new MultipartFormDataContent();
        if (options?.Purpose is { } purpose)
        {
            form.Add(new StringContent(purpose.Value), "purpose");
        }

        var file = new UploadStreamContent(content, options?.Progress);
        file.Headers.ContentType = mediaType;
        var disposition = new ContentDispositionHeaderValue("form-data") { Name = "\"file\"", FileName = "\"" + fileName + "\"" };
        if (!IsAscii(fileName))
        {
            disposition.FileName = fileName;
            disposition.FileNameStar = fileName;
        }

        file.Headers.ContentDisposition = disposition;
        form.Add(file);
        return await pipeline.SendContentAsync(HttpMethod.Post, path, form, file.Resendable, OpenRouterJsonContext.Default.OpenRouterFile,
            static f => OpenRouterPipeline.ErrorMember(f.AdditionalProperties), OpenRouterCredential.ApiKey, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Gets a file's metadata (<c>GET /files/{file_id}</c>).</summary>
    /// <param name="fileId">The file's id (<see cref="OpenRouterFile.Id"/>).</param>
    /// <param name="scope">The workspace and the storage; null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The file.</returns>
    /// <exception cref="ArgumentException"><paramref name="fileId"/> is null, blank, <c>.</c> or <c>..</c>.</exception>
    /// <exception cref="InvalidOperationException">No API key is configured; nothing was sent.</exception>
    /// <exception cref="OpenRouterNotFoundException">No such file (404).</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported another error, or the call timed out.</exception>
    public virtual Task<OpenRouterFile> GetAsync(string fileId, FileScope? scope = null, CancellationToken cancellationToken = default) =>
        Pipeline.SendAsync(HttpMethod.Get, FilePath(fileId, scope), null, OpenRouterJsonContext.Default.OpenRouterFile,
            static f => OpenRouterPipeline.ErrorMember(f.AdditionalProperties), OpenRouterCredential.ApiKey, cancellationToken);

    /// <summary>Deletes a file (<c>DELETE /files/{file_id}</c>); irreversible.</summary>
    /// <param name="fileId">The file's id (<see cref="OpenRouterFile.Id"/>).</param>
    /// <param name="scope">The workspace and the storage; null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes once the server confirmed the deletion.</returns>
    /// <exception cref="ArgumentException"><paramref name="fileId"/> is null, blank, <c>.</c> or <c>..</c>.</exception>
    /// <exception cref="InvalidOperationException">No API key is configured; nothing was sent.</exception>
    /// <exception cref="OpenRouterNotFoundException">No such file (404).</exception>
    /// <exception cref="OpenRouterInvalidResponseException">The answer did not confirm the deletion (<c>"type": "file_deleted"</c> or <c>"deleted": true</c>).</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported another error, or the call timed out.</exception>
    public virtual async Task DeleteAsync(string fileId, FileScope? scope = null, CancellationToken cancellationToken = default)
    {
        ApiPath path = FilePath(fileId, scope);
        FileDeletion answer = await Pipeline.SendAsync(HttpMethod.Delete, path, null, OpenRouterJsonContext.Default.FileDeletion,
            static d => OpenRouterPipeline.ErrorMember(d.AdditionalProperties), OpenRouterCredential.ApiKey, cancellationToken).ConfigureAwait(false);
        if (answer.Deleted != true && !string.Equals(answer.Type, "file_deleted", StringComparison.Ordinal))
        {
            throw OpenRouterErrorFactory.MissingMember("DELETE /" + path.WithoutQuery(), "type");
        }
    }

    /// <summary>
    /// Streams a file's bytes (<c>GET /files/{file_id}/content</c>) as they arrive, never buffered whole. Only files
    /// created server-side can be downloaded (<see cref="OpenRouterFile.Downloadable"/>); an uploaded file answers 400.
    /// Dispose the result once read.
    /// </summary>
    /// <param name="fileId">The file's id (<see cref="OpenRouterFile.Id"/>).</param>
    /// <param name="scope">The workspace and the storage; null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the wait for the response headers (pass a token to each read for the body).</param>
    /// <returns>The content, with its media type and length when the server states them.</returns>
    /// <exception cref="ArgumentException"><paramref name="fileId"/> is null, blank, <c>.</c> or <c>..</c>.</exception>
    /// <exception cref="InvalidOperationException">No API key is configured; nothing was sent.</exception>
    /// <exception cref="OpenRouterBadRequestException">The file cannot be downloaded (400: an uploaded file).</exception>
    /// <exception cref="OpenRouterNotFoundException">No such file (404).</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported another error, or the call timed out.</exception>
    public virtual Task<OpenRouterContent> GetContentAsync(string fileId, FileScope? scope = null, CancellationToken cancellationToken = default)
    {
        ApiPath path = Scoped(FilesPath.Segment(fileId).Then("content"), scope);
        return Pipeline.SendForContentAsync(path, OpenRouterCredential.ApiKey, cancellationToken);
    }

    private static async IAsyncEnumerable<OpenRouterFile> PagesAsync(OpenRouterPipeline pipeline, FileListQuery? query,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ApiPath first = Scoped(FilesPath, query);
        if (query?.PageSize is { } size)
        {
            first = first.Query("limit", size.ToString(CultureInfo.InvariantCulture));
        }

        ApiPath page = first;
        string? previous = null;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            FileListPage answer = await pipeline.SendAsync(HttpMethod.Get, page, null, OpenRouterJsonContext.Default.FileListPage,
                static p => OpenRouterPipeline.ErrorMember(p.AdditionalProperties), OpenRouterCredential.ApiKey, cancellationToken).ConfigureAwait(false);
            List<OpenRouterFile?> items = answer.Data ?? throw OpenRouterErrorFactory.MissingData("GET /" + page.WithoutQuery());
            foreach (OpenRouterFile? item in items)
            {
                if (item is not null)
                {
                    yield return item;
                }
            }

            // OpenRouter's shape names the next page's cursor; OpenAI's and Anthropic's continue after the last id.
            (string Name, string Value)? next = answer.Cursor is { Length: > 0 } cursor
                ? ("cursor", cursor)
                : answer.HasMore == true && answer.LastId is { Length: > 0 } lastId && items.Count > 0
                    ? (query?.Provider == FileProvider.OpenAI ? "after" : "after_id", lastId)
                    : null;
            if (next is not { } n || n.Value == previous)
            {
                yield break;
            }

            previous = n.Value;
            page = first.Query(n.Name, n.Value);
        }
    }

    private static ApiPath FilePath(string fileId, FileScope? scope) => Scoped(FilesPath.Segment(fileId), scope);

    /// <summary>Adds the <c>workspace_id</c> and <c>provider</c> queries of <paramref name="scope"/>, when set.</summary>
    private static ApiPath Scoped(ApiPath path, FileScope? scope)
    {
        if (scope?.WorkspaceId is { } workspace)
        {
            Argument.NotBlank(workspace, "FileScope.WorkspaceId is blank; leave it null for the key's default workspace.", nameof(scope));
            path = path.Query("workspace_id", workspace);
        }

        if (scope?.Provider is { } provider)
        {
            Argument.NotBlank(provider.Value, "FileScope.Provider is empty; leave it null for OpenRouter storage.", nameof(scope));
            path = path.Query("provider", provider.Value);
        }

        return path;
    }

    private static MediaTypeHeaderValue ParseMediaType(string? contentType)
    {
        if (contentType is null)
        {
            return new MediaTypeHeaderValue("application/octet-stream");
        }

        Argument.Requires(MediaTypeHeaderValue.TryParse(contentType, out MediaTypeHeaderValue? parsed) && parsed is not null,
            $"'{contentType}' is not a media type (FileUploadOptions.ContentType), such as application/pdf.", nameof(contentType));
        return parsed!;
    }

    private static bool HasControlCharacter(string text)
    {
        foreach (char c in text)
        {
            if (char.IsControl(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAscii(string text)
    {
        foreach (char c in text)
        {
            if (c > 0x7E)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The client's pipeline; a mock made with the protected constructor has none.</summary>
    private OpenRouterPipeline Pipeline => _pipeline ?? throw new NotSupportedException(
        $"This {GetType().Name} was made with the protected constructor, for mocking: override the methods the test calls.");
}
