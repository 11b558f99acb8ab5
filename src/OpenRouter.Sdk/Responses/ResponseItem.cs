using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;

namespace OpenRouter.Sdk;

/// <summary>
/// One item of a Responses API conversation: an element of the request's <c>input</c> or of the response's
/// <c>output</c>. <see cref="Type"/> says which members apply: <c>message</c> (<see cref="Role"/>,
/// <see cref="Content"/>), <c>function_call</c> (<see cref="CallId"/>, <see cref="Name"/>, <see cref="Arguments"/>),
/// <c>function_call_output</c> (<see cref="CallId"/>, <see cref="Output"/>), <c>reasoning</c> (<see cref="Content"/>
/// with <c>reasoning_text</c> parts, <see cref="Summary"/>, <see cref="EncryptedContent"/>). Items of other types
/// (server tool calls, ...) keep all their members, so an output item can be sent back as input unchanged: the API
/// is stateless, and a conversation goes on by sending its whole history again.
/// </summary>
public sealed class ResponseItem
{
    /// <summary>
    /// The kind of item. A message may leave it out (<c>{"role": "user", "content": "..."}</c>), so it is null for
    /// such a message as received, and is not sent when null.
    /// </summary>
    [JsonPropertyName("type")]
    [JsonPropertyOrder(-1)]
    public ResponseItemType? Type { get; set; }

    /// <summary>The item's id, when the server gave one (such as <c>msg_…</c> or <c>rs_…</c>).</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>The item's state in an output (<c>in_progress</c>, <c>completed</c>, <c>incomplete</c>).</summary>
    [JsonPropertyName("status")]
    public ResponseStatus? Status { get; set; }

    /// <summary>Who wrote the message (<c>message</c>): <c>user</c>, <c>assistant</c>, <c>system</c> or <c>developer</c>.</summary>
    [JsonPropertyName("role")]
    public MessageRole? Role { get; set; }

    /// <summary>
    /// The message's content (<c>message</c>: a string or <c>input_text</c>/<c>output_text</c>/... parts), or the
    /// reasoning text (<c>reasoning</c>: <c>reasoning_text</c> parts).
    /// </summary>
    [JsonPropertyName("content")]
    public ResponseItemContent? Content { get; set; }

    /// <summary>The reasoning summary parts (<c>reasoning</c>, <c>summary_text</c> parts).</summary>
    [JsonPropertyName("summary")]
    public IList<ResponseContentPart>? Summary { get; set; }

    /// <summary>Opaque encrypted reasoning (<c>reasoning</c>), when <c>reasoning.encrypted_content</c> was included; send it back unchanged.</summary>
    [JsonPropertyName("encrypted_content")]
    public string? EncryptedContent { get; set; }

    /// <summary>The format of the encrypted reasoning (<c>reasoning</c>), such as <c>openai-responses-v1</c>.</summary>
    [JsonPropertyName("format")]
    public string? Format { get; set; }

    /// <summary>The phase of an assistant message (<c>message</c>), such as <c>final_answer</c>.</summary>
    [JsonPropertyName("phase")]
    public string? Phase { get; set; }

    /// <summary>The id that ties a function call to its output (<c>function_call</c>, <c>function_call_output</c>).</summary>
    [JsonPropertyName("call_id")]
    public string? CallId { get; set; }

    /// <summary>The function's name (<c>function_call</c>).</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>The call's arguments as JSON text (<c>function_call</c>).</summary>
    [JsonPropertyName("arguments")]
    public string? Arguments { get; set; }

    /// <summary>The function's result (<c>function_call_output</c>), usually JSON text.</summary>
    [JsonPropertyName("output")]
    public string? Output { get; set; }

    /// <summary>Members not modelled above, sent and received as they are.</summary>
    [JsonIgnore]
    public JsonObject? AdditionalProperties { get; set; }

    [JsonExtensionData]
    [JsonInclude]
    internal IDictionary<string, JsonElement>? ExtensionData
    {
        get => Serialization.JsonObjectExtensionData.Wrap(AdditionalProperties);
        set => AdditionalProperties = Serialization.JsonObjectExtensionData.Unwrap(value);
    }

    /// <summary>The text of a message or of a reasoning item's content: the string, or its parts' text joined; empty when there is none.</summary>
    [JsonIgnore]
    public string Text => Content?.ToString() ?? string.Empty;

    /// <summary>Creates a message item.</summary>
    /// <param name="role">Who wrote it, such as <see cref="MessageRole.User"/>.</param>
    /// <param name="content">The text, or parts (<see cref="ResponseContentPart.InputText"/>, <see cref="ResponseContentPart.InputImage"/>, ...).</param>
    /// <returns>The item.</returns>
    public static ResponseItem Message(MessageRole role, ResponseItemContent content) =>
        new() { Type = ResponseItemType.Message, Role = role, Content = Argument.NotNull(content) };

    /// <summary>Creates a user message item.</summary>
    /// <param name="content">The text, or parts.</param>
    /// <returns>The item.</returns>
    public static ResponseItem UserMessage(ResponseItemContent content) => Message(MessageRole.User, content);

    /// <summary>Creates a function call item (a call the model made, when the conversation is sent back).</summary>
    /// <param name="callId">The call's id, as the model gave it.</param>
    /// <param name="name">The function's name.</param>
    /// <param name="arguments">The arguments as JSON text.</param>
    /// <returns>The item.</returns>
    public static ResponseItem FunctionCall(string callId, string name, string arguments) =>
        new() { Type = ResponseItemType.FunctionCall, CallId = Argument.NotBlank(callId), Name = Argument.NotBlank(name), Arguments = Argument.NotNull(arguments) };

    /// <summary>Creates a function call output item: the result of the call with <paramref name="callId"/>.</summary>
    /// <param name="callId">The call's id (<see cref="CallId"/> of the model's <c>function_call</c> item).</param>
    /// <param name="output">The result, usually JSON text.</param>
    /// <returns>The item.</returns>
    public static ResponseItem FunctionCallOutput(string callId, string output) =>
        new() { Type = ResponseItemType.FunctionCallOutput, CallId = Argument.NotBlank(callId), Output = Argument.NotNull(output) };
}
