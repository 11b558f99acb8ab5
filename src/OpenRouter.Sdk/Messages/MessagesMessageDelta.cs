using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>The changes of a <c>message_delta</c> event to the message: why it stopped.</summary>
public sealed class MessagesMessageDelta
{
    /// <summary>Why the model stopped.</summary>
    [JsonPropertyName("stop_reason")]
    public MessagesStopReason? StopReason { get; set; }

    /// <summary>The stop sequence the model wrote, when it stopped on one.</summary>
    [JsonPropertyName("stop_sequence")]
    public string? StopSequence { get; set; }

    /// <summary>Details of the stop, such as a refusal's category, as sent.</summary>
    [JsonPropertyName("stop_details")]
    public JsonElement? StopDetails { get; set; }

    /// <summary>The code execution container, as sent.</summary>
    [JsonPropertyName("container")]
    public JsonElement? Container { get; set; }

    /// <summary>Members not modelled above, kept as received.</summary>
    [JsonIgnore]
    public JsonObject? AdditionalProperties { get; set; }

    [JsonExtensionData]
    [JsonInclude]
    internal IDictionary<string, JsonElement>? ExtensionData
    {
        get => Serialization.JsonObjectExtensionData.Wrap(AdditionalProperties);
        set => AdditionalProperties = Serialization.JsonObjectExtensionData.Unwrap(value);
    }
}
