using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// A voice for synthesized speech (<c>voice</c>). Voices are provider-specific: any string the model accepts converts implicitly; the named ones are OpenAI's text-to-speech voices.
/// An open enumeration: unknown values are kept and round-trip unchanged; comparison ignores case.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct SpeechVoice : IEquatable<SpeechVoice>, IOpenEnum
{
    private const string AlloyValue = "alloy";
    private const string AshValue = "ash";
    private const string CoralValue = "coral";
    private const string EchoValue = "echo";
    private const string FableValue = "fable";
    private const string NovaValue = "nova";
    private const string OnyxValue = "onyx";
    private const string SageValue = "sage";
    private const string ShimmerValue = "shimmer";

    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value, for example <c>"alloy"</c>.</param>
    public SpeechVoice(string value)
    {
        _value = Argument.NotNull(value);
    }

    /// <summary>OpenAI voice alloy. (<c>alloy</c>)</summary>
    public static SpeechVoice Alloy { get; } = new(AlloyValue);

    /// <summary>OpenAI voice ash. (<c>ash</c>)</summary>
    public static SpeechVoice Ash { get; } = new(AshValue);

    /// <summary>OpenAI voice coral. (<c>coral</c>)</summary>
    public static SpeechVoice Coral { get; } = new(CoralValue);

    /// <summary>OpenAI voice echo. (<c>echo</c>)</summary>
    public static SpeechVoice Echo { get; } = new(EchoValue);

    /// <summary>OpenAI voice fable. (<c>fable</c>)</summary>
    public static SpeechVoice Fable { get; } = new(FableValue);

    /// <summary>OpenAI voice nova. (<c>nova</c>)</summary>
    public static SpeechVoice Nova { get; } = new(NovaValue);

    /// <summary>OpenAI voice onyx. (<c>onyx</c>)</summary>
    public static SpeechVoice Onyx { get; } = new(OnyxValue);

    /// <summary>OpenAI voice sage. (<c>sage</c>)</summary>
    public static SpeechVoice Sage { get; } = new(SageValue);

    /// <summary>OpenAI voice shimmer. (<c>shimmer</c>)</summary>
    public static SpeechVoice Shimmer { get; } = new(ShimmerValue);

    /// <summary>The wire value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator ==(SpeechVoice left, SpeechVoice right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator !=(SpeechVoice left, SpeechVoice right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    public static implicit operator SpeechVoice(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(SpeechVoice other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SpeechVoice other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    public override string ToString() => Value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    internal sealed class Converter : OpenEnumConverter<SpeechVoice>
    {
        protected override SpeechVoice Create(string value) => new(value);

        protected override string? TryGetKnown(ReadOnlySpan<byte> utf8)
        {
            if (utf8.SequenceEqual("alloy"u8))
            {
                return AlloyValue;
            }

            if (utf8.SequenceEqual("ash"u8))
            {
                return AshValue;
            }

            if (utf8.SequenceEqual("coral"u8))
            {
                return CoralValue;
            }

            if (utf8.SequenceEqual("echo"u8))
            {
                return EchoValue;
            }

            if (utf8.SequenceEqual("fable"u8))
            {
                return FableValue;
            }

            if (utf8.SequenceEqual("nova"u8))
            {
                return NovaValue;
            }

            if (utf8.SequenceEqual("onyx"u8))
            {
                return OnyxValue;
            }

            if (utf8.SequenceEqual("sage"u8))
            {
                return SageValue;
            }

            if (utf8.SequenceEqual("shimmer"u8))
            {
                return ShimmerValue;
            }

            return null;
        }
    }
}
