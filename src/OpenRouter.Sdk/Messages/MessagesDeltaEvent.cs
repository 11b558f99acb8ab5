using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary><c>message_delta</c>: the message's stop reason and its output usage (with OpenRouter's cost), near the end of the stream.</summary>
public sealed class MessagesDeltaEvent : MessagesStreamEvent
{
    /// <summary>The changes to the message: stop reason, stop sequence.</summary>
    [JsonPropertyName("delta")]
    public MessagesMessageDelta Delta { get; set; } = new();

    /// <summary>The usage so far (output tokens; the input counts again when the server repeats them; the cost).</summary>
    [JsonPropertyName("usage")]
    public MessagesUsage? Usage { get; set; }
}
