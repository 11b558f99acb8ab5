using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// How OpenRouter orders the providers of a model (`provider.sort`). Sorting disables load balancing.
/// An open enumeration: unknown values are kept and round-trip unchanged; comparison ignores case.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct ProviderSort : IEquatable<ProviderSort>, IOpenEnum
{
    private const string PriceValue = "price";
    private const string ThroughputValue = "throughput";
    private const string LatencyValue = "latency";
    private const string ExactoValue = "exacto";

    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value, for example <c>"price"</c>.</param>
    public ProviderSort(string value)
    {
        _value = Argument.NotNull(value);
    }

    /// <summary>Cheapest first. (<c>price</c>)</summary>
    public static ProviderSort Price { get; } = new(PriceValue);

    /// <summary>Highest throughput first. (<c>throughput</c>)</summary>
    public static ProviderSort Throughput { get; } = new(ThroughputValue);

    /// <summary>Lowest latency first. (<c>latency</c>)</summary>
    public static ProviderSort Latency { get; } = new(LatencyValue);

    /// <summary>Quality-first ordering for tool calling. (<c>exacto</c>)</summary>
    public static ProviderSort Exacto { get; } = new(ExactoValue);

    /// <summary>The wire value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator ==(ProviderSort left, ProviderSort right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator !=(ProviderSort left, ProviderSort right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    public static implicit operator ProviderSort(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(ProviderSort other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ProviderSort other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    public override string ToString() => Value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    internal sealed class Converter : OpenEnumConverter<ProviderSort>
    {
        protected override ProviderSort Create(string value) => new(value);

        protected override string? TryGetKnown(ReadOnlySpan<byte> utf8)
        {
            if (utf8.SequenceEqual("price"u8))
            {
                return PriceValue;
            }

            if (utf8.SequenceEqual("throughput"u8))
            {
                return ThroughputValue;
            }

            if (utf8.SequenceEqual("latency"u8))
            {
                return LatencyValue;
            }

            if (utf8.SequenceEqual("exacto"u8))
            {
                return ExactoValue;
            }

            return null;
        }
    }
}
