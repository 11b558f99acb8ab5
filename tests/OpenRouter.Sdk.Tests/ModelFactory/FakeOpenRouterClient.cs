namespace OpenRouter.Sdk.Tests.ModelFactory;

// The fake the README's "Testing your code" shows: what a user writes to test code that depends on IOpenRouterClient.
sealed class FakeOpenRouterClient(ChatCompletion completion) : IOpenRouterClient
{
    public Task<ChatCompletion> CreateChatCompletionAsync(ChatCompletionRequest request, CancellationToken cancellationToken = default) =>
        Task.FromResult(completion);

    public IAsyncEnumerable<ChatCompletionChunk> StreamChatCompletionAsync(ChatCompletionRequest request, CancellationToken cancellationToken = default) => throw new NotImplementedException();
    public Task<IReadOnlyList<ModelInfo>> ListModelsAsync(ModelListQuery? query = null, CancellationToken cancellationToken = default) => throw new NotImplementedException();
    public Task<ModelEndpoints> ListModelEndpointsAsync(string modelId, CancellationToken cancellationToken = default) => throw new NotImplementedException();
    public Task<IReadOnlyList<ProviderInfo>> ListProvidersAsync(CancellationToken cancellationToken = default) => throw new NotImplementedException();
    public Task<GenerationInfo> GetGenerationAsync(string generationId, CancellationToken cancellationToken = default) => throw new NotImplementedException();
    public Task<KeyInfo> GetKeyInfoAsync(CancellationToken cancellationToken = default) => throw new NotImplementedException();
    public Task<CreditsInfo> GetCreditsAsync(CancellationToken cancellationToken = default) => throw new NotImplementedException();
    public Task<EmbeddingsResponse> CreateEmbeddingsAsync(EmbeddingsRequest request, CancellationToken cancellationToken = default) => throw new NotImplementedException();
}
