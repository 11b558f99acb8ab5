using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// The time bucket of an analytics query (<see cref="AnalyticsQueryRequest.Granularity"/>): each row then covers one
/// bucket, named by its start in the row's <c>date__&lt;granularity&gt;</c> column (<see cref="AnalyticsRow.GetTimeBucket"/>).
/// An open enumeration: unknown values are kept and round-trip unchanged; comparison ignores case.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct AnalyticsGranularity : IEquatable<AnalyticsGranularity>, IOpenEnum
{
    private const string MinuteValue = "minute";
    private const string HourValue = "hour";
    private const string DayValue = "day";
    private const string WeekValue = "week";
    private const string MonthValue = "month";

    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value, for example <c>"day"</c>.</param>
    public AnalyticsGranularity(string value)
    {
        _value = Argument.NotNull(value);
    }

    /// <summary>One minute. (<c>minute</c>)</summary>
    public static AnalyticsGranularity Minute { get; } = new(MinuteValue);

    /// <summary>One hour. (<c>hour</c>)</summary>
    public static AnalyticsGranularity Hour { get; } = new(HourValue);

    /// <summary>One day. (<c>day</c>)</summary>
    public static AnalyticsGranularity Day { get; } = new(DayValue);

    /// <summary>One week. (<c>week</c>)</summary>
    public static AnalyticsGranularity Week { get; } = new(WeekValue);

    /// <summary>One month. (<c>month</c>)</summary>
    public static AnalyticsGranularity Month { get; } = new(MonthValue);

    /// <summary>The wire value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator ==(AnalyticsGranularity left, AnalyticsGranularity right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator !=(AnalyticsGranularity left, AnalyticsGranularity right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    public static implicit operator AnalyticsGranularity(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(AnalyticsGranularity other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is AnalyticsGranularity other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    public override string ToString() => Value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    internal sealed class Converter : OpenEnumConverter<AnalyticsGranularity>
    {
        protected override AnalyticsGranularity Create(string value) => new(value);

        protected override string? TryGetKnown(ReadOnlySpan<byte> utf8)
        {
            if (utf8.SequenceEqual("minute"u8))
            {
                return MinuteValue;
            }

            if (utf8.SequenceEqual("hour"u8))
            {
                return HourValue;
            }

            if (utf8.SequenceEqual("day"u8))
            {
                return DayValue;
            }

            if (utf8.SequenceEqual("week"u8))
            {
                return WeekValue;
            }

            if (utf8.SequenceEqual("month"u8))
            {
                return MonthValue;
            }

            return null;
        }
    }
}
