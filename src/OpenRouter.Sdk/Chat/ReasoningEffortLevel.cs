using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// How much effort a reasoning model spends thinking (`reasoning.effort`, `reasoning_effort`).
/// An open enumeration: unknown values are kept and round-trip unchanged; comparison ignores case.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct ReasoningEffortLevel : IEquatable<ReasoningEffortLevel>, IOpenEnum
{
    private const string MaxValue = "max";
    private const string XHighValue = "xhigh";
    private const string HighValue = "high";
    private const string MediumValue = "medium";
    private const string LowValue = "low";
    private const string MinimalValue = "minimal";
    private const string NoneValue = "none";

    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value, for example <c>"max"</c>.</param>
    public ReasoningEffortLevel(string value)
    {
        _value = Argument.NotNull(value);
    }

    /// <summary>The most effort a model offers. (<c>max</c>)</summary>
    public static ReasoningEffortLevel Max { get; } = new(MaxValue);

    /// <summary>Extra high effort. (<c>xhigh</c>)</summary>
    public static ReasoningEffortLevel XHigh { get; } = new(XHighValue);

    /// <summary>High effort. (<c>high</c>)</summary>
    public static ReasoningEffortLevel High { get; } = new(HighValue);

    /// <summary>Medium effort (the usual default). (<c>medium</c>)</summary>
    public static ReasoningEffortLevel Medium { get; } = new(MediumValue);

    /// <summary>Low effort. (<c>low</c>)</summary>
    public static ReasoningEffortLevel Low { get; } = new(LowValue);

    /// <summary>Minimal effort. (<c>minimal</c>)</summary>
    public static ReasoningEffortLevel Minimal { get; } = new(MinimalValue);

    /// <summary>No reasoning. (<c>none</c>)</summary>
    public static ReasoningEffortLevel None { get; } = new(NoneValue);

    /// <summary>The wire value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator ==(ReasoningEffortLevel left, ReasoningEffortLevel right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator !=(ReasoningEffortLevel left, ReasoningEffortLevel right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    public static implicit operator ReasoningEffortLevel(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(ReasoningEffortLevel other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ReasoningEffortLevel other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    public override string ToString() => Value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    internal sealed class Converter : OpenEnumConverter<ReasoningEffortLevel>
    {
        protected override ReasoningEffortLevel Create(string value) => new(value);

        protected override string? TryGetKnown(ReadOnlySpan<byte> utf8)
        {
            if (utf8.SequenceEqual("max"u8))
            {
                return MaxValue;
            }

            if (utf8.SequenceEqual("xhigh"u8))
            {
                return XHighValue;
            }

            if (utf8.SequenceEqual("high"u8))
            {
                return HighValue;
            }

            if (utf8.SequenceEqual("medium"u8))
            {
                return MediumValue;
            }

            if (utf8.SequenceEqual("low"u8))
            {
                return LowValue;
            }

            if (utf8.SequenceEqual("minimal"u8))
            {
                return MinimalValue;
            }

            if (utf8.SequenceEqual("none"u8))
            {
                return NoneValue;
            }

            return null;
        }
    }
}
