using OpenRouter.Emulator;
using OpenRouter.Sdk;

namespace OpenRouter.Samples;

/// <summary>
/// The client a sample runs with: the real API when OPENROUTER_API_KEY is set, otherwise the built-in emulator on
/// 127.0.0.1 (which echoes, calls tools and fills JSON schemas deterministically).
/// </summary>
internal sealed class SampleClient : IAsyncDisposable
{
    private readonly OpenRouterClient _client;
    private readonly OpenRouterEmulator? _emulator;

    private SampleClient(OpenRouterClient client, OpenRouterEmulator? emulator)
    {
        _client = client;
        _emulator = emulator;
    }

    public OpenRouterClient Client => _client;

    /// <summary>
    /// Runs a sample the way a console program should: Ctrl+C cancels it, and an OpenRouter error (a network failure,
    /// a refused key, a rate limit) is one line on stderr and exit code 1 instead of a stack trace.
    /// </summary>
    public static async Task<int> RunAsync(Func<OpenRouterClient, CancellationToken, Task> sample)
    {
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };

        try
        {
            await using SampleClient client = await CreateAsync();
            await sample(client.Client, cancel.Token);
            return 0;
        }
        catch (OpenRouterException e)
        {
            // The SDK's messages never contain the key; the status says what kind of failure it was.
            string status = e.StatusCode is { } code ? $" (HTTP {code})" : "";
            await Console.Error.WriteLineAsync($"error{status}: {e.Message}");
            return 1;
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            await Console.Error.WriteLineAsync("cancelled");
            return 130;
        }
    }

    public static async Task<SampleClient> CreateAsync()
    {
        string? key = Environment.GetEnvironmentVariable(OpenRouterClientOptions.ApiKeyEnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(key))
        {
            return new SampleClient(new OpenRouterClient(key), null);
        }

        OpenRouterEmulator emulator = await OpenRouterEmulator.StartAsync();
        Console.Error.WriteLine($"OPENROUTER_API_KEY is not set: using the built-in emulator at {emulator.BaseUrl}");
        var client = new OpenRouterClient(new OpenRouterClientOptions { ApiKey = "sk-or-v1-emulator-00000000000000000000", BaseUrl = emulator.BaseUrl });
        return new SampleClient(client, emulator);
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
        }
    }
}
