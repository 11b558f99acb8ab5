using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// Where a file is stored (the <c>provider</c> query of the Files operations): OpenRouter storage when not given, or the named provider with your own key for it (BYOK). Its answers then come in that provider's shape.
/// An open enumeration: unknown values are kept and round-trip unchanged; comparison ignores case.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct FileProvider : IEquatable<FileProvider>, IOpenEnum
{
    private const string OpenAIValue = "openai";
    private const string AnthropicValue = "anthropic";

    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value, for example <c>"openai"</c>.</param>
    public FileProvider(string value)
    {
        _value = Argument.NotNull(value);
    }

    /// <summary>OpenAI's Files API, with your OpenAI key. (<c>openai</c>)</summary>
    public static FileProvider OpenAI { get; } = new(OpenAIValue);

    /// <summary>Anthropic's Files API, with your Anthropic key. (<c>anthropic</c>)</summary>
    public static FileProvider Anthropic { get; } = new(AnthropicValue);

    /// <summary>The wire value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator ==(FileProvider left, FileProvider right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator !=(FileProvider left, FileProvider right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    public static implicit operator FileProvider(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(FileProvider other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is FileProvider other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    public override string ToString() => Value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    internal sealed class Converter : OpenEnumConverter<FileProvider>
    {
        protected override FileProvider Create(string value) => new(value);

        protected override string? TryGetKnown(ReadOnlySpan<byte> utf8)
        {
            if (utf8.SequenceEqual("openai"u8))
            {
                return OpenAIValue;
            }

            if (utf8.SequenceEqual("anthropic"u8))
            {
                return AnthropicValue;
            }

            return null;
        }
    }
}
