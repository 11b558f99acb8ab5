using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using OpenRouter.Sdk.Internal;

namespace OpenRouter.Sdk;

/// <summary>Helpers for streamed chat completions.</summary>
public static class ChatCompletionStreamExtensions
{
    /// <summary>
    /// Reads a whole stream and folds it into one <see cref="ChatCompletion"/> (see <see cref="ChatCompletionAccumulator"/>).
    /// A stream error is thrown as it happens (<see cref="OpenRouterStreamException"/>).
    /// </summary>
    /// <param name="chunks">The stream, for example from <see cref="IOpenRouterClient.StreamChatCompletionAsync"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static async Task<ChatCompletion> ToChatCompletionAsync(this IAsyncEnumerable<ChatCompletionChunk> chunks, CancellationToken cancellationToken = default)
    {
        Argument.NotNull(chunks);

        var accumulator = new ChatCompletionAccumulator();
        await foreach (ChatCompletionChunk chunk in chunks.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            accumulator.Append(chunk);
        }

        return accumulator.ToChatCompletion();
    }
}
