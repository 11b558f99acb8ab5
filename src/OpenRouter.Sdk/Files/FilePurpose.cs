using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// What a file is for (<c>purpose</c>), as OpenAI's Files API names it: sent with an upload to OpenAI storage (<see cref="FileProvider.OpenAI"/>) and reported back in OpenAI-shaped answers.
/// An open enumeration: unknown values are kept and round-trip unchanged; comparison ignores case.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct FilePurpose : IEquatable<FilePurpose>, IOpenEnum
{
    private const string UserDataValue = "user_data";
    private const string AssistantsValue = "assistants";
    private const string BatchValue = "batch";
    private const string FineTuneValue = "fine-tune";
    private const string VisionValue = "vision";
    private const string EvalsValue = "evals";
    private const string AssistantsOutputValue = "assistants_output";
    private const string BatchOutputValue = "batch_output";
    private const string FineTuneResultsValue = "fine-tune-results";

    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value, for example <c>"user_data"</c>.</param>
    public FilePurpose(string value)
    {
        _value = Argument.NotNull(value);
    }

    /// <summary>Files to use as model input. (<c>user_data</c>)</summary>
    public static FilePurpose UserData { get; } = new(UserDataValue);

    /// <summary>Assistants input. (<c>assistants</c>)</summary>
    public static FilePurpose Assistants { get; } = new(AssistantsValue);

    /// <summary>Batch API input. (<c>batch</c>)</summary>
    public static FilePurpose Batch { get; } = new(BatchValue);

    /// <summary>Fine-tuning data. (<c>fine-tune</c>)</summary>
    public static FilePurpose FineTune { get; } = new(FineTuneValue);

    /// <summary>Images for vision fine-tuning. (<c>vision</c>)</summary>
    public static FilePurpose Vision { get; } = new(VisionValue);

    /// <summary>Evaluation data sets. (<c>evals</c>)</summary>
    public static FilePurpose Evals { get; } = new(EvalsValue);

    /// <summary>Assistants output. (<c>assistants_output</c>)</summary>
    public static FilePurpose AssistantsOutput { get; } = new(AssistantsOutputValue);

    /// <summary>Batch API output. (<c>batch_output</c>)</summary>
    public static FilePurpose BatchOutput { get; } = new(BatchOutputValue);

    /// <summary>Fine-tuning results. (<c>fine-tune-results</c>)</summary>
    public static FilePurpose FineTuneResults { get; } = new(FineTuneResultsValue);

    /// <summary>The wire value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator ==(FilePurpose left, FilePurpose right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator !=(FilePurpose left, FilePurpose right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    public static implicit operator FilePurpose(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(FilePurpose other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is FilePurpose other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    public override string ToString() => Value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    internal sealed class Converter : OpenEnumConverter<FilePurpose>
    {
        protected override FilePurpose Create(string value) => new(value);

        protected override string? TryGetKnown(ReadOnlySpan<byte> utf8)
        {
            if (utf8.SequenceEqual("user_data"u8))
            {
                return UserDataValue;
            }

            if (utf8.SequenceEqual("assistants"u8))
            {
                return AssistantsValue;
            }

            if (utf8.SequenceEqual("batch"u8))
            {
                return BatchValue;
            }

            if (utf8.SequenceEqual("fine-tune"u8))
            {
                return FineTuneValue;
            }

            if (utf8.SequenceEqual("vision"u8))
            {
                return VisionValue;
            }

            if (utf8.SequenceEqual("evals"u8))
            {
                return EvalsValue;
            }

            if (utf8.SequenceEqual("assistants_output"u8))
            {
                return AssistantsOutputValue;
            }

            if (utf8.SequenceEqual("batch_output"u8))
            {
                return BatchOutputValue;
            }

            if (utf8.SequenceEqual("fine-tune-results"u8))
            {
                return FineTuneResultsValue;
            }

            return null;
        }
    }
}
