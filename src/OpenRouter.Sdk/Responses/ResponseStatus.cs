using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// The state of a response or of one of its output items (<c>status</c>).
/// An open enumeration: unknown values are kept and round-trip unchanged; comparison ignores case.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct ResponseStatus : IEquatable<ResponseStatus>, IOpenEnum
{
    private const string CompletedValue = "completed";
    private const string InProgressValue = "in_progress";
    private const string IncompleteValue = "incomplete";
    private const string FailedValue = "failed";
    private const string CancelledValue = "cancelled";
    private const string QueuedValue = "queued";

    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value, for example <c>"completed"</c>.</param>
    public ResponseStatus(string value)
    {
        _value = Argument.NotNull(value);
    }

    /// <summary>Finished. (<c>completed</c>)</summary>
    public static ResponseStatus Completed { get; } = new(CompletedValue);

    /// <summary>Still being generated. (<c>in_progress</c>)</summary>
    public static ResponseStatus InProgress { get; } = new(InProgressValue);

    /// <summary>Stopped early (see <see cref="OpenRouterResponse.IncompleteDetails"/>). (<c>incomplete</c>)</summary>
    public static ResponseStatus Incomplete { get; } = new(IncompleteValue);

    /// <summary>Failed (see <see cref="OpenRouterResponse.Error"/>). (<c>failed</c>)</summary>
    public static ResponseStatus Failed { get; } = new(FailedValue);

    /// <summary>Cancelled. (<c>cancelled</c>)</summary>
    public static ResponseStatus Cancelled { get; } = new(CancelledValue);

    /// <summary>Waiting to start. (<c>queued</c>)</summary>
    public static ResponseStatus Queued { get; } = new(QueuedValue);

    /// <summary>The wire value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator ==(ResponseStatus left, ResponseStatus right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator !=(ResponseStatus left, ResponseStatus right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    public static implicit operator ResponseStatus(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(ResponseStatus other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ResponseStatus other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    public override string ToString() => Value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    internal sealed class Converter : OpenEnumConverter<ResponseStatus>
    {
        protected override ResponseStatus Create(string value) => new(value);

        protected override string? TryGetKnown(ReadOnlySpan<byte> utf8)
        {
            if (utf8.SequenceEqual("completed"u8))
            {
                return CompletedValue;
            }

            if (utf8.SequenceEqual("in_progress"u8))
            {
                return InProgressValue;
            }

            if (utf8.SequenceEqual("incomplete"u8))
            {
                return IncompleteValue;
            }

            if (utf8.SequenceEqual("failed"u8))
            {
                return FailedValue;
            }

            if (utf8.SequenceEqual("cancelled"u8))
            {
                return CancelledValue;
            }

            if (utf8.SequenceEqual("queued"u8))
            {
                return QueuedValue;
            }

            return null;
        }
    }
}
