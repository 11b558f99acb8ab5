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
/// OpenRouter's Responses API (the spec's <c>createResponses</c>, <c>POST /responses</c>): the OpenAI Responses
/// format in front of every model, unary (<see cref="CreateAsync"/>) or streamed as typed events
/// (<see cref="StreamAsync"/>). Reached as <see cref="OpenRouterClient.Responses"/> or resolved from DI after
/// <c>services.AddOpenRouter(...)</c>; sent with the API key. Thread-safe; it shares its client's connections, options,
/// budget and lifetime.
/// </summary>
/// <remarks>
/// The API is <b>stateless</b>: OpenRouter stores no response, so <c>previous_response_id</c> and <c>store: true</c>
/// are rejected (by the server with a 400, and by this client before sending). Continue a conversation by sending
/// its whole history as input items: the earlier input, then <see cref="OpenRouterResponse.Output"/>, then what is new.
/// To fake it in tests, derive from it (the protected constructor exists for that) and override the methods you use.
/// </remarks>
public class OpenRouterResponsesClient
{
    private readonly OpenRouterPipeline? _pipeline;

    /// <summary>Creates an instance for mocking: a subclass overrides the methods it needs; the others throw.</summary>
    protected OpenRouterResponsesClient()
    {
    }

    internal OpenRouterResponsesClient(OpenRouterPipeline pipeline)
    {
        _pipeline = Argument.NotNull(pipeline);
    }

    /// <summary>Creates a response and waits for the whole of it (<c>POST /responses</c>).</summary>
    /// <param name="request">The request; its <c>stream</c> member is left out.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The response: output items, status, usage and cost.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="ArgumentException">The request has no input, or asks for stored state (<c>previous_response_id</c>, <c>store: true</c>).</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported an error, or the call timed out.</exception>
    public virtual async Task<OpenRouterResponse> CreateAsync(ResponseRequest request, CancellationToken cancellationToken = default)
    {
        byte[] body = Serialize(request, stream: null);
        RequestHeaders? headers = RequestHeaders.From(request.RequestOptions);
        OpenRouterPipeline pipeline = Pipeline;
        OpenRouterBudgetGuard? budget = pipeline.Lifetime.Budget;
        if (budget is not null)
        {
            await budget.EnsureAvailableAsync(cancellationToken).ConfigureAwait(false);
        }

        OpenRouterResponse response = await ResponseMetrics.MeasureAsync(request.Model, pipeline, (pipeline, body, headers),
            static (state, ct) => state.pipeline.SendAsync(HttpMethod.Post, ResponseEventStream.Path, state.body,
                OpenRouterJsonContext.Default.OpenRouterResponse, ErrorInBody, state.headers, ct),
            cancellationToken).ConfigureAwait(false);
        budget?.Record(response.Usage?.Cost);
        return response;
    }

    /// <summary>
    /// Streams a response (<c>POST /responses</c> with <c>stream: true</c>) as typed events, each handed over the moment
    /// it arrives: <see cref="ResponseOutputTextDeltaEvent"/>, <see cref="ResponseReasoningTextDeltaEvent"/>,
    /// <see cref="ResponseFunctionCallArgumentsDeltaEvent"/>, ..., ending with <see cref="ResponseCompletedEvent"/>
    /// (or <see cref="ResponseIncompleteEvent"/>). An event of a type not known here arrives as
    /// <see cref="UnknownResponseStreamEvent"/>. Fold the events into the final response with
    /// <see cref="ResponseStreamExtensions.ToResponseAsync"/> or a <see cref="ResponseAccumulator"/>. Each enumeration
    /// sends its own request; leaving the loop early closes the connection.
    /// </summary>
    /// <param name="request">The request; <c>stream: true</c> is added to what is sent.</param>
    /// <param name="cancellationToken">Cancels the stream.</param>
    /// <returns>The events.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="ArgumentException">The request has no input, or asks for stored state (<c>previous_response_id</c>, <c>store: true</c>).</exception>
    /// <exception cref="OpenRouterStreamException">
    /// While enumerating: the server sent an <c>error</c> or <c>response.failed</c> event, the connection dropped, or
    /// the stream ended before <c>response.completed</c>; it carries the text received so far.
    /// </exception>
    /// <exception cref="OpenRouterException">While enumerating: OpenRouter refused the request, or a timeout fired.</exception>
    public virtual IAsyncEnumerable<ResponseStreamEvent> StreamAsync(ResponseRequest request, CancellationToken cancellationToken = default)
    {
        byte[] body = Serialize(request, stream: true);
        return ResponseMetrics.MeasureStream(request.Model, Pipeline,
            new ResponseEventStream(Pipeline, body, cancellationToken, RequestHeaders.From(request.RequestOptions)));
    }

    private static byte[] Serialize(ResponseRequest request, bool? stream)
    {
        Argument.NotNull(request);
        Argument.Requires(request.Input is not null, "A response request needs an input (a string or items).", nameof(request));
        if (request.AdditionalProperties is { } extra)
        {
            Argument.Requires(!extra.TryGetPropertyValue("previous_response_id", out var previous) || previous is null,
                "OpenRouter's Responses API is stateless: previous_response_id is not supported. Send the whole conversation as input items instead.", nameof(request));
            Argument.Requires(!extra.TryGetPropertyValue("store", out var store) || store is null || store.GetValueKind() != JsonValueKind.True,
                "OpenRouter's Responses API is stateless: store: true is not supported (responses are never stored).", nameof(request));
        }

        return JsonSerializer.SerializeToUtf8Bytes(request.WithStream(stream), OpenRouterJsonContext.Default.ResponseRequest);
    }

    /// <summary>The API root this client sends to (null for a mock), reported by the <c>IChatClient</c> adapter's metadata.</summary>
    internal Uri? Endpoint => _pipeline?.Options.BaseUrl;

    /// <summary>A 200 whose body is an error object (<c>{"error": {...}}</c>) rather than a response.</summary>
    private static JsonElement? ErrorInBody(OpenRouterResponse response) =>
        string.IsNullOrEmpty(response.Id) && response.Error is { } error
            ? JsonSerializer.SerializeToElement(error, OpenRouterJsonContext.Default.ResponseError)
            : null;

    /// <summary>The client's pipeline; a mock made with the protected constructor has none.</summary>
    private OpenRouterPipeline Pipeline => _pipeline ?? throw new NotSupportedException(
        $"This {GetType().Name} was made with the protected constructor, for mocking: override the methods the test calls.");
}
