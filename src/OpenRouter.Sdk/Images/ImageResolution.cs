using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// The resolution tier of a generated image (<c>resolution</c>); each provider derives the pixel dimensions.
/// An open enumeration: unknown values are kept and round-trip unchanged; comparison ignores case.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct ImageResolution : IEquatable<ImageResolution>, IOpenEnum
{
    private const string Tier512Value = "512";
    private const string Tier1KValue = "1K";
    private const string Tier2KValue = "2K";
    private const string Tier4KValue = "4K";

    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value, for example <c>"2K"</c>.</param>
    public ImageResolution(string value)
    {
        _value = Argument.NotNull(value);
    }

    /// <summary>About 512 pixels on the long side. (<c>512</c>)</summary>
    public static ImageResolution Tier512 { get; } = new(Tier512Value);

    /// <summary>About 1K pixels. (<c>1K</c>)</summary>
    public static ImageResolution Tier1K { get; } = new(Tier1KValue);

    /// <summary>About 2K pixels. (<c>2K</c>)</summary>
    public static ImageResolution Tier2K { get; } = new(Tier2KValue);

    /// <summary>About 4K pixels. (<c>4K</c>)</summary>
    public static ImageResolution Tier4K { get; } = new(Tier4KValue);

    /// <summary>The wire value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator ==(ImageResolution left, ImageResolution right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator !=(ImageResolution left, ImageResolution right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    public static implicit operator ImageResolution(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(ImageResolution other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ImageResolution other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    public override string ToString() => Value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    internal sealed class Converter : OpenEnumConverter<ImageResolution>
    {
        protected override ImageResolution Create(string value) => new(value);

        protected override string? TryGetKnown(ReadOnlySpan<byte> utf8)
        {
            if (utf8.SequenceEqual("512"u8))
            {
                return Tier512Value;
            }

            if (utf8.SequenceEqual("1K"u8))
            {
                return Tier1KValue;
            }

            if (utf8.SequenceEqual("2K"u8))
            {
                return Tier2KValue;
            }

            if (utf8.SequenceEqual("4K"u8))
            {
                return Tier4KValue;
            }

            return null;
        }
    }
}
