using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// The encoding of input audio (`input_audio.format`).
/// An open enumeration: unknown values are kept and round-trip unchanged; comparison ignores case.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct AudioFormat : IEquatable<AudioFormat>, IOpenEnum
{
    private const string WavValue = "wav";
    private const string Mp3Value = "mp3";
    private const string FlacValue = "flac";
    private const string M4aValue = "m4a";
    private const string OggValue = "ogg";
    private const string AiffValue = "aiff";
    private const string AacValue = "aac";
    private const string Pcm16Value = "pcm16";
    private const string Pcm24Value = "pcm24";

    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value, for example <c>"wav"</c>.</param>
    public AudioFormat(string value)
    {
        _value = Argument.NotNull(value);
    }

    /// <summary>WAV. (<c>wav</c>)</summary>
    public static AudioFormat Wav { get; } = new(WavValue);

    /// <summary>MP3. (<c>mp3</c>)</summary>
    public static AudioFormat Mp3 { get; } = new(Mp3Value);

    /// <summary>FLAC. (<c>flac</c>)</summary>
    public static AudioFormat Flac { get; } = new(FlacValue);

    /// <summary>M4A. (<c>m4a</c>)</summary>
    public static AudioFormat M4a { get; } = new(M4aValue);

    /// <summary>Ogg. (<c>ogg</c>)</summary>
    public static AudioFormat Ogg { get; } = new(OggValue);

    /// <summary>AIFF. (<c>aiff</c>)</summary>
    public static AudioFormat Aiff { get; } = new(AiffValue);

    /// <summary>AAC. (<c>aac</c>)</summary>
    public static AudioFormat Aac { get; } = new(AacValue);

    /// <summary>Raw 16-bit PCM. (<c>pcm16</c>)</summary>
    public static AudioFormat Pcm16 { get; } = new(Pcm16Value);

    /// <summary>Raw 24-bit PCM. (<c>pcm24</c>)</summary>
    public static AudioFormat Pcm24 { get; } = new(Pcm24Value);

    /// <summary>The wire value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator ==(AudioFormat left, AudioFormat right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator !=(AudioFormat left, AudioFormat right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    public static implicit operator AudioFormat(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(AudioFormat other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is AudioFormat other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    public override string ToString() => Value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    internal sealed class Converter : OpenEnumConverter<AudioFormat>
    {
        protected override AudioFormat Create(string value) => new(value);

        protected override string? TryGetKnown(ReadOnlySpan<byte> utf8)
        {
            if (utf8.SequenceEqual("wav"u8))
            {
                return WavValue;
            }

            if (utf8.SequenceEqual("mp3"u8))
            {
                return Mp3Value;
            }

            if (utf8.SequenceEqual("flac"u8))
            {
                return FlacValue;
            }

            if (utf8.SequenceEqual("m4a"u8))
            {
                return M4aValue;
            }

            if (utf8.SequenceEqual("ogg"u8))
            {
                return OggValue;
            }

            if (utf8.SequenceEqual("aiff"u8))
            {
                return AiffValue;
            }

            if (utf8.SequenceEqual("aac"u8))
            {
                return AacValue;
            }

            if (utf8.SequenceEqual("pcm16"u8))
            {
                return Pcm16Value;
            }

            if (utf8.SequenceEqual("pcm24"u8))
            {
                return Pcm24Value;
            }

            return null;
        }
    }
}
