using System.Collections.Generic;
using Microsoft.Extensions.AI;

namespace OpenRouter.Sdk.AI;

/// <summary>
/// Turns streamed chunks into <see cref="ChatResponseUpdate"/>s, one per chunk as it arrives. Text and reasoning are
/// passed on as deltas; tool-call fragments are held back (merged by index) and emitted as complete
/// <see cref="FunctionCallContent"/>s with the finish reason; the merged <c>reasoning_details</c> of the turn, which
/// the next request needs back unchanged, come in one last update once the stream has ended.
/// </summary>
internal sealed class StreamingUpdateMapper
{
    private readonly ChatCompletionAccumulator _accumulator = new();
    private bool _first = true;
    private bool _finished;
    private bool _sawNativeFinishReason;
    private bool _toolCallsEmitted;
    private bool _sawToolCalls;
    private string? _id;
    private string? _model;

    public ChatResponseUpdate Map(ChatCompletionChunk chunk)
    {
        _accumulator.Append(chunk);
        _id ??= ChatResponseMapper.NullIfEmpty(chunk.Id);
        _model ??= ChatResponseMapper.NullIfEmpty(chunk.Model);

        var contents = new List<AIContent>();
        AdditionalPropertiesDictionary? properties = null;
        ChatResponseUpdate update = NewUpdate(contents);
        update.CreatedAt = chunk.Created > 0 ? Serialization.UnixTime.FromSecondsOrMilliseconds(chunk.Created) : null;
        update.RawRepresentation = chunk;

        if (_first && !string.IsNullOrEmpty(chunk.Provider))
        {
            _first = false;
            ChatResponseMapper.AddServedBy(properties ??= new(), chunk.Provider, null);
        }

        ChatCompletionChunkChoice? choice = FirstChoice(chunk);
        if (choice?.Delta is { } delta)
        {
            AddReasoning(contents, delta);
            if (!string.IsNullOrEmpty(delta.Content) || delta.Annotations is { Count: > 0 })
            {
                contents.Add(ChatResponseMapper.ToTextContent(delta.Content ?? string.Empty, delta.Annotations));
            }

            ChatResponseMapper.AddImages(contents, delta.Images);
            _sawToolCalls |= delta.ToolCalls is { Count: > 0 };
        }

        if (choice?.FinishReason is { } finish && !_finished)
        {
            _finished = true;
            bool hasToolCalls = EmitToolCalls(contents);
            update.FinishReason = ChatResponseMapper.ToFinishReason(ChatResponseMapper.EffectiveFinishReason(finish, hasToolCalls));
        }

        // The provider's own reason may come later than OpenRouter's (Gemini sends it with the usage chunk).
        if (choice?.NativeFinishReason is { } native && !_sawNativeFinishReason)
        {
            _sawNativeFinishReason = true;
            ChatResponseMapper.AddServedBy(properties ??= new(), null, native);
        }

        if (chunk.Usage is { } usage)
        {
            contents.Add(new UsageContent(ChatResponseMapper.ToUsageDetails(usage)!) { RawRepresentation = usage });
            ChatResponseMapper.AddCost(properties ??= new(), usage);
        }

        update.AdditionalProperties = properties;
        return update;
    }

    /// <summary>The last update: tool calls not yet emitted, and the complete reasoning details and refusal of the turn.</summary>
    public ChatResponseUpdate? Complete()
    {
        var contents = new List<AIContent>();
        EmitToolCalls(contents);

        ChatCompletion folded = _accumulator.ToChatCompletion();
        ChatCompletionMessage? message = folded.Choices.Count > 0 ? folded.Choices[0].Message : null;
        AdditionalPropertiesDictionary? properties = null;
        if (message?.ReasoningDetails is { Count: > 0 } details)
        {
            (properties ??= new())[OpenRouterPropertyNames.ReasoningDetails] = details;
        }

        if (!string.IsNullOrEmpty(message?.Refusal))
        {
            (properties ??= new())[OpenRouterPropertyNames.Refusal] = message!.Refusal;
        }

        if (contents.Count == 0 && properties is null)
        {
            return null;
        }

        ChatResponseUpdate update = NewUpdate(contents);
        update.AdditionalProperties = properties;
        if (!_finished && contents.Count > 0)
        {
            update.FinishReason = ChatFinishReason.ToolCalls;
        }

        return update;
    }

    private ChatResponseUpdate NewUpdate(List<AIContent> contents) => new(ChatRole.Assistant, contents)
    {
        ResponseId = _id,
        MessageId = _id,
        ModelId = _model,
    };

    private bool EmitToolCalls(List<AIContent> contents)
    {
        if (!_sawToolCalls || _toolCallsEmitted)
        {
            return _toolCallsEmitted;
        }

        _toolCallsEmitted = true;
        ChatCompletion folded = _accumulator.ToChatCompletion();
        if (folded.Choices.Count > 0 && folded.Choices[0].Message.ToolCalls is { } calls)
        {
            foreach (ToolCall call in calls)
            {
                contents.Add(ChatResponseMapper.ToFunctionCall(call));
            }
        }

        return true;
    }

    private static void AddReasoning(List<AIContent> contents, ChatCompletionDelta delta)
    {
        string? text = delta.Reasoning;
        if (string.IsNullOrEmpty(text) && delta.ReasoningDetails is { } textDetails)
        {
            foreach (ReasoningDetail detail in textDetails)
            {
                text += detail.Text ?? detail.Summary;
            }
        }

        if (!string.IsNullOrEmpty(text))
        {
            contents.Add(new TextReasoningContent(text) { RawRepresentation = delta.ReasoningDetails });
        }

        if (delta.ReasoningDetails is { } details)
        {
            // Signatures and encrypted blobs end a run of reasoning text, as Microsoft.Extensions.AI expects.
            foreach (ReasoningDetail detail in details)
            {
                if ((ChatResponseMapper.NullIfEmpty(detail.Signature) ?? ChatResponseMapper.NullIfEmpty(detail.Data)) is { } protectedData)
                {
                    contents.Add(new TextReasoningContent(string.Empty) { ProtectedData = protectedData, RawRepresentation = detail });
                }
            }
        }
    }

    private static ChatCompletionChunkChoice? FirstChoice(ChatCompletionChunk chunk)
    {
        foreach (ChatCompletionChunkChoice choice in chunk.Choices)
        {
            if (choice.Index == 0)
            {
                return choice;
            }
        }

        return null;
    }
}
