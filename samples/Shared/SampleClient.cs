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

    public IOpenRouterClient Client => _client;

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
