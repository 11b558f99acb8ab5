using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
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

    private LoopbackServer(WebApplication app, Uri root, ConnectionCounter http1, ConnectionCounter http2, ConnectionCounter https)
        : this(app, root)
    {
        Http1Connections = http1;
        Http2Connections = http2;
        HttpsConnections = https;
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

    /// <summary>
    /// The root of the HTTP/2-only listener (h2c: HTTP/2 with prior knowledge, no TLS) of a server started with
    /// <see cref="StartWithHttp2Async"/>; null otherwise. <see cref="Root"/> is then HTTP/1.1 only.
    /// </summary>
    public Uri? Http2Root { get; private set; }

    /// <summary>Connections accepted on <see cref="Root"/> (counted only for a server started with <see cref="StartWithHttp2Async"/>).</summary>
    public ConnectionCounter Http1Connections { get; } = new();

    /// <summary>Connections accepted on <see cref="Http2Root"/>.</summary>
    public ConnectionCounter Http2Connections { get; } = new();

    /// <summary>
    /// The root of the https listener of a server started with <see cref="StartWithHttp2Async"/>: HTTP/1.1 and HTTP/2
    /// chosen with ALPN, as on openrouter.ai, with a self-signed certificate made at start-up.
    /// </summary>
    public Uri? HttpsRoot { get; private set; }

    /// <summary>Connections accepted on <see cref="HttpsRoot"/>.</summary>
    public ConnectionCounter HttpsConnections { get; } = new();

    /// <summary>
    /// Starts a server of its own with three listeners, each counting the connections it accepts: <see cref="Root"/>
    /// speaks only HTTP/1.1, <see cref="Http2Root"/> only HTTP/2 over cleartext (h2c), <see cref="HttpsRoot"/> both
    /// over TLS, negotiated with ALPN. Kestrel's limits stay at their
    /// defaults, as a server's would be: no cap on connections, at most 100 concurrent streams per HTTP/2 connection;
    /// only the accept backlog is raised (512 to 4,096), so that a thousand connections opened at once measure the
    /// client rather than SYN retries against a small queue.
    /// </summary>
    public static async Task<LoopbackServer> StartWithHttp2Async()
    {
        var http1 = new ConnectionCounter();
        var http2 = new ConnectionCounter();
        var https = new ConnectionCounter();
        ListenOptions? http1Listener = null;
        ListenOptions? http2Listener = null;
        ListenOptions? httpsListener = null;
        X509Certificate2 certificate = SelfSignedCertificate();
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseSockets(sockets => sockets.Backlog = 4096);
        builder.WebHost.UseKestrel(k =>
        {
            k.Listen(IPAddress.Loopback, 0, listen =>
            {
                listen.Protocols = HttpProtocols.Http1;
                listen.Use(http1.Count);
                http1Listener = listen;
            });
            k.Listen(IPAddress.Loopback, 0, listen =>
            {
                listen.Protocols = HttpProtocols.Http2;
                listen.Use(http2.Count);
                http2Listener = listen;
            });
            k.Listen(IPAddress.Loopback, 0, listen =>
            {
                listen.Protocols = HttpProtocols.Http1AndHttp2;
                listen.Use(https.Count);
                listen.UseHttps(certificate);
                httpsListener = listen;
            });
        });
        WebApplication app = builder.Build();
        LoopbackServer? server = null;
        app.Run(context => server!.AnswerAsync(context));
        await app.StartAsync();

        // Kestrel writes the port it bound into each listener's options.
        server = new LoopbackServer(app, new Uri($"http://127.0.0.1:{http1Listener!.IPEndPoint!.Port}/"), http1, http2, https)
        {
            Http2Root = new Uri($"http://127.0.0.1:{http2Listener!.IPEndPoint!.Port}/"),
            HttpsRoot = new Uri($"https://127.0.0.1:{httpsListener!.IPEndPoint!.Port}/"),
        };
        return server;
    }

    /// <summary>A certificate for 127.0.0.1, valid for a day; the scale client accepts it without a chain.</summary>
    private static X509Certificate2 SelfSignedCertificate()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        using X509Certificate2 created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        // Through PKCS#12 so the private key is a persisted one that TLS can use on every platform.
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pkcs12), password: null);
    }

    /// <summary>Counts the connections a listener accepts and the most open at once.</summary>
    public sealed class ConnectionCounter
    {
        private int _accepted;
        private int _open;
        private int _peak;

        public int Accepted => Volatile.Read(ref _accepted);

        public int Peak => Volatile.Read(ref _peak);

        /// <summary>Starts a new count (between measurements).</summary>
        public void Reset()
        {
            Interlocked.Exchange(ref _accepted, 0);
            Interlocked.Exchange(ref _peak, Volatile.Read(ref _open));
        }

        /// <summary>Kestrel connection middleware.</summary>
        public ConnectionDelegate Count(ConnectionDelegate next) => async connection =>
        {
            Interlocked.Increment(ref _accepted);
            int open = Interlocked.Increment(ref _open);
            int peak;
            while (open > (peak = Volatile.Read(ref _peak)) && Interlocked.CompareExchange(ref _peak, open, peak) != peak)
            {
            }

            try
            {
                await next(connection);
            }
            finally
            {
                Interlocked.Decrement(ref _open);
            }
        };
    }

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

        if (segments.Length > 3 && segments[0] == "scale")
        {
            await AnswerGatheredAsync(context, segments[1], int.Parse(segments[2], CultureInfo.InvariantCulture), int.Parse(segments[3], CultureInfo.InvariantCulture));
            return;
        }

        response.StatusCode = StatusCodes.Status404NotFound;
    }

    /// <summary>
    /// The base URL under <paramref name="root"/> of a gathered run (<c>/scale/{run}/{streams}/{chunks}/</c>): each
    /// stream of <paramref name="chunks"/> content chunks sends its first chunk at once, then waits until all
    /// <paramref name="streams"/> streams of <paramref name="run"/> have sent theirs, so they are all open together.
    /// </summary>
    public static Uri GatheredStreamBase(Uri root, string run, int streams, int chunks) =>
        new(root, string.Create(CultureInfo.InvariantCulture, $"scale/{run}/{streams}/{chunks}/v1/"));

    private readonly ConcurrentDictionary<string, Gathering> _gatherings = new();

    private async Task AnswerGatheredAsync(HttpContext context, string run, int streams, int chunks)
    {
        // The run's name says which protocol the client was set up for: a run that got another fails.
        string expected = run.StartsWith("h2c-", StringComparison.Ordinal) || run.StartsWith("https2-", StringComparison.Ordinal) ? "HTTP/2"
            : run.StartsWith("warm-", StringComparison.Ordinal) ? context.Request.Protocol : "HTTP/1.1";
        if (context.Request.Protocol != expected)
        {
            context.Abort();
            return;
        }

        byte[] body = _streams.GetOrAdd(("content", chunks), static key => Payloads.StreamOf(key.Shape, key.Chunks));
        int firstEnd = body.AsSpan().IndexOf("data: "u8);
        firstEnd += body.AsSpan(firstEnd).IndexOf("\n\n"u8) + 2;
        HttpResponse response = context.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        await response.StartAsync(context.RequestAborted);
        await response.Body.WriteAsync(body.AsMemory(0, firstEnd), context.RequestAborted);
        await response.Body.FlushAsync(context.RequestAborted);

        Gathering gathering = _gatherings.GetOrAdd(run, static _ => new Gathering());
        if (Interlocked.Increment(ref gathering.Arrived) >= streams)
        {
            gathering.All.TrySetResult();
        }

        await gathering.All.Task.WaitAsync(context.RequestAborted);
        const int slice = 16 * 1024;
        for (int offset = firstEnd; offset < body.Length; offset += slice)
        {
            await response.Body.WriteAsync(body.AsMemory(offset, Math.Min(slice, body.Length - offset)), context.RequestAborted);
        }
    }

    private sealed class Gathering
    {
        public int Arrived;

        public TaskCompletionSource All { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
