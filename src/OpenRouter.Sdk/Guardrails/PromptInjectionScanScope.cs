using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// Which messages the prompt injection detector scans (<c>scan_scope</c>); only for <see cref="ContentFilterBuiltinSlug.RegexPromptInjection"/>.
/// An open enumeration: unknown values are kept and round-trip unchanged; comparison ignores case.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct PromptInjectionScanScope : IEquatable<PromptInjectionScanScope>, IOpenEnum
{
    private const string UserOnlyValue = "user_only";
    private const string AllMessagesValue = "all_messages";

    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value, for example <c>"user_only"</c>.</param>
    public PromptInjectionScanScope(string value)
    {
        _value = Argument.NotNull(value);
    }

    /// <summary>Only the user's messages. (<c>user_only</c>)</summary>
    public static PromptInjectionScanScope UserOnly { get; } = new(UserOnlyValue);

    /// <summary>Every message (the server's default). (<c>all_messages</c>)</summary>
    public static PromptInjectionScanScope AllMessages { get; } = new(AllMessagesValue);

    /// <summary>The wire value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator ==(PromptInjectionScanScope left, PromptInjectionScanScope right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator !=(PromptInjectionScanScope left, PromptInjectionScanScope right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    public static implicit operator PromptInjectionScanScope(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(PromptInjectionScanScope other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PromptInjectionScanScope other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    public override string ToString() => Value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    internal sealed class Converter : OpenEnumConverter<PromptInjectionScanScope>
    {
        protected override PromptInjectionScanScope Create(string value) => new(value);

        protected override string? TryGetKnown(ReadOnlySpan<byte> utf8)
        {
            if (utf8.SequenceEqual("user_only"u8))
            {
                return UserOnlyValue;
            }

            if (utf8.SequenceEqual("all_messages"u8))
            {
                return AllMessagesValue;
            }

            return null;
        }
    }
}
