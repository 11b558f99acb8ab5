using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>Parameters of the router that chose the model (<c>openrouter_metadata.params</c>).</summary>
public sealed class RoutingParams
{
    /// <summary>The version group the model was chosen from, for example <c>anthropic/claude-sonnet-4</c>.</summary>
    [JsonPropertyName("version_group")]
    public string? VersionGroup { get; set; }

    /// <summary>The lowest quality score the router accepted.</summary>
    [JsonPropertyName("quality_floor")]
    public double? QualityFloor { get; set; }

    /// <summary>The lowest throughput the router accepted.</summary>
    [JsonPropertyName("throughput_floor")]
    public double? ThroughputFloor { get; set; }

    /// <summary>Members the server sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
