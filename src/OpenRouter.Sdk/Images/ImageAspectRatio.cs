using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// The aspect ratio of a generated image (<c>aspect_ratio</c>); providers clamp it to the ratios they support.
/// An open enumeration: unknown values are kept and round-trip unchanged; comparison ignores case.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct ImageAspectRatio : IEquatable<ImageAspectRatio>, IOpenEnum
{
    private const string SquareValue = "1:1";
    private const string Ratio1x2Value = "1:2";
    private const string Ratio1x4Value = "1:4";
    private const string Ratio1x8Value = "1:8";
    private const string Ratio2x1Value = "2:1";
    private const string Portrait2x3Value = "2:3";
    private const string Landscape3x2Value = "3:2";
    private const string Portrait3x4Value = "3:4";
    private const string Ratio4x1Value = "4:1";
    private const string Landscape4x3Value = "4:3";
    private const string Portrait4x5Value = "4:5";
    private const string Landscape5x4Value = "5:4";
    private const string Ratio8x1Value = "8:1";
    private const string Portrait9x16Value = "9:16";
    private const string Landscape16x9Value = "16:9";
    private const string Portrait9x19Point5Value = "9:19.5";
    private const string Landscape19Point5x9Value = "19.5:9";
    private const string Portrait9x20Value = "9:20";
    private const string Landscape20x9Value = "20:9";
    private const string Portrait9x21Value = "9:21";
    private const string Landscape21x9Value = "21:9";
    private const string AutoValue = "auto";

    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value, for example <c>"16:9"</c>.</param>
    public ImageAspectRatio(string value)
    {
        _value = Argument.NotNull(value);
    }

    /// <summary>1:1, square. (<c>1:1</c>)</summary>
    public static ImageAspectRatio Square { get; } = new(SquareValue);

    /// <summary>1:2. (<c>1:2</c>)</summary>
    public static ImageAspectRatio Ratio1x2 { get; } = new(Ratio1x2Value);

    /// <summary>1:4. (<c>1:4</c>)</summary>
    public static ImageAspectRatio Ratio1x4 { get; } = new(Ratio1x4Value);

    /// <summary>1:8. (<c>1:8</c>)</summary>
    public static ImageAspectRatio Ratio1x8 { get; } = new(Ratio1x8Value);

    /// <summary>2:1. (<c>2:1</c>)</summary>
    public static ImageAspectRatio Ratio2x1 { get; } = new(Ratio2x1Value);

    /// <summary>2:3, portrait. (<c>2:3</c>)</summary>
    public static ImageAspectRatio Portrait2x3 { get; } = new(Portrait2x3Value);

    /// <summary>3:2, landscape. (<c>3:2</c>)</summary>
    public static ImageAspectRatio Landscape3x2 { get; } = new(Landscape3x2Value);

    /// <summary>3:4, portrait. (<c>3:4</c>)</summary>
    public static ImageAspectRatio Portrait3x4 { get; } = new(Portrait3x4Value);

    /// <summary>4:1. (<c>4:1</c>)</summary>
    public static ImageAspectRatio Ratio4x1 { get; } = new(Ratio4x1Value);

    /// <summary>4:3, landscape. (<c>4:3</c>)</summary>
    public static ImageAspectRatio Landscape4x3 { get; } = new(Landscape4x3Value);

    /// <summary>4:5, portrait. (<c>4:5</c>)</summary>
    public static ImageAspectRatio Portrait4x5 { get; } = new(Portrait4x5Value);

    /// <summary>5:4, landscape. (<c>5:4</c>)</summary>
    public static ImageAspectRatio Landscape5x4 { get; } = new(Landscape5x4Value);

    /// <summary>8:1. (<c>8:1</c>)</summary>
    public static ImageAspectRatio Ratio8x1 { get; } = new(Ratio8x1Value);

    /// <summary>9:16, tall (phone screens). (<c>9:16</c>)</summary>
    public static ImageAspectRatio Portrait9x16 { get; } = new(Portrait9x16Value);

    /// <summary>16:9, wide (video). (<c>16:9</c>)</summary>
    public static ImageAspectRatio Landscape16x9 { get; } = new(Landscape16x9Value);

    /// <summary>9:19.5, tall. (<c>9:19.5</c>)</summary>
    public static ImageAspectRatio Portrait9x19Point5 { get; } = new(Portrait9x19Point5Value);

    /// <summary>19.5:9, wide. (<c>19.5:9</c>)</summary>
    public static ImageAspectRatio Landscape19Point5x9 { get; } = new(Landscape19Point5x9Value);

    /// <summary>9:20, tall. (<c>9:20</c>)</summary>
    public static ImageAspectRatio Portrait9x20 { get; } = new(Portrait9x20Value);

    /// <summary>20:9, wide. (<c>20:9</c>)</summary>
    public static ImageAspectRatio Landscape20x9 { get; } = new(Landscape20x9Value);

    /// <summary>9:21, tall. (<c>9:21</c>)</summary>
    public static ImageAspectRatio Portrait9x21 { get; } = new(Portrait9x21Value);

    /// <summary>21:9, ultra-wide. (<c>21:9</c>)</summary>
    public static ImageAspectRatio Landscape21x9 { get; } = new(Landscape21x9Value);

    /// <summary>The provider chooses. (<c>auto</c>)</summary>
    public static ImageAspectRatio Auto { get; } = new(AutoValue);

    /// <summary>The wire value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator ==(ImageAspectRatio left, ImageAspectRatio right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator !=(ImageAspectRatio left, ImageAspectRatio right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    public static implicit operator ImageAspectRatio(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(ImageAspectRatio other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ImageAspectRatio other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    public override string ToString() => Value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    internal sealed class Converter : OpenEnumConverter<ImageAspectRatio>
    {
        protected override ImageAspectRatio Create(string value) => new(value);

        protected override string? TryGetKnown(ReadOnlySpan<byte> utf8)
        {
            if (utf8.SequenceEqual("1:1"u8))
            {
                return SquareValue;
            }

            if (utf8.SequenceEqual("1:2"u8))
            {
                return Ratio1x2Value;
            }

            if (utf8.SequenceEqual("1:4"u8))
            {
                return Ratio1x4Value;
            }

            if (utf8.SequenceEqual("1:8"u8))
            {
                return Ratio1x8Value;
            }

            if (utf8.SequenceEqual("2:1"u8))
            {
                return Ratio2x1Value;
            }

            if (utf8.SequenceEqual("2:3"u8))
            {
                return Portrait2x3Value;
            }

            if (utf8.SequenceEqual("3:2"u8))
            {
                return Landscape3x2Value;
            }

            if (utf8.SequenceEqual("3:4"u8))
            {
                return Portrait3x4Value;
            }

            if (utf8.SequenceEqual("4:1"u8))
            {
                return Ratio4x1Value;
            }

            if (utf8.SequenceEqual("4:3"u8))
            {
                return Landscape4x3Value;
            }

            if (utf8.SequenceEqual("4:5"u8))
            {
                return Portrait4x5Value;
            }

            if (utf8.SequenceEqual("5:4"u8))
            {
                return Landscape5x4Value;
            }

            if (utf8.SequenceEqual("8:1"u8))
            {
                return Ratio8x1Value;
            }

            if (utf8.SequenceEqual("9:16"u8))
            {
                return Portrait9x16Value;
            }

            if (utf8.SequenceEqual("16:9"u8))
            {
                return Landscape16x9Value;
            }

            if (utf8.SequenceEqual("9:19.5"u8))
            {
                return Portrait9x19Point5Value;
            }

            if (utf8.SequenceEqual("19.5:9"u8))
            {
                return Landscape19Point5x9Value;
            }

            if (utf8.SequenceEqual("9:20"u8))
            {
                return Portrait9x20Value;
            }

            if (utf8.SequenceEqual("20:9"u8))
            {
                return Landscape20x9Value;
            }

            if (utf8.SequenceEqual("9:21"u8))
            {
                return Portrait9x21Value;
            }

            if (utf8.SequenceEqual("21:9"u8))
            {
                return Landscape21x9Value;
            }

            if (utf8.SequenceEqual("auto"u8))
            {
                return AutoValue;
            }

            return null;
        }
    }
}
