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
/// The base URL picks the answer: <c>/stream/{n}/</c> streams <c>n</c> content chunks, <c>/reasoning/{n}/</c> and
/// <c>/tools/{n}/</c> as many reasoning chunks or tool-call fragments, <c>/unary/</c> returns one completion. Responses use chunked transfer encoding, as OpenRouter's do, written in 16 KB slices.
/// </summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private static readonly Lazy<LoopbackServer> SharedInstance = new(() => StartAsync().GetAwaiter().GetResult());

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<(string Shape, int Chunks), byte[]> _streams = new();
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
    public Uri StreamBase(int contentChunks) => StreamBase(Root, "content", contentChunks);

    /// <summary>The base URL under <paramref name="root"/> whose <c>chat/completions</c> streams <paramref name="chunks"/> chunks of <paramref name="shape"/>.</summary>
    public static Uri StreamBase(Uri root, string shape, int chunks) =>
        new(root, $"{(shape == "content" ? "stream" : shape)}/{chunks.ToString(CultureInfo.InvariantCulture)}/v1/");

    /// <summary>Starts a server of its own (not <see cref="Shared"/>), for the out-of-process mode.</summary>
    public static Task<LoopbackServer> StartNewAsync() => StartAsync();

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

        string[] segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length > 1 && segments[0] is "stream" or "reasoning" or "tools")
        {
            string shape = segments[0] == "stream" ? "content" : segments[0];
            int chunks = int.Parse(segments[1], CultureInfo.InvariantCulture);
            byte[] body = _streams.GetOrAdd((shape, chunks), static key => Payloads.StreamOf(key.Shape, key.Chunks));
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
