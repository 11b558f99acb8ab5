namespace OpenRouter.Sdk.Tests.Infrastructure;

public static class TestClients
{
    public const string ApiKey = "sk-or-v1-test-0123456789abcdef0123456789abcdef";

    /// <summary>A client on a caller-owned HttpClient over <paramref name="handler"/> (no retry handler in the chain).</summary>
    public static OpenRouterClient Create(HttpMessageHandler handler, Action<OpenRouterClientOptions>? configure = null)
    {
        var options = new OpenRouterClientOptions { ApiKey = ApiKey };
        configure?.Invoke(options);
        return new OpenRouterClient(new HttpClient(handler), options);
    }
}
