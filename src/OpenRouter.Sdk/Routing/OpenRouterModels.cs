namespace OpenRouter.Sdk;

/// <summary>
/// Ids of OpenRouter's own routers, which pick a model for each request. Configure <see cref="Auto"/> with
/// <see cref="Plugin.AutoRouter"/> (<c>ChatRequestBuilder.WithAutoRouter</c>).
/// </summary>
public static class OpenRouterModels
{
    /// <summary>Chooses a model for the prompt among high-quality models (<c>openrouter/auto</c>).</summary>
    public const string Auto = "openrouter/auto";

    /// <summary>Chooses among free models (<c>openrouter/free</c>).</summary>
    public const string Free = "openrouter/free";
}
