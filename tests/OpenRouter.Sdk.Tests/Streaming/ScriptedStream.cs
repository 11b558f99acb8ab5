using System.Net;
using System.Net.Http.Headers;
using OpenRouter.Sdk.Tests.Infrastructure;

namespace OpenRouter.Sdk.Tests.Streaming;

/// <summary>
/// A response body that hands out its bytes in pieces ending at the given offsets, can hang (as a connection kept
/// open) after its data, and records whether it was disposed.
/// </summary>
public sealed class ScriptedStream(byte[] data, IReadOnlyList<int>? cuts = null, bool hangAtEnd = false) : Stream
{
    private readonly int[] _cuts = (cuts ?? Array.Empty<int>()).Distinct().Order().ToArray();
    private int _nextCut;
    private int _position;

    public bool Disposed { get; private set; }

    public int Reads { get; private set; }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _position; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(Disposed, this);
        Reads++;
        if (_position >= data.Length)
        {
            if (hangAtEnd)
            {
                // A server that keeps the connection open: only cancellation or disposal ends this read.
                var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                _hang = closed;
                using (cancellationToken.Register(() => closed.TrySetCanceled(cancellationToken)))
                {
                    await closed.Task;
                }
            }

            return 0;
        }

        while (_nextCut < _cuts.Length && _cuts[_nextCut] <= _position)
        {
            _nextCut++;
        }

        int end = _nextCut < _cuts.Length ? Math.Min(_cuts[_nextCut], data.Length) : data.Length;

        int n = Math.Min(buffer.Length, end - _position);
        data.AsSpan(_position, n).CopyTo(buffer.Span);
        _position += n;
        return n;
    }

    private TaskCompletionSource? _hang;

    protected override void Dispose(bool disposing)
    {
        Disposed = true;
        _hang?.TrySetException(new ObjectDisposedException(nameof(ScriptedStream)));
        base.Dispose(disposing);
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public static StubHandler Serve(StubHandler handler, ScriptedStream stream) =>
        handler.Respond(_ =>
        {
            var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(stream) };
            response.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("text/event-stream");
            return response;
        });
}
