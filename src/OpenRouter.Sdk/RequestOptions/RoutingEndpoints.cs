using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>The endpoints a routed call could use (<c>openrouter_metadata.endpoints</c>).</summary>
public sealed class RoutingEndpoints
{
    /// <summary>How many endpoints serve the model.</summary>
    [JsonPropertyName("total")]
    public int Total { get; set; }

    /// <summary>The endpoints available for this call; the chosen one has <see cref="RoutingEndpoint.Selected"/> set.</summary>
    [JsonPropertyName("available")]
    [JsonConverter(typeof(NonNullListConverter<RoutingEndpoint>))]
    public IList<RoutingEndpoint>? Available { get; set; }

    /// <summary>Members the server sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
