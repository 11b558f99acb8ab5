using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// The state of a video generation job (<c>status</c> of <see cref="VideoJob"/>): <see cref="Pending"/> and <see cref="InProgress"/> while it runs, then <see cref="Completed"/>, <see cref="Failed"/>, <see cref="Cancelled"/> or <see cref="Expired"/>.
/// An open enumeration: unknown values are kept and round-trip unchanged; comparison ignores case.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct VideoJobStatus : IEquatable<VideoJobStatus>, IOpenEnum
{
    private const string PendingValue = "pending";
    private const string InProgressValue = "in_progress";
    private const string CompletedValue = "completed";
    private const string FailedValue = "failed";
    private const string CancelledValue = "cancelled";
    private const string ExpiredValue = "expired";

    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value, for example <c>"completed"</c>.</param>
    public VideoJobStatus(string value)
    {
        _value = Argument.NotNull(value);
    }

    /// <summary>Accepted, not started yet. (<c>pending</c>)</summary>
    public static VideoJobStatus Pending { get; } = new(PendingValue);

    /// <summary>Generating. (<c>in_progress</c>)</summary>
    public static VideoJobStatus InProgress { get; } = new(InProgressValue);

    /// <summary>Done: the video can be downloaded. (<c>completed</c>)</summary>
    public static VideoJobStatus Completed { get; } = new(CompletedValue);

    /// <summary>The generation failed; <see cref="VideoJob.Error"/> says why. (<c>failed</c>)</summary>
    public static VideoJobStatus Failed { get; } = new(FailedValue);

    /// <summary>The job was cancelled. (<c>cancelled</c>)</summary>
    public static VideoJobStatus Cancelled { get; } = new(CancelledValue);

    /// <summary>The job or its output expired. (<c>expired</c>)</summary>
    public static VideoJobStatus Expired { get; } = new(ExpiredValue);

    /// <summary>The wire value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator ==(VideoJobStatus left, VideoJobStatus right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator !=(VideoJobStatus left, VideoJobStatus right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    public static implicit operator VideoJobStatus(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(VideoJobStatus other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is VideoJobStatus other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    public override string ToString() => Value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    internal sealed class Converter : OpenEnumConverter<VideoJobStatus>
    {
        protected override VideoJobStatus Create(string value) => new(value);

        protected override string? TryGetKnown(ReadOnlySpan<byte> utf8)
        {
            if (utf8.SequenceEqual("pending"u8))
            {
                return PendingValue;
            }

            if (utf8.SequenceEqual("in_progress"u8))
            {
                return InProgressValue;
            }

            if (utf8.SequenceEqual("completed"u8))
            {
                return CompletedValue;
            }

            if (utf8.SequenceEqual("failed"u8))
            {
                return FailedValue;
            }

            if (utf8.SequenceEqual("cancelled"u8))
            {
                return CancelledValue;
            }

            if (utf8.SequenceEqual("expired"u8))
            {
                return ExpiredValue;
            }

            return null;
        }
    }
}
