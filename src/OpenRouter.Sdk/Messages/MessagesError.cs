using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>The error of a Messages API <c>error</c> event: Anthropic's type, the message, OpenRouter's error type.</summary>
public sealed class MessagesError
{
    /// <summary>Anthropic's error type, such as <c>overloaded_error</c> or <c>api_error</c>.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    /// <summary>What went wrong.</summary>
    [JsonPropertyName("message")]
    public string? Message { get; set; }

    /// <summary>OpenRouter's error type, such as <c>server</c> or <c>rate_limit</c>.</summary>
    [JsonPropertyName("error_type")]
    public string? ErrorType { get; set; }

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
