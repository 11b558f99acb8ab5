using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace OpenRouter.Sdk.Http;

/// <summary>
/// Wraps a response stream and restarts the idle timer whenever bytes arrive, so any traffic (keep-alive comments
/// included) proves the stream alive, and a stall cancels the pending read.
/// </summary>
internal sealed class IdleTimeoutStream : Stream
{
    private readonly Stream _inner;
    private readonly CancellationTokenSource? _idle;
    private readonly TimeSpan _timeout;

    public IdleTimeoutStream(Stream inner, CancellationTokenSource? idle, TimeSpan timeout)
    {
        _inner = inner;
        _idle = idle;
        _timeout = timeout;
        Restart();
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        int read = await _inner.ReadAsync(buffer, offset, count, cancellationToken).ConfigureAwait(false);
        Restart();
        return read;
    }

#if NET
    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        int read = await _inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        Restart();
        return read;
    }
#endif

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException("Streams are read asynchronously.");

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
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Restart()
    {
        if (_idle is null)
        {
            return;
        }

        try
        {
            _idle.CancelAfter(_timeout);
        }
        catch (ObjectDisposedException)
        {
        }
    }
}
