using System.Collections.Generic;
using Microsoft.Extensions.AI;

namespace OpenRouter.Sdk.AI;

/// <summary>
/// Turns Responses API stream events into <see cref="ChatResponseUpdate"/>s, one per event as it arrives (an event
/// with nothing to map, or of a type not known here, gives an update with no contents whose raw representation is
/// the event). Text and reasoning are passed on as deltas; a function call comes whole once its item is done; a
/// finished reasoning item comes as an empty <see cref="TextReasoningContent"/> that carries the item (and its
/// encrypted content), so the next request can send it back; usage, cost and the finish reason come with
/// <c>response.completed</c> or <c>response.incomplete</c>.
/// </summary>
internal sealed class ResponsesStreamingUpdateMapper
{
    private string? _id;
    private string? _model;
    private System.DateTimeOffset? _createdAt;
    private bool _sawFunctionCall;

    public ChatResponseUpdate Map(ResponseStreamEvent streamEvent)
    {
        if (streamEvent is ResponseStateEvent state)
        {
            _id ??= ChatResponseMapper.NullIfEmpty(state.Response.Id);
            _model = ChatResponseMapper.NullIfEmpty(state.Response.Model) ?? _model;
            _createdAt ??= state.Response.CreatedAt > 0 ? Serialization.UnixTime.FromSecondsOrMilliseconds(state.Response.CreatedAt) : null;
        }

        var contents = new List<AIContent>();
        var update = new ChatResponseUpdate(ChatRole.Assistant, contents)
        {
            ResponseId = _id,
            MessageId = _id,
            ModelId = _model,
            CreatedAt = _createdAt,
            RawRepresentation = streamEvent,
        };

        switch (streamEvent)
        {
            case ResponseOutputTextDeltaEvent text:
                contents.Add(new TextContent(text.Delta) { RawRepresentation = streamEvent });
                break;
            case ResponseReasoningTextDeltaEvent reasoning:
                contents.Add(new TextReasoningContent(reasoning.Delta) { RawRepresentation = streamEvent });
                break;
            case ResponseReasoningSummaryTextDeltaEvent summary:
                contents.Add(new TextReasoningContent(summary.Delta) { RawRepresentation = streamEvent });
                break;
            case ResponseOutputItemDoneEvent { Item: { } item }:
                AddDoneItem(contents, item, update);
                break;
            case ResponseCompletedEvent or ResponseIncompleteEvent:
                OpenRouterResponse response = ((ResponseStateEvent)streamEvent).Response;
                Finish(contents, response, update);
                break;
        }

        return update;
    }

    private void AddDoneItem(List<AIContent> contents, ResponseItem item, ChatResponseUpdate update)
    {
        if (item.Type == ResponseItemType.FunctionCall)
        {
            _sawFunctionCall = true;
            contents.Add(ResponsesResponseMapper.ToFunctionCall(item));
        }
        else if (item.Type == ResponseItemType.Reasoning)
        {
            // The text already came as deltas; this carries the item itself (and its encrypted content) for the next turn.
            contents.Add(new TextReasoningContent(string.Empty)
            {
                ProtectedData = ChatResponseMapper.NullIfEmpty(item.EncryptedContent),
                RawRepresentation = item,
            });
        }
        else if (item.Type == ResponseItemType.Message)
        {
            // Its text came as deltas; only a refusal is new here.
            AdditionalPropertiesDictionary? properties = null;
            var ignored = new List<AIContent>();
            ResponsesResponseMapper.AddContents(ignored, item, ref properties);
            update.AdditionalProperties = properties;
        }
        else
        {
            contents.Add(new AIContent { RawRepresentation = item });
        }
    }

    private void Finish(List<AIContent> contents, OpenRouterResponse response, ChatResponseUpdate update)
    {
        ChatFinishReason? reason = ResponsesResponseMapper.FinishReasonOf(response);
        update.FinishReason = _sawFunctionCall ? ChatFinishReason.ToolCalls : reason;
        if (ResponsesResponseMapper.ToUsageDetails(response.Usage) is { } usage)
        {
            contents.Add(new UsageContent(usage) { RawRepresentation = response.Usage });
        }

        AdditionalPropertiesDictionary? properties = update.AdditionalProperties;
        AdapterProperties.AddCost(ref properties, response.Usage?.Cost, response.Usage?.IsByok);
        update.AdditionalProperties = properties;
    }
}
