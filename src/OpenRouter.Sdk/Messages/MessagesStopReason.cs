using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// Why the model stopped writing a Messages API answer (<c>stop_reason</c>).
/// An open enumeration: unknown values are kept and round-trip unchanged; comparison ignores case.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct MessagesStopReason : IEquatable<MessagesStopReason>, IOpenEnum
{
    private const string EndTurnValue = "end_turn";
    private const string MaxTokensValue = "max_tokens";
    private const string StopSequenceValue = "stop_sequence";
    private const string ToolUseValue = "tool_use";
    private const string PauseTurnValue = "pause_turn";
    private const string RefusalValue = "refusal";
    private const string ModelContextWindowExceededValue = "model_context_window_exceeded";
    private const string CompactionValue = "compaction";

    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value, for example <c>"end_turn"</c>.</param>
    public MessagesStopReason(string value)
    {
        _value = Argument.NotNull(value);
    }

    /// <summary>The model finished its turn. (<c>end_turn</c>)</summary>
    public static MessagesStopReason EndTurn { get; } = new(EndTurnValue);

    /// <summary>The answer reached <c>max_tokens</c>. (<c>max_tokens</c>)</summary>
    public static MessagesStopReason MaxTokens { get; } = new(MaxTokensValue);

    /// <summary>The model wrote one of the stop sequences. (<c>stop_sequence</c>)</summary>
    public static MessagesStopReason StopSequence { get; } = new(StopSequenceValue);

    /// <summary>The model called a tool and waits for its result. (<c>tool_use</c>)</summary>
    public static MessagesStopReason ToolUse { get; } = new(ToolUseValue);

    /// <summary>A long server-tool turn was paused; send the answer back to continue. (<c>pause_turn</c>)</summary>
    public static MessagesStopReason PauseTurn { get; } = new(PauseTurnValue);

    /// <summary>The model refused to answer. (<c>refusal</c>)</summary>
    public static MessagesStopReason Refusal { get; } = new(RefusalValue);

    /// <summary>The conversation filled the model's context window. (<c>model_context_window_exceeded</c>)</summary>
    public static MessagesStopReason ModelContextWindowExceeded { get; } = new(ModelContextWindowExceededValue);

    /// <summary>The context was compacted. (<c>compaction</c>)</summary>
    public static MessagesStopReason Compaction { get; } = new(CompactionValue);

    /// <summary>The wire value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator ==(MessagesStopReason left, MessagesStopReason right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator !=(MessagesStopReason left, MessagesStopReason right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    public static implicit operator MessagesStopReason(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(MessagesStopReason other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is MessagesStopReason other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    public override string ToString() => Value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    internal sealed class Converter : OpenEnumConverter<MessagesStopReason>
    {
        protected override MessagesStopReason Create(string value) => new(value);

        protected override string? TryGetKnown(ReadOnlySpan<byte> utf8)
        {
            if (utf8.SequenceEqual("end_turn"u8))
            {
                return EndTurnValue;
            }

            if (utf8.SequenceEqual("max_tokens"u8))
            {
                return MaxTokensValue;
            }

            if (utf8.SequenceEqual("stop_sequence"u8))
            {
                return StopSequenceValue;
            }

            if (utf8.SequenceEqual("tool_use"u8))
            {
                return ToolUseValue;
            }

            if (utf8.SequenceEqual("pause_turn"u8))
            {
                return PauseTurnValue;
            }

            if (utf8.SequenceEqual("refusal"u8))
            {
                return RefusalValue;
            }

            if (utf8.SequenceEqual("model_context_window_exceeded"u8))
            {
                return ModelContextWindowExceededValue;
            }

            if (utf8.SequenceEqual("compaction"u8))
            {
                return CompactionValue;
            }

            return null;
        }
    }
}
