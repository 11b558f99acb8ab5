using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// The kind of a message annotation.
/// An open enumeration: unknown values are kept and round-trip unchanged; comparison ignores case.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct AnnotationType : IEquatable<AnnotationType>, IOpenEnum
{
    private const string UrlCitationValue = "url_citation";
    private const string FileValue = "file";
    private const string FileAnnotationValue = "file_annotation";

    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value, for example <c>"url_citation"</c>.</param>
    public AnnotationType(string value)
    {
        _value = Argument.NotNull(value);
    }

    /// <summary>A web citation. (<c>url_citation</c>)</summary>
    public static AnnotationType UrlCitation { get; } = new(UrlCitationValue);

    /// <summary>A parsed file, to send back in the next turn so it is not parsed again. (<c>file</c>)</summary>
    public static AnnotationType File { get; } = new(FileValue);

    /// <summary>A quote from an uploaded file (older shape). (<c>file_annotation</c>)</summary>
    public static AnnotationType FileAnnotation { get; } = new(FileAnnotationValue);

    /// <summary>The wire value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator ==(AnnotationType left, AnnotationType right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator !=(AnnotationType left, AnnotationType right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    public static implicit operator AnnotationType(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(AnnotationType other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is AnnotationType other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    public override string ToString() => Value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    internal sealed class Converter : OpenEnumConverter<AnnotationType>
    {
        protected override AnnotationType Create(string value) => new(value);

        protected override string? TryGetKnown(ReadOnlySpan<byte> utf8)
        {
            if (utf8.SequenceEqual("url_citation"u8))
            {
                return UrlCitationValue;
            }

            if (utf8.SequenceEqual("file"u8))
            {
                return FileValue;
            }

            if (utf8.SequenceEqual("file_annotation"u8))
            {
                return FileAnnotationValue;
            }

            return null;
        }
    }
}
