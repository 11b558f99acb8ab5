using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// Which frame of the video an image of <see cref="VideoGenerationRequest.FrameImages"/> becomes (<c>frame_type</c>).
/// An open enumeration: unknown values are kept and round-trip unchanged; comparison ignores case.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct VideoFrameType : IEquatable<VideoFrameType>, IOpenEnum
{
    private const string FirstFrameValue = "first_frame";
    private const string LastFrameValue = "last_frame";

    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value, for example <c>"first_frame"</c>.</param>
    public VideoFrameType(string value)
    {
        _value = Argument.NotNull(value);
    }

    /// <summary>The first frame. (<c>first_frame</c>)</summary>
    public static VideoFrameType FirstFrame { get; } = new(FirstFrameValue);

    /// <summary>The last frame. (<c>last_frame</c>)</summary>
    public static VideoFrameType LastFrame { get; } = new(LastFrameValue);

    /// <summary>The wire value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator ==(VideoFrameType left, VideoFrameType right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator !=(VideoFrameType left, VideoFrameType right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    public static implicit operator VideoFrameType(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(VideoFrameType other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is VideoFrameType other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    public override string ToString() => Value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    internal sealed class Converter : OpenEnumConverter<VideoFrameType>
    {
        protected override VideoFrameType Create(string value) => new(value);

        protected override string? TryGetKnown(ReadOnlySpan<byte> utf8)
        {
            if (utf8.SequenceEqual("first_frame"u8))
            {
                return FirstFrameValue;
            }

            if (utf8.SequenceEqual("last_frame"u8))
            {
                return LastFrameValue;
            }

            return null;
        }
    }
}
