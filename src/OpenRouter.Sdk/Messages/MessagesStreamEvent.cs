using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// One event of a streamed Messages API answer (<see cref="OpenRouterMessagesClient.StreamAsync"/>). Each known
/// <see cref="Type"/> has its subclass (<see cref="MessagesContentBlockDeltaEvent"/> for <c>content_block_delta</c>,
/// ...); an event of a type not known here arrives as <see cref="UnknownMessagesStreamEvent"/>, never dropped.
/// <see cref="Json"/> holds every event's JSON as received.
/// </summary>
public abstract class MessagesStreamEvent
{
    private static readonly byte[] EmptyObject = { (byte)'{', (byte)'}' };

    private byte[]? _raw;
    private JsonElement? _json;

    /// <summary>The event type, such as <c>content_block_delta</c>.</summary>
    [JsonPropertyName("type")]
    public string Type { get; set; } = string.Empty;

    /// <summary>The event's JSON as received (an empty object for an event made in code).</summary>
    [JsonIgnore]
    public JsonElement Json
    {
        get
        {
            if (_json is null)
            {
                using JsonDocument document = JsonDocument.Parse(_raw ?? EmptyObject);
                _json = document.RootElement.Clone();
            }

            return _json.Value;
        }
    }

    /// <summary>Keeps the bytes the event was read from; <see cref="Json"/> parses them on first use.</summary>
    internal void SetRaw(byte[] raw)
    {
        _raw = raw;
        _json = null;
    }

    /// <summary>Replaces <see cref="Json"/> (with a copy cleaned of the client's keys, for an error event).</summary>
    internal void SetJson(JsonElement json) => _json = json;
}
