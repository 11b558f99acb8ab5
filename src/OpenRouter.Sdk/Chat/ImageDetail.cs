using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// The fidelity at which an input image is processed (`image_url.detail`).
/// An open enumeration: unknown values are kept and round-trip unchanged; comparison ignores case.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct ImageDetail : IEquatable<ImageDetail>, IOpenEnum
{
    private const string AutoValue = "auto";
    private const string LowValue = "low";
    private const string HighValue = "high";
    private const string OriginalValue = "original";

    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value, for example <c>"auto"</c>.</param>
    public ImageDetail(string value)
    {
        _value = Argument.NotNull(value);
    }

    /// <summary>The provider chooses. (<c>auto</c>)</summary>
    public static ImageDetail Auto { get; } = new(AutoValue);

    /// <summary>Low resolution. (<c>low</c>)</summary>
    public static ImageDetail Low { get; } = new(LowValue);

    /// <summary>High resolution. (<c>high</c>)</summary>
    public static ImageDetail High { get; } = new(HighValue);

    /// <summary>The original resolution. (<c>original</c>)</summary>
    public static ImageDetail Original { get; } = new(OriginalValue);

    /// <summary>The wire value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator ==(ImageDetail left, ImageDetail right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator !=(ImageDetail left, ImageDetail right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    public static implicit operator ImageDetail(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(ImageDetail other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ImageDetail other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    public override string ToString() => Value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    internal sealed class Converter : OpenEnumConverter<ImageDetail>
    {
        protected override ImageDetail Create(string value) => new(value);

        protected override string? TryGetKnown(ReadOnlySpan<byte> utf8)
        {
            if (utf8.SequenceEqual("auto"u8))
            {
                return AutoValue;
            }

            if (utf8.SequenceEqual("low"u8))
            {
                return LowValue;
            }

            if (utf8.SequenceEqual("high"u8))
            {
                return HighValue;
            }

            if (utf8.SequenceEqual("original"u8))
            {
                return OriginalValue;
            }

            return null;
        }
    }
}
