using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// Why a choice stopped generating, normalized by OpenRouter (`finish_reason`, and the provider's raw `native_finish_reason`).
/// An open enumeration: unknown values are kept and round-trip unchanged; comparison ignores case.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct FinishReason : IEquatable<FinishReason>, IOpenEnum
{
    private const string StopValue = "stop";
    private const string LengthValue = "length";
    private const string ToolCallsValue = "tool_calls";
    private const string ContentFilterValue = "content_filter";
    private const string ErrorValue = "error";

    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value, for example <c>"stop"</c>.</param>
    public FinishReason(string value)
    {
        _value = Argument.NotNull(value);
    }

    /// <summary>The model finished naturally or hit a stop sequence. (<c>stop</c>)</summary>
    public static FinishReason Stop { get; } = new(StopValue);

    /// <summary>The token limit was reached. (<c>length</c>)</summary>
    public static FinishReason Length { get; } = new(LengthValue);

    /// <summary>The model called one or more tools. (<c>tool_calls</c>)</summary>
    public static FinishReason ToolCalls { get; } = new(ToolCallsValue);

    /// <summary>Content was withheld by a filter. (<c>content_filter</c>)</summary>
    public static FinishReason ContentFilter { get; } = new(ContentFilterValue);

    /// <summary>The provider reported an error. (<c>error</c>)</summary>
    public static FinishReason Error { get; } = new(ErrorValue);

    /// <summary>The wire value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator ==(FinishReason left, FinishReason right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator !=(FinishReason left, FinishReason right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    public static implicit operator FinishReason(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(FinishReason other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is FinishReason other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    public override string ToString() => Value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    internal sealed class Converter : OpenEnumConverter<FinishReason>
    {
        protected override FinishReason Create(string value) => new(value);

        protected override string? TryGetKnown(ReadOnlySpan<byte> utf8)
        {
            if (utf8.SequenceEqual("stop"u8))
            {
                return StopValue;
            }

            if (utf8.SequenceEqual("length"u8))
            {
                return LengthValue;
            }

            if (utf8.SequenceEqual("tool_calls"u8))
            {
                return ToolCallsValue;
            }

            if (utf8.SequenceEqual("content_filter"u8))
            {
                return ContentFilterValue;
            }

            if (utf8.SequenceEqual("error"u8))
            {
                return ErrorValue;
            }

            return null;
        }
    }
}
