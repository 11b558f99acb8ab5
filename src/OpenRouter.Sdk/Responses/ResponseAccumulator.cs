using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// Folds the events of a streamed response into an <see cref="OpenRouterResponse"/>: feed every event to
/// <see cref="Add"/>, then call <see cref="ToResponse"/> (at the end, or at any point for what arrived so far).
/// The final <c>response.completed</c> (or <c>response.incomplete</c>) event is the server's own account and wins;
/// before it, the output is built from the items and text deltas received.
/// </summary>
public sealed class ResponseAccumulator
{
    private readonly List<ResponseItem?> _items = new();
    private readonly Dictionary<long, StringBuilder> _texts = new();
    private readonly Dictionary<long, ResponseContentPartType> _textTypes = new();
    private readonly Dictionary<long, StringBuilder> _summaries = new();
    private readonly Dictionary<int, StringBuilder> _arguments = new();
    private OpenRouterResponse? _latest;
    private OpenRouterResponse? _final;

    /// <summary>How many events were added.</summary>
    public int EventCount { get; private set; }

    /// <summary>Whether a final event (<c>response.completed</c>, <c>response.incomplete</c> or <c>response.failed</c>) was added.</summary>
    public bool IsComplete => _final is not null;

    /// <summary>Adds one event.</summary>
    /// <param name="streamEvent">The event, in the order received.</param>
    public void Add(ResponseStreamEvent streamEvent)
    {
        Argument.NotNull(streamEvent);
        EventCount++;
        switch (streamEvent)
        {
            case ResponseStateEvent state:
                _latest = state.Response;
                if (state is ResponseCompletedEvent or ResponseIncompleteEvent or ResponseFailedEvent)
                {
                    _final = state.Response;
                }

                break;
            case ResponseOutputItemAddedEvent added:
                SetItem(added.OutputIndex, added.Item);
                break;
            case ResponseOutputItemDoneEvent done:
                SetItem(done.OutputIndex, done.Item);
                ForgetDeltas(done.OutputIndex);
                break;
            case ResponseContentPartAddedEvent partAdded:
                SetPart(partAdded.OutputIndex, partAdded.ContentIndex, partAdded.Part);
                break;
            case ResponseContentPartDoneEvent partDone:
                SetPart(partDone.OutputIndex, partDone.ContentIndex, partDone.Part);
                _texts.Remove(Key(partDone.OutputIndex, partDone.ContentIndex));
                break;
            case ResponseOutputTextDeltaEvent text:
                Text(text.OutputIndex, text.ContentIndex, ResponseContentPartType.OutputText).Append(text.Delta);
                break;
            case ResponseOutputTextDoneEvent textDone:
                Text(textDone.OutputIndex, textDone.ContentIndex, ResponseContentPartType.OutputText).Clear().Append(textDone.Text);
                break;
            case ResponseReasoningTextDeltaEvent reasoning:
                Text(reasoning.OutputIndex, reasoning.ContentIndex, ResponseContentPartType.ReasoningText).Append(reasoning.Delta);
                break;
            case ResponseReasoningTextDoneEvent reasoningDone:
                Text(reasoningDone.OutputIndex, reasoningDone.ContentIndex, ResponseContentPartType.ReasoningText).Clear().Append(reasoningDone.Text);
                break;
            case ResponseReasoningSummaryTextDeltaEvent summary:
                Builder(_summaries, Key(summary.OutputIndex, summary.SummaryIndex)).Append(summary.Delta);
                break;
            case ResponseReasoningSummaryTextDoneEvent summaryDone:
                Builder(_summaries, Key(summaryDone.OutputIndex, summaryDone.SummaryIndex)).Clear().Append(summaryDone.Text);
                break;
            case ResponseFunctionCallArgumentsDeltaEvent arguments:
                Builder(_arguments, arguments.OutputIndex).Append(arguments.Delta);
                break;
            case ResponseFunctionCallArgumentsDoneEvent argumentsDone:
                Builder(_arguments, argumentsDone.OutputIndex).Clear().Append(argumentsDone.Arguments);
                break;
        }
    }

    /// <summary>
    /// The response so far: the final event's response once it arrived (its output filled in from the events if the
    /// server left it empty), otherwise the latest response received with the output built from the items and deltas
    /// (status <c>in_progress</c>). The objects returned are copies: adding more events does not change them.
    /// </summary>
    /// <returns>The response.</returns>
    public OpenRouterResponse ToResponse()
    {
        OpenRouterResponse source = _final ?? _latest ?? new OpenRouterResponse { Object = "response", Status = ResponseStatus.InProgress };
        OpenRouterResponse response = Copy(source, OpenRouterJsonContext.Default.OpenRouterResponse);
        if (_final is not null && response.Output.Count > 0)
        {
            return response;
        }

        response.Output = BuildOutput();
        return response;
    }

