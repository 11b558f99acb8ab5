using System;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk.Http.Streaming;

/// <summary>
/// The Messages API's events (Anthropic's stream): each data line is read by its <c>type</c> (or, without one, the
/// SSE <c>event:</c> name) into its <see cref="MessagesStreamEvent"/> subclass, an unknown type into
/// <see cref="UnknownMessagesStreamEvent"/>, kept. An <c>error</c> event fails the stream; <c>message_stop</c> ends
/// it (a <c>[DONE]</c> after it is drained); a body that ends before it is a broken stream.
/// </summary>
internal sealed class MessagesStreamEvents : ServerSentEventReader<MessagesStreamEvent>
{
    /// <summary>Stands for an event without data, which carries nothing to yield.</summary>
    private static readonly MessagesStreamEvent Empty = new UnknownMessagesStreamEvent();

    private readonly MessagesStreamProgress _progress;
    private readonly ClientSecrets _secrets;

    public MessagesStreamEvents(ClientSecrets secrets, OpenRouterBudgetGuard? budget = null)
    {
        _secrets = secrets;
        _progress = new MessagesStreamProgress(secrets, budget);
    }

    public override MessagesStreamEvent Skip => Empty;

    public override IStreamProgress Progress => _progress;

    public override MessagesStreamEvent Read(string eventType, ReadOnlySpan<byte> data) =>
        data.IsEmpty ? Empty : Parse(eventType, data);

    public override ServerSentEventStep Accept(MessagesStreamEvent item)
    {
        if (item is MessagesErrorEvent)
        {
            return ServerSentEventStep.Fail;
        }

        _progress.Observe(item);
        return item is MessagesStopEvent ? ServerSentEventStep.YieldAndEnd : ServerSentEventStep.Yield;
    }

    public override OpenRouterException Failure(MessagesStreamEvent item) =>
        OpenRouterErrorFactory.FromMessagesErrorEvent((MessagesErrorEvent)item, _progress, _secrets);

    public override OpenRouterException EndedEarly() => OpenRouterErrorFactory.MessagesStreamEndedEarly(_progress);

    /// <summary>Reads one event: its <c>type</c> picks the class; the bytes are kept for <see cref="MessagesStreamEvent.Json"/>.</summary>
    internal static MessagesStreamEvent Parse(string? eventType, ReadOnlySpan<byte> data)
    {
        string? type = ReadType(data);

        // The SSE default event name is "message"; only a named event stands in for a missing type.
        string? kind = type ?? (eventType is { Length: > 0 } and not "message" ? eventType : null);
        MessagesStreamEvent item = kind switch
        {
            "message_start" => Deserialize(data, OpenRouterJsonContext.Default.MessagesStartEvent),
            "content_block_start" => Deserialize(data, OpenRouterJsonContext.Default.MessagesContentBlockStartEvent),
            "content_block_delta" => Deserialize(data, OpenRouterJsonContext.Default.MessagesContentBlockDeltaEvent),
            "content_block_stop" => Deserialize(data, OpenRouterJsonContext.Default.MessagesContentBlockStopEvent),
            "message_delta" => Deserialize(data, OpenRouterJsonContext.Default.MessagesDeltaEvent),
            "message_stop" => Deserialize(data, OpenRouterJsonContext.Default.MessagesStopEvent),
            "ping" => Deserialize(data, OpenRouterJsonContext.Default.MessagesPingEvent),
            "error" => Deserialize(data, OpenRouterJsonContext.Default.MessagesErrorEvent),
            _ => Deserialize(data, OpenRouterJsonContext.Default.UnknownMessagesStreamEvent),
        };
        if (type is null && kind is not null)
        {
            item.Type = kind;
        }

        item.SetRaw(data.ToArray());
        return item;
    }

    private static T Deserialize<T>(ReadOnlySpan<byte> data, JsonTypeInfo<T> type)
        where T : MessagesStreamEvent =>
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
