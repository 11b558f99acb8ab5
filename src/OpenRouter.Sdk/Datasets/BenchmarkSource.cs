using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// Where a benchmark score comes from (<c>source</c> of <c>GET /benchmarks</c>).
/// An open enumeration: unknown values are kept and round-trip unchanged; comparison ignores case.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct BenchmarkSource : IEquatable<BenchmarkSource>, IOpenEnum
{
    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value, for example <c>"openrouter"</c>.</param>
    public BenchmarkSource(string value)
    {
        _value = Argument.NotNull(value);
    }

    /// <summary>Artificial Analysis's intelligence, coding and agentic indexes. (<c>artificial-analysis</c>)</summary>
    public static BenchmarkSource ArtificialAnalysis { get; } = new("artificial-analysis");

    /// <summary>Design Arena's ELO ratings from head-to-head battles. (<c>design-arena</c>)</summary>
    public static BenchmarkSource DesignArena { get; } = new("design-arena");

    /// <summary>OpenRouter's own evaluations (GPQA, tau-bench, web search). (<c>openrouter</c>)</summary>
    public static BenchmarkSource OpenRouter { get; } = new("openrouter");

    /// <summary>The wire value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator ==(BenchmarkSource left, BenchmarkSource right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator !=(BenchmarkSource left, BenchmarkSource right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    public static implicit operator BenchmarkSource(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(BenchmarkSource other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is BenchmarkSource other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    public override string ToString() => Value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    internal sealed class Converter : OpenEnumConverter<BenchmarkSource>
    {
        protected override BenchmarkSource Create(string value) => new(value);
    }
}
