using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// What a generation's feedback is about (<c>category</c> of <c>POST /generation/feedback</c>).
/// An open enumeration: unknown values are kept and round-trip unchanged; comparison ignores case.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct GenerationFeedbackCategory : IEquatable<GenerationFeedbackCategory>, IOpenEnum
{
    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value, for example <c>"latency"</c>.</param>
    public GenerationFeedbackCategory(string value)
    {
        _value = Argument.NotNull(value);
    }

    /// <summary>The answer was slow. (<c>latency</c>)</summary>
    public static GenerationFeedbackCategory Latency { get; } = new("latency");

    /// <summary>The answer made no sense. (<c>incoherence</c>)</summary>
    public static GenerationFeedbackCategory Incoherence { get; } = new("incoherence");

    /// <summary>The answer was wrong. (<c>incorrect_response</c>)</summary>
    public static GenerationFeedbackCategory IncorrectResponse { get; } = new("incorrect_response");

    /// <summary>The answer was badly formatted. (<c>formatting</c>)</summary>
    public static GenerationFeedbackCategory Formatting { get; } = new("formatting");

    /// <summary>The generation was billed wrongly. (<c>billing</c>)</summary>
    public static GenerationFeedbackCategory Billing { get; } = new("billing");

    /// <summary>The API failed. (<c>api_error</c>)</summary>
    public static GenerationFeedbackCategory ApiError { get; } = new("api_error");

    /// <summary>Something else. (<c>other</c>)</summary>
    public static GenerationFeedbackCategory Other { get; } = new("other");

    /// <summary>The wire value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator ==(GenerationFeedbackCategory left, GenerationFeedbackCategory right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator !=(GenerationFeedbackCategory left, GenerationFeedbackCategory right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    public static implicit operator GenerationFeedbackCategory(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(GenerationFeedbackCategory other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is GenerationFeedbackCategory other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    public override string ToString() => Value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    internal sealed class Converter : OpenEnumConverter<GenerationFeedbackCategory>
    {
        protected override GenerationFeedbackCategory Create(string value) => new(value);
    }
}
