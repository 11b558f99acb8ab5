using System.Text.Json.Serialization;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// A throughput or latency preference: a single number (the p50) or per-percentile values
/// (<c>{"p50":..,"p90":..}</c>).
/// </summary>
[JsonConverter(typeof(PerformanceThresholdConverter))]
public sealed class PerformanceThreshold
{
    /// <summary>Creates the single-number form (applies to the median).</summary>
    public PerformanceThreshold(double value)
    {
        Value = value;
    }

    /// <summary>Creates the percentile form.</summary>
    public PerformanceThreshold(double? p50 = null, double? p75 = null, double? p90 = null, double? p99 = null)
    {
        P50 = p50;
        P75 = p75;
        P90 = p90;
        P99 = p99;
    }

    /// <summary>The single-number form, or null for the percentile form.</summary>
    public double? Value { get; }

    /// <summary>The median threshold.</summary>
    public double? P50 { get; }

    /// <summary>The 75th percentile threshold.</summary>
    public double? P75 { get; }

    /// <summary>The 90th percentile threshold.</summary>
    public double? P90 { get; }

    /// <summary>The 99th percentile threshold.</summary>
    public double? P99 { get; }

    /// <summary>Converts a number to the single-number form.</summary>
    public static implicit operator PerformanceThreshold(double value) => new(value);
}
