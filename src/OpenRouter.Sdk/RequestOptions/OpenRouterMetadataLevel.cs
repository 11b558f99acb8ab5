using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// Whether OpenRouter adds its routing metadata (<c>openrouter_metadata</c>) to an answer: the <c>X-OpenRouter-Metadata</c> header.
/// An open enumeration: unknown values are kept and round-trip unchanged; comparison ignores case.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct OpenRouterMetadataLevel : IEquatable<OpenRouterMetadataLevel>, IOpenEnum
{
    private const string EnabledValue = "enabled";
    private const string DisabledValue = "disabled";

    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value, for example <c>"enabled"</c>.</param>
    public OpenRouterMetadataLevel(string value)
    {
        _value = Argument.NotNull(value);
    }

    /// <summary>Adds the metadata. (<c>enabled</c>)</summary>
    public static OpenRouterMetadataLevel Enabled { get; } = new(EnabledValue);

    /// <summary>Leaves it out (the default). (<c>disabled</c>)</summary>
    public static OpenRouterMetadataLevel Disabled { get; } = new(DisabledValue);

    /// <summary>The wire value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator ==(OpenRouterMetadataLevel left, OpenRouterMetadataLevel right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator !=(OpenRouterMetadataLevel left, OpenRouterMetadataLevel right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    public static implicit operator OpenRouterMetadataLevel(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(OpenRouterMetadataLevel other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is OpenRouterMetadataLevel other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    public override string ToString() => Value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    internal sealed class Converter : OpenEnumConverter<OpenRouterMetadataLevel>
    {
        protected override OpenRouterMetadataLevel Create(string value) => new(value);

        protected override string? TryGetKnown(ReadOnlySpan<byte> utf8)
        {
            if (utf8.SequenceEqual("enabled"u8))
            {
                return EnabledValue;
            }

            if (utf8.SequenceEqual("disabled"u8))
            {
                return DisabledValue;
            }

            return null;
        }
    }
}
