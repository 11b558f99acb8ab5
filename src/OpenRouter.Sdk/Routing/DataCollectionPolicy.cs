using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// Whether providers that may store or train on prompts are allowed (`provider.data_collection`).
/// An open enumeration: unknown values are kept and round-trip unchanged; comparison ignores case.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct DataCollectionPolicy : IEquatable<DataCollectionPolicy>, IOpenEnum
{
    private const string AllowValue = "allow";
    private const string DenyValue = "deny";

    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value, for example <c>"allow"</c>.</param>
    public DataCollectionPolicy(string value)
    {
        _value = Argument.NotNull(value);
    }

    /// <summary>Allow providers that collect data (the default). (<c>allow</c>)</summary>
    public static DataCollectionPolicy Allow { get; } = new(AllowValue);

    /// <summary>Use only providers that do not collect data. (<c>deny</c>)</summary>
    public static DataCollectionPolicy Deny { get; } = new(DenyValue);

    /// <summary>The wire value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator ==(DataCollectionPolicy left, DataCollectionPolicy right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator !=(DataCollectionPolicy left, DataCollectionPolicy right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    public static implicit operator DataCollectionPolicy(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(DataCollectionPolicy other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DataCollectionPolicy other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    public override string ToString() => Value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    internal sealed class Converter : OpenEnumConverter<DataCollectionPolicy>
    {
        protected override DataCollectionPolicy Create(string value) => new(value);

        protected override string? TryGetKnown(ReadOnlySpan<byte> utf8)
        {
            if (utf8.SequenceEqual("allow"u8))
            {
                return AllowValue;
            }

            if (utf8.SequenceEqual("deny"u8))
            {
                return DenyValue;
            }

            return null;
        }
    }
}
