using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary><c>message_start</c>: the stream's first event, the message with its id, model and input usage (no content yet).</summary>
public sealed class MessagesStartEvent : MessagesStreamEvent
{
    /// <summary>The message as it starts.</summary>
    [JsonPropertyName("message")]
    public MessagesResponse Message { get; set; } = new();
}
