using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// What an image pricing line charges for (<c>billable</c>).
/// An open enumeration: unknown values are kept and round-trip unchanged; comparison ignores case.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct ImagePricingBillable : IEquatable<ImagePricingBillable>, IOpenEnum
{
    private const string OutputImageValue = "output_image";
    private const string InputImageValue = "input_image";
    private const string InputFontValue = "input_font";
    private const string InputReferenceValue = "input_reference";
    private const string InputTextValue = "input_text";

    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value, for example <c>"output_image"</c>.</param>
    public ImagePricingBillable(string value)
    {
        _value = Argument.NotNull(value);
    }

    /// <summary>Each generated image. (<c>output_image</c>)</summary>
    public static ImagePricingBillable OutputImage { get; } = new(OutputImageValue);

    /// <summary>Each input image. (<c>input_image</c>)</summary>
    public static ImagePricingBillable InputImage { get; } = new(InputImageValue);

    /// <summary>Each input font. (<c>input_font</c>)</summary>
    public static ImagePricingBillable InputFont { get; } = new(InputFontValue);

    /// <summary>Each reference input. (<c>input_reference</c>)</summary>
    public static ImagePricingBillable InputReference { get; } = new(InputReferenceValue);

    /// <summary>Input text. (<c>input_text</c>)</summary>
    public static ImagePricingBillable InputText { get; } = new(InputTextValue);

    /// <summary>The wire value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator ==(ImagePricingBillable left, ImagePricingBillable right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator !=(ImagePricingBillable left, ImagePricingBillable right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    public static implicit operator ImagePricingBillable(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(ImagePricingBillable other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ImagePricingBillable other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    public override string ToString() => Value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    internal sealed class Converter : OpenEnumConverter<ImagePricingBillable>
    {
        protected override ImagePricingBillable Create(string value) => new(value);

        protected override string? TryGetKnown(ReadOnlySpan<byte> utf8)
        {
            if (utf8.SequenceEqual("output_image"u8))
            {
                return OutputImageValue;
            }

            if (utf8.SequenceEqual("input_image"u8))
            {
                return InputImageValue;
            }

            if (utf8.SequenceEqual("input_font"u8))
            {
                return InputFontValue;
            }

            if (utf8.SequenceEqual("input_reference"u8))
            {
                return InputReferenceValue;
            }

            if (utf8.SequenceEqual("input_text"u8))
            {
                return InputTextValue;
            }

            return null;
        }
    }
}
