using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// The kind of a content block of the Messages API (<c>type</c>): text, an image, a tool call, thinking, ...
/// An open enumeration: unknown values are kept and round-trip unchanged; comparison ignores case.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct MessagesContentBlockType : IEquatable<MessagesContentBlockType>, IOpenEnum
{
    private const string TextValue = "text";
    private const string ImageValue = "image";
    private const string DocumentValue = "document";
    private const string ToolUseValue = "tool_use";
    private const string ToolResultValue = "tool_result";
    private const string ThinkingValue = "thinking";
    private const string RedactedThinkingValue = "redacted_thinking";
    private const string ServerToolUseValue = "server_tool_use";
    private const string WebSearchToolResultValue = "web_search_tool_result";
    private const string SearchResultValue = "search_result";

    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value, for example <c>"text"</c>.</param>
    public MessagesContentBlockType(string value)
    {
        _value = Argument.NotNull(value);
    }

    /// <summary>Text. (<c>text</c>)</summary>
    public static MessagesContentBlockType Text { get; } = new(TextValue);

    /// <summary>An image (request). (<c>image</c>)</summary>
    public static MessagesContentBlockType Image { get; } = new(ImageValue);

    /// <summary>A document such as a PDF (request). (<c>document</c>)</summary>
    public static MessagesContentBlockType Document { get; } = new(DocumentValue);

    /// <summary>A call of one of the request's tools. (<c>tool_use</c>)</summary>
    public static MessagesContentBlockType ToolUse { get; } = new(ToolUseValue);

    /// <summary>The result of a tool call, sent back in a user message. (<c>tool_result</c>)</summary>
    public static MessagesContentBlockType ToolResult { get; } = new(ToolResultValue);

    /// <summary>The model's extended thinking, with its signature. (<c>thinking</c>)</summary>
    public static MessagesContentBlockType Thinking { get; } = new(ThinkingValue);

    /// <summary>Thinking the provider encrypted; send it back unchanged. (<c>redacted_thinking</c>)</summary>
    public static MessagesContentBlockType RedactedThinking { get; } = new(RedactedThinkingValue);

    /// <summary>A call of a server tool run by the server. (<c>server_tool_use</c>)</summary>
    public static MessagesContentBlockType ServerToolUse { get; } = new(ServerToolUseValue);

    /// <summary>The result of a web search server tool. (<c>web_search_tool_result</c>)</summary>
    public static MessagesContentBlockType WebSearchToolResult { get; } = new(WebSearchToolResultValue);

    /// <summary>A search result given to the model (request). (<c>search_result</c>)</summary>
    public static MessagesContentBlockType SearchResult { get; } = new(SearchResultValue);

    /// <summary>The wire value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator ==(MessagesContentBlockType left, MessagesContentBlockType right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator !=(MessagesContentBlockType left, MessagesContentBlockType right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    public static implicit operator MessagesContentBlockType(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(MessagesContentBlockType other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is MessagesContentBlockType other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    public override string ToString() => Value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    internal sealed class Converter : OpenEnumConverter<MessagesContentBlockType>
    {
        protected override MessagesContentBlockType Create(string value) => new(value);

        protected override string? TryGetKnown(ReadOnlySpan<byte> utf8)
        {
            if (utf8.SequenceEqual("text"u8))
            {
                return TextValue;
            }

            if (utf8.SequenceEqual("image"u8))
            {
                return ImageValue;
            }

            if (utf8.SequenceEqual("document"u8))
            {
                return DocumentValue;
            }

            if (utf8.SequenceEqual("tool_use"u8))
            {
                return ToolUseValue;
            }

            if (utf8.SequenceEqual("tool_result"u8))
            {
                return ToolResultValue;
            }

            if (utf8.SequenceEqual("thinking"u8))
            {
                return ThinkingValue;
            }

            if (utf8.SequenceEqual("redacted_thinking"u8))
            {
                return RedactedThinkingValue;
            }

            if (utf8.SequenceEqual("server_tool_use"u8))
            {
                return ServerToolUseValue;
            }

            if (utf8.SequenceEqual("web_search_tool_result"u8))
            {
                return WebSearchToolResultValue;
            }

            if (utf8.SequenceEqual("search_result"u8))
            {
                return SearchResultValue;
            }

            return null;
        }
    }
}
