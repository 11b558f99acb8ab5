using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OpenRouter.Sdk.IntegrationTests.Infrastructure;

/// <summary>
/// A Kestrel server on 127.0.0.1 (a free port) inside the test process. Each request is an attempt: it is counted and
/// recorded, then answered by the next scripted step (the last step repeats). Steps can send statuses, headers and
/// bodies, stream SSE with delays, stall, or reset the connection. Open TCP connections are counted too.
/// </summary>
public sealed class ScriptedServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Func<HttpContext, Task>> _steps = new();
    private Func<HttpContext, Task>? _last;
    private int _attempts;
    private int _openConnections;
    private int _acceptedConnections;

    private ScriptedServer()
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0, listen => listen.Use(next => async connection =>
        {
            Interlocked.Increment(ref _acceptedConnections);
            Interlocked.Increment(ref _openConnections);
            try
            {
                await next(connection);
            }
            finally
            {
                Interlocked.Decrement(ref _openConnections);
            }
        })));
        _app = builder.Build();
        _app.Run(HandleAsync);
    }

    /// <summary>The <see cref="HttpContext.Items"/> key under which a step finds the request body text.</summary>
    public const string BodyItem = "body";

    public int Attempts => Volatile.Read(ref _attempts);

    public int OpenConnections => Volatile.Read(ref _openConnections);

    public int AcceptedConnections => Volatile.Read(ref _acceptedConnections);

    public ConcurrentQueue<ReceivedRequest> Requests { get; } = new();

    public Uri BaseUrl { get; private set; } = null!;

    public static async Task<ScriptedServer> StartAsync()
    {
        var server = new ScriptedServer();
        await server._app.StartAsync();
        string address = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = new Uri(address.TrimEnd('/') + "/api/v1/");
        return server;
    }

    /// <summary>Adds a step; the last step answers every later attempt too.</summary>
    public ScriptedServer Then(Func<HttpContext, Task> step)
    {
        _steps.Enqueue(step);
        return this;
    }

    public async Task WaitForAttemptsAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (Attempts < count)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The server saw {Attempts} attempts, expected {count}.");
            }

            await Task.Delay(5);
        }
    }

    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        await _app.StopAsync(stop.Token);
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        int attempt = Interlocked.Increment(ref _attempts);
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        context.Items[BodyItem] = Encoding.UTF8.GetString(body.ToArray());
        Requests.Enqueue(new ReceivedRequest(attempt, context.Request.Method, context.Request.Path + context.Request.QueryString,
            context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase), body.ToArray()));

        Func<HttpContext, Task> step;
        lock (_steps)
        {
            step = _steps.TryDequeue(out var next) ? (_last = next) : _last ?? Reply.Status(500, "no script");
        }

        await step(context);
    }
}

public sealed record ReceivedRequest(int Attempt, string Method, string Path, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public string BodyText => Encoding.UTF8.GetString(Body);

    public string? Header(string name) => Headers.TryGetValue(name, out string? v) ? v : null;
}
