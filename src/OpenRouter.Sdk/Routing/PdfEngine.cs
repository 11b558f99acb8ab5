using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// The PDF engine of the file-parser plugin (`plugins[].pdf.engine`).
/// An open enumeration: unknown values are kept and round-trip unchanged; comparison ignores case.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct PdfEngine : IEquatable<PdfEngine>, IOpenEnum
{
    private const string CloudflareAiValue = "cloudflare-ai";
    private const string MistralOcrValue = "mistral-ocr";
    private const string NativeValue = "native";
    private const string PdfTextValue = "pdf-text";

    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value, for example <c>"cloudflare-ai"</c>.</param>
    public PdfEngine(string value)
    {
        _value = Argument.NotNull(value);
    }

    /// <summary>Cloudflare AI text extraction. (<c>cloudflare-ai</c>)</summary>
    public static PdfEngine CloudflareAi { get; } = new(CloudflareAiValue);

    /// <summary>Mistral OCR. (<c>mistral-ocr</c>)</summary>
    public static PdfEngine MistralOcr { get; } = new(MistralOcrValue);

    /// <summary>The model's native file input. (<c>native</c>)</summary>
    public static PdfEngine Native { get; } = new(NativeValue);

    /// <summary>Deprecated alias of cloudflare-ai. (<c>pdf-text</c>)</summary>
    public static PdfEngine PdfText { get; } = new(PdfTextValue);

    /// <summary>The wire value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator ==(PdfEngine left, PdfEngine right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator !=(PdfEngine left, PdfEngine right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    public static implicit operator PdfEngine(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(PdfEngine other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PdfEngine other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    public override string ToString() => Value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    internal sealed class Converter : OpenEnumConverter<PdfEngine>
    {
        protected override PdfEngine Create(string value) => new(value);

        protected override string? TryGetKnown(ReadOnlySpan<byte> utf8)
        {
            if (utf8.SequenceEqual("cloudflare-ai"u8))
            {
                return CloudflareAiValue;
            }

            if (utf8.SequenceEqual("mistral-ocr"u8))
            {
                return MistralOcrValue;
            }

            if (utf8.SequenceEqual("native"u8))
            {
                return NativeValue;
            }

            if (utf8.SequenceEqual("pdf-text"u8))
            {
                return PdfTextValue;
            }

            return null;
        }
    }
}
