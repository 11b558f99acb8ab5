using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary><c>message_stop</c>: the message is complete. The stream's last event.</summary>
public sealed class MessagesStopEvent : MessagesStreamEvent
{
    /// <summary>OpenRouter's routing metadata, when asked for with the <c>X-OpenRouter-Metadata</c> header, as sent.</summary>
    [JsonPropertyName("openrouter_metadata")]
    public JsonElement? OpenRouterMetadata { get; set; }
}
