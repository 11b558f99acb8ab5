using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// The deprecated top-level `route` field (now `provider.sort.partition`).
/// An open enumeration: unknown values are kept and round-trip unchanged; comparison ignores case.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct ModelRoute : IEquatable<ModelRoute>, IOpenEnum
{
    private const string FallbackValue = "fallback";
    private const string SortValue = "sort";

    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value, for example <c>"fallback"</c>.</param>
    public ModelRoute(string value)
    {
        _value = Argument.NotNull(value);
    }

    /// <summary>Try the models in order. (<c>fallback</c>)</summary>
    public static ModelRoute Fallback { get; } = new(FallbackValue);

    /// <summary>Sort all endpoints together. (<c>sort</c>)</summary>
    public static ModelRoute Sort { get; } = new(SortValue);

    /// <summary>The wire value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator ==(ModelRoute left, ModelRoute right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator !=(ModelRoute left, ModelRoute right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    public static implicit operator ModelRoute(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(ModelRoute other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ModelRoute other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    public override string ToString() => Value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    internal sealed class Converter : OpenEnumConverter<ModelRoute>
    {
        protected override ModelRoute Create(string value) => new(value);

        protected override string? TryGetKnown(ReadOnlySpan<byte> utf8)
        {
            if (utf8.SequenceEqual("fallback"u8))
            {
                return FallbackValue;
            }

            if (utf8.SequenceEqual("sort"u8))
            {
                return SortValue;
            }

            return null;
        }
    }
}
