using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// The kind of a `reasoning_details` entry.
/// An open enumeration: unknown values are kept and round-trip unchanged; comparison ignores case.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct ReasoningDetailType : IEquatable<ReasoningDetailType>, IOpenEnum
{
    private const string TextValue = "reasoning.text";
    private const string SummaryValue = "reasoning.summary";
    private const string EncryptedValue = "reasoning.encrypted";
    private const string ServerToolCallValue = "reasoning.server_tool_call";

    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value, for example <c>"reasoning.text"</c>.</param>
    public ReasoningDetailType(string value)
    {
        _value = Argument.NotNull(value);
    }

    /// <summary>Plain reasoning text, possibly with a signature. (<c>reasoning.text</c>)</summary>
    public static ReasoningDetailType Text { get; } = new(TextValue);

    /// <summary>A summary of the reasoning. (<c>reasoning.summary</c>)</summary>
    public static ReasoningDetailType Summary { get; } = new(SummaryValue);

    /// <summary>Opaque encrypted reasoning to pass back unchanged. (<c>reasoning.encrypted</c>)</summary>
    public static ReasoningDetailType Encrypted { get; } = new(EncryptedValue);

    /// <summary>A server tool call made while reasoning. (<c>reasoning.server_tool_call</c>)</summary>
    public static ReasoningDetailType ServerToolCall { get; } = new(ServerToolCallValue);

    /// <summary>The wire value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator ==(ReasoningDetailType left, ReasoningDetailType right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator !=(ReasoningDetailType left, ReasoningDetailType right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    public static implicit operator ReasoningDetailType(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(ReasoningDetailType other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ReasoningDetailType other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    public override string ToString() => Value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    internal sealed class Converter : OpenEnumConverter<ReasoningDetailType>
    {
        protected override ReasoningDetailType Create(string value) => new(value);

        protected override string? TryGetKnown(ReadOnlySpan<byte> utf8)
        {
            if (utf8.SequenceEqual("reasoning.text"u8))
            {
                return TextValue;
            }

            if (utf8.SequenceEqual("reasoning.summary"u8))
            {
                return SummaryValue;
            }

            if (utf8.SequenceEqual("reasoning.encrypted"u8))
            {
                return EncryptedValue;
            }

            if (utf8.SequenceEqual("reasoning.server_tool_call"u8))
            {
                return ServerToolCallValue;
            }

            return null;
        }
    }
}
