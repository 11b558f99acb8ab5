using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// The direction of an analytics query's order (<see cref="AnalyticsOrderBy.Direction"/>).
/// An open enumeration: unknown values are kept and round-trip unchanged; comparison ignores case.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct AnalyticsOrderDirection : IEquatable<AnalyticsOrderDirection>, IOpenEnum
{
    private const string AscendingValue = "asc";
    private const string DescendingValue = "desc";

    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value, for example <c>"desc"</c>.</param>
    public AnalyticsOrderDirection(string value)
    {
        _value = Argument.NotNull(value);
    }

    /// <summary>Smallest first. (<c>asc</c>)</summary>
    public static AnalyticsOrderDirection Ascending { get; } = new(AscendingValue);

    /// <summary>Largest first. (<c>desc</c>)</summary>
    public static AnalyticsOrderDirection Descending { get; } = new(DescendingValue);

    /// <summary>The wire value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator ==(AnalyticsOrderDirection left, AnalyticsOrderDirection right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator !=(AnalyticsOrderDirection left, AnalyticsOrderDirection right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    public static implicit operator AnalyticsOrderDirection(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(AnalyticsOrderDirection other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is AnalyticsOrderDirection other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    public override string ToString() => Value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    internal sealed class Converter : OpenEnumConverter<AnalyticsOrderDirection>
    {
        protected override AnalyticsOrderDirection Create(string value) => new(value);

        protected override string? TryGetKnown(ReadOnlySpan<byte> utf8)
        {
            if (utf8.SequenceEqual("asc"u8))
            {
                return AscendingValue;
            }

            if (utf8.SequenceEqual("desc"u8))
            {
                return DescendingValue;
            }

            return null;
        }
    }
}
