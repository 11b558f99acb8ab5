using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace OpenRouter.Emulator;

/// <summary>
/// A running emulator of the OpenRouter API on 127.0.0.1. Point a client at <see cref="BaseUrl"/>:
/// <code>
/// await using var emulator = await OpenRouterEmulator.StartAsync();
/// using var client = new OpenRouterClient(new OpenRouterClientOptions { ApiKey = "any", BaseUrl = emulator.BaseUrl });
/// </code>
/// </summary>
public sealed class OpenRouterEmulator : IAsyncDisposable
{
    private readonly WebApplication _app;

    private OpenRouterEmulator(WebApplication app, EmulatorState state, Uri root)
    {
        _app = app;
        State = state;
        RootUrl = root;
        BaseUrl = new Uri(root, EmulatorEndpoints.Prefix + "/");
    }

    /// <summary>The API root to use as a client's base URL, <c>http://127.0.0.1:&lt;port&gt;/api/v1/</c>.</summary>
    public Uri BaseUrl { get; }

    /// <summary>The server root, <c>http://127.0.0.1:&lt;port&gt;/</c>.</summary>
    public Uri RootUrl { get; }

    /// <summary>The generations served and money spent.</summary>
    public EmulatorState State { get; }

    /// <summary>Starts an emulator on 127.0.0.1 (a free port unless <see cref="OpenRouterEmulatorOptions.Port"/> says otherwise).</summary>
    public static async Task<OpenRouterEmulator> StartAsync(OpenRouterEmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new OpenRouterEmulatorOptions();
        var state = new EmulatorState(options, TimeProvider.System);

        // An empty builder: no configuration files, no console logging, nothing that would write into a host app's output.
        WebApplicationBuilder builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, options.Port);
        });
        builder.Services.AddRoutingCore();
        // The host process owns Ctrl+C; an embedded emulator must not swallow it.
        builder.Services.AddSingleton<IHostLifetime, EmbeddedLifetime>();

        WebApplication app = builder.Build();
        app.UseRouting();
        app.MapOpenRouterEmulator(state);
        await app.StartAsync(cancellationToken);

        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new OpenRouterEmulator(app, state, new Uri(address.TrimEnd('/') + "/"));
    }

    /// <summary>Stops the server and releases the port.</summary>
    public async ValueTask DisposeAsync()
    {
        using (var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(5)))
        {
            await _app.StopAsync(stopping.Token);
        }

        await _app.DisposeAsync();
    }

    private sealed class EmbeddedLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
