using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// An input or output modality (`modalities`, model architecture).
/// An open enumeration: unknown values are kept and round-trip unchanged; comparison ignores case.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct Modality : IEquatable<Modality>, IOpenEnum
{
    private const string TextValue = "text";
    private const string ImageValue = "image";
    private const string AudioValue = "audio";
    private const string FileValue = "file";
    private const string VideoValue = "video";
    private const string EmbeddingsValue = "embeddings";

    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value, for example <c>"text"</c>.</param>
    public Modality(string value)
    {
        _value = Argument.NotNull(value);
    }

    /// <summary>Text. (<c>text</c>)</summary>
    public static Modality Text { get; } = new(TextValue);

    /// <summary>Images. (<c>image</c>)</summary>
    public static Modality Image { get; } = new(ImageValue);

    /// <summary>Audio. (<c>audio</c>)</summary>
    public static Modality Audio { get; } = new(AudioValue);

    /// <summary>Files such as PDFs. (<c>file</c>)</summary>
    public static Modality File { get; } = new(FileValue);

    /// <summary>Video. (<c>video</c>)</summary>
    public static Modality Video { get; } = new(VideoValue);

    /// <summary>Embedding vectors. (<c>embeddings</c>)</summary>
    public static Modality Embeddings { get; } = new(EmbeddingsValue);

    /// <summary>The wire value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator ==(Modality left, Modality right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator !=(Modality left, Modality right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    public static implicit operator Modality(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(Modality other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Modality other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    public override string ToString() => Value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    internal sealed class Converter : OpenEnumConverter<Modality>
    {
        protected override Modality Create(string value) => new(value);

        protected override string? TryGetKnown(ReadOnlySpan<byte> utf8)
        {
            if (utf8.SequenceEqual("text"u8))
            {
                return TextValue;
            }

            if (utf8.SequenceEqual("image"u8))
            {
                return ImageValue;
            }

            if (utf8.SequenceEqual("audio"u8))
            {
                return AudioValue;
            }

            if (utf8.SequenceEqual("file"u8))
            {
                return FileValue;
            }

            if (utf8.SequenceEqual("video"u8))
            {
                return VideoValue;
            }

            if (utf8.SequenceEqual("embeddings"u8))
            {
                return EmbeddingsValue;
            }

            return null;
        }
    }
}
