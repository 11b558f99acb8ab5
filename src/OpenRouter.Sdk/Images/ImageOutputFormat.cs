using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// The encoding of generated image bytes (<c>output_format</c>); SVG (from vectorization models) arrives as UTF-8 markup, base64-encoded like the others.
/// An open enumeration: unknown values are kept and round-trip unchanged; comparison ignores case.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct ImageOutputFormat : IEquatable<ImageOutputFormat>, IOpenEnum
{
    private const string PngValue = "png";
    private const string JpegValue = "jpeg";
    private const string WebpValue = "webp";
    private const string SvgValue = "svg";

    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value, for example <c>"png"</c>.</param>
    public ImageOutputFormat(string value)
    {
        _value = Argument.NotNull(value);
    }

    /// <summary>PNG. (<c>png</c>)</summary>
    public static ImageOutputFormat Png { get; } = new(PngValue);

    /// <summary>JPEG. (<c>jpeg</c>)</summary>
    public static ImageOutputFormat Jpeg { get; } = new(JpegValue);

    /// <summary>WebP. (<c>webp</c>)</summary>
    public static ImageOutputFormat Webp { get; } = new(WebpValue);

    /// <summary>SVG markup. (<c>svg</c>)</summary>
    public static ImageOutputFormat Svg { get; } = new(SvgValue);

    /// <summary>The wire value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator ==(ImageOutputFormat left, ImageOutputFormat right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator !=(ImageOutputFormat left, ImageOutputFormat right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    public static implicit operator ImageOutputFormat(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(ImageOutputFormat other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ImageOutputFormat other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    public override string ToString() => Value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    internal sealed class Converter : OpenEnumConverter<ImageOutputFormat>
    {
        protected override ImageOutputFormat Create(string value) => new(value);

        protected override string? TryGetKnown(ReadOnlySpan<byte> utf8)
        {
            if (utf8.SequenceEqual("png"u8))
            {
                return PngValue;
            }

            if (utf8.SequenceEqual("jpeg"u8))
            {
                return JpegValue;
            }

            if (utf8.SequenceEqual("webp"u8))
            {
                return WebpValue;
            }

            if (utf8.SequenceEqual("svg"u8))
            {
                return SvgValue;
            }

            return null;
        }
    }
}
