using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>Percentiles of a measurement (<c>{p50, p75, p90, p99}</c>).</summary>
public sealed class EndpointPercentiles
{
    /// <summary>The median.</summary>
    [JsonPropertyName("p50")]
    public double? P50 { get; set; }

    /// <summary>The 75th percentile.</summary>
    [JsonPropertyName("p75")]
    public double? P75 { get; set; }

    /// <summary>The 90th percentile.</summary>
    [JsonPropertyName("p90")]
    public double? P90 { get; set; }

    /// <summary>The 99th percentile.</summary>
    [JsonPropertyName("p99")]
    public double? P99 { get; set; }

    /// <summary>Members the server sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
