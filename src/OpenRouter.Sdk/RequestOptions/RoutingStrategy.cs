using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// How OpenRouter chose the model and provider of a call (<c>openrouter_metadata.strategy</c>).
/// An open enumeration: unknown values are kept and round-trip unchanged; comparison ignores case.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct RoutingStrategy : IEquatable<RoutingStrategy>, IOpenEnum
{
    private const string DirectValue = "direct";
    private const string AutoValue = "auto";
    private const string FreeValue = "free";
    private const string LatestValue = "latest";
    private const string AliasValue = "alias";
    private const string FallbackValue = "fallback";
    private const string ParetoValue = "pareto";
    private const string BodybuilderValue = "bodybuilder";
    private const string FusionValue = "fusion";

    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value, for example <c>"direct"</c>.</param>
    public RoutingStrategy(string value)
    {
        _value = Argument.NotNull(value);
    }

    /// <summary>The model asked for, directly. (<c>direct</c>)</summary>
    public static RoutingStrategy Direct { get; } = new(DirectValue);

    /// <summary>The auto router chose. (<c>auto</c>)</summary>
    public static RoutingStrategy Auto { get; } = new(AutoValue);

    /// <summary>The free router chose. (<c>free</c>)</summary>
    public static RoutingStrategy Free { get; } = new(FreeValue);

    /// <summary>The latest version of a model family. (<c>latest</c>)</summary>
    public static RoutingStrategy Latest { get; } = new(LatestValue);

    /// <summary>A model alias was resolved. (<c>alias</c>)</summary>
    public static RoutingStrategy Alias { get; } = new(AliasValue);

    /// <summary>A fallback model or provider answered. (<c>fallback</c>)</summary>
    public static RoutingStrategy Fallback { get; } = new(FallbackValue);

    /// <summary>The Pareto router chose. (<c>pareto</c>)</summary>
    public static RoutingStrategy Pareto { get; } = new(ParetoValue);

    /// <summary>The bodybuilder router chose. (<c>bodybuilder</c>)</summary>
    public static RoutingStrategy Bodybuilder { get; } = new(BodybuilderValue);

    /// <summary>Several models answered together (fusion). (<c>fusion</c>)</summary>
    public static RoutingStrategy Fusion { get; } = new(FusionValue);

    /// <summary>The wire value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator ==(RoutingStrategy left, RoutingStrategy right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator !=(RoutingStrategy left, RoutingStrategy right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    public static implicit operator RoutingStrategy(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(RoutingStrategy other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RoutingStrategy other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    public override string ToString() => Value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    internal sealed class Converter : OpenEnumConverter<RoutingStrategy>
    {
        protected override RoutingStrategy Create(string value) => new(value);

        protected override string? TryGetKnown(ReadOnlySpan<byte> utf8)
        {
            if (utf8.SequenceEqual("direct"u8))
            {
                return DirectValue;
            }

            if (utf8.SequenceEqual("auto"u8))
            {
                return AutoValue;
            }

            if (utf8.SequenceEqual("free"u8))
            {
                return FreeValue;
            }

            if (utf8.SequenceEqual("latest"u8))
            {
                return LatestValue;
            }

            if (utf8.SequenceEqual("alias"u8))
            {
                return AliasValue;
            }

            if (utf8.SequenceEqual("fallback"u8))
            {
                return FallbackValue;
            }

            if (utf8.SequenceEqual("pareto"u8))
            {
                return ParetoValue;
            }

            if (utf8.SequenceEqual("bodybuilder"u8))
            {
                return BodybuilderValue;
            }

            if (utf8.SequenceEqual("fusion"u8))
            {
                return FusionValue;
            }

            return null;
        }
    }
}
