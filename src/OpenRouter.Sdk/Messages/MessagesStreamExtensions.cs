using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using OpenRouter.Sdk.Internal;

namespace OpenRouter.Sdk;

/// <summary>Extensions of a streamed Messages API answer (<see cref="OpenRouterMessagesClient.StreamAsync"/>).</summary>
public static class MessagesStreamExtensions
{
    /// <summary>
    /// Reads the whole stream and folds its events into the final answer (see <see cref="MessagesAccumulator"/>).
    /// A stream that fails throws <see cref="OpenRouterStreamException"/> with the text received so far.
    /// </summary>
    /// <param name="events">The events of <see cref="OpenRouterMessagesClient.StreamAsync"/>.</param>
    /// <param name="cancellationToken">Cancels the stream.</param>
    /// <returns>The answer.</returns>
    public static async Task<MessagesResponse> ToMessagesResponseAsync(this IAsyncEnumerable<MessagesStreamEvent> events, CancellationToken cancellationToken = default)
    {
        Argument.NotNull(events);
        var accumulator = new MessagesAccumulator();
        await foreach (MessagesStreamEvent item in events.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            accumulator.Add(item);
        }

        return accumulator.ToResponse();
    }
}
