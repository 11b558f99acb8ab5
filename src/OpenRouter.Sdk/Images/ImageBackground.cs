using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// The background of a generated image (<c>background</c>); <see cref="Transparent"/> needs an output format with alpha (png or webp).
/// An open enumeration: unknown values are kept and round-trip unchanged; comparison ignores case.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct ImageBackground : IEquatable<ImageBackground>, IOpenEnum
{
    private const string AutoValue = "auto";
    private const string TransparentValue = "transparent";
    private const string OpaqueValue = "opaque";

    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value, for example <c>"transparent"</c>.</param>
    public ImageBackground(string value)
    {
        _value = Argument.NotNull(value);
    }

    /// <summary>The provider chooses. (<c>auto</c>)</summary>
    public static ImageBackground Auto { get; } = new(AutoValue);

    /// <summary>A transparent background. (<c>transparent</c>)</summary>
    public static ImageBackground Transparent { get; } = new(TransparentValue);

    /// <summary>An opaque background. (<c>opaque</c>)</summary>
    public static ImageBackground Opaque { get; } = new(OpaqueValue);

    /// <summary>The wire value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator ==(ImageBackground left, ImageBackground right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator !=(ImageBackground left, ImageBackground right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    public static implicit operator ImageBackground(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(ImageBackground other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ImageBackground other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    public override string ToString() => Value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    internal sealed class Converter : OpenEnumConverter<ImageBackground>
    {
        protected override ImageBackground Create(string value) => new(value);

        protected override string? TryGetKnown(ReadOnlySpan<byte> utf8)
        {
            if (utf8.SequenceEqual("auto"u8))
            {
                return AutoValue;
            }

            if (utf8.SequenceEqual("transparent"u8))
            {
                return TransparentValue;
            }

            if (utf8.SequenceEqual("opaque"u8))
            {
                return OpaqueValue;
            }

            return null;
        }
    }
}
