using System;
using System.Globalization;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// What a filter rule compares its field with (<c>value</c> of <see cref="ObservabilityFilterRule"/>): a string, such
/// as a model slug or a regular expression, or a number, such as a cost in USD or a token count. A string converts to
/// it implicitly, and so does a number (<c>0.05m</c>, <c>1000</c>); it is sent as a JSON string or a JSON number
/// accordingly. Two values are equal when they are both strings that are equal (ordinal) or both numbers that are equal.
/// </summary>
[JsonConverter(typeof(ObservabilityFilterValueConverter))]
public readonly struct ObservabilityFilterValue : IEquatable<ObservabilityFilterValue>
{
    private readonly string? _text;
    private readonly decimal? _number;

    /// <summary>A string value, sent as a JSON string.</summary>
    /// <param name="text">The text, for example <c>"openai/gpt-4o"</c>.</param>
    public ObservabilityFilterValue(string text)
    {
        _text = Argument.NotNull(text);
        _number = null;
    }

    /// <summary>A number value, sent as a JSON number.</summary>
    /// <param name="number">The number, for example <c>0.05m</c> for a cost in USD.</param>
    public ObservabilityFilterValue(decimal number)
    {
        _text = null;
        _number = number;
    }

    /// <summary>Whether the value is a number (<see cref="Number"/>) rather than a string (<see cref="Text"/>).</summary>
    public bool IsNumber => _number.HasValue;

    /// <summary>The string value; null when the value is a number.</summary>
    public string? Text => _text;

    /// <summary>The number value; null when the value is a string.</summary>
    public decimal? Number => _number;

    /// <summary>Whether two values are the same kind and equal.</summary>
    public static bool operator ==(ObservabilityFilterValue left, ObservabilityFilterValue right) => left.Equals(right);

    /// <summary>Whether two values differ in kind or value.</summary>
    public static bool operator !=(ObservabilityFilterValue left, ObservabilityFilterValue right) => !left.Equals(right);

    /// <summary>A string value.</summary>
    public static implicit operator ObservabilityFilterValue(string text) => new(text);

    /// <summary>A number value.</summary>
    public static implicit operator ObservabilityFilterValue(decimal number) => new(number);

    /// <inheritdoc />
    public bool Equals(ObservabilityFilterValue other) => _number == other._number && string.Equals(_text, other._text, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ObservabilityFilterValue other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _number?.GetHashCode() ?? (_text is null ? 0 : StringComparer.Ordinal.GetHashCode(_text));

    /// <summary>The string, or the number in the invariant culture.</summary>
    public override string ToString() => _number?.ToString(CultureInfo.InvariantCulture) ?? _text ?? string.Empty;
}
