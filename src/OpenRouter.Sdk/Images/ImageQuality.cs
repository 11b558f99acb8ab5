using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// The rendering quality of a generated image (<c>quality</c>); providers without a quality setting ignore it.
/// An open enumeration: unknown values are kept and round-trip unchanged; comparison ignores case.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct ImageQuality : IEquatable<ImageQuality>, IOpenEnum
{
    private const string AutoValue = "auto";
    private const string LowValue = "low";
    private const string MediumValue = "medium";
    private const string HighValue = "high";

    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value, for example <c>"high"</c>.</param>
    public ImageQuality(string value)
    {
        _value = Argument.NotNull(value);
    }

    /// <summary>The provider chooses. (<c>auto</c>)</summary>
    public static ImageQuality Auto { get; } = new(AutoValue);

    /// <summary>Low quality, faster and cheaper. (<c>low</c>)</summary>
    public static ImageQuality Low { get; } = new(LowValue);

    /// <summary>Medium quality. (<c>medium</c>)</summary>
    public static ImageQuality Medium { get; } = new(MediumValue);

    /// <summary>High quality. (<c>high</c>)</summary>
    public static ImageQuality High { get; } = new(HighValue);

    /// <summary>The wire value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator ==(ImageQuality left, ImageQuality right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator !=(ImageQuality left, ImageQuality right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    public static implicit operator ImageQuality(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(ImageQuality other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ImageQuality other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    public override string ToString() => Value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    internal sealed class Converter : OpenEnumConverter<ImageQuality>
    {
        protected override ImageQuality Create(string value) => new(value);

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

            if (utf8.SequenceEqual("medium"u8))
            {
                return MediumValue;
            }

            if (utf8.SequenceEqual("high"u8))
            {
                return HighValue;
            }

            return null;
        }
    }
}
