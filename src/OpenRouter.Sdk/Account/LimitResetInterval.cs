using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// How often a key's spending limit resets (`limit_reset`).
/// An open enumeration: unknown values are kept and round-trip unchanged; comparison ignores case.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct LimitResetInterval : IEquatable<LimitResetInterval>, IOpenEnum
{
    private const string DailyValue = "daily";
    private const string WeeklyValue = "weekly";
    private const string MonthlyValue = "monthly";

    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value, for example <c>"monthly"</c>.</param>
    public LimitResetInterval(string value)
    {
        _value = Argument.NotNull(value);
    }

    /// <summary>Every day at midnight UTC. (<c>daily</c>)</summary>
    public static LimitResetInterval Daily { get; } = new(DailyValue);

    /// <summary>Every week. (<c>weekly</c>)</summary>
    public static LimitResetInterval Weekly { get; } = new(WeeklyValue);

    /// <summary>Every month. (<c>monthly</c>)</summary>
    public static LimitResetInterval Monthly { get; } = new(MonthlyValue);

    /// <summary>The wire value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator ==(LimitResetInterval left, LimitResetInterval right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator !=(LimitResetInterval left, LimitResetInterval right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    public static implicit operator LimitResetInterval(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(LimitResetInterval other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is LimitResetInterval other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    public override string ToString() => Value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    internal sealed class Converter : OpenEnumConverter<LimitResetInterval>
    {
        protected override LimitResetInterval Create(string value) => new(value);

        protected override string? TryGetKnown(ReadOnlySpan<byte> utf8)
        {
            if (utf8.SequenceEqual("daily"u8))
            {
                return DailyValue;
            }

            if (utf8.SequenceEqual("weekly"u8))
            {
                return WeeklyValue;
            }

            if (utf8.SequenceEqual("monthly"u8))
            {
                return MonthlyValue;
            }

            return null;
        }
    }
}
