using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// The status of a preset (<c>status</c>): whether it can be used.
/// An open enumeration: unknown values are kept and round-trip unchanged; comparison ignores case.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct PresetStatus : IEquatable<PresetStatus>, IOpenEnum
{
    private const string ActiveValue = "active";
    private const string DisabledValue = "disabled";
    private const string ArchivedValue = "archived";

    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value, for example <c>"active"</c>.</param>
    public PresetStatus(string value)
    {
        _value = Argument.NotNull(value);
    }

    /// <summary>The preset is in use. (<c>active</c>)</summary>
    public static PresetStatus Active { get; } = new(ActiveValue);

    /// <summary>The preset is turned off. (<c>disabled</c>)</summary>
    public static PresetStatus Disabled { get; } = new(DisabledValue);

    /// <summary>The preset is archived. (<c>archived</c>)</summary>
    public static PresetStatus Archived { get; } = new(ArchivedValue);

    /// <summary>The wire value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator ==(PresetStatus left, PresetStatus right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator !=(PresetStatus left, PresetStatus right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    public static implicit operator PresetStatus(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(PresetStatus other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PresetStatus other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    public override string ToString() => Value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    internal sealed class Converter : OpenEnumConverter<PresetStatus>
    {
        protected override PresetStatus Create(string value) => new(value);

        protected override string? TryGetKnown(ReadOnlySpan<byte> utf8)
        {
            if (utf8.SequenceEqual("active"u8))
            {
                return ActiveValue;
            }

            if (utf8.SequenceEqual("disabled"u8))
            {
                return DisabledValue;
            }

            if (utf8.SequenceEqual("archived"u8))
            {
                return ArchivedValue;
            }

            return null;
        }
    }
}
