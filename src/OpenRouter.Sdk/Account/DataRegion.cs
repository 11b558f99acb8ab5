using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// Where a generation was processed (`data_region`).
/// An open enumeration: unknown values are kept and round-trip unchanged; comparison ignores case.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct DataRegion : IEquatable<DataRegion>, IOpenEnum
{
    private const string GlobalValue = "global";
    private const string EuropeValue = "europe";
    private const string UnitedStatesValue = "us";

    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value, for example <c>"global"</c>.</param>
    public DataRegion(string value)
    {
        _value = Argument.NotNull(value);
    }

    /// <summary>Any region. (<c>global</c>)</summary>
    public static DataRegion Global { get; } = new(GlobalValue);

    /// <summary>The European Union. (<c>europe</c>)</summary>
    public static DataRegion Europe { get; } = new(EuropeValue);

    /// <summary>The United States. (<c>us</c>)</summary>
    public static DataRegion UnitedStates { get; } = new(UnitedStatesValue);

    /// <summary>The wire value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator ==(DataRegion left, DataRegion right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator !=(DataRegion left, DataRegion right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    public static implicit operator DataRegion(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(DataRegion other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DataRegion other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    public override string ToString() => Value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    internal sealed class Converter : OpenEnumConverter<DataRegion>
    {
        protected override DataRegion Create(string value) => new(value);

        protected override string? TryGetKnown(ReadOnlySpan<byte> utf8)
        {
            if (utf8.SequenceEqual("global"u8))
            {
                return GlobalValue;
            }

            if (utf8.SequenceEqual("europe"u8))
            {
                return EuropeValue;
            }

            if (utf8.SequenceEqual("us"u8))
            {
                return UnitedStatesValue;
            }

            return null;
        }
    }
}
