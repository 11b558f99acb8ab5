using System;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using OpenRouter.Sdk.Internal;

namespace OpenRouter.Sdk;

/// <summary>
/// Content OpenRouter sends as raw bytes (a generated video, a stored file), streamed to you as it arrives: nothing
/// is buffered in memory. Read <see cref="Stream"/> yourself, or use <see cref="CopyToAsync"/> or
/// <see cref="SaveAsync"/>. It holds the HTTP response open: dispose it (a <c>using</c>) once read, or as soon as you
/// no longer want the rest, which closes the connection.
/// </summary>
/// <remarks>
/// The content can be read once. Each read waits at most <see cref="OpenRouterClientOptions.StreamIdleTimeout"/>
/// for bytes (then <see cref="OpenRouterTimeoutException"/>); a connection that drops is an
/// <see cref="OpenRouterConnectionException"/>; disposing the client ends a read in flight.
/// </remarks>
public sealed class OpenRouterContent : IDisposable, IAsyncDisposable
{
    /// <summary>The buffer <see cref="CopyToAsync"/> copies through (the size <see cref="System.IO.Stream.CopyToAsync(System.IO.Stream)"/> uses).</summary>
    private const int CopyBufferSize = 81920;

    private readonly HttpResponseMessage? _response;

    internal OpenRouterContent(Stream stream, HttpResponseMessage response)
        : this(stream, response.Content.Headers.ContentType?.MediaType, response.Content.Headers.ContentLength, FileNameOf(response))
    {
        _response = response;
    }

    /// <summary>
    /// Creates content over <paramref name="stream"/>, which it owns (disposing the content disposes the stream): for
    /// a fake of <see cref="OpenRouterVideosClient.GetContentAsync"/> or <see cref="OpenRouterFilesClient.GetContentAsync"/>.
    /// </summary>
    /// <param name="stream">The bytes.</param>
    /// <param name="contentType">The media type, such as <c>video/mp4</c>.</param>
    /// <param name="contentLength">The length, if known.</param>
    /// <param name="fileName">The suggested file name, if any.</param>
    public OpenRouterContent(Stream stream, string? contentType = null, long? contentLength = null, string? fileName = null)
    {
        Stream = Argument.NotNull(stream);
        ContentType = contentType;
        ContentLength = contentLength;
        FileName = fileName;
    }

    /// <summary>The content as it arrives: read it once, asynchronously for best results; it cannot seek.</summary>
    public Stream Stream { get; }

    /// <summary>The media type the server sent (<c>Content-Type</c>, such as <c>video/mp4</c>), if any.</summary>
    public string? ContentType { get; }

    /// <summary>The length the server announced (<c>Content-Length</c>), or null when it streams without one.</summary>
    public long? ContentLength { get; }

    /// <summary>The file name the server suggested (<c>Content-Disposition</c>), if any. Never use it as a path unchecked.</summary>
    public string? FileName { get; }

    /// <summary>Copies the rest of the content to <paramref name="destination"/>, a block at a time, as it arrives.</summary>
    /// <param name="destination">Where to write; it stays open.</param>
    /// <param name="cancellationToken">Cancels the copy.</param>
    /// <returns>A task that completes once the whole content was written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="destination"/> is null.</exception>
    /// <exception cref="OpenRouterConnectionException">The connection dropped before the end.</exception>
    /// <exception cref="OpenRouterTimeoutException">No bytes arrived within <see cref="OpenRouterClientOptions.StreamIdleTimeout"/>.</exception>
    public async Task CopyToAsync(Stream destination, CancellationToken cancellationToken = default)
    {
        Argument.NotNull(destination);
        await Stream.CopyToAsync(destination, CopyBufferSize, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Writes the rest of the content to the file at <paramref name="path"/> (created or overwritten) as it arrives.
    /// If the copy fails or is cancelled, the partial file is deleted.
    /// </summary>
    /// <param name="path">The file to write.</param>
    /// <param name="cancellationToken">Cancels the copy.</param>
    /// <returns>A task that completes once the whole content is in the file.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or blank.</exception>
    /// <exception cref="OpenRouterConnectionException">The connection dropped before the end.</exception>
    /// <exception cref="OpenRouterTimeoutException">No bytes arrived within <see cref="OpenRouterClientOptions.StreamIdleTimeout"/>.</exception>
    public async Task SaveAsync(string path, CancellationToken cancellationToken = default)
    {
        Argument.NotBlank(path);
        try
        {
            using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 4096, useAsync: true);
            await Stream.CopyToAsync(file, CopyBufferSize, cancellationToken).ConfigureAwait(false);
            await file.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            TryDelete(path);
            throw;
        }
    }

    /// <summary>Closes the content and the response that carries it; a content not read to the end closes its connection.</summary>
    public void Dispose()
    {
        Stream.Dispose();
        _response?.Dispose();
    }

    /// <summary>Closes the content and the response that carries it.</summary>
    /// <returns>A completed task.</returns>
    public ValueTask DisposeAsync()
    {
        Dispose();
        return default;
    }

    private static string? FileNameOf(HttpResponseMessage response)
    {
        var disposition = response.Content.Headers.ContentDisposition;
        string? name = disposition?.FileNameStar ?? disposition?.FileName;
        return name?.Trim('"');
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
