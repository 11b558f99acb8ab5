using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Logging;

namespace OpenRouter.Sdk.IntegrationTests.Infrastructure;

/// <summary>
/// A Kestrel server on 127.0.0.1 with two plain-http listeners: <see cref="Http1BaseUrl"/> speaks only HTTP/1.x,
/// <see cref="Http2BaseUrl"/> only HTTP/2 with prior knowledge (h2c). It records the protocol of every request as
/// Kestrel saw it (<see cref="HttpRequest.Protocol"/>) and answers chat completions (streamed when the body asks) and
/// <c>GET /models/count</c>. An optional gate holds streams open until a number of them have arrived.
/// </summary>
public sealed class ProtocolServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ListenOptions[] _listeners = new ListenOptions[2];
    private readonly int _streamsToGather;
    private readonly TaskCompletionSource _gathered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _connections;
    private int _streamsArrived;

    private ProtocolServer(int maxStreamsPerConnection, int streamsToGather)
    {
        _streamsToGather = streamsToGather;
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k =>
        {
            k.Limits.Http2.MaxStreamsPerConnection = maxStreamsPerConnection;
            k.Listen(IPAddress.Loopback, 0, listen =>
            {
                listen.Protocols = HttpProtocols.Http1;
                _listeners[0] = listen;
            });
            k.Listen(IPAddress.Loopback, 0, listen =>
            {
                listen.Protocols = HttpProtocols.Http2;
                listen.Use(next => connection =>
                {
                    Interlocked.Increment(ref _connections);
                    return next(connection);
                });
                _listeners[1] = listen;
            });
        });
        _app = builder.Build();
        _app.Run(AnswerAsync);
    }

    /// <summary>The API root on the HTTP/1.x-only listener.</summary>
    public Uri Http1BaseUrl { get; private set; } = null!;

    /// <summary>The API root on the HTTP/2-only (h2c) listener.</summary>
    public Uri Http2BaseUrl { get; private set; } = null!;

    /// <summary>Each request as <c>"{path} {protocol}"</c>, in arrival order.</summary>
    public ConcurrentQueue<string> Seen { get; } = new();

    /// <summary>Connections accepted on the HTTP/2 listener.</summary>
    public int Http2Connections => Volatile.Read(ref _connections);

    /// <summary>Starts a server whose HTTP/2 connections carry at most <paramref name="maxStreamsPerConnection"/>
    /// streams; with <paramref name="streamsToGather"/> above zero every stream waits until that many have arrived.</summary>
    public static async Task<ProtocolServer> StartAsync(int maxStreamsPerConnection = 100, int streamsToGather = 0)
    {
        var server = new ProtocolServer(maxStreamsPerConnection, streamsToGather);
        await server._app.StartAsync();
        // Kestrel writes the port it bound into each listener's options.
        server.Http1BaseUrl = new Uri($"http://127.0.0.1:{server._listeners[0].IPEndPoint!.Port}/api/v1/");
        server.Http2BaseUrl = new Uri($"http://127.0.0.1:{server._listeners[1].IPEndPoint!.Port}/api/v1/");
        return server;
    }

    /// <summary>The protocols the requests to paths ending in <paramref name="pathEnd"/> arrived with.</summary>
    public IReadOnlyList<string> ProtocolsOf(string pathEnd) =>
        Seen.Select(s => s.Split(' ', 2)).Where(p => p[0].EndsWith(pathEnd, StringComparison.Ordinal)).Select(p => p[1]).ToList();

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task AnswerAsync(HttpContext context)
    {
        HttpRequest request = context.Request;
        string body = await new StreamReader(request.Body).ReadToEndAsync(context.RequestAborted);
        Seen.Enqueue($"{request.Path} {request.Protocol}");
        HttpResponse response = context.Response;
        if (request.Path.Value!.EndsWith("/models/count", StringComparison.Ordinal))
        {
            response.ContentType = "application/json";
            await response.WriteAsync("""{"data":{"count":42}}""", context.RequestAborted);
            return;
        }

        if (!body.Contains("\"stream\":true", StringComparison.Ordinal))
        {
            response.ContentType = "application/json";
            await response.WriteAsync(Json.Completion("unary over " + request.Protocol), context.RequestAborted);
            return;
        }

        response.ContentType = "text/event-stream";
        await response.StartAsync(context.RequestAborted);
        if (_streamsToGather > 0)
        {
            if (Interlocked.Increment(ref _streamsArrived) >= _streamsToGather)
            {
                _gathered.TrySetResult();
            }

            await _gathered.Task.WaitAsync(context.RequestAborted);
        }

        await Reply.WriteEventAsync(response, Json.Chunk("streamed over " + request.Protocol));
        await Reply.WriteEventAsync(response, Json.Chunk("", "stop"));
        await Reply.WriteEventAsync(response, "[DONE]");
    }
}
