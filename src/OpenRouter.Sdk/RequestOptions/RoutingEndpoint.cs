using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>One endpoint (a provider serving a model) a routed call could use (<c>openrouter_metadata.endpoints.available[]</c>).</summary>
public sealed class RoutingEndpoint
{
    /// <summary>The provider, for example <c>OpenAI</c>.</summary>
    [JsonPropertyName("provider")]
    public string? Provider { get; set; }

    /// <summary>The model it serves.</summary>
    [JsonPropertyName("model")]
    public string? Model { get; set; }

    /// <summary>Whether the call was sent to this endpoint.</summary>
    [JsonPropertyName("selected")]
    public bool Selected { get; set; }

    /// <summary>Members the server sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
