using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// How an image model describes one supported request parameter (<c>type</c> of a capability descriptor).
/// An open enumeration: unknown values are kept and round-trip unchanged; comparison ignores case.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct ImageParameterKind : IEquatable<ImageParameterKind>, IOpenEnum
{
    private const string EnumValue = "enum";
    private const string RangeValue = "range";
    private const string BooleanValue = "boolean";

    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value, for example <c>"enum"</c>.</param>
    public ImageParameterKind(string value)
    {
        _value = Argument.NotNull(value);
    }

    /// <summary>One of a set of strings: see <see cref="ImageParameterCapability.Values"/>. (<c>enum</c>)</summary>
    public static ImageParameterKind Enum { get; } = new(EnumValue);

    /// <summary>A number within <see cref="ImageParameterCapability.Min"/> and <see cref="ImageParameterCapability.Max"/>. (<c>range</c>)</summary>
    public static ImageParameterKind Range { get; } = new(RangeValue);

    /// <summary>Supported or not: present means accepted. (<c>boolean</c>)</summary>
    public static ImageParameterKind Boolean { get; } = new(BooleanValue);

    /// <summary>The wire value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator ==(ImageParameterKind left, ImageParameterKind right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator !=(ImageParameterKind left, ImageParameterKind right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    public static implicit operator ImageParameterKind(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(ImageParameterKind other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ImageParameterKind other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    public override string ToString() => Value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    internal sealed class Converter : OpenEnumConverter<ImageParameterKind>
    {
        protected override ImageParameterKind Create(string value) => new(value);

        protected override string? TryGetKnown(ReadOnlySpan<byte> utf8)
        {
            if (utf8.SequenceEqual("enum"u8))
            {
                return EnumValue;
            }

            if (utf8.SequenceEqual("range"u8))
            {
                return RangeValue;
            }

            if (utf8.SequenceEqual("boolean"u8))
            {
                return BooleanValue;
            }

            return null;
        }
    }
}
