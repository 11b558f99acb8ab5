using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// A metric of the analytics query (<see cref="AnalyticsQueryRequest.Metrics"/>): what is counted or measured per row.
/// OpenRouter owns the list and grows it; <see cref="OpenRouterActivityClient.GetAnalyticsMetaAsync"/> returns every
/// name it accepts today (<see cref="AnalyticsMeta.Metric.Name"/>), which converts to this type as it is.
/// An open enumeration: unknown values are kept and round-trip unchanged; comparison ignores case.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct AnalyticsMetric : IEquatable<AnalyticsMetric>, IOpenEnum
{
    private const string RequestCountValue = "request_count";

    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value, for example <c>"request_count"</c>.</param>
    public AnalyticsMetric(string value)
    {
        _value = Argument.NotNull(value);
    }

    /// <summary>The number of requests. (<c>request_count</c>)</summary>
    public static AnalyticsMetric RequestCount { get; } = new(RequestCountValue);

    /// <summary>The wire value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator ==(AnalyticsMetric left, AnalyticsMetric right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator !=(AnalyticsMetric left, AnalyticsMetric right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    public static implicit operator AnalyticsMetric(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(AnalyticsMetric other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is AnalyticsMetric other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    public override string ToString() => Value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    internal sealed class Converter : OpenEnumConverter<AnalyticsMetric>
    {
        protected override AnalyticsMetric Create(string value) => new(value);

        protected override string? TryGetKnown(ReadOnlySpan<byte> utf8)
        {
            if (utf8.SequenceEqual("request_count"u8))
            {
                return RequestCountValue;
            }

            return null;
        }
    }
}