    private List<ResponseItem> BuildOutput()
    {
        var output = new List<ResponseItem>(_items.Count);
        for (int i = 0; i < _items.Count; i++)
        {
            if (_items[i] is not { } item)
            {
                continue;
            }

            ResponseItem copy = Copy(item, OpenRouterJsonContext.Default.ResponseItem);
            ApplyDeltas(i, copy);
            output.Add(copy);
        }

        return output;
    }

    private void ApplyDeltas(int index, ResponseItem item)
    {
        foreach (KeyValuePair<long, StringBuilder> text in _texts)
        {
            if ((int)(text.Key >> 32) == index)
            {
                PartAt(item, (int)text.Key, _textTypes[text.Key]).Text = text.Value.ToString();
            }
        }

        foreach (KeyValuePair<long, StringBuilder> summary in _summaries)
        {
            if ((int)(summary.Key >> 32) == index)
            {
                item.Summary ??= new List<ResponseContentPart>();
                int at = (int)summary.Key;
                while (item.Summary.Count <= at)
                {
                    item.Summary.Add(new ResponseContentPart { Type = ResponseContentPartType.SummaryText, Text = string.Empty });
                }

                item.Summary[at].Text = summary.Value.ToString();
            }
        }

        if (_arguments.TryGetValue(index, out StringBuilder? arguments))
        {
            item.Arguments = arguments.ToString();
        }
    }

    private void SetItem(int index, ResponseItem item)
    {
        while (_items.Count <= index)
        {
            _items.Add(null);
        }

        // A copy: the parts and deltas added to it later must not change the event the caller was handed.
        _items[index] = Copy(item, OpenRouterJsonContext.Default.ResponseItem);
    }

    private void SetPart(int index, int contentIndex, ResponseContentPart part)
    {
        if (index < _items.Count && _items[index] is { } item)
        {
            ResponseContentPart target = PartAt(item, contentIndex, part.Type);
            target.Type = part.Type;
            target.Text = part.Text;
            target.Refusal = part.Refusal;
            target.Annotations = part.Annotations;
            target.Logprobs = part.Logprobs;
            target.AdditionalProperties = part.AdditionalProperties;
        }
    }

    private void ForgetDeltas(int index)
    {
        var stale = new List<long>();
        foreach (long key in _texts.Keys)
        {
            if ((int)(key >> 32) == index)
            {
                stale.Add(key);
            }
        }

        foreach (long key in stale)
        {
            _texts.Remove(key);
        }

        stale.Clear();
        foreach (long key in _summaries.Keys)
        {
            if ((int)(key >> 32) == index)
            {
                stale.Add(key);
            }
        }

        foreach (long key in stale)
        {
            _summaries.Remove(key);
        }

        _arguments.Remove(index);
    }

    private static ResponseContentPart PartAt(ResponseItem item, int contentIndex, ResponseContentPartType type)
    {
        IList<ResponseContentPart>? parts = item.Content?.Parts;
        if (parts is null)
        {
            parts = new List<ResponseContentPart>();
            if (item.Content?.Text is { Length: > 0 } text)
            {
                parts.Add(new ResponseContentPart { Type = type, Text = text });
            }

            item.Content = new ResponseItemContent(parts);
            parts = item.Content.Parts!;
        }

        while (parts.Count <= contentIndex)
        {
            parts.Add(new ResponseContentPart { Type = type, Text = string.Empty });
        }

        return parts[contentIndex];
    }

    private StringBuilder Text(int index, int contentIndex, ResponseContentPartType type)
    {
        long key = Key(index, contentIndex);
        _textTypes[key] = type;
        return Builder(_texts, key);
    }

    private static StringBuilder Builder<TKey>(Dictionary<TKey, StringBuilder> builders, TKey key)
        where TKey : notnull
    {
        if (!builders.TryGetValue(key, out StringBuilder? builder))
        {
            builder = new StringBuilder();
            builders[key] = builder;
        }

        return builder;
    }

    private static long Key(int index, int inner) => ((long)index << 32) | (uint)inner;

    private static T Copy<T>(T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) =>
        JsonSerializer.Deserialize(JsonSerializer.SerializeToUtf8Bytes(value, type), type)!;
}
