namespace OpenRouter.Sdk.ConformanceTests.Coverage;

/// <summary>
/// Every spec operation the SDK covers, one line each. To cover a new operation, add its line here (the operationId
/// is in spec/openrouter-openapi-2026-08.yaml), run the tests and regenerate docs/api-coverage.md
/// (<c>UPDATE_API_COVERAGE=1 dotnet test tests/OpenRouter.Sdk.ConformanceTests</c>). Whatever the new operation does
/// differently from the spec then fails the tests until it is fixed or recorded in <see cref="Deviations"/>.
/// </summary>
public static class CoveredOperations
{
    public static IReadOnlyList<CoveredOperation> All { get; } =
    [
        new("sendChatCompletionRequest", "IOpenRouterClient.CreateChatCompletionAsync", async (c, ct) => await c.CreateChatCompletionAsync(SdkSamples.Chat(), ct), ResultPath: ""),
        new("sendChatCompletionRequest", "IOpenRouterClient.StreamChatCompletionAsync", async (c, ct) => await FirstAsync(c.StreamChatCompletionAsync(SdkSamples.Chat(), ct)), ResponseMediaType: "text/event-stream"),
        new("getModels", "IOpenRouterClient.ListModelsAsync", async (c, ct) => await c.ListModelsAsync(SdkSamples.ModelQuery(), ct)),
        new("listEndpoints", "IOpenRouterClient.ListModelEndpointsAsync", async (c, ct) => await c.ListModelEndpointsAsync(SdkSamples.ModelId, ct)),
        new("listProviders", "IOpenRouterClient.ListProvidersAsync", async (c, ct) => await c.ListProvidersAsync(ct)),
        new("getGeneration", "IOpenRouterClient.GetGenerationAsync", async (c, ct) => await c.GetGenerationAsync(SdkSamples.GenerationId, ct)),
        new("getCurrentKey", "IOpenRouterClient.GetKeyInfoAsync", async (c, ct) => await c.GetKeyInfoAsync(ct)),
        new("getCredits", "IOpenRouterClient.GetCreditsAsync", async (c, ct) => await c.GetCreditsAsync(ct)),
        new("createEmbeddings", "IOpenRouterClient.CreateEmbeddingsAsync", async (c, ct) => await c.CreateEmbeddingsAsync(SdkSamples.Embeddings(), ct), ResultPath: ""),
        new("getUserActivity", "OpenRouterActivityClient.GetActivityAsync", async (c, ct) => await c.Activity.GetActivityAsync(new ActivityQuery { Date = new DateTime(2025, 8, 24), ApiKeyHash = "abc123", UserId = "user_abc123", GroupByWorkspace = true, WorkspaceId = "550e8400-e29b-41d4-a716-446655440000" }, ct)),
        new("getAnalyticsMeta", "OpenRouterActivityClient.GetAnalyticsMetaAsync", async (c, ct) => await c.Activity.GetAnalyticsMetaAsync(ct)),
        new("exchangeAuthCodeForAPIKey", "OpenRouterSignInClient.ExchangeCodeAsync", async (c, ct) => await c.SignIn.ExchangeCodeAsync("auth_code_abc123def456", "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk", ct), ResultPath: ""),
        new("createAuthKeysCode", "OpenRouterSignInClient.CreateAuthorizationCodeAsync", async (c, ct) => await c.SignIn.CreateAuthorizationCodeAsync(new AuthorizationCodeRequest { CallbackUrl = new Uri("https://myapp.com/auth/callback"), CodeChallenge = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", CodeChallengeMethod = "S256", Limit = 100 }, ct)),
    ];

    /// <summary>The SDK methods covering each operation, by operationId.</summary>
    public static ILookup<string, CoveredOperation> ByOperationId { get; } = All.ToLookup(o => o.OperationId);

    private static async Task<object?> FirstAsync<T>(IAsyncEnumerable<T> stream)
    {
        await foreach (T item in stream)
        {
            return item;
        }

        return null;
    }
}
