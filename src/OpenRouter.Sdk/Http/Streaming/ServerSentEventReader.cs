using System;
using System.Net.Http;

namespace OpenRouter.Sdk.Http.Streaming;

/// <summary>What the stream does with an item the reader accepted.</summary>
internal enum ServerSentEventStep
{
    /// <summary>Hand it to the caller and read on.</summary>
    Yield,

    /// <summary>Hand it to the caller, then end the stream as a success (a terminal event such as <c>response.completed</c>).</summary>
    YieldAndEnd,

    /// <summary>It is the stream's error event: end the stream with <see cref="ServerSentEventReader{T}.Failure"/>.</summary>
    Fail,
}

/// <summary>
/// The part of an SSE stream that knows its events: how one event's data becomes an item, which items end or fail
/// the stream, and what the stream delivered so far (for the exception of a stream that fails). One reader serves one
/// enumeration. The framing, <c>[DONE]</c>, keep-alive comments, timeouts, cancellation and clean-up are
/// <see cref="ServerSentEventStream{T}"/>'s.
/// </summary>
/// <typeparam name="T">The item type handed to the caller.</typeparam>
internal abstract class ServerSentEventReader<T>
    where T : class
{
    /// <summary>
    /// Stands for an event that carries nothing to yield (no data, or an event type this reader ignores); the
    /// stream skips it. Compared by reference.
    /// </summary>
    public abstract T Skip { get; }

    /// <summary>Called once the response's headers arrived with a success status, before any event is read; nothing by default.</summary>
    public virtual void Started(HttpResponseMessage response)
    {
    }

    /// <summary>What was delivered so far.</summary>
    public abstract IStreamProgress Progress { get; }

    /// <summary>
    /// Reads one event (never <c>[DONE]</c>, which the stream handles) into an item, or <see cref="Skip"/>. Called by
    /// the SSE parser as each event completes; a <see cref="System.Text.Json.JsonException"/> stops the stream as unreadable.
    /// </summary>
    public abstract T Read(string eventType, ReadOnlySpan<byte> data);

    /// <summary>Decides what happens to an item and, for one that is yielded, records it in <see cref="Progress"/>.</summary>
    public abstract ServerSentEventStep Accept(T item);

    /// <summary>The exception of an item <see cref="Accept"/> called an error event.</summary>
    public abstract OpenRouterException Failure(T item);

    /// <summary>The exception of a body that ended before the stream's end marker (<c>[DONE]</c> or a terminal event).</summary>
    public abstract OpenRouterException EndedEarly();
}
