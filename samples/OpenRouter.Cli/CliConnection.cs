using OpenRouter.Emulator;
using OpenRouter.Sdk;

namespace OpenRouter.Cli;

/// <summary>
/// The client the inference commands use, and the built-in emulator behind it when there is one. The API is
/// https://openrouter.ai with <c>OPENROUTER_API_KEY</c>; the address of <c>--base-url</c> or <c>OPENROUTER_BASE_URL</c>
/// when either is set; otherwise an emulator started in this process for this one command.
/// </summary>
public sealed class CliConnection : IAsyncDisposable
{
    /// <summary>The key sent to an emulator, which accepts any; distinctive so that key redaction never hides real text.</summary>
    internal const string EmulatorKey = "sk-or-v1-emulator-00000000000000000000";

    /// <summary>
    /// How long <c>generation</c> waits for a record the real API has not written yet. The SDK's default (10 s) suits a
    /// lookup right after a call; an id typed on the command line is usually old, so a 404 should not take that long.
    /// </summary>
    internal static readonly TimeSpan RemoteGenerationLookupTimeout = TimeSpan.FromSeconds(3);

    private readonly OpenRouterEmulator? _emulator;

    private CliConnection(OpenRouterClient client, OpenRouterEmulator? emulator, bool emulated)
    {
        Client = client;
        _emulator = emulator;
        IsEmulated = emulated;
    }

    /// <summary>The client.</summary>
    public OpenRouterClient Client { get; }

    /// <summary>Whether the API is an emulator (the built-in one, or one on a loopback address): it records generations at once, and knows the emulator/* models.</summary>
    public bool IsEmulated { get; }

    /// <summary>Whether an emulator was started in this process for the command.</summary>
    public bool StartedEmulator => _emulator is not null;

    /// <summary>Connects as the environment and <paramref name="baseUrl"/> (the <c>--base-url</c> option, or null) say, and notes on standard error what it talks to when it is not openrouter.ai.</summary>
    public static async Task<CliConnection> OpenAsync(CliEnvironment environment, CliConsole console, Uri? baseUrl, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(console);
        string? apiKey = string.IsNullOrWhiteSpace(environment.ApiKey) ? null : environment.ApiKey.Trim();
        Uri? target = baseUrl ?? ParseEnvironmentBaseUrl(environment.BaseUrl);
        if (target is not null)
        {
            if (apiKey is null)
            {
                await console.Error.WriteLineAsync($"{OpenRouterClientOptions.ApiKeyEnvironmentVariable} is not set: sending a placeholder key to {target}");
            }

            return new CliConnection(CreateClient(apiKey ?? EmulatorKey, target, target.IsLoopback), null, target.IsLoopback);
        }

        if (apiKey is not null)
        {
            return new CliConnection(CreateClient(apiKey, OpenRouterClientOptions.DefaultBaseUrl, emulated: false), null, emulated: false);
        }

        OpenRouterEmulator emulator = await OpenRouterEmulator.StartAsync(cancellationToken: ct);
        await console.Error.WriteLineAsync($"{OpenRouterClientOptions.ApiKeyEnvironmentVariable} is not set: using the built-in emulator at {emulator.BaseUrl}");
        return new CliConnection(CreateClient(EmulatorKey, emulator.BaseUrl, emulated: true), emulator, emulated: true);
    }

    /// <summary>
    /// Reads an API address: https, or http on a loopback host (an emulator). A site root such as
    /// <c>http://127.0.0.1:5080</c> means its API, <c>http://127.0.0.1:5080/api/v1/</c>. Null when <paramref name="value"/> is not one; the value is not repeated in errors, as a URL may carry credentials.
    /// </summary>
    public static Uri? TryParseBaseUrl(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out Uri? url)
            || !(url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && url.IsLoopback))
            || url.Query.Length > 0 || url.Fragment.Length > 0)
        {
            return null;
        }

        string path = url.AbsolutePath.TrimEnd('/');
        return new UriBuilder(url) { Path = (path.Length == 0 ? "/api/v1" : path) + "/" }.Uri;
    }

    /// <summary>Stops the emulator if one was started.</summary>
    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
        }
    }

    private static Uri? ParseEnvironmentBaseUrl(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return TryParseBaseUrl(value) ?? throw new CliUsageException(
            $"{OpenRouterClientOptions.BaseUrlEnvironmentVariable} must be an https URL such as https://openrouter.ai/api/v1/ (plain http only for 127.0.0.1 or localhost, such as an emulator's http://127.0.0.1:5080/api/v1/).");
    }

    private static OpenRouterClient CreateClient(string apiKey, Uri baseUrl, bool emulated) => new(new OpenRouterClientOptions
    {
        ApiKey = apiKey,
        BaseUrl = baseUrl,
        AppTitle = CliApp.AppTitle,

        // An emulator records a generation before it answers, so its 404 is final: no waiting for the record to appear.
        GenerationLookupTimeout = emulated ? TimeSpan.Zero : RemoteGenerationLookupTimeout,
    });
}
