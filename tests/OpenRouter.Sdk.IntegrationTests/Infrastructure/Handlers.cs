using System.Collections.Concurrent;
using System.Net;

namespace OpenRouter.Sdk.IntegrationTests.Infrastructure;

/// <summary>Sits under the retry handler: records each attempt's body and whether each response was disposed.</summary>
public sealed class AttemptRecorder(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    public ConcurrentQueue<byte[]> Bodies { get; } = new();

    public ConcurrentQueue<TrackedContent> Contents { get; } = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Bodies.Enqueue(request.Content is null ? Array.Empty<byte>() : await request.Content.ReadAsByteArrayAsync(cancellationToken));
        HttpResponseMessage response = await base.SendAsync(request, cancellationToken);
        var tracked = new TrackedContent(response.Content);
        response.Content = tracked;
        Contents.Enqueue(tracked);
        return response;
    }
}

/// <summary>Wraps response content to observe its disposal.</summary>
public sealed class TrackedContent : HttpContent
{
    private readonly HttpContent _inner;

    public TrackedContent(HttpContent inner)
    {
        _inner = inner;
        foreach (var header in inner.Headers)
        {
            Headers.TryAddWithoutValidation(header.Key, header.Value);
        }
    }

    public bool Disposed { get; private set; }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => _inner.CopyToAsync(stream);

    protected override Task<Stream> CreateContentReadStreamAsync() => _inner.ReadAsStreamAsync();

    protected override Task<Stream> CreateContentReadStreamAsync(CancellationToken cancellationToken) => _inner.ReadAsStreamAsync(cancellationToken);

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Disposed = true;
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }
}

/// <summary>Answers every request with 200 and an SSE body handed out in the given pieces.</summary>
public sealed class SplitSseHandler(byte[] body, IReadOnlyList<int> splitPoints) : HttpMessageHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StreamContent(new PieceStream(body, splitPoints)),
            RequestMessage = request,
        };
        response.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/event-stream");
        return Task.FromResult(response);
    }
}

/// <summary>Returns the bytes in pieces that end exactly at the split points (a read never crosses one).</summary>
public sealed class PieceStream(byte[] data, IReadOnlyList<int> splitPoints) : Stream
{
    private int _position;
    private int _nextSplit;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => data.Length;
    public override long Position { get => _position; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        while (_nextSplit < splitPoints.Count && splitPoints[_nextSplit] <= _position)
        {
            _nextSplit++;
        }

        int end = _nextSplit < splitPoints.Count ? Math.Min(splitPoints[_nextSplit], data.Length) : data.Length;
        int n = Math.Min(buffer.Length, end - _position);
        data.AsSpan(_position, n).CopyTo(buffer);
        _position += n;
        return n;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
