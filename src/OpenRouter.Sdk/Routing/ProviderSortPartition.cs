using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// Whether sorting is applied per model or across all fallback models (`provider.sort.partition`).
/// An open enumeration: unknown values are kept and round-trip unchanged; comparison ignores case.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct ProviderSortPartition : IEquatable<ProviderSortPartition>, IOpenEnum
{
    private const string ModelValue = "model";
    private const string NoneValue = "none";

    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value, for example <c>"model"</c>.</param>
    public ProviderSortPartition(string value)
    {
        _value = Argument.NotNull(value);
    }

    /// <summary>Sort the endpoints of each model separately (the default). (<c>model</c>)</summary>
    public static ProviderSortPartition Model { get; } = new(ModelValue);

    /// <summary>Sort the endpoints of all models together. (<c>none</c>)</summary>
    public static ProviderSortPartition None { get; } = new(NoneValue);

    /// <summary>The wire value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator ==(ProviderSortPartition left, ProviderSortPartition right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator !=(ProviderSortPartition left, ProviderSortPartition right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    public static implicit operator ProviderSortPartition(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(ProviderSortPartition other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ProviderSortPartition other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    public override string ToString() => Value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    internal sealed class Converter : OpenEnumConverter<ProviderSortPartition>
    {
        protected override ProviderSortPartition Create(string value) => new(value);

        protected override string? TryGetKnown(ReadOnlySpan<byte> utf8)
        {
            if (utf8.SequenceEqual("model"u8))
            {
                return ModelValue;
            }

            if (utf8.SequenceEqual("none"u8))
            {
                return NoneValue;
            }

            return null;
        }
    }
}
