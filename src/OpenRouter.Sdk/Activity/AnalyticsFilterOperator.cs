using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// How an analytics filter compares (<see cref="AnalyticsFilter.Operator"/>): <see cref="In"/> and <see cref="NotIn"/>
/// take a list of values, the others a single value (<see cref="AnalyticsMeta.FilterOperator.ValueType"/>).
/// An open enumeration: unknown values are kept and round-trip unchanged; comparison ignores case.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct AnalyticsFilterOperator : IEquatable<AnalyticsFilterOperator>, IOpenEnum
{
    private const string EqualValue = "eq";
    private const string NotEqualValue = "neq";
    private const string InValue = "in";
    private const string NotInValue = "not_in";
    private const string GreaterThanValue = "gt";
    private const string GreaterThanOrEqualValue = "gte";
    private const string LessThanValue = "lt";
    private const string LessThanOrEqualValue = "lte";

    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value, for example <c>"eq"</c>.</param>
    public AnalyticsFilterOperator(string value)
    {
        _value = Argument.NotNull(value);
    }

    /// <summary>Equal to the value. (<c>eq</c>)</summary>
    public static AnalyticsFilterOperator Equal { get; } = new(EqualValue);

    /// <summary>Not equal to the value. (<c>neq</c>)</summary>
    public static AnalyticsFilterOperator NotEqual { get; } = new(NotEqualValue);

    /// <summary>One of the values (a list). (<c>in</c>)</summary>
    public static AnalyticsFilterOperator In { get; } = new(InValue);

    /// <summary>None of the values (a list). (<c>not_in</c>)</summary>
    public static AnalyticsFilterOperator NotIn { get; } = new(NotInValue);

    /// <summary>Greater than the value. (<c>gt</c>)</summary>
    public static AnalyticsFilterOperator GreaterThan { get; } = new(GreaterThanValue);

    /// <summary>Greater than or equal to the value. (<c>gte</c>)</summary>
    public static AnalyticsFilterOperator GreaterThanOrEqual { get; } = new(GreaterThanOrEqualValue);

    /// <summary>Less than the value. (<c>lt</c>)</summary>
    public static AnalyticsFilterOperator LessThan { get; } = new(LessThanValue);

    /// <summary>Less than or equal to the value. (<c>lte</c>)</summary>
    public static AnalyticsFilterOperator LessThanOrEqual { get; } = new(LessThanOrEqualValue);

    /// <summary>The wire value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator ==(AnalyticsFilterOperator left, AnalyticsFilterOperator right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator !=(AnalyticsFilterOperator left, AnalyticsFilterOperator right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    public static implicit operator AnalyticsFilterOperator(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(AnalyticsFilterOperator other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is AnalyticsFilterOperator other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    public override string ToString() => Value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    internal sealed class Converter : OpenEnumConverter<AnalyticsFilterOperator>
    {
        protected override AnalyticsFilterOperator Create(string value) => new(value);

        protected override string? TryGetKnown(ReadOnlySpan<byte> utf8)
        {
            if (utf8.SequenceEqual("eq"u8))
            {
                return EqualValue;
            }

            if (utf8.SequenceEqual("neq"u8))
            {
                return NotEqualValue;
            }

            if (utf8.SequenceEqual("in"u8))
            {
                return InValue;
            }

            if (utf8.SequenceEqual("not_in"u8))
            {
                return NotInValue;
            }

            if (utf8.SequenceEqual("gt"u8))
            {
                return GreaterThanValue;
            }

            if (utf8.SequenceEqual("gte"u8))
            {
                return GreaterThanOrEqualValue;
            }

            if (utf8.SequenceEqual("lt"u8))
            {
                return LessThanValue;
            }

            if (utf8.SequenceEqual("lte"u8))
            {
                return LessThanOrEqualValue;
            }

            return null;
        }
    }
}
