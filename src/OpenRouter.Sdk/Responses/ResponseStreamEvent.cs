using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// One event of a streamed response (<see cref="OpenRouterResponsesClient.StreamAsync"/>). Each known
/// <see cref="Type"/> has its subclass (<see cref="ResponseOutputTextDeltaEvent"/> for
/// <c>response.output_text.delta</c>, ...); an event of a type not known here arrives as
/// <see cref="UnknownResponseStreamEvent"/>, never dropped. <see cref="Json"/> holds every event's JSON as received.
/// </summary>
public abstract class ResponseStreamEvent
{
    private static readonly byte[] EmptyObject = { (byte)'{', (byte)'}' };

    private byte[]? _raw;
    private JsonElement? _json;

    /// <summary>The event type, such as <c>response.output_text.delta</c>.</summary>
    [JsonPropertyName("type")]
    public string Type { get; set; } = string.Empty;

    /// <summary>The event's position in the stream, from 0.</summary>
    [JsonPropertyName("sequence_number")]
    public long? SequenceNumber { get; set; }

    /// <summary>The event's JSON as received (an empty object for an event made in code).</summary>
    [JsonIgnore]
    public JsonElement Json
    {
        get
        {
            if (_json is null)
            {
                using JsonDocument document = JsonDocument.Parse(_raw ?? EmptyObject);
                _json = document.RootElement.Clone();
            }

            return _json.Value;
        }
    }

    /// <summary>Keeps the bytes the event was read from; <see cref="Json"/> parses them on first use.</summary>
    internal void SetRaw(byte[] raw)
    {
        _raw = raw;
        _json = null;
    }

    /// <summary>Replaces <see cref="Json"/> (with a copy cleaned of the client's keys, for an error event).</summary>
    internal void SetJson(JsonElement json) => _json = json;
}

/// <summary>An event of a type this version of the SDK does not know; its members are in <see cref="ResponseStreamEvent.Json"/>.</summary>
public sealed class UnknownResponseStreamEvent : ResponseStreamEvent
{
}

/// <summary>An event that carries the whole response as it stands: created, in progress, completed, incomplete or failed.</summary>
public abstract class ResponseStateEvent : ResponseStreamEvent
{
    /// <summary>The response as it stands at this event.</summary>
    [JsonPropertyName("response")]
    public OpenRouterResponse Response { get; set; } = new();
}

/// <summary><c>response.created</c>: the response exists (status <c>in_progress</c>, no output yet).</summary>
public sealed class ResponseCreatedEvent : ResponseStateEvent
{
}

/// <summary><c>response.in_progress</c>: the response is being generated.</summary>
public sealed class ResponseInProgressEvent : ResponseStateEvent
{
}

/// <summary><c>response.completed</c>: the final response, with its output, usage and cost. The stream's last event.</summary>
public sealed class ResponseCompletedEvent : ResponseStateEvent
{
}

/// <summary><c>response.incomplete</c>: the response stopped early (see <see cref="OpenRouterResponse.IncompleteDetails"/>). The stream's last event.</summary>
public sealed class ResponseIncompleteEvent : ResponseStateEvent
{
}

/// <summary>
/// <c>response.failed</c>: the response failed (see <see cref="OpenRouterResponse.Error"/>). The stream does not hand
/// it out: it ends with <see cref="OpenRouterStreamException"/>, whose <see cref="OpenRouterStreamException.ErrorEvent"/> is this event.
/// </summary>
public sealed class ResponseFailedEvent : ResponseStateEvent
{
}

/// <summary>
/// <c>error</c>: the stream failed. The stream does not hand it out: it ends with <see cref="OpenRouterStreamException"/>,
/// whose <see cref="OpenRouterStreamException.ErrorEvent"/> is this event.
/// </summary>
public sealed class ResponseErrorEvent : ResponseStreamEvent
{
    /// <summary>The error code, such as <c>rate_limit_exceeded</c>.</summary>
    [JsonPropertyName("code")]
    [JsonConverter(typeof(Serialization.StringOrNumberConverter))]
    public string? Code { get; set; }

    /// <summary>What went wrong.</summary>
    [JsonPropertyName("message")]
    public string? Message { get; set; }

    /// <summary>The request member the error is about, if any.</summary>
    [JsonPropertyName("param")]
    public string? Param { get; set; }

    /// <summary>The error as a nested object, when the server sends it that way (<c>{"error": {...}}</c>).</summary>
    [JsonPropertyName("error")]
    public ResponseError? Error { get; set; }
}

/// <summary>An event about one output item.</summary>
public abstract class ResponseOutputItemEvent : ResponseStreamEvent
{
    /// <summary>The item's position in the response's output.</summary>
    [JsonPropertyName("output_index")]
    public int OutputIndex { get; set; }

    /// <summary>The item.</summary>
    [JsonPropertyName("item")]
    public ResponseItem Item { get; set; } = new();
}

