using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// How embedding vectors are encoded on the wire (`encoding_format`). Both decode to the same <c>float[]</c>.
/// An open enumeration: unknown values are kept and round-trip unchanged; comparison ignores case.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct EmbeddingEncodingFormat : IEquatable<EmbeddingEncodingFormat>, IOpenEnum
{
    private const string FloatValue = "float";
    private const string Base64Value = "base64";

    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value, for example <c>"float"</c>.</param>
    public EmbeddingEncodingFormat(string value)
    {
        _value = Argument.NotNull(value);
    }

    /// <summary>A JSON array of numbers. (<c>float</c>)</summary>
    public static EmbeddingEncodingFormat Float { get; } = new(FloatValue);

    /// <summary>Base64 of little-endian 32-bit floats; about a quarter of the size. (<c>base64</c>)</summary>
    public static EmbeddingEncodingFormat Base64 { get; } = new(Base64Value);

    /// <summary>The wire value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator ==(EmbeddingEncodingFormat left, EmbeddingEncodingFormat right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator !=(EmbeddingEncodingFormat left, EmbeddingEncodingFormat right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    public static implicit operator EmbeddingEncodingFormat(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(EmbeddingEncodingFormat other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EmbeddingEncodingFormat other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    public override string ToString() => Value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    internal sealed class Converter : OpenEnumConverter<EmbeddingEncodingFormat>
    {
        protected override EmbeddingEncodingFormat Create(string value) => new(value);

        protected override string? TryGetKnown(ReadOnlySpan<byte> utf8)
        {
            if (utf8.SequenceEqual("float"u8))
            {
                return FloatValue;
            }

            if (utf8.SequenceEqual("base64"u8))
            {
                return Base64Value;
            }

            return null;
        }
    }
}
