using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace OpenRouter.Sdk.Http.Streaming;

/// <summary>
/// A server-sent event stream from OpenRouter, for any kind of event: each enumeration sends the request (through
/// <see cref="OpenRouterPipeline.SendStreamingAsync"/>), reads the events with <see cref="System.Net.ServerSentEvents.SseParser"/>
/// straight from the response stream and hands each to the <see cref="ServerSentEventReader{T}"/> of that kind of
/// stream the moment it is complete. Here, once for every kind: the framing and keep-alive comments (skipped by the
/// parser), <c>[DONE]</c>, the idle timeout, cancellation and the client's disposal, leaving early, error events,
/// the drain after the end, and the end-of-stream log record.
/// </summary>
/// <typeparam name="T">The item type handed to the caller.</typeparam>
/// <remarks>
/// The enumerator is written by hand rather than as an async iterator: while events are already buffered (nearly
/// always; the network is read in blocks) a step completes synchronously without an iterator's state machine and
/// its value-task source in between the parser and the caller.
/// </remarks>
internal abstract partial class ServerSentEventStream<T> : IAsyncEnumerable<T>
    where T : class
{
    private readonly ApiPath _path;
    private readonly byte[] _body;
    private readonly CancellationToken _cancellationToken;
    private readonly RequestHeaders? _headers;

    protected ServerSentEventStream(OpenRouterPipeline pipeline, ApiPath path, byte[] body, CancellationToken cancellationToken,
        RequestHeaders? headers = null)
    {
        Pipeline = pipeline;
        _path = path;
        _body = body;
        _cancellationToken = cancellationToken;
        _headers = headers;
    }

    protected OpenRouterPipeline Pipeline { get; }

    /// <inheritdoc />
    public IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default) =>
        new Enumerator(this, CreateReader(), cancellationToken);

    /// <summary>A fresh reader for one enumeration.</summary>
    protected abstract ServerSentEventReader<T> CreateReader();

    /// <summary>Runs just before the request is sent (a check that may need a call of its own); nothing by default.</summary>
    protected virtual ValueTask BeforeSendAsync(CancellationToken cancellationToken) => default;

    /// <summary>Whether the response is a JSON document rather than an event stream.</summary>
    private static bool IsJson(HttpResponseMessage response) =>
        response.Content.Headers.ContentType?.MediaType is { } media
        && (media.Equals("application/json", StringComparison.OrdinalIgnoreCase) || media.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
}
