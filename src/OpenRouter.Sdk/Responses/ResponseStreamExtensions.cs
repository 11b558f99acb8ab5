using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using OpenRouter.Sdk.Internal;

namespace OpenRouter.Sdk;

/// <summary>Extensions of a streamed response (<see cref="OpenRouterResponsesClient.StreamAsync"/>).</summary>
public static class ResponseStreamExtensions
{
    /// <summary>
    /// Reads the whole stream and folds its events into the final response (see <see cref="ResponseAccumulator"/>).
    /// A stream that fails throws <see cref="OpenRouterStreamException"/> with the text received so far.
    /// </summary>
    /// <param name="events">The events of <see cref="OpenRouterResponsesClient.StreamAsync"/>.</param>
    /// <param name="cancellationToken">Cancels the stream.</param>
    /// <returns>The response.</returns>
    public static async Task<OpenRouterResponse> ToResponseAsync(this IAsyncEnumerable<ResponseStreamEvent> events, CancellationToken cancellationToken = default)
    {
        Argument.NotNull(events);
        var accumulator = new ResponseAccumulator();
        await foreach (ResponseStreamEvent item in events.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            accumulator.Add(item);
        }

        return accumulator.ToResponse();
    }
}
