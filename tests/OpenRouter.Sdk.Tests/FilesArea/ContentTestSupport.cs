using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace OpenRouter.Sdk.Tests.FilesArea;

/// <summary>What one request carried on the wire: method, address, key, content headers and body bytes.</summary>
internal sealed record SentRequest(HttpMethod Method, Uri Uri, AuthenticationHeaderValue? Authorization, string? ContentType, long? ContentLength, byte[]? Body)
{
    public string? BodyText => Body is null ? null : Encoding.UTF8.GetString(Body);
}

/// <summary>Answers each request with the next scripted response (the last repeats) and records the requests as sent.</summary>
internal sealed class ScriptHandler(params Func<HttpRequestMessage, HttpResponseMessage>[] answers) : HttpMessageHandler
{
    private readonly object _gate = new();
    private int _next;

    public List<SentRequest> Requests { get; } = new();

    public static Func<HttpRequestMessage, HttpResponseMessage> Json(string body, HttpStatusCode status = HttpStatusCode.OK, params (string Name, string Value)[] headers) =>
        _ =>
        {
            var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            foreach ((string name, string value) in headers)
            {
                response.Headers.TryAddWithoutValidation(name, value);
            }

            return response;
        };

    public static Func<HttpRequestMessage, HttpResponseMessage> Bytes(byte[] body, string mediaType) =>
        _ =>
        {
            var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
        };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // The length as the request declared it, before reading the body buffers it (which would set it).
        long? declaredLength = request.Content?.Headers.ContentLength;
        byte[]? body = request.Content is null ? null : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        Func<HttpRequestMessage, HttpResponseMessage> answer;
        lock (_gate)
        {
            Requests.Add(new SentRequest(request.Method, request.RequestUri!, request.Headers.Authorization, request.Content?.Headers.ContentType?.ToString(),
                declaredLength, body));
            answer = answers[Math.Min(_next++, answers.Length - 1)];
        }

        HttpResponseMessage response = answer(request);
        response.RequestMessage = request;
        return response;
    }
}

/// <summary>One part of a multipart/form-data body, as it crossed the wire.</summary>
internal sealed record MultipartPart(IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public string BodyText => Encoding.UTF8.GetString(Body);
}

internal static class Multipart
{
    /// <summary>Splits a multipart body on the boundary of its Content-Type, byte for byte.</summary>
    public static List<MultipartPart> Parse(string contentType, byte[] body)
    {
        string boundary = MediaTypeHeaderValue.Parse(contentType).Parameters.Single(p => p.Name == "boundary").Value!.Trim('"');
        byte[] delimiter = Encoding.ASCII.GetBytes("--" + boundary);
        var parts = new List<MultipartPart>();
        int position = IndexOf(body, delimiter, 0);
        if (position < 0)
        {
            throw new FormatException("No boundary in the body.");
        }

        while (true)
        {
            int start = position + delimiter.Length;
            if (body.Length >= start + 2 && body[start] == '-' && body[start + 1] == '-')
            {
                return parts;
            }

            start += 2; // CRLF after the delimiter
            int next = IndexOf(body, Encoding.ASCII.GetBytes("\r\n--" + boundary), start);
            if (next < 0)
            {
                throw new FormatException("An unterminated part.");
            }

            int headersEnd = IndexOf(body, "\r\n\r\n"u8.ToArray(), start);
            string headerText = Encoding.UTF8.GetString(body, start, headersEnd - start);
            var headers = headerText.Split("\r\n").Select(l => l.Split(':', 2)).ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.OrdinalIgnoreCase);
            parts.Add(new MultipartPart(headers, body[(headersEnd + 4)..next]));
            position = next + 2;
        }
    }

    private static int IndexOf(byte[] haystack, byte[] needle, int from)
    {
        for (int i = from; i <= haystack.Length - needle.Length; i++)
        {
            if (haystack.AsSpan(i, needle.Length).SequenceEqual(needle))
            {
                return i;
            }
        }

        return -1;
    }
}

/// <summary>A stream that reads like a network source: it cannot seek, and it records whether it was disposed.</summary>
internal sealed class ForwardOnlyStream(byte[] bytes) : Stream
{
    private readonly MemoryStream _inner = new(bytes);

    public bool Disposed { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, count);

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        Disposed = true;
        base.Dispose(disposing);
    }
}
