using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using OpenRouter.Sdk.Http;
using OpenRouter.Sdk.Http.Streaming;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// OpenRouter's Anthropic Messages API (the spec's <c>createMessages</c>, <c>POST /messages</c>): Anthropic's request
/// and answer format in front of every model, unary (<see cref="CreateAsync"/>) or streamed as typed events
/// (<see cref="StreamAsync"/>). Reached as <see cref="OpenRouterClient.Messages"/> or resolved from DI after
/// <c>services.AddOpenRouter(...)</c>; sent with the API key. Thread-safe; it shares its client's connections, options,
/// budget and lifetime.
/// </summary>
/// <remarks>
/// Like Anthropic's API it is stateless: a conversation goes on by sending the whole history again, an answer's
/// <see cref="MessagesResponse.Content"/> as an assistant message (<see cref="MessagesMessage.Assistant(MessagesResponse)"/>).
/// To fake it in tests, derive from it (the protected constructor exists for that) and override the methods you use.
/// </remarks>
public class OpenRouterMessagesClient
{
    private readonly OpenRouterPipeline? _pipeline;

    /// <summary>Creates an instance for mocking: a subclass overrides the methods it needs; the others throw.</summary>
    protected OpenRouterMessagesClient()
    {
    }

    internal OpenRouterMessagesClient(OpenRouterPipeline pipeline)
    {
        _pipeline = Argument.NotNull(pipeline);
    }

    /// <summary>Creates a message and waits for the whole answer (<c>POST /messages</c>).</summary>
    /// <param name="request">The request; its <c>stream</c> member is left out.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The answer: content blocks, stop reason, usage and cost.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="ArgumentException">The request has no messages.</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported an error, or the call timed out.</exception>
    public virtual async Task<MessagesResponse> CreateAsync(MessagesRequest request, CancellationToken cancellationToken = default)
    {
        byte[] body = Serialize(request, stream: null);
        RequestHeaders? headers = RequestHeaders.From(request.RequestOptions);
        OpenRouterPipeline pipeline = Pipeline;
        OpenRouterBudgetGuard? budget = pipeline.Lifetime.Budget;
        if (budget is not null)
        {
            await budget.EnsureAvailableAsync(cancellationToken).ConfigureAwait(false);
        }

        MessagesResponse response = await pipeline.SendAsync(HttpMethod.Post, MessagesEventStream.Path, body,
            OpenRouterJsonContext.Default.MessagesResponse, ErrorInBody, headers, cancellationToken).ConfigureAwait(false);
        budget?.Record(response.Usage?.Cost);
        return response;
    }

    /// <summary>
    /// Streams a message (<c>POST /messages</c> with <c>stream: true</c>) as typed events, each handed over the moment
    /// it arrives: <see cref="MessagesStartEvent"/>, then per block <see cref="MessagesContentBlockStartEvent"/>,
    /// <see cref="MessagesContentBlockDeltaEvent"/>s and <see cref="MessagesContentBlockStopEvent"/>, then
    /// <see cref="MessagesDeltaEvent"/> (stop reason, usage) and <see cref="MessagesStopEvent"/>, the last;
    /// <see cref="MessagesPingEvent"/>s may come at any point. An event of a type not known here arrives as
    /// <see cref="UnknownMessagesStreamEvent"/>. Fold the events into the answer with
    /// <see cref="MessagesStreamExtensions.ToMessagesResponseAsync"/> or a <see cref="MessagesAccumulator"/>. Each
    /// enumeration sends its own request; leaving the loop early closes the connection.
    /// </summary>
    /// <param name="request">The request; <c>stream: true</c> is added to what is sent.</param>
    /// <param name="cancellationToken">Cancels the stream.</param>
    /// <returns>The events.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="ArgumentException">The request has no messages.</exception>
    /// <exception cref="OpenRouterStreamException">
    /// While enumerating: the server sent an <c>error</c> event (see <see cref="OpenRouterStreamException.MessagesErrorEvent"/>),
    /// the connection dropped, or the stream ended before <c>message_stop</c>; it carries the text received so far.
    /// </exception>
    /// <exception cref="OpenRouterException">While enumerating: OpenRouter refused the request, or a timeout fired.</exception>
    public virtual IAsyncEnumerable<MessagesStreamEvent> StreamAsync(MessagesRequest request, CancellationToken cancellationToken = default)
    {
        byte[] body = Serialize(request, stream: true);
        return new MessagesEventStream(Pipeline, body, cancellationToken, RequestHeaders.From(request.RequestOptions));
    }

    private static byte[] Serialize(MessagesRequest request, bool? stream)
    {
        Argument.NotNull(request);
        Argument.Requires(request.Messages is not null, "A messages request needs its messages (an empty list is allowed only with a preset or a system prompt the server accepts).", nameof(request));
        return JsonSerializer.SerializeToUtf8Bytes(request.WithStream(stream), OpenRouterJsonContext.Default.MessagesRequest);
    }

    /// <summary>A 200 whose body is an error object (<c>{"type": "error", "error": {...}}</c>) rather than a message.</summary>
    private static JsonElement? ErrorInBody(MessagesResponse response) =>
        string.IsNullOrEmpty(response.Id) || response.Type == "error" ? OpenRouterPipeline.ErrorMember(response.ExtensionData) : null;

    /// <summary>The client's pipeline; a mock made with the protected constructor has none.</summary>
    private OpenRouterPipeline Pipeline => _pipeline ?? throw new NotSupportedException(
        $"This {GetType().Name} was made with the protected constructor, for mocking: override the methods the test calls.");
}
