using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OpenRouter.Sdk.Benchmarks;

/// <summary>
/// A Kestrel server on 127.0.0.1 that answers every POST from prebuilt bytes, so the clients are what is measured.
/// The base URL picks the answer: <c>/stream/{n}/</c> streams <c>n</c> content chunks, <c>/unary/</c> returns one
/// completion. Responses use chunked transfer encoding, as OpenRouter's do, written in 16 KB slices.
/// </summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private static readonly Lazy<LoopbackServer> SharedInstance = new(() => StartAsync().GetAwaiter().GetResult());

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<int, byte[]> _streams = new();
    private readonly byte[] _completion = Payloads.Completion();

    private LoopbackServer(WebApplication app, Uri root)
    {
        _app = app;
        Root = root;
    }

    /// <summary>One server for the whole run.</summary>
    public static LoopbackServer Shared => SharedInstance.Value;

    public Uri Root { get; }

    /// <summary>The base URL (ending in <c>/v1/</c>) whose <c>chat/completions</c> streams <paramref name="contentChunks"/> chunks.</summary>
    public Uri StreamBase(int contentChunks)
    {
        _streams.GetOrAdd(contentChunks, Payloads.Stream);
        return new Uri(Root, $"stream/{contentChunks.ToString(CultureInfo.InvariantCulture)}/v1/");
    }

    /// <summary>The base URL whose <c>chat/completions</c> returns one non-streamed completion.</summary>
    public Uri UnaryBase => new(Root, "unary/v1/");

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private static async Task<LoopbackServer> StartAsync()
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        WebApplication app = builder.Build();
        LoopbackServer? server = null;
        app.Run(context => server!.AnswerAsync(context));
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server = new LoopbackServer(app, new Uri(address.TrimEnd('/') + "/"));
        return server;
    }

    private async Task AnswerAsync(HttpContext context)
    {
        // Read the request like a real server would before answering.
        byte[] sink = new byte[4096];
        while (await context.Request.Body.ReadAsync(sink, context.RequestAborted) > 0)
        {
        }

        string path = context.Request.Path.Value ?? string.Empty;
        HttpResponse response = context.Response;
        if (path.StartsWith("/unary/", StringComparison.Ordinal))
        {
            response.ContentType = "application/json";
            response.ContentLength = _completion.Length;
            await response.Body.WriteAsync(_completion, context.RequestAborted);
            return;
        }

        if (path.StartsWith("/stream/", StringComparison.Ordinal))
        {
            int end = path.IndexOf('/', "/stream/".Length);
            int chunks = int.Parse(path.AsSpan("/stream/".Length, end - "/stream/".Length), CultureInfo.InvariantCulture);
            byte[] body = _streams.GetOrAdd(chunks, Payloads.Stream);
            response.ContentType = "text/event-stream";
            response.Headers.CacheControl = "no-cache";
            await response.StartAsync(context.RequestAborted);
            const int slice = 16 * 1024;
            for (int offset = 0; offset < body.Length; offset += slice)
            {
                await response.Body.WriteAsync(body.AsMemory(offset, Math.Min(slice, body.Length - offset)), context.RequestAborted);
            }

            return;
        }

        response.StatusCode = StatusCodes.Status404NotFound;
    }
}
