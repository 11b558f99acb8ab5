using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// The API a generation was made through (`api_type` of a generation record).
/// An open enumeration: unknown values are kept and round-trip unchanged; comparison ignores case.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct GenerationApiType : IEquatable<GenerationApiType>, IOpenEnum
{
    private const string CompletionsValue = "completions";
    private const string EmbeddingsValue = "embeddings";
    private const string RerankValue = "rerank";
    private const string TtsValue = "tts";
    private const string SttValue = "stt";
    private const string VideoValue = "video";
    private const string ImageValue = "image";

    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value, for example <c>"completions"</c>.</param>
    public GenerationApiType(string value)
    {
        _value = Argument.NotNull(value);
    }

    /// <summary>Chat or text completions. (<c>completions</c>)</summary>
    public static GenerationApiType Completions { get; } = new(CompletionsValue);

    /// <summary>Embeddings. (<c>embeddings</c>)</summary>
    public static GenerationApiType Embeddings { get; } = new(EmbeddingsValue);

    /// <summary>Reranking. (<c>rerank</c>)</summary>
    public static GenerationApiType Rerank { get; } = new(RerankValue);

    /// <summary>Text to speech. (<c>tts</c>)</summary>
    public static GenerationApiType Tts { get; } = new(TtsValue);

    /// <summary>Speech to text. (<c>stt</c>)</summary>
    public static GenerationApiType Stt { get; } = new(SttValue);

    /// <summary>Video generation. (<c>video</c>)</summary>
    public static GenerationApiType Video { get; } = new(VideoValue);

    /// <summary>Image generation. (<c>image</c>)</summary>
    public static GenerationApiType Image { get; } = new(ImageValue);

    /// <summary>The wire value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator ==(GenerationApiType left, GenerationApiType right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator !=(GenerationApiType left, GenerationApiType right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    public static implicit operator GenerationApiType(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(GenerationApiType other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is GenerationApiType other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    public override string ToString() => Value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    internal sealed class Converter : OpenEnumConverter<GenerationApiType>
    {
        protected override GenerationApiType Create(string value) => new(value);

        protected override string? TryGetKnown(ReadOnlySpan<byte> utf8)
        {
            if (utf8.SequenceEqual("completions"u8))
            {
                return CompletionsValue;
            }

            if (utf8.SequenceEqual("embeddings"u8))
            {
                return EmbeddingsValue;
            }

            if (utf8.SequenceEqual("rerank"u8))
            {
                return RerankValue;
            }

            if (utf8.SequenceEqual("tts"u8))
            {
                return TtsValue;
            }

            if (utf8.SequenceEqual("stt"u8))
            {
                return SttValue;
            }

            if (utf8.SequenceEqual("video"u8))
            {
                return VideoValue;
            }

            if (utf8.SequenceEqual("image"u8))
            {
                return ImageValue;
            }

            return null;
        }
    }
}
