using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary><c>content_block_delta</c>: more of a content block: text, a tool call's partial JSON input, thinking, a signature, a citation.</summary>
public sealed class MessagesContentBlockDeltaEvent : MessagesStreamEvent
{
    /// <summary>The block's position in the message's content.</summary>
    [JsonPropertyName("index")]
    public int Index { get; set; }

    /// <summary>What was added.</summary>
    [JsonPropertyName("delta")]
    public MessagesContentDelta Delta { get; set; } = new();
}
