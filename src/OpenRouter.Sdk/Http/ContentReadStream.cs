using System;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace OpenRouter.Sdk.Http;

/// <summary>
/// The body of a content answer (a video, a file) as the caller reads it: each read waits at most
/// <see cref="OpenRouterClientOptions.StreamIdleTimeout"/> for bytes, ends when the caller cancels or the client is
/// disposed, and its failures become the SDK's exceptions (a dropped connection is an
/// <see cref="OpenRouterConnectionException"/>, a stall an <see cref="OpenRouterTimeoutException"/>). Nothing is buffered
/// beyond what the transport holds.
/// </summary>
internal sealed class ContentReadStream : Stream
{
    private readonly Stream _inner;
    private readonly OpenRouterPipeline _pipeline;
    private readonly TimeSpan _idleLimit;
    private long _read;
    private volatile bool _disposed;

    private ContentReadStream(Stream inner, OpenRouterPipeline pipeline)
    {
        _inner = inner;
        _pipeline = pipeline;
        _idleLimit = pipeline.Options.StreamIdleTimeout;
    }

    public static async Task<ContentReadStream> OpenAsync(HttpResponseMessage response, OpenRouterPipeline pipeline, CancellationToken cancellationToken)
    {
#if NET
        Stream body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
#else
        cancellationToken.ThrowIfCancellationRequested();
        Stream body = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
#endif
        return new ContentReadStream(body, pipeline);
    }

    public override bool CanRead => !_disposed;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException("The content is read as it arrives; OpenRouterContent.ContentLength says how long it is when the server said.");

    public override long Position
    {
        get => Interlocked.Read(ref _read);
        set => throw new NotSupportedException();
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        GuardAsync(token => new ValueTask<int>(_inner.ReadAsync(buffer, offset, count, token)), cancellationToken).AsTask();

#if NET
    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        GuardAsync(token => _inner.ReadAsync(buffer, token), cancellationToken);
#endif

    public override int Read(byte[] buffer, int offset, int count)
    {
        ThrowIfDisposed();
        try
        {
            int read = _inner.Read(buffer, offset, count);
            Interlocked.Add(ref _read, read);
            return read;
        }
        catch (Exception e) when (e is IOException or HttpRequestException && !_pipeline.Lifetime.IsDisposed)
        {
            throw OpenRouterErrorFactory.BodyDropped(e);
        }
    }

    private async ValueTask<int> GuardAsync(Func<CancellationToken, ValueTask<int>> read, CancellationToken cancellationToken)
    {
        ThrowIfDisposed();
        using CancellationTokenSource? idle = _pipeline.CreateTimeout(_idleLimit);
        using CancellationTokenSource linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _pipeline.Lifetime.Token, idle?.Token ?? CancellationToken.None);
        try
        {
            int count = await read(linked.Token).ConfigureAwait(false);
            Interlocked.Add(ref _read, count);
            return count;
        }
        catch (Exception e) when (e is not OpenRouterException)
        {
            SdkTimeout fired = idle is not null && idle.IsCancellationRequested ? SdkTimeout.StreamIdle : SdkTimeout.None;
            Exception? mapped = OpenRouterErrorFactory.FromCancellation(e, cancellationToken, _pipeline.Lifetime.IsDisposed, fired, _idleLimit, awaitingHeaders: false);
            if (mapped is not null)
            {
                throw mapped;
            }

            if (e is IOException or HttpRequestException)
            {
                throw OpenRouterErrorFactory.BodyDropped(e);
            }

            throw;
        }
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _disposed = true;
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private void ThrowIfDisposed()
    {
        if (_disposed)
        {
            throw new ObjectDisposedException(nameof(OpenRouterContent));
        }
    }
}
