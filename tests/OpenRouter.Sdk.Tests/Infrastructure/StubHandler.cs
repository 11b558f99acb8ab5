using System.Net;
using System.Net.Http.Headers;

namespace OpenRouter.Sdk.Tests.Infrastructure;

/// <summary>
/// An in-memory HTTP handler: answers each request with the next scripted response and records what was sent
/// (method, URL, headers, body bytes) so tests can assert the exact wire request.
/// </summary>
public sealed class StubHandler : HttpMessageHandler
{
    private readonly Queue<Func<HttpRequestMessage, HttpResponseMessage>> _responses = new();
    private readonly object _gate = new();

    public List<RecordedRequest> Requests { get; } = new();

    public StubHandler Respond(HttpStatusCode status, string body, string contentType = "application/json", Action<HttpResponseMessage>? configure = null) =>
        Respond(status, System.Text.Encoding.UTF8.GetBytes(body), contentType, configure);

    public StubHandler Respond(HttpStatusCode status, byte[] body, string contentType = "application/json", Action<HttpResponseMessage>? configure = null)
    {
        _responses.Enqueue(_ =>
        {
            var response = new HttpResponseMessage(status) { Content = new ByteArrayContent(body) };
            response.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
            configure?.Invoke(response);
            return response;
        });
        return this;
    }

    /// <summary>Answers with a stream that hands out the body in pieces of <paramref name="readSize"/> bytes.</summary>
    public StubHandler RespondStream(byte[] body, int readSize = int.MaxValue, HttpStatusCode status = HttpStatusCode.OK)
    {
        _responses.Enqueue(_ =>
        {
            var response = new HttpResponseMessage(status) { Content = new StreamContent(new TrickleStream(body, readSize)) };
            response.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("text/event-stream");
            return response;
        });
        return this;
    }

    public StubHandler Respond(Func<HttpRequestMessage, HttpResponseMessage> responder)
    {
        _responses.Enqueue(responder);
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        byte[] body = request.Content is null ? Array.Empty<byte>() : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        Func<HttpRequestMessage, HttpResponseMessage> next;
        lock (_gate)
        {
            Requests.Add(new RecordedRequest(request.Method, request.RequestUri!, request.Headers, request.Content?.Headers, body));
            if (_responses.Count == 0)
            {
                throw new InvalidOperationException("The stub has no response left for " + request.RequestUri);
            }

            next = _responses.Count == 1 ? _responses.Peek() : _responses.Dequeue();
        }

        HttpResponseMessage response = next(request);
        response.RequestMessage = request;
        return response;
    }
}

public sealed record RecordedRequest(HttpMethod Method, Uri Uri, HttpRequestHeaders Headers, HttpContentHeaders? ContentHeaders, byte[] Body)
{
    public string BodyText => System.Text.Encoding.UTF8.GetString(Body);

    public string? Header(string name) => Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;
}

/// <summary>A read-only stream that returns at most <c>readSize</c> bytes per read, to exercise re-chunking.</summary>
public sealed class TrickleStream(byte[] data, int readSize) : Stream
{
    private int _position;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => data.Length;
    public override long Position { get => _position; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        int n = Math.Min(Math.Min(count, readSize), data.Length - _position);
        Array.Copy(data, _position, buffer, offset, n);
        _position += n;
        return n;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer, offset, count));

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        int n = Math.Min(Math.Min(buffer.Length, readSize), data.Length - _position);
        data.AsSpan(_position, n).CopyTo(buffer.Span);
        _position += n;
        return ValueTask.FromResult(n);
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
