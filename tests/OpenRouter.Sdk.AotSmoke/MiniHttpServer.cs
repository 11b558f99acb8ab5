using System.Net;
using System.Net.Sockets;
using System.Text;

namespace OpenRouter.Sdk.AotSmoke;

/// <summary>
/// A minimal HTTP/1.1 responder over <see cref="TcpListener"/> on 127.0.0.1: one request per connection, answered by
/// a callback with status, headers and body, then the connection is closed. Enough for a smoke test, and free of
/// anything that might not trim.
/// </summary>
internal sealed class MiniHttpServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Func<Request, Response> _answer;
    private readonly CancellationTokenSource _stop = new();

    public MiniHttpServer(Func<Request, Response> answer)
    {
        _answer = answer;
        _listener.Start();
        BaseUrl = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/api/v1/");
        _ = Task.Run(AcceptLoopAsync);
    }

    public Uri BaseUrl { get; }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _stop.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }

            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            NetworkStream stream = client.GetStream();
            Request request = await ReadRequestAsync(stream);
            Response response = _answer(request);
            var head = new StringBuilder();
            head.Append("HTTP/1.1 ").Append(response.Status).Append(' ').Append(response.Reason).Append("\r\n");
            head.Append("Content-Type: ").Append(response.ContentType).Append("\r\n");
            foreach ((string name, string value) in response.Headers)
            {
                head.Append(name).Append(": ").Append(value).Append("\r\n");
            }

            head.Append("Content-Length: ").Append(response.Body.Length).Append("\r\nConnection: close\r\n\r\n");
            await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()));
            await stream.WriteAsync(response.Body);
            await stream.FlushAsync();
            client.Client.Shutdown(SocketShutdown.Send);
        }
    }

    private static async Task<Request> ReadRequestAsync(NetworkStream stream)
    {
        var buffer = new List<byte>();
        byte[] one = new byte[1];
        while (!EndsWithBlankLine(buffer) && await stream.ReadAsync(one) == 1)
        {
            buffer.Add(one[0]);
        }

        string[] lines = Encoding.ASCII.GetString(buffer.ToArray()).Split("\r\n");
        string[] requestLine = lines[0].Split(' ');
        int length = 0;
        foreach (string line in lines)
        {
            if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            {
                length = int.Parse(line["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        byte[] body = new byte[length];
        await stream.ReadExactlyAsync(body);
        return new Request(requestLine[0], requestLine[1], Encoding.UTF8.GetString(body));
    }

    private static bool EndsWithBlankLine(List<byte> b) =>
        b.Count >= 4 && b[^4] == '\r' && b[^3] == '\n' && b[^2] == '\r' && b[^1] == '\n';
}

internal sealed record Request(string Method, string Path, string Body);

internal sealed record Response(int Status, string Reason, string ContentType, byte[] Body, params (string Name, string Value)[] Headers)
{
    public static Response Json(string json, int status = 200, string reason = "OK", params (string, string)[] headers) =>
        new(status, reason, "application/json", Encoding.UTF8.GetBytes(json), headers);
}
