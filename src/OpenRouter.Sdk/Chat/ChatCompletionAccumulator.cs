using System;
using System.Collections.Generic;
using System.Text;
using OpenRouter.Sdk.Internal;

namespace OpenRouter.Sdk;

/// <summary>
/// Folds streamed <see cref="ChatCompletionChunk"/>s into a <see cref="ChatCompletion"/>: text, reasoning and
/// refusals concatenated; reasoning details merged by type and index (signatures and encrypted blobs attached);
/// tool calls merged by index with their arguments concatenated; the first non-null finish reason per choice
/// (reported as <c>tool_calls</c> when the model called tools); the last usage. Use it when you show chunks as they
/// arrive and also want the whole answer; otherwise use <c>ToChatCompletionAsync</c>.
/// </summary>
public sealed class ChatCompletionAccumulator
{
    private readonly SortedDictionary<int, ChoiceState> _choices = new();
    private string? _id;
    private string? _model;
    private string? _provider;
    private string? _systemFingerprint;
    private ServiceTier? _serviceTier;
    private long _created;
    private Usage? _usage;
    private OpenRouterMetadata? _metadata;
    private ResponseCacheInfo? _responseCache;

    /// <summary>How many chunks were appended.</summary>
    public int ChunkCount { get; private set; }

    /// <summary>Adds one chunk.</summary>
    public void Append(ChatCompletionChunk chunk)
    {
        Argument.NotNull(chunk);

        ChunkCount++;
        _id ??= NullIfEmpty(chunk.Id);
        _model ??= NullIfEmpty(chunk.Model);
        _provider ??= chunk.Provider;
        _systemFingerprint ??= chunk.SystemFingerprint;
        _serviceTier = chunk.ServiceTier ?? _serviceTier;
        if (_created == 0)
        {
            _created = chunk.Created;
        }

        if (chunk.Usage is not null)
        {
            _usage = chunk.Usage;
        }

        // The routing metadata comes on one chunk (the last one with it wins); the cache headers are the stream's.
        _metadata = chunk.OpenRouterMetadata ?? _metadata;
        _responseCache ??= chunk.ResponseCache;

        foreach (ChatCompletionChunkChoice choice in chunk.Choices)
        {
            if (!_choices.TryGetValue(choice.Index, out ChoiceState? state))
            {
                state = new ChoiceState();
                _choices.Add(choice.Index, state);
            }

            state.Append(choice);
        }
    }

