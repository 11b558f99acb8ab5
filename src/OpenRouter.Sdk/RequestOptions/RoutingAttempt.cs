using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>One attempt of a routed call (<c>openrouter_metadata.attempts[]</c>).</summary>
public sealed class RoutingAttempt
{
    /// <summary>The provider tried, for example <c>OpenAI</c>.</summary>
    [JsonPropertyName("provider")]
    public string? Provider { get; set; }

    /// <summary>The model tried.</summary>
    [JsonPropertyName("model")]
    public string? Model { get; set; }

    /// <summary>The HTTP status the attempt ended with (200 for the one that answered).</summary>
    [JsonPropertyName("status")]
    public int Status { get; set; }

    /// <summary>Members the server sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
