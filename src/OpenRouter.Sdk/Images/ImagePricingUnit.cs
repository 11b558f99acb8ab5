using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// The unit an image pricing line is priced per (<c>unit</c>).
/// An open enumeration: unknown values are kept and round-trip unchanged; comparison ignores case.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct ImagePricingUnit : IEquatable<ImagePricingUnit>, IOpenEnum
{
    private const string ImageValue = "image";
    private const string MegapixelValue = "megapixel";
    private const string TokenValue = "token";

    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value, for example <c>"image"</c>.</param>
    public ImagePricingUnit(string value)
    {
        _value = Argument.NotNull(value);
    }

    /// <summary>Per image. (<c>image</c>)</summary>
    public static ImagePricingUnit Image { get; } = new(ImageValue);

    /// <summary>Per megapixel. (<c>megapixel</c>)</summary>
    public static ImagePricingUnit Megapixel { get; } = new(MegapixelValue);

    /// <summary>Per token. (<c>token</c>)</summary>
    public static ImagePricingUnit Token { get; } = new(TokenValue);

    /// <summary>The wire value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator ==(ImagePricingUnit left, ImagePricingUnit right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator !=(ImagePricingUnit left, ImagePricingUnit right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    public static implicit operator ImagePricingUnit(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(ImagePricingUnit other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ImagePricingUnit other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    public override string ToString() => Value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    internal sealed class Converter : OpenEnumConverter<ImagePricingUnit>
    {
        protected override ImagePricingUnit Create(string value) => new(value);

        protected override string? TryGetKnown(ReadOnlySpan<byte> utf8)
        {
            if (utf8.SequenceEqual("image"u8))
            {
                return ImageValue;
            }

            if (utf8.SequenceEqual("megapixel"u8))
            {
                return MegapixelValue;
            }

            if (utf8.SequenceEqual("token"u8))
            {
                return TokenValue;
            }

            return null;
        }
    }
}
