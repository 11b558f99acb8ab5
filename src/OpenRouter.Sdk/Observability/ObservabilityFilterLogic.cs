using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// How the rules of one filter group combine (<c>logic</c> of <see cref="ObservabilityFilterRuleGroup"/>): an event
/// matches the group when all of its rules match (<c>and</c>, the default) or when any one does (<c>or</c>). An open
/// enumeration: unknown values are kept and round-trip unchanged; comparison ignores case.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct ObservabilityFilterLogic : IEquatable<ObservabilityFilterLogic>, IOpenEnum
{
    private const string AndValue = "and";
    private const string OrValue = "or";

    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value, for example <c>"and"</c>.</param>
    public ObservabilityFilterLogic(string value)
    {
        _value = Argument.NotNull(value);
    }

    /// <summary>Every rule of the group must match. (<c>and</c>)</summary>
    public static ObservabilityFilterLogic And { get; } = new(AndValue);

    /// <summary>At least one rule of the group must match. (<c>or</c>)</summary>
    public static ObservabilityFilterLogic Or { get; } = new(OrValue);

    /// <summary>The wire value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator ==(ObservabilityFilterLogic left, ObservabilityFilterLogic right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator !=(ObservabilityFilterLogic left, ObservabilityFilterLogic right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    public static implicit operator ObservabilityFilterLogic(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(ObservabilityFilterLogic other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ObservabilityFilterLogic other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    public override string ToString() => Value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    internal sealed class Converter : OpenEnumConverter<ObservabilityFilterLogic>
    {
        protected override ObservabilityFilterLogic Create(string value) => new(value);
    }
}
