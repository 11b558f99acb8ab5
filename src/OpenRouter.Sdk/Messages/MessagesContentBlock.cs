using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;

namespace OpenRouter.Sdk;

/// <summary>
/// One content block of the Messages API, in a request's messages or an answer's content. <see cref="Type"/> says
/// which members apply: <c>text</c> (<see cref="Text"/>, <see cref="Citations"/>), <c>image</c> and <c>document</c>
/// (<see cref="Source"/>, <see cref="Title"/>, <see cref="Context"/>), <c>tool_use</c> and <c>server_tool_use</c>
/// (<see cref="Id"/>, <see cref="Name"/>, <see cref="Input"/>), <c>tool_result</c> (<see cref="ToolUseId"/>,
/// <see cref="Content"/>, <see cref="IsError"/>), <c>thinking</c> (<see cref="Thinking"/>, <see cref="Signature"/>),
/// <c>redacted_thinking</c> (<see cref="Data"/>). Blocks of other types (server tool results, ...) keep all their
/// members in <see cref="AdditionalProperties"/>, so an answer's blocks can be sent back unchanged.
/// </summary>
public sealed class MessagesContentBlock
{
    /// <summary>The kind of block.</summary>
    [JsonPropertyName("type")]
    [JsonPropertyOrder(-1)]
    public MessagesContentBlockType Type { get; set; }

    /// <summary>The text (<c>text</c>).</summary>
    [JsonPropertyName("text")]
    public string? Text { get; set; }

    /// <summary>
    /// Citations: of a <c>text</c> block, the array of sources the text cites (as sent); of a <c>document</c>,
    /// <c>{"enabled": true}</c> to let the model cite it.
    /// </summary>
    [JsonPropertyName("citations")]
    public JsonElement? Citations { get; set; }

    /// <summary>Where an <c>image</c> or <c>document</c> comes from: base64 data, a URL, plain text or an uploaded file.</summary>
    [JsonPropertyName("source")]
    public MessagesContentSource? Source { get; set; }

    /// <summary>The title of a <c>document</c>.</summary>
    [JsonPropertyName("title")]
    public string? Title { get; set; }

    /// <summary>Context about a <c>document</c> that the model reads but does not cite.</summary>
    [JsonPropertyName("context")]
    public string? Context { get; set; }

    /// <summary>The id of a <c>tool_use</c> or <c>server_tool_use</c> block, such as <c>toolu_01…</c>.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>The name of the tool called (<c>tool_use</c>, <c>server_tool_use</c>).</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>The input the model gives the tool (<c>tool_use</c>, <c>server_tool_use</c>), a JSON object.</summary>
    [JsonPropertyName("input")]
    public JsonElement? Input { get; set; }

    /// <summary>The id of the <c>tool_use</c> block a <c>tool_result</c> answers.</summary>
    [JsonPropertyName("tool_use_id")]
    public string? ToolUseId { get; set; }

    /// <summary>The result of a tool (<c>tool_result</c>): a string or blocks; or a server tool result's content.</summary>
    [JsonPropertyName("content")]
    public MessagesContent? Content { get; set; }

    /// <summary>Whether a <c>tool_result</c> reports a failure of the tool.</summary>
    [JsonPropertyName("is_error")]
    public bool? IsError { get; set; }

    /// <summary>The thinking text (<c>thinking</c>).</summary>
    [JsonPropertyName("thinking")]
    public string? Thinking { get; set; }

    /// <summary>The signature of a <c>thinking</c> block; send it back unchanged with the block.</summary>
    [JsonPropertyName("signature")]
    public string? Signature { get; set; }

    /// <summary>The encrypted thinking of a <c>redacted_thinking</c> block; send it back unchanged.</summary>
    [JsonPropertyName("data")]
    public string? Data { get; set; }

    /// <summary>Prompt caching up to and including this block (<c>{"type": "ephemeral"}</c>).</summary>
    [JsonPropertyName("cache_control")]
    public CacheControl? CacheControl { get; set; }

    /// <summary>Members not modelled above (a tool call's <c>caller</c>, a server tool result's members, ...), kept as received and sent as they are.</summary>
    [JsonIgnore]
    public JsonObject? AdditionalProperties { get; set; }

    [JsonExtensionData]
    [JsonInclude]
    internal IDictionary<string, JsonElement>? ExtensionData
    {
        get => Serialization.JsonObjectExtensionData.Wrap(AdditionalProperties);
        set => AdditionalProperties = Serialization.JsonObjectExtensionData.Unwrap(value);
    }

    /// <summary>A <c>text</c> block.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The block.</returns>
    public static MessagesContentBlock CreateText(string text) => new() { Type = MessagesContentBlockType.Text, Text = Argument.NotNull(text) };

    /// <summary>An <c>image</c> block.</summary>
    /// <param name="source">The image: <see cref="MessagesContentSource.Base64"/> or <see cref="MessagesContentSource.Url"/>.</param>
    /// <returns>The block.</returns>
    public static MessagesContentBlock CreateImage(MessagesContentSource source) =>
        new() { Type = MessagesContentBlockType.Image, Source = Argument.NotNull(source) };

    /// <summary>A <c>document</c> block (a PDF or text).</summary>
    /// <param name="source">The document: base64 PDF data, a URL, plain text or a file id.</param>
    /// <param name="title">The document's title, or null.</param>
    /// <returns>The block.</returns>
    public static MessagesContentBlock CreateDocument(MessagesContentSource source, string? title) =>
        new() { Type = MessagesContentBlockType.Document, Source = Argument.NotNull(source), Title = title };

    /// <summary>A <c>tool_use</c> block: a tool call of an earlier answer, sent back in an assistant message.</summary>
    /// <param name="id">The call's id.</param>
    /// <param name="name">The tool's name.</param>
    /// <param name="input">The tool's input, a JSON object.</param>
    /// <returns>The block.</returns>
    public static MessagesContentBlock CreateToolUse(string id, string name, JsonElement input) =>
        new() { Type = MessagesContentBlockType.ToolUse, Id = Argument.NotBlank(id), Name = Argument.NotBlank(name), Input = input };

    /// <summary>A <c>tool_result</c> block: the result of a tool call, sent in a user message.</summary>
    /// <param name="toolUseId">The id of the <c>tool_use</c> block it answers.</param>
    /// <param name="content">The result: a string or blocks.</param>
    /// <param name="isError">True when the tool failed; null to leave it out.</param>
    /// <returns>The block.</returns>
    public static MessagesContentBlock CreateToolResult(string toolUseId, MessagesContent content, bool? isError) =>
        new() { Type = MessagesContentBlockType.ToolResult, ToolUseId = Argument.NotBlank(toolUseId), Content = Argument.NotNull(content), IsError = isError };

    /// <summary>A <c>thinking</c> block of an earlier answer, sent back with its signature.</summary>
    /// <param name="thinking">The thinking text.</param>
    /// <param name="signature">The block's signature, as received.</param>
    /// <returns>The block.</returns>
    public static MessagesContentBlock CreateThinking(string thinking, string signature) =>
        new() { Type = MessagesContentBlockType.Thinking, Thinking = Argument.NotNull(thinking), Signature = Argument.NotNull(signature) };

    /// <summary>A <c>redacted_thinking</c> block of an earlier answer, sent back unchanged.</summary>
    /// <param name="data">The encrypted thinking, as received.</param>
    /// <returns>The block.</returns>
    public static MessagesContentBlock CreateRedactedThinking(string data) =>
        new() { Type = MessagesContentBlockType.RedactedThinking, Data = Argument.NotNull(data) };
}
