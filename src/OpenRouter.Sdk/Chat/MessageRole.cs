using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// The author of a message (`role`).
/// An open enumeration: unknown values are kept and round-trip unchanged; comparison ignores case.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct MessageRole : IEquatable<MessageRole>, IOpenEnum
{
    private const string SystemValue = "system";
    private const string DeveloperValue = "developer";
    private const string UserValue = "user";
    private const string AssistantValue = "assistant";
    private const string ToolValue = "tool";

    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value, for example <c>"system"</c>.</param>
    public MessageRole(string value)
    {
        _value = Argument.NotNull(value);
    }

    /// <summary>Instructions from the application. (<c>system</c>)</summary>
    public static MessageRole System { get; } = new(SystemValue);

    /// <summary>Instructions from the developer (OpenAI reasoning models). (<c>developer</c>)</summary>
    public static MessageRole Developer { get; } = new(DeveloperValue);

    /// <summary>The end user. (<c>user</c>)</summary>
    public static MessageRole User { get; } = new(UserValue);

    /// <summary>The model. (<c>assistant</c>)</summary>
    public static MessageRole Assistant { get; } = new(AssistantValue);

    /// <summary>The result of a tool call. (<c>tool</c>)</summary>
    public static MessageRole Tool { get; } = new(ToolValue);

    /// <summary>The wire value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator ==(MessageRole left, MessageRole right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator !=(MessageRole left, MessageRole right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    public static implicit operator MessageRole(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(MessageRole other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is MessageRole other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    public override string ToString() => Value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    internal sealed class Converter : OpenEnumConverter<MessageRole>
    {
        protected override MessageRole Create(string value) => new(value);

        protected override string? TryGetKnown(ReadOnlySpan<byte> utf8)
        {
            if (utf8.SequenceEqual("system"u8))
            {
                return SystemValue;
            }

            if (utf8.SequenceEqual("developer"u8))
            {
                return DeveloperValue;
            }

            if (utf8.SequenceEqual("user"u8))
            {
                return UserValue;
            }

            if (utf8.SequenceEqual("assistant"u8))
            {
                return AssistantValue;
            }

            if (utf8.SequenceEqual("tool"u8))
            {
                return ToolValue;
            }

            return null;
        }
    }
}
