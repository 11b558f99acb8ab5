using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// Folds the events of a streamed Messages API answer into a <see cref="MessagesResponse"/>: feed every event to
/// <see cref="Add"/>, then call <see cref="ToResponse"/> (at the end, or at any point for what arrived so far). Text,
/// thinking and signatures are joined per block; a tool call's <c>input_json_delta</c> pieces are joined and parsed
/// into its <see cref="MessagesContentBlock.Input"/>; <c>message_delta</c> sets the stop reason and the usage (output
/// tokens, cost).
/// </summary>
public sealed class MessagesAccumulator
{
    private readonly List<MessagesContentBlock?> _blocks = new();
    private readonly Dictionary<int, StringBuilder> _texts = new();
    private readonly Dictionary<int, StringBuilder> _thinking = new();
    private readonly Dictionary<int, StringBuilder> _signatures = new();
    private readonly Dictionary<int, StringBuilder> _inputs = new();
    private readonly Dictionary<int, List<JsonElement>> _citations = new();
    private MessagesResponse _message = new();

    /// <summary>How many events were added.</summary>
    public int EventCount { get; private set; }

    /// <summary>Whether <c>message_stop</c> was added: the answer is complete.</summary>
    public bool IsComplete { get; private set; }

    /// <summary>Adds one event.</summary>
    /// <param name="streamEvent">The event, in the order received.</param>
    public void Add(MessagesStreamEvent streamEvent)
    {
        Argument.NotNull(streamEvent);
        EventCount++;
        switch (streamEvent)
        {
            case MessagesStartEvent start:
                _message = Copy(start.Message, OpenRouterJsonContext.Default.MessagesResponse);
                for (int i = 0; i < _message.Content.Count; i++)
                {
                    SetBlock(i, _message.Content[i]);
                }

                break;
            case MessagesContentBlockStartEvent blockStart:
                SetBlock(blockStart.Index, blockStart.ContentBlock);
                break;
            case MessagesContentBlockDeltaEvent blockDelta:
                AddDelta(blockDelta.Index, blockDelta.Delta);
                break;
            case MessagesDeltaEvent messageDelta:
                _message.StopReason = messageDelta.Delta.StopReason ?? _message.StopReason;
                _message.StopSequence = messageDelta.Delta.StopSequence ?? _message.StopSequence;
                _message.StopDetails = messageDelta.Delta.StopDetails ?? _message.StopDetails;
                _message.Container = messageDelta.Delta.Container ?? _message.Container;
                if (messageDelta.Usage is { } usage)
                {
                    _message.Usage = Merge(_message.Usage, usage);
                }

                break;
            case MessagesStopEvent stop:
                IsComplete = true;
                _message.OpenRouterMetadata = stop.OpenRouterMetadata ?? _message.OpenRouterMetadata;
                break;
        }
    }

    /// <summary>
    /// The answer so far: the message of <c>message_start</c> with the blocks built from the events, the stop reason
    /// and usage of <c>message_delta</c>. The object returned is a copy: adding more events does not change it.
    /// </summary>
    /// <returns>The answer.</returns>
    public MessagesResponse ToResponse()
    {
        MessagesResponse response = Copy(_message, OpenRouterJsonContext.Default.MessagesResponse);
        var content = new List<MessagesContentBlock>(_blocks.Count);
        for (int i = 0; i < _blocks.Count; i++)
        {
            if (_blocks[i] is not { } block)
            {
                continue;
            }

            MessagesContentBlock copy = Copy(block, OpenRouterJsonContext.Default.MessagesContentBlock);
            Apply(i, copy);
            content.Add(copy);
        }

        response.Content = content;
        return response;
    }

    private void Apply(int index, MessagesContentBlock block)
    {
        if (_texts.TryGetValue(index, out StringBuilder? text))
        {
            block.Text = (block.Text ?? string.Empty) + text.ToString();
        }

        if (_thinking.TryGetValue(index, out StringBuilder? thinking))
        {
            block.Thinking = (block.Thinking ?? string.Empty) + thinking.ToString();
        }

        if (_signatures.TryGetValue(index, out StringBuilder? signature))
        {
            block.Signature = (block.Signature ?? string.Empty) + signature.ToString();
        }

        if (_citations.TryGetValue(index, out List<JsonElement>? citations))
        {
            block.Citations = ToArray(citations);
        }

        if (_inputs.TryGetValue(index, out StringBuilder? input) && input.Length > 0)
        {
            try
            {
                using JsonDocument parsed = JsonDocument.Parse(input.ToString());
                block.Input = parsed.RootElement.Clone();
            }
            catch (JsonException)
            {
                // A stream cut inside a tool call's input: the pieces so far are not JSON yet; the block keeps the
                // input it started with.
            }
        }
    }

