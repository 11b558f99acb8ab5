using OpenRouter.Sdk;
using Xunit;

namespace OpenRouter.Emulator.Tests;

/// <summary>An emulator on 127.0.0.1 plus an SDK client pointed at it (retries off, so faults surface at once).</summary>
public sealed class EmulatorSession : IAsyncDisposable
{
    private EmulatorSession(OpenRouterEmulator emulator, OpenRouterClient client)
    {
        Emulator = emulator;
        Client = client;
        Http = new HttpClient { BaseAddress = emulator.BaseUrl };
        Http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", TestCredentials.ApiKey);
    }

    public OpenRouterEmulator Emulator { get; }

    public OpenRouterClient Client { get; }

    /// <summary>A plain HttpClient with the test key, for endpoints the SDK does not wrap here.</summary>
    public HttpClient Http { get; }

    public static async Task<EmulatorSession> StartAsync(OpenRouterEmulatorOptions? options = null)
    {
        OpenRouterEmulator emulator = await OpenRouterEmulator.StartAsync(options, TestContext.Current.CancellationToken);
        var client = new OpenRouterClient(new OpenRouterClientOptions { ApiKey = TestCredentials.ApiKey, BaseUrl = emulator.BaseUrl, EnableRetries = false });
        return new EmulatorSession(emulator, client);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        Http.Dispose();
        await Emulator.DisposeAsync();
    }
}
