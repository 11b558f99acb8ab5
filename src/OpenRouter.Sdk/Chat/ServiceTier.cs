using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// A provider service tier (`service_tier`).
/// An open enumeration: unknown values are kept and round-trip unchanged; comparison ignores case.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct ServiceTier : IEquatable<ServiceTier>, IOpenEnum
{
    private const string AutoValue = "auto";
    private const string DefaultValue = "default";
    private const string FastValue = "fast";
    private const string FlexValue = "flex";
    private const string PriorityValue = "priority";
    private const string ScaleValue = "scale";

    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value, for example <c>"auto"</c>.</param>
    public ServiceTier(string value)
    {
        _value = Argument.NotNull(value);
    }

    /// <summary>The provider chooses. (<c>auto</c>)</summary>
    public static ServiceTier Auto { get; } = new(AutoValue);

    /// <summary>The default tier. (<c>default</c>)</summary>
    public static ServiceTier Default { get; } = new(DefaultValue);

    /// <summary>The fast tier (same as priority). (<c>fast</c>)</summary>
    public static ServiceTier Fast { get; } = new(FastValue);

    /// <summary>The flex tier. (<c>flex</c>)</summary>
    public static ServiceTier Flex { get; } = new(FlexValue);

    /// <summary>The priority tier. (<c>priority</c>)</summary>
    public static ServiceTier Priority { get; } = new(PriorityValue);

    /// <summary>The scale tier. (<c>scale</c>)</summary>
    public static ServiceTier Scale { get; } = new(ScaleValue);

    /// <summary>The wire value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator ==(ServiceTier left, ServiceTier right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator !=(ServiceTier left, ServiceTier right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    public static implicit operator ServiceTier(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(ServiceTier other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ServiceTier other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    public override string ToString() => Value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    internal sealed class Converter : OpenEnumConverter<ServiceTier>
    {
        protected override ServiceTier Create(string value) => new(value);

        protected override string? TryGetKnown(ReadOnlySpan<byte> utf8)
        {
            if (utf8.SequenceEqual("auto"u8))
            {
                return AutoValue;
            }

            if (utf8.SequenceEqual("default"u8))
            {
                return DefaultValue;
            }

            if (utf8.SequenceEqual("fast"u8))
            {
                return FastValue;
            }

            if (utf8.SequenceEqual("flex"u8))
            {
                return FlexValue;
            }

            if (utf8.SequenceEqual("priority"u8))
            {
                return PriorityValue;
            }

            if (utf8.SequenceEqual("scale"u8))
            {
                return ScaleValue;
            }

            return null;
        }
    }
}