    private void AddDelta(int index, MessagesContentDelta delta)
    {
        if (delta.Type == MessagesContentDeltaType.TextDelta)
        {
            Builder(_texts, index).Append(delta.Text);
        }
        else if (delta.Type == MessagesContentDeltaType.InputJsonDelta)
        {
            Builder(_inputs, index).Append(delta.PartialJson);
        }
        else if (delta.Type == MessagesContentDeltaType.ThinkingDelta)
        {
            Builder(_thinking, index).Append(delta.Thinking);
        }
        else if (delta.Type == MessagesContentDeltaType.SignatureDelta)
        {
            Builder(_signatures, index).Append(delta.Signature);
        }
        else if (delta.Type == MessagesContentDeltaType.CitationsDelta && delta.Citation is { } citation)
        {
            if (!_citations.TryGetValue(index, out List<JsonElement>? list))
            {
                list = new List<JsonElement>();
                _citations[index] = list;
            }

            list.Add(citation.Clone());
        }
    }

    private void SetBlock(int index, MessagesContentBlock block)
    {
        while (_blocks.Count <= index)
        {
            _blocks.Add(null);
        }

        // A copy: the deltas applied later must not change the event the caller was handed.
        _blocks[index] = Copy(block, OpenRouterJsonContext.Default.MessagesContentBlock);
        _texts.Remove(index);
        _thinking.Remove(index);
        _signatures.Remove(index);
        _inputs.Remove(index);
        _citations.Remove(index);
    }

    /// <summary>The start's usage with the delta's counts over it: the delta's output count always, the rest when sent.</summary>
    private static MessagesUsage Merge(MessagesUsage? start, MessagesUsage delta)
    {
        MessagesUsage merged = start is null ? new MessagesUsage() : Copy(start, OpenRouterJsonContext.Default.MessagesUsage);
        merged.OutputTokens = delta.OutputTokens;
        merged.InputTokens = delta.InputTokens ?? merged.InputTokens;
        merged.CacheCreationInputTokens = delta.CacheCreationInputTokens ?? merged.CacheCreationInputTokens;
        merged.CacheReadInputTokens = delta.CacheReadInputTokens ?? merged.CacheReadInputTokens;
        merged.CacheCreation = delta.CacheCreation ?? merged.CacheCreation;
        merged.OutputTokensDetails = delta.OutputTokensDetails ?? merged.OutputTokensDetails;
        merged.ServerToolUse = delta.ServerToolUse ?? merged.ServerToolUse;
        merged.ServiceTier = delta.ServiceTier ?? merged.ServiceTier;
        merged.InferenceGeo = delta.InferenceGeo ?? merged.InferenceGeo;
        merged.Speed = delta.Speed ?? merged.Speed;
        merged.Cost = delta.Cost ?? merged.Cost;
        merged.CostDetails = delta.CostDetails ?? merged.CostDetails;
        merged.IsByok = delta.IsByok ?? merged.IsByok;
        merged.Iterations = delta.Iterations ?? merged.Iterations;
        return merged;
    }

    private static JsonElement ToArray(List<JsonElement> items)
    {
        var buffer = new System.IO.MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (JsonElement item in items)
            {
                item.WriteTo(writer);
            }

            writer.WriteEndArray();
        }

        using JsonDocument document = JsonDocument.Parse(buffer.ToArray());
        return document.RootElement.Clone();
    }

    private static StringBuilder Builder(Dictionary<int, StringBuilder> builders, int key)
    {
        if (!builders.TryGetValue(key, out StringBuilder? builder))
        {
            builder = new StringBuilder();
            builders[key] = builder;
        }

        return builder;
    }

    private static T Copy<T>(T value, JsonTypeInfo<T> type) =>
        JsonSerializer.Deserialize(JsonSerializer.SerializeToUtf8Bytes(value, type), type)!;
}
