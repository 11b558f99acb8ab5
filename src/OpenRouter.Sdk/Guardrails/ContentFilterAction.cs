using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// What a guardrail's content filter does when it matches (<c>action</c>).
/// An open enumeration: unknown values are kept and round-trip unchanged; comparison ignores case.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct ContentFilterAction : IEquatable<ContentFilterAction>, IOpenEnum
{
    private const string RedactValue = "redact";
    private const string BlockValue = "block";
    private const string FlagValue = "flag";

    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value, for example <c>"redact"</c>.</param>
    public ContentFilterAction(string value)
    {
        _value = Argument.NotNull(value);
    }

    /// <summary>Replaces the match with the filter's label. (<c>redact</c>)</summary>
    public static ContentFilterAction Redact { get; } = new(RedactValue);

    /// <summary>Refuses the request. (<c>block</c>)</summary>
    public static ContentFilterAction Block { get; } = new(BlockValue);

    /// <summary>Only records the match (detect-only). (<c>flag</c>)</summary>
    public static ContentFilterAction Flag { get; } = new(FlagValue);

    /// <summary>The wire value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator ==(ContentFilterAction left, ContentFilterAction right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator !=(ContentFilterAction left, ContentFilterAction right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    public static implicit operator ContentFilterAction(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(ContentFilterAction other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ContentFilterAction other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    public override string ToString() => Value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    internal sealed class Converter : OpenEnumConverter<ContentFilterAction>
    {
        protected override ContentFilterAction Create(string value) => new(value);

        protected override string? TryGetKnown(ReadOnlySpan<byte> utf8)
        {
            if (utf8.SequenceEqual("redact"u8))
            {
                return RedactValue;
            }

            if (utf8.SequenceEqual("block"u8))
            {
                return BlockValue;
            }

            if (utf8.SequenceEqual("flag"u8))
            {
                return FlagValue;
            }

            return null;
        }
    }
}
