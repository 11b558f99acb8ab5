using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;

namespace OpenRouter.Sdk;

/// <summary>
/// One message of a Messages API conversation: a <see cref="Role"/> (<c>user</c> or <c>assistant</c>; OpenRouter also
/// takes <c>system</c>) and its <see cref="Content"/>, a string or content blocks. An answer's
/// <see cref="MessagesResponse.Content"/> goes back as an assistant message unchanged (<see cref="Assistant(MessagesResponse)"/>).
/// </summary>
public sealed class MessagesMessage
{
    /// <summary>Who wrote the message.</summary>
    [JsonPropertyName("role")]
    public MessageRole Role { get; set; } = MessageRole.User;

    /// <summary>The message's content: a string or content blocks (text, images, documents, tool calls and results, thinking).</summary>
    [JsonPropertyName("content")]
    public MessagesContent Content { get; set; } = new(string.Empty);

    /// <summary>Members not modelled above, kept as received and sent as they are.</summary>
    [JsonIgnore]
    public JsonObject? AdditionalProperties { get; set; }

    [JsonExtensionData]
    [JsonInclude]
    internal IDictionary<string, JsonElement>? ExtensionData
    {
        get => Serialization.JsonObjectExtensionData.Wrap(AdditionalProperties);
        set => AdditionalProperties = Serialization.JsonObjectExtensionData.Unwrap(value);
    }

    /// <summary>A user message.</summary>
    /// <param name="content">A string or content blocks.</param>
    /// <returns>The message.</returns>
    public static MessagesMessage User(MessagesContent content) => new() { Role = MessageRole.User, Content = Argument.NotNull(content) };

    /// <summary>An assistant message (an earlier answer, or a prefill the model continues).</summary>
    /// <param name="content">A string or content blocks.</param>
    /// <returns>The message.</returns>
    public static MessagesMessage Assistant(MessagesContent content) => new() { Role = MessageRole.Assistant, Content = Argument.NotNull(content) };

    /// <summary>An assistant message made of an answer's content blocks, to send the answer back in the next request.</summary>
    /// <param name="response">The answer; its <see cref="MessagesResponse.Content"/> blocks are copied into the message as they are.</param>
    /// <returns>The message.</returns>
    public static MessagesMessage Assistant(MessagesResponse response) => Assistant(new MessagesContent(Argument.NotNull(response).Content));
}
