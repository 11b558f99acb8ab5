namespace OpenRouter.Sdk.IntegrationTests.Infrastructure;

public static class TestClients
{
    public const string ApiKey = "sk-or-v1-integration-0123456789abcdef0123456789abcdef";

    public static OpenRouterClientOptions Options(ScriptedServer server, Action<OpenRouterClientOptions>? configure = null)
    {
        var options = new OpenRouterClientOptions
        {
            ApiKey = ApiKey,
            BaseUrl = server.BaseUrl,
            RetryBaseDelay = TimeSpan.FromMilliseconds(1),
            RetryMaxDelay = TimeSpan.FromMilliseconds(10),
        };
        configure?.Invoke(options);
        return options;
    }

    /// <summary>A standalone client (its own retry handler and connection pool) pointed at the server.</summary>
    public static OpenRouterClient Standalone(ScriptedServer server, Action<OpenRouterClientOptions>? configure = null) =>
        new(Options(server, configure));

    /// <summary>Options on a fake clock with the jitter pinned, so retry waits are exact.</summary>
    public static Action<OpenRouterClientOptions> FakeClock(FakeTimeProvider time, double jitter = 0, Action<OpenRouterClientOptions>? more = null) => o =>
    {
        o.TimeProvider = time;
        o.RetryBaseDelay = TimeSpan.FromSeconds(0.5);
        o.RetryMaxDelay = TimeSpan.FromSeconds(8);
        o.RetryJitter = () => jitter;
        more?.Invoke(o);
    };
}
