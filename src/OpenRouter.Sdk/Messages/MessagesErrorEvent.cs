using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// <c>error</c>: the stream failed (such as <c>overloaded_error</c>). The stream does not hand it out: it ends with
/// <see cref="OpenRouterStreamException"/>, whose <see cref="OpenRouterStreamException.MessagesErrorEvent"/> is this event.
/// </summary>
public sealed class MessagesErrorEvent : MessagesStreamEvent
{
    /// <summary>What went wrong.</summary>
    [JsonPropertyName("error")]
    public MessagesError? Error { get; set; }

    /// <summary>OpenRouter's routing metadata, as sent.</summary>
    [JsonPropertyName("openrouter_metadata")]
    public JsonElement? OpenRouterMetadata { get; set; }
}
