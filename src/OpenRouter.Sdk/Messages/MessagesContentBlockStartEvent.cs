using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary><c>content_block_start</c>: a new content block began (a text block's text still empty, a tool call's input <c>{}</c>).</summary>
public sealed class MessagesContentBlockStartEvent : MessagesStreamEvent
{
    /// <summary>The block's position in the message's content.</summary>
    [JsonPropertyName("index")]
    public int Index { get; set; }

    /// <summary>The block as it starts.</summary>
    [JsonPropertyName("content_block")]
    public MessagesContentBlock ContentBlock { get; set; } = new();
}
