using System;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk.Http.Streaming;

/// <summary>
/// The Responses API's events: each data line is read by its <c>type</c> into its <see cref="ResponseStreamEvent"/>
/// subclass (an unknown type into <see cref="UnknownResponseStreamEvent"/>, kept). An <c>error</c> or
/// <c>response.failed</c> event fails the stream; <c>response.completed</c> and <c>response.incomplete</c> end it
/// (the <c>[DONE]</c> after them is drained); a body that ends before either is a broken stream.
/// </summary>
internal sealed class ResponseStreamEvents : ServerSentEventReader<ResponseStreamEvent>
{
    /// <summary>Stands for an event without data, which carries nothing to yield.</summary>
    private static readonly ResponseStreamEvent Empty = new UnknownResponseStreamEvent();

    private readonly ResponseStreamProgress _progress;
    private readonly ClientSecrets _secrets;

    public ResponseStreamEvents(ClientSecrets secrets, OpenRouterBudgetGuard? budget = null)
    {
        _secrets = secrets;
        _progress = new ResponseStreamProgress(secrets, budget);
    }

    public override ResponseStreamEvent Skip => Empty;

    public override IStreamProgress Progress => _progress;

    public override ResponseStreamEvent Read(string eventType, ReadOnlySpan<byte> data) =>
        data.IsEmpty ? Empty : Parse(data);

    public override ServerSentEventStep Accept(ResponseStreamEvent item)
    {
        if (item is ResponseErrorEvent or ResponseFailedEvent)
        {
            return ServerSentEventStep.Fail;
        }

        _progress.Observe(item);
        return item is ResponseCompletedEvent or ResponseIncompleteEvent ? ServerSentEventStep.YieldAndEnd : ServerSentEventStep.Yield;
    }

    public override OpenRouterException Failure(ResponseStreamEvent item) =>
        OpenRouterErrorFactory.FromResponseStreamEvent(item, _progress, _secrets);

    public override OpenRouterException EndedEarly() => OpenRouterErrorFactory.ResponseStreamEndedEarly(_progress);

    /// <summary>Reads one event: its <c>type</c> picks the class; the bytes are kept for <see cref="ResponseStreamEvent.Json"/>.</summary>
    internal static ResponseStreamEvent Parse(ReadOnlySpan<byte> data)
    {
        string? type = ReadType(data);
        ResponseStreamEvent item = type switch
        {
            "response.created" => Deserialize(data, OpenRouterJsonContext.Default.ResponseCreatedEvent),
            "response.in_progress" => Deserialize(data, OpenRouterJsonContext.Default.ResponseInProgressEvent),
            "response.completed" => Deserialize(data, OpenRouterJsonContext.Default.ResponseCompletedEvent),
            "response.incomplete" => Deserialize(data, OpenRouterJsonContext.Default.ResponseIncompleteEvent),
            "response.failed" => Deserialize(data, OpenRouterJsonContext.Default.ResponseFailedEvent),
            "error" or "response.error" => Deserialize(data, OpenRouterJsonContext.Default.ResponseErrorEvent),
            "response.output_item.added" => Deserialize(data, OpenRouterJsonContext.Default.ResponseOutputItemAddedEvent),
            "response.output_item.done" => Deserialize(data, OpenRouterJsonContext.Default.ResponseOutputItemDoneEvent),
            "response.content_part.added" => Deserialize(data, OpenRouterJsonContext.Default.ResponseContentPartAddedEvent),
            "response.content_part.done" => Deserialize(data, OpenRouterJsonContext.Default.ResponseContentPartDoneEvent),
            "response.output_text.delta" => Deserialize(data, OpenRouterJsonContext.Default.ResponseOutputTextDeltaEvent),
            "response.output_text.done" => Deserialize(data, OpenRouterJsonContext.Default.ResponseOutputTextDoneEvent),
            "response.reasoning_text.delta" => Deserialize(data, OpenRouterJsonContext.Default.ResponseReasoningTextDeltaEvent),
            "response.reasoning_text.done" => Deserialize(data, OpenRouterJsonContext.Default.ResponseReasoningTextDoneEvent),
            "response.reasoning_summary_text.delta" => Deserialize(data, OpenRouterJsonContext.Default.ResponseReasoningSummaryTextDeltaEvent),
            "response.reasoning_summary_text.done" => Deserialize(data, OpenRouterJsonContext.Default.ResponseReasoningSummaryTextDoneEvent),
            "response.function_call_arguments.delta" => Deserialize(data, OpenRouterJsonContext.Default.ResponseFunctionCallArgumentsDeltaEvent),
            "response.function_call_arguments.done" => Deserialize(data, OpenRouterJsonContext.Default.ResponseFunctionCallArgumentsDoneEvent),
            _ => Deserialize(data, OpenRouterJsonContext.Default.UnknownResponseStreamEvent),
        };
        item.SetRaw(data.ToArray());
        return item;
    }

    private static T Deserialize<T>(ReadOnlySpan<byte> data, JsonTypeInfo<T> type)
        where T : ResponseStreamEvent =>
        JsonSerializer.Deserialize(data, type) ?? throw new JsonException("A stream event was null.");

    /// <summary>The top-level <c>type</c> member, or null; a body that is not a JSON object throws <see cref="JsonException"/>.</summary>
    private static string? ReadType(ReadOnlySpan<byte> data)
    {
        var reader = new Utf8JsonReader(data);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A stream event is not a JSON object.");
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            bool isType = reader.ValueTextEquals("type"u8);
            reader.Read();
            if (isType && reader.TokenType == JsonTokenType.String)
            {
                return reader.GetString();
            }

            reader.Skip();
        }

        return null;
    }
}
