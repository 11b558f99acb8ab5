using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace OpenRouter.Sdk;

/// <summary>
/// The OpenRouter API. Inject this interface (registered by <c>services.AddOpenRouter(...)</c>) and mock it in tests;
/// <see cref="OpenRouterClient"/> implements it. Every method is thread-safe and honours cancellation.
/// </summary>
/// <remarks>
/// <para>
/// <b>This interface is frozen for 1.x.</b> It holds the core of the API (chat, streaming, models, generation, key,
/// credits, embeddings) and no member is ever added to it in a minor or patch version: on netstandard2.0 there are
/// no default interface members, so a new member would break every hand-written fake or decorator at compile time.
/// A new major version may add members.
/// </para>
/// <para>
/// The rest of OpenRouter's API arrives on <b>area clients</b> reached from <see cref="OpenRouterClient"/>, such as
/// <see cref="OpenRouterClient.Activity"/> (<see cref="OpenRouterActivityClient"/>), each also resolvable from DI.
/// An area client is a class with a protected constructor and virtual methods: fake it by deriving from it and
/// overriding what a test calls (or with a mocking library); new methods on it never break such a fake.
/// See docs/public-api-policy.md.
/// </para>
/// </remarks>
public interface IOpenRouterClient
{
    /// <summary>Sends a chat completion and returns the whole answer.</summary>
    /// <param name="request">The request; it is not modified.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The completion.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="System.ArgumentException">The request has neither messages nor a prompt.</exception>
    /// <exception cref="OpenRouterException">OpenRouter or the provider reported an error, or the call timed out.</exception>
    Task<ChatCompletion> CreateChatCompletionAsync(ChatCompletionRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Streams a chat completion. Chunks are yielded as they arrive; leaving the loop early closes the connection.
    /// An error after the stream began raises <see cref="OpenRouterStreamException"/> once the chunks before it
    /// were yielded. A stream is never retried.
    /// </summary>
    /// <param name="request">The request; it is not modified.</param>
    /// <param name="cancellationToken">Cancels the stream, also while a read is waiting.</param>
    /// <returns>The chunks.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="request"/> is null (thrown at the call, not at enumeration).</exception>
    /// <exception cref="System.ArgumentException">The request has neither messages nor a prompt.</exception>
    IAsyncEnumerable<ChatCompletionChunk> StreamChatCompletionAsync(ChatCompletionRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Lists the model catalog (<c>GET /models</c>) with prices, limits, modalities and supported parameters.
    /// Without a query the server returns every model with <b>text output</b>; set
    /// <see cref="ModelListQuery.OutputModalities"/> (or <see cref="ModelListQuery.AllOutputModalities"/>) to see
    /// image, audio or embedding models.
    /// </summary>
    /// <param name="query">Filters and order; null lists everything the server shows by default.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The models, in the server's order.</returns>
    /// <exception cref="OpenRouterException">OpenRouter reported an error, or the call timed out.</exception>
    Task<IReadOnlyList<ModelInfo>> ListModelsAsync(ModelListQuery? query = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Lists the provider endpoints that serve a model (<c>GET /models/{author}/{slug}/endpoints</c>), each with its
    /// own price, context length, quantization, supported parameters and health.
    /// </summary>
    /// <param name="modelId">The model id, <c>author/slug</c> (for example <c>openai/gpt-4o</c>); a variant suffix such as <c>:free</c> is sent as given.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The model and its endpoints.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="modelId"/> is null.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="modelId"/> is not of the form <c>author/slug</c>.</exception>
    /// <exception cref="OpenRouterNotFoundException">No such model.</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported another error, or the call timed out.</exception>
    Task<ModelEndpoints> ListModelEndpointsAsync(string modelId, CancellationToken cancellationToken = default);

    /// <summary>Lists the inference providers (<c>GET /providers</c>) with their slugs and policy links.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The providers.</returns>
    /// <exception cref="OpenRouterException">OpenRouter reported an error, or the call timed out.</exception>
    Task<IReadOnlyList<ProviderInfo>> ListProvidersAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Gets the stats and cost of one generation (<c>GET /generation?id=</c>). The record usually appears a moment
    /// after a completion finishes, so a 404 is retried with a short backoff for up to
    /// <see cref="OpenRouterClientOptions.GenerationLookupTimeout"/> (10 s by default) before it is raised.
    /// </summary>
    /// <param name="generationId">The generation id (<c>gen-...</c>): <see cref="ChatCompletion.Id"/>, a chunk's id, or the <c>X-Generation-Id</c> header.</param>
    /// <param name="cancellationToken">Cancels the call, also while waiting between lookups.</param>
    /// <returns>The generation's stats.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="generationId"/> is null.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="generationId"/> is empty or whitespace.</exception>
    /// <exception cref="OpenRouterNotFoundException">The record did not appear within the lookup time.</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported another error, or the call timed out.</exception>
    Task<GenerationInfo> GetGenerationAsync(string generationId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Gets the calling key's limit, remaining limit and spending (<c>GET /key</c>; the legacy <c>/auth/key</c> is
    /// tried only when <c>/key</c> answers 404).
    /// </summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The key's information.</returns>
    /// <exception cref="OpenRouterAuthenticationException">The key is invalid or disabled.</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported another error, or the call timed out.</exception>
    Task<KeyInfo> GetKeyInfoAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Gets the account's total credits and usage (<c>GET /credits</c>); <see cref="CreditsInfo.Remaining"/> is the
    /// balance. OpenRouter serves this only to <b>management keys</b>; for an inference key use
    /// <see cref="GetKeyInfoAsync"/> (the key's own limit and usage).
    /// </summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The account's credits.</returns>
    /// <exception cref="OpenRouterPermissionDeniedException">The key is not a management key (403); the message says so.</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported another error, or the call timed out.</exception>
    Task<CreditsInfo> GetCreditsAsync(CancellationToken cancellationToken = default);

    /// <summary>Creates embeddings (<c>POST /embeddings</c>): one vector per input, decoded to <c>float[]</c> whether sent as numbers or base64.</summary>
    /// <param name="request">The request; it is not modified.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The vectors with usage and cost.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="System.ArgumentException">The request has no model or no input.</exception>
    /// <exception cref="OpenRouterException">OpenRouter or the provider reported an error, or the call timed out.</exception>
    Task<EmbeddingsResponse> CreateEmbeddingsAsync(EmbeddingsRequest request, CancellationToken cancellationToken = default);
}
