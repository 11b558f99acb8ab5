using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// How detailed a reasoning summary should be (`reasoning.summary`).
/// An open enumeration: unknown values are kept and round-trip unchanged; comparison ignores case.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct ReasoningSummary : IEquatable<ReasoningSummary>, IOpenEnum
{
    private const string AutoValue = "auto";
    private const string ConciseValue = "concise";
    private const string DetailedValue = "detailed";

    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value, for example <c>"auto"</c>.</param>
    public ReasoningSummary(string value)
    {
        _value = Argument.NotNull(value);
    }

    /// <summary>The provider chooses. (<c>auto</c>)</summary>
    public static ReasoningSummary Auto { get; } = new(AutoValue);

    /// <summary>A short summary. (<c>concise</c>)</summary>
    public static ReasoningSummary Concise { get; } = new(ConciseValue);

    /// <summary>A detailed summary. (<c>detailed</c>)</summary>
    public static ReasoningSummary Detailed { get; } = new(DetailedValue);

    /// <summary>The wire value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator ==(ReasoningSummary left, ReasoningSummary right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator !=(ReasoningSummary left, ReasoningSummary right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    public static implicit operator ReasoningSummary(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(ReasoningSummary other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ReasoningSummary other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    public override string ToString() => Value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    internal sealed class Converter : OpenEnumConverter<ReasoningSummary>
    {
        protected override ReasoningSummary Create(string value) => new(value);

        protected override string? TryGetKnown(ReadOnlySpan<byte> utf8)
        {
            if (utf8.SequenceEqual("auto"u8))
            {
                return AutoValue;
            }

            if (utf8.SequenceEqual("concise"u8))
            {
                return ConciseValue;
            }

            if (utf8.SequenceEqual("detailed"u8))
            {
                return DetailedValue;
            }

            return null;
        }
    }
}
