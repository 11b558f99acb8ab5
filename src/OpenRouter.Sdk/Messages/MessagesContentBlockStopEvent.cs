using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary><c>content_block_stop</c>: a content block is complete.</summary>
public sealed class MessagesContentBlockStopEvent : MessagesStreamEvent
{
    /// <summary>The block's position in the message's content.</summary>
    [JsonPropertyName("index")]
    public int Index { get; set; }
}
