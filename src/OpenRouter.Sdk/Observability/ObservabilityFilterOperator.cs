using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// How a filter rule compares its field with its value (<c>operator</c> of <see cref="ObservabilityFilterRule"/>):
/// text comparisons, a regular expression, number comparisons, or whether the field is there at all. An open
/// enumeration: unknown values are kept and round-trip unchanged; comparison ignores case.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct ObservabilityFilterOperator : IEquatable<ObservabilityFilterOperator>, IOpenEnum
{
    private const string EqualToValue = "equals";
    private const string NotEqualToValue = "not_equals";
    private const string ContainsValue = "contains";
    private const string NotContainsValue = "not_contains";
    private const string RegexValue = "regex";
    private const string StartsWithValue = "starts_with";
    private const string EndsWithValue = "ends_with";
    private const string GreaterThanValue = "gt";
    private const string LessThanValue = "lt";
    private const string GreaterThanOrEqualValue = "gte";
    private const string LessThanOrEqualValue = "lte";
    private const string ExistsValue = "exists";
    private const string NotExistsValue = "not_exists";

    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value, for example <c>"equals"</c>.</param>
    public ObservabilityFilterOperator(string value)
    {
        _value = Argument.NotNull(value);
    }

    /// <summary>The field equals the value. (<c>equals</c>)</summary>
    public static ObservabilityFilterOperator EqualTo { get; } = new(EqualToValue);

    /// <summary>The field does not equal the value. (<c>not_equals</c>)</summary>
    public static ObservabilityFilterOperator NotEqualTo { get; } = new(NotEqualToValue);

    /// <summary>The field contains the value. (<c>contains</c>)</summary>
    public static ObservabilityFilterOperator Contains { get; } = new(ContainsValue);

    /// <summary>The field does not contain the value. (<c>not_contains</c>)</summary>
    public static ObservabilityFilterOperator NotContains { get; } = new(NotContainsValue);

    /// <summary>The field matches the value as a regular expression. (<c>regex</c>)</summary>
    public static ObservabilityFilterOperator Regex { get; } = new(RegexValue);

    /// <summary>The field starts with the value. (<c>starts_with</c>)</summary>
    public static ObservabilityFilterOperator StartsWith { get; } = new(StartsWithValue);

    /// <summary>The field ends with the value. (<c>ends_with</c>)</summary>
    public static ObservabilityFilterOperator EndsWith { get; } = new(EndsWithValue);

    /// <summary>The field is greater than the value. (<c>gt</c>)</summary>
    public static ObservabilityFilterOperator GreaterThan { get; } = new(GreaterThanValue);

    /// <summary>The field is less than the value. (<c>lt</c>)</summary>
    public static ObservabilityFilterOperator LessThan { get; } = new(LessThanValue);

    /// <summary>The field is greater than or equal to the value. (<c>gte</c>)</summary>
    public static ObservabilityFilterOperator GreaterThanOrEqual { get; } = new(GreaterThanOrEqualValue);

    /// <summary>The field is less than or equal to the value. (<c>lte</c>)</summary>
    public static ObservabilityFilterOperator LessThanOrEqual { get; } = new(LessThanOrEqualValue);

    /// <summary>The field is present; the rule needs no value. (<c>exists</c>)</summary>
    public static ObservabilityFilterOperator Exists { get; } = new(ExistsValue);

    /// <summary>The field is absent; the rule needs no value. (<c>not_exists</c>)</summary>
    public static ObservabilityFilterOperator NotExists { get; } = new(NotExistsValue);

    /// <summary>The wire value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator ==(ObservabilityFilterOperator left, ObservabilityFilterOperator right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator !=(ObservabilityFilterOperator left, ObservabilityFilterOperator right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    public static implicit operator ObservabilityFilterOperator(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(ObservabilityFilterOperator other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ObservabilityFilterOperator other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    public override string ToString() => Value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    internal sealed class Converter : OpenEnumConverter<ObservabilityFilterOperator>
    {
        protected override ObservabilityFilterOperator Create(string value) => new(value);
    }
}
