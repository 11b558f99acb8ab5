using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace OpenRouter.Sdk;

/// <summary>
/// The OpenRouter API. Inject this interface (registered by <c>services.AddOpenRouter(...)</c>) and mock it in tests;
/// <see cref="OpenRouterClient"/> implements it. Every method is thread-safe and honours cancellation.
/// </summary>
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
}