    /// <summary>Builds the completion from everything appended so far.</summary>
    public ChatCompletion ToChatCompletion()
    {
        var choices = new List<ChatCompletionChoice>(_choices.Count);
        foreach (KeyValuePair<int, ChoiceState> entry in _choices)
        {
            choices.Add(entry.Value.Build(entry.Key));
        }

        return new ChatCompletion
        {
            Id = _id ?? string.Empty,
            Object = "chat.completion",
            Created = _created,
            Model = _model ?? string.Empty,
            Provider = _provider,
            SystemFingerprint = _systemFingerprint,
            ServiceTier = _serviceTier,
            Choices = choices,
            Usage = _usage,
            OpenRouterMetadata = _metadata,
            ResponseCache = _responseCache,
        };
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private sealed class ChoiceState
    {
        private readonly StringBuilder _content = new();
        private readonly StringBuilder _reasoning = new();
        private readonly StringBuilder _refusal = new();
        private readonly List<ReasoningDetail> _reasoningDetails = new();
        private readonly SortedDictionary<int, ToolCallState> _toolCalls = new();
        private readonly List<Annotation> _annotations = new();
        private readonly List<GeneratedImage> _images = new();
        private readonly List<TokenLogprob> _logprobs = new();
        private bool _sawContent;
        private bool _sawReasoning;
        private bool _sawRefusal;
        private MessageRole? _role;
        private FinishReason? _finishReason;
        private FinishReason? _nativeFinishReason;
        private GeneratedAudio? _audio;
        private OpenRouterErrorDetail? _error;

        public void Append(ChatCompletionChunkChoice choice)
        {
            // The final usage chunk repeats the finish reason or carries null: the first non-null one is the answer.
            _finishReason ??= choice.FinishReason;
            _nativeFinishReason ??= choice.NativeFinishReason;
            _error ??= choice.Error;
            if (choice.Logprobs?.Content is { } logprobs)
            {
                _logprobs.AddRange(logprobs);
            }

            ChatCompletionDelta? delta = choice.Delta;
            if (delta is null)
            {
                return;
            }

            _role ??= delta.Role;
            Append(_content, delta.Content, ref _sawContent);
            Append(_reasoning, delta.Reasoning, ref _sawReasoning);
            Append(_refusal, delta.Refusal, ref _sawRefusal);
            _audio = delta.Audio ?? _audio;

            if (delta.ReasoningDetails is { } details)
            {
                foreach (ReasoningDetail detail in details)
                {
                    MergeReasoningDetail(detail);
                }
            }

            if (delta.ToolCalls is { } calls)
            {
                for (int i = 0; i < calls.Count; i++)
                {
                    ToolCall call = calls[i];
                    int index = call.Index ?? (call.Id is null ? Math.Max(0, _toolCalls.Count - 1) : _toolCalls.Count);
                    if (!_toolCalls.TryGetValue(index, out ToolCallState? state))
                    {
                        state = new ToolCallState();
                        _toolCalls.Add(index, state);
                    }

                    state.Append(call);
                }
            }

            if (delta.Annotations is { } annotations)
            {
                _annotations.AddRange(annotations);
            }

            if (delta.Images is { } images)
            {
                _images.AddRange(images);
            }
        }

        public ChatCompletionChoice Build(int index)
        {
            List<ToolCall>? toolCalls = null;
            if (_toolCalls.Count > 0)
            {
                toolCalls = new List<ToolCall>(_toolCalls.Count);
                foreach (KeyValuePair<int, ToolCallState> entry in _toolCalls)
                {
                    toolCalls.Add(entry.Value.Build(entry.Key));
                }
            }

            FinishReason? finish = _finishReason;
            if (toolCalls is not null && finish == FinishReason.Stop)
            {
                // Some providers (Gemini) send tool_calls and then stop; a caller must still run the tools.
                finish = FinishReason.ToolCalls;
            }

            return new ChatCompletionChoice
            {
                Index = index,
                FinishReason = finish,
                NativeFinishReason = _nativeFinishReason,
                Error = _error,
                Logprobs = _logprobs.Count > 0 ? new ChatLogprobs { Content = _logprobs.ToArray() } : null,
                Message = new ChatCompletionMessage
                {
                    Role = _role ?? MessageRole.Assistant,
                    Content = _sawContent ? _content.ToString() : null,
                    Reasoning = _sawReasoning ? _reasoning.ToString() : null,
                    Refusal = _sawRefusal ? _refusal.ToString() : null,
                    // Copies: the accumulator keeps merging into its own entries after this snapshot is taken.
                    ReasoningDetails = _reasoningDetails.Count > 0 ? _reasoningDetails.ConvertAll(Copy) : null,
                    ToolCalls = toolCalls,
                    Annotations = _annotations.Count > 0 ? _annotations.ToArray() : null,
                    Images = _images.Count > 0 ? _images.ToArray() : null,
                    Audio = _audio,
                },
            };
        }

        private static void Append(StringBuilder builder, string? text, ref bool seen)
        {
            if (text is not null)
            {
                seen = true;
                builder.Append(text);
            }
        }

        private void MergeReasoningDetail(ReasoningDetail fragment)
        {
            ReasoningDetail? last = _reasoningDetails.Count > 0 ? _reasoningDetails[_reasoningDetails.Count - 1] : null;
            bool continues = last is not null
                && last.Type == fragment.Type
                && last.Index == fragment.Index
                && (fragment.Id is null || last.Id is null || last.Id == fragment.Id);
            if (!continues)
            {
                _reasoningDetails.Add(Copy(fragment));
                return;
            }

            last!.Text = Concat(last.Text, fragment.Text);
            last.Summary = Concat(last.Summary, fragment.Summary);
            last.Data = Concat(last.Data, fragment.Data);
            last.Signature = Concat(last.Signature, fragment.Signature);
            last.Id ??= fragment.Id;
            last.Format ??= fragment.Format;
            last.ToolName ??= fragment.ToolName;
            last.Arguments ??= fragment.Arguments;
            last.Result ??= fragment.Result;
            last.ToolCallId ??= fragment.ToolCallId;
        }

        private static ReasoningDetail Copy(ReasoningDetail detail) => new()
        {
            Type = detail.Type,
            Id = detail.Id,
            Format = detail.Format,
            Index = detail.Index,
            Text = detail.Text,
            Signature = detail.Signature,
            Summary = detail.Summary,
            Data = detail.Data,
            ToolName = detail.ToolName,
            Arguments = detail.Arguments,
            Result = detail.Result,
            ToolCallId = detail.ToolCallId,
            AdditionalProperties = detail.AdditionalProperties is null ? null : new Dictionary<string, System.Text.Json.JsonElement>(detail.AdditionalProperties),
        };

        private static string? Concat(string? left, string? right) =>
            right is null ? left : left is null ? right : left + right;
    }

    private sealed class ToolCallState
    {
        private readonly StringBuilder _arguments = new();
        private string? _id;
        private string? _type;
        private string? _name;

        public void Append(ToolCall fragment)
        {
            _id ??= NullIfEmpty(fragment.Id);
            _type ??= NullIfEmpty(fragment.Type);
            if (fragment.Function is { } function)
            {
                _name ??= NullIfEmpty(function.Name);
                _arguments.Append(function.Arguments);
            }
        }

        public ToolCall Build(int index) => new()
        {
            Index = index,
            Id = _id,
            Type = _type ?? "function",
            Function = new FunctionCall { Name = _name, Arguments = _arguments.ToString() },
        };
    }
}
