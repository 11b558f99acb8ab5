using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// The shape of a transcription answer (<c>response_format</c>).
/// An open enumeration: unknown values are kept and round-trip unchanged; comparison ignores case.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct TranscriptionFormat : IEquatable<TranscriptionFormat>, IOpenEnum
{
    private const string JsonValue = "json";
    private const string VerboseJsonValue = "verbose_json";

    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value, for example <c>"verbose_json"</c>.</param>
    public TranscriptionFormat(string value)
    {
        _value = Argument.NotNull(value);
    }

    /// <summary>The text and usage (the default). (<c>json</c>)</summary>
    public static TranscriptionFormat Json { get; } = new(JsonValue);

    /// <summary>Also the task, language, duration and timestamped segments (OpenAI-compatible providers only). (<c>verbose_json</c>)</summary>
    public static TranscriptionFormat VerboseJson { get; } = new(VerboseJsonValue);

    /// <summary>The wire value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator ==(TranscriptionFormat left, TranscriptionFormat right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator !=(TranscriptionFormat left, TranscriptionFormat right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    public static implicit operator TranscriptionFormat(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(TranscriptionFormat other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TranscriptionFormat other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    public override string ToString() => Value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    internal sealed class Converter : OpenEnumConverter<TranscriptionFormat>
    {
        protected override TranscriptionFormat Create(string value) => new(value);

        protected override string? TryGetKnown(ReadOnlySpan<byte> utf8)
        {
            if (utf8.SequenceEqual("json"u8))
            {
                return JsonValue;
            }

            if (utf8.SequenceEqual("verbose_json"u8))
            {
                return VerboseJsonValue;
            }

            return null;
        }
    }
}
