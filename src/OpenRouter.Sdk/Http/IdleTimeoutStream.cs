using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace OpenRouter.Sdk.Http;

/// <summary>
/// Wraps a response stream and runs the idle timer only while a read waits for the network: any traffic (keep-alive
/// comments included) proves the stream alive, a stall cancels the pending read, and a consumer that takes its time
/// between chunks never counts as a silent server. It also reads ahead: the SSE
/// parser asks for about a kilobyte at a time, and each read of the HTTP stream costs far more than copying, so the
/// response is read in blocks of <see cref="BlockSize"/> bytes (or whatever has arrived) and handed out from there.
/// </summary>
internal sealed class IdleTimeoutStream : Stream
{
    /// <summary>The read-ahead block; one per stream.</summary>
    internal const int BlockSize = 8 * 1024;

    private readonly Stream _inner;
    private readonly CancellationTokenSource? _idle;
    private readonly TimeSpan _timeout;
    private readonly byte[] _block = new byte[BlockSize];
    private int _next;
    private int _end;
    private volatile bool _disposed;

    public IdleTimeoutStream(Stream inner, CancellationTokenSource? idle, TimeSpan timeout)
    {
        _inner = inner;
        _idle = idle;
        _timeout = timeout;

        // The timer was started when it was created; it runs again only while a read waits for the network.
        Disarm();
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

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        if (_next < _end && count > 0)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                return Task.FromCanceled<int>(cancellationToken);
            }

            ThrowIfDisposed();
            return Task.FromResult(TakeBuffered(new Span<byte>(buffer, offset, count)));
        }

        return count == 0 ? _inner.ReadAsync(buffer, offset, count, cancellationToken) : FillAndTakeAsync(buffer, offset, count, cancellationToken);
    }

    private async Task<int> FillAndTakeAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Arm();
        int read = await _inner.ReadAsync(_block, 0, BlockSize, cancellationToken).ConfigureAwait(false);
        Disarm();
        _next = 0;
        _end = read;
        return read == 0 ? 0 : TakeBuffered(new Span<byte>(buffer, offset, count));
    }

#if NET
    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_next < _end && !buffer.IsEmpty)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                return ValueTask.FromCanceled<int>(cancellationToken);
            }

            ThrowIfDisposed();
            return new ValueTask<int>(TakeBuffered(buffer.Span));
        }

        return buffer.IsEmpty ? _inner.ReadAsync(buffer, cancellationToken) : FillAndTakeAsync(buffer, cancellationToken);
    }

    private async ValueTask<int> FillAndTakeAsync(Memory<byte> buffer, CancellationToken cancellationToken)
    {
        Arm();
        int read = await _inner.ReadAsync(_block.AsMemory(), cancellationToken).ConfigureAwait(false);
        Disarm();
        _next = 0;
        _end = read;
        return read == 0 ? 0 : TakeBuffered(buffer.Span);
    }
#endif

    /// <summary>
    /// Reads and discards what is left of the body, straight from the transport and without the idle timer, until its
    /// end or <paramref name="maxBytes"/>. Returns whether the end was reached (the connection can then be reused).
    /// </summary>
    public async Task<bool> DrainAsync(int maxBytes, CancellationToken cancellationToken)
    {
        int total = 0;
        while (total < maxBytes)
        {
            int read = await _inner.ReadAsync(_block, 0, Math.Min(BlockSize, maxBytes - total), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return true;
            }

            total += read;
        }

        return false;
    }

    private void ThrowIfDisposed()
    {
        if (_disposed)
        {
            throw new ObjectDisposedException(nameof(IdleTimeoutStream));
        }
    }

    /// <summary>Copies what fits of the read-ahead block into <paramref name="destination"/>.</summary>
    private int TakeBuffered(Span<byte> destination)
    {
        int count = Math.Min(destination.Length, _end - _next);
        new ReadOnlySpan<byte>(_block, _next, count).CopyTo(destination);
        _next += count;
        return count;
    }

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
            // Read-ahead bytes are not handed out once the stream was closed (a cancelled or timed-out stream stops
            // where the transport stops).
            _disposed = true;
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Arm() => SetTimer(_timeout);

    private void Disarm() => SetTimer(Timeout.InfiniteTimeSpan);

    private void SetTimer(TimeSpan delay)
    {
        if (_idle is null)
        {
            return;
        }

        try
        {
            _idle.CancelAfter(delay);
        }
        catch (ObjectDisposedException)
        {
        }
    }
}
