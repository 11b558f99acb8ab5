using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// The kind of a content part of a Responses API item (<c>type</c>).
/// An open enumeration: unknown values are kept and round-trip unchanged; comparison ignores case.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct ResponseContentPartType : IEquatable<ResponseContentPartType>, IOpenEnum
{
    private const string InputTextValue = "input_text";
    private const string InputImageValue = "input_image";
    private const string InputFileValue = "input_file";
    private const string InputAudioValue = "input_audio";
    private const string OutputTextValue = "output_text";
    private const string RefusalValue = "refusal";
    private const string ReasoningTextValue = "reasoning_text";
    private const string SummaryTextValue = "summary_text";

    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value, for example <c>"input_text"</c>.</param>
    public ResponseContentPartType(string value)
    {
        _value = Argument.NotNull(value);
    }

    /// <summary>Text sent to the model. (<c>input_text</c>)</summary>
    public static ResponseContentPartType InputText { get; } = new(InputTextValue);

    /// <summary>An image sent to the model. (<c>input_image</c>)</summary>
    public static ResponseContentPartType InputImage { get; } = new(InputImageValue);

    /// <summary>A file sent to the model. (<c>input_file</c>)</summary>
    public static ResponseContentPartType InputFile { get; } = new(InputFileValue);

    /// <summary>Audio sent to the model. (<c>input_audio</c>)</summary>
    public static ResponseContentPartType InputAudio { get; } = new(InputAudioValue);

    /// <summary>Text the model wrote. (<c>output_text</c>)</summary>
    public static ResponseContentPartType OutputText { get; } = new(OutputTextValue);

    /// <summary>The model's refusal. (<c>refusal</c>)</summary>
    public static ResponseContentPartType Refusal { get; } = new(RefusalValue);

    /// <summary>Reasoning text. (<c>reasoning_text</c>)</summary>
    public static ResponseContentPartType ReasoningText { get; } = new(ReasoningTextValue);

    /// <summary>A reasoning summary. (<c>summary_text</c>)</summary>
    public static ResponseContentPartType SummaryText { get; } = new(SummaryTextValue);

    /// <summary>The wire value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator ==(ResponseContentPartType left, ResponseContentPartType right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator !=(ResponseContentPartType left, ResponseContentPartType right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    public static implicit operator ResponseContentPartType(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(ResponseContentPartType other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ResponseContentPartType other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    public override string ToString() => Value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    internal sealed class Converter : OpenEnumConverter<ResponseContentPartType>
    {
        protected override ResponseContentPartType Create(string value) => new(value);

        protected override string? TryGetKnown(ReadOnlySpan<byte> utf8)
        {
            if (utf8.SequenceEqual("input_text"u8))
            {
                return InputTextValue;
            }

            if (utf8.SequenceEqual("input_image"u8))
            {
                return InputImageValue;
            }

            if (utf8.SequenceEqual("input_file"u8))
            {
                return InputFileValue;
            }

            if (utf8.SequenceEqual("input_audio"u8))
            {
                return InputAudioValue;
            }

            if (utf8.SequenceEqual("output_text"u8))
            {
                return OutputTextValue;
            }

            if (utf8.SequenceEqual("refusal"u8))
            {
                return RefusalValue;
            }

            if (utf8.SequenceEqual("reasoning_text"u8))
            {
                return ReasoningTextValue;
            }

            if (utf8.SequenceEqual("summary_text"u8))
            {
                return SummaryTextValue;
            }

            return null;
        }
    }
}
