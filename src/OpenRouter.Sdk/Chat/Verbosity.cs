using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// How verbose the answer should be (`verbosity`).
/// An open enumeration: unknown values are kept and round-trip unchanged; comparison ignores case.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct Verbosity : IEquatable<Verbosity>, IOpenEnum
{
    private const string LowValue = "low";
    private const string MediumValue = "medium";
    private const string HighValue = "high";
    private const string XHighValue = "xhigh";
    private const string MaxValue = "max";

    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value, for example <c>"low"</c>.</param>
    public Verbosity(string value)
    {
        _value = Argument.NotNull(value);
    }

    /// <summary>Terse. (<c>low</c>)</summary>
    public static Verbosity Low { get; } = new(LowValue);

    /// <summary>Balanced. (<c>medium</c>)</summary>
    public static Verbosity Medium { get; } = new(MediumValue);

    /// <summary>Verbose. (<c>high</c>)</summary>
    public static Verbosity High { get; } = new(HighValue);

    /// <summary>Extra verbose. (<c>xhigh</c>)</summary>
    public static Verbosity XHigh { get; } = new(XHighValue);

    /// <summary>As verbose as the model allows. (<c>max</c>)</summary>
    public static Verbosity Max { get; } = new(MaxValue);

    /// <summary>The wire value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator ==(Verbosity left, Verbosity right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator !=(Verbosity left, Verbosity right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    public static implicit operator Verbosity(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(Verbosity other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Verbosity other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    public override string ToString() => Value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    internal sealed class Converter : OpenEnumConverter<Verbosity>
    {
        protected override Verbosity Create(string value) => new(value);

        protected override string? TryGetKnown(ReadOnlySpan<byte> utf8)
        {
            if (utf8.SequenceEqual("low"u8))
            {
                return LowValue;
            }

            if (utf8.SequenceEqual("medium"u8))
            {
                return MediumValue;
            }

            if (utf8.SequenceEqual("high"u8))
            {
                return HighValue;
            }

            if (utf8.SequenceEqual("xhigh"u8))
            {
                return XHighValue;
            }

            if (utf8.SequenceEqual("max"u8))
            {
                return MaxValue;
            }

            return null;
        }
    }
}
