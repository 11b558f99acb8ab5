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
        new("list", "OpenRouterKeysClient.ListKeysPageAsync", async (c, ct) => await c.Keys.ListKeysPageAsync(10, new ApiKeyListQuery { IncludeDisabled = true, WorkspaceId = "0df9e665-d932-5740-b2c7-b52af166bc11" }, ct)),
        new("createKeys", "OpenRouterKeysClient.CreateKeyAsync", async (c, ct) => await c.Keys.CreateKeyAsync(new CreateApiKeyRequest { Name = "My New API Key", Limit = 50m, LimitReset = LimitResetInterval.Monthly, IncludeByokInLimit = true, ExpiresAt = new DateTimeOffset(2027, 12, 31, 23, 59, 59, TimeSpan.Zero), WorkspaceId = "0df9e665-d932-5740-b2c7-b52af166bc11", CreatorUserId = "user_2dHFtVWx2n56w6HkM0000000000" }, ct), ResultPath: ""),
        new("getKey", "OpenRouterKeysClient.GetKeyAsync", async (c, ct) => await c.Keys.GetKeyAsync("f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943", ct)),
        new("updateKeys", "OpenRouterKeysClient.UpdateKeyAsync", async (c, ct) => await c.Keys.UpdateKeyAsync("f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943", new UpdateApiKeyRequest { Name = "Updated API Key Name", Disabled = false, RemoveLimit = true, LimitReset = LimitResetInterval.Daily, IncludeByokInLimit = true }, ct)),
        new("deleteKeys", "OpenRouterKeysClient.DeleteKeyAsync", async (c, ct) => { /* the SDK returns nothing: completing is the confirmation */ await c.Keys.DeleteKeyAsync("f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943", ct); return true; }, ResultPath: ""),
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