/// <summary><c>response.output_item.added</c>: a new output item began.</summary>
public sealed class ResponseOutputItemAddedEvent : ResponseOutputItemEvent
{
}

/// <summary><c>response.output_item.done</c>: an output item is complete.</summary>
public sealed class ResponseOutputItemDoneEvent : ResponseOutputItemEvent
{
}

/// <summary>An event about a part of an output item (its content, summary or arguments).</summary>
public abstract class ResponseItemPartEvent : ResponseStreamEvent
{
    /// <summary>The id of the item it belongs to.</summary>
    [JsonPropertyName("item_id")]
    public string? ItemId { get; set; }

    /// <summary>The item's position in the response's output.</summary>
    [JsonPropertyName("output_index")]
    public int OutputIndex { get; set; }
}

/// <summary>An event about one content part of an item.</summary>
public abstract class ResponseContentPartEvent : ResponseItemPartEvent
{
    /// <summary>The part's position in the item's content.</summary>
    [JsonPropertyName("content_index")]
    public int ContentIndex { get; set; }
}

/// <summary><c>response.content_part.added</c>: a new content part began.</summary>
public sealed class ResponseContentPartAddedEvent : ResponseContentPartEvent
{
    /// <summary>The part (its text still empty).</summary>
    [JsonPropertyName("part")]
    public ResponseContentPart Part { get; set; } = new();
}

/// <summary><c>response.content_part.done</c>: a content part is complete.</summary>
public sealed class ResponseContentPartDoneEvent : ResponseContentPartEvent
{
    /// <summary>The whole part.</summary>
    [JsonPropertyName("part")]
    public ResponseContentPart Part { get; set; } = new();
}

/// <summary><c>response.output_text.delta</c>: more of a message's text.</summary>
public sealed class ResponseOutputTextDeltaEvent : ResponseContentPartEvent
{
    /// <summary>The new text.</summary>
    [JsonPropertyName("delta")]
    public string Delta { get; set; } = string.Empty;

    /// <summary>The new tokens' log probabilities, as sent.</summary>
    [JsonPropertyName("logprobs")]
    public JsonElement? Logprobs { get; set; }
}

/// <summary><c>response.output_text.done</c>: a message's text is complete.</summary>
public sealed class ResponseOutputTextDoneEvent : ResponseContentPartEvent
{
    /// <summary>The whole text of the part.</summary>
    [JsonPropertyName("text")]
    public string Text { get; set; } = string.Empty;
}

/// <summary><c>response.reasoning_text.delta</c>: more reasoning text.</summary>
public sealed class ResponseReasoningTextDeltaEvent : ResponseContentPartEvent
{
    /// <summary>The new text.</summary>
    [JsonPropertyName("delta")]
    public string Delta { get; set; } = string.Empty;
}

/// <summary><c>response.reasoning_text.done</c>: a reasoning text part is complete.</summary>
public sealed class ResponseReasoningTextDoneEvent : ResponseContentPartEvent
{
    /// <summary>The whole text of the part.</summary>
    [JsonPropertyName("text")]
    public string Text { get; set; } = string.Empty;
}

/// <summary><c>response.reasoning_summary_text.delta</c>: more of a reasoning summary.</summary>
public sealed class ResponseReasoningSummaryTextDeltaEvent : ResponseItemPartEvent
{
    /// <summary>The summary part's position in the item's summary.</summary>
    [JsonPropertyName("summary_index")]
    public int SummaryIndex { get; set; }

    /// <summary>The new text.</summary>
    [JsonPropertyName("delta")]
    public string Delta { get; set; } = string.Empty;
}

/// <summary><c>response.reasoning_summary_text.done</c>: a reasoning summary part is complete.</summary>
public sealed class ResponseReasoningSummaryTextDoneEvent : ResponseItemPartEvent
{
    /// <summary>The summary part's position in the item's summary.</summary>
    [JsonPropertyName("summary_index")]
    public int SummaryIndex { get; set; }

    /// <summary>The whole text of the summary part.</summary>
    [JsonPropertyName("text")]
    public string Text { get; set; } = string.Empty;
}

/// <summary><c>response.function_call_arguments.delta</c>: more of a function call's arguments.</summary>
public sealed class ResponseFunctionCallArgumentsDeltaEvent : ResponseItemPartEvent
{
    /// <summary>The new JSON text of the arguments.</summary>
    [JsonPropertyName("delta")]
    public string Delta { get; set; } = string.Empty;
}

/// <summary><c>response.function_call_arguments.done</c>: a function call's arguments are complete.</summary>
public sealed class ResponseFunctionCallArgumentsDoneEvent : ResponseItemPartEvent
{
    /// <summary>The function's name, when the server repeats it here.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>The whole arguments, as JSON text.</summary>
    [JsonPropertyName("arguments")]
    public string Arguments { get; set; } = string.Empty;
}
