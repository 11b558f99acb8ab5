using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// Whether an answer came from OpenRouter's response cache (<c>X-OpenRouter-Cache-Status</c>).
/// An open enumeration: unknown values are kept and round-trip unchanged; comparison ignores case.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct ResponseCacheStatus : IEquatable<ResponseCacheStatus>, IOpenEnum
{
    private const string HitValue = "HIT";
    private const string MissValue = "MISS";

    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value, for example <c>"HIT"</c>.</param>
    public ResponseCacheStatus(string value)
    {
        _value = Argument.NotNull(value);
    }

    /// <summary>Served from the cache, at no cost. (<c>HIT</c>)</summary>
    public static ResponseCacheStatus Hit { get; } = new(HitValue);

    /// <summary>Not in the cache: the model answered, and the answer was stored. (<c>MISS</c>)</summary>
    public static ResponseCacheStatus Miss { get; } = new(MissValue);

    /// <summary>The wire value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator ==(ResponseCacheStatus left, ResponseCacheStatus right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator !=(ResponseCacheStatus left, ResponseCacheStatus right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    public static implicit operator ResponseCacheStatus(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(ResponseCacheStatus other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ResponseCacheStatus other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    public override string ToString() => Value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    internal sealed class Converter : OpenEnumConverter<ResponseCacheStatus>
    {
        protected override ResponseCacheStatus Create(string value) => new(value);

        protected override string? TryGetKnown(ReadOnlySpan<byte> utf8)
        {
            if (utf8.SequenceEqual("HIT"u8))
            {
                return HitValue;
            }

            if (utf8.SequenceEqual("MISS"u8))
            {
                return MissValue;
            }

            return null;
        }
    }
}
