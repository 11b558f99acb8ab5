using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// The audio format of synthesized speech (<c>response_format</c>; the server default is <see cref="Pcm"/>).
/// An open enumeration: unknown values are kept and round-trip unchanged; comparison ignores case.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct SpeechFormat : IEquatable<SpeechFormat>, IOpenEnum
{
    private const string Mp3Value = "mp3";
    private const string PcmValue = "pcm";

    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value, for example <c>"mp3"</c>.</param>
    public SpeechFormat(string value)
    {
        _value = Argument.NotNull(value);
    }

    /// <summary>MP3 (<c>audio/mpeg</c>). (<c>mp3</c>)</summary>
    public static SpeechFormat Mp3 { get; } = new(Mp3Value);

    /// <summary>Raw PCM, 16-bit little-endian (<c>audio/pcm</c>). (<c>pcm</c>)</summary>
    public static SpeechFormat Pcm { get; } = new(PcmValue);

    /// <summary>The wire value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator ==(SpeechFormat left, SpeechFormat right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator !=(SpeechFormat left, SpeechFormat right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    public static implicit operator SpeechFormat(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(SpeechFormat other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SpeechFormat other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    public override string ToString() => Value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    internal sealed class Converter : OpenEnumConverter<SpeechFormat>
    {
        protected override SpeechFormat Create(string value) => new(value);

        protected override string? TryGetKnown(ReadOnlySpan<byte> utf8)
        {
            if (utf8.SequenceEqual("mp3"u8))
            {
                return Mp3Value;
            }

            if (utf8.SequenceEqual("pcm"u8))
            {
                return PcmValue;
            }

            return null;
        }
    }
}
