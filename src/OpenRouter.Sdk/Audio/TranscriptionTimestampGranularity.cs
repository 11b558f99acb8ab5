using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// A level of timestamps in a <see cref="TranscriptionFormat.VerboseJson"/> transcription (<c>timestamp_granularities</c>).
/// An open enumeration: unknown values are kept and round-trip unchanged; comparison ignores case.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct TranscriptionTimestampGranularity : IEquatable<TranscriptionTimestampGranularity>, IOpenEnum
{
    private const string WordValue = "word";
    private const string SegmentValue = "segment";

    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value, for example <c>"word"</c>.</param>
    public TranscriptionTimestampGranularity(string value)
    {
        _value = Argument.NotNull(value);
    }

    /// <summary>Word-level timestamps (<see cref="Transcription.Words"/>). (<c>word</c>)</summary>
    public static TranscriptionTimestampGranularity Word { get; } = new(WordValue);

    /// <summary>Segment-level timestamps (<see cref="Transcription.Segments"/>). (<c>segment</c>)</summary>
    public static TranscriptionTimestampGranularity Segment { get; } = new(SegmentValue);

    /// <summary>The wire value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator ==(TranscriptionTimestampGranularity left, TranscriptionTimestampGranularity right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator !=(TranscriptionTimestampGranularity left, TranscriptionTimestampGranularity right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    public static implicit operator TranscriptionTimestampGranularity(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(TranscriptionTimestampGranularity other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TranscriptionTimestampGranularity other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    public override string ToString() => Value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    internal sealed class Converter : OpenEnumConverter<TranscriptionTimestampGranularity>
    {
        protected override TranscriptionTimestampGranularity Create(string value) => new(value);

        protected override string? TryGetKnown(ReadOnlySpan<byte> utf8)
        {
            if (utf8.SequenceEqual("word"u8))
            {
                return WordValue;
            }

            if (utf8.SequenceEqual("segment"u8))
            {
                return SegmentValue;
            }

            return null;
        }
    }
}
