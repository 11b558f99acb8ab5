using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>Upstream cost breakdown (<c>cost_details</c>), in USD.</summary>
public sealed class CostDetails
{
    /// <summary>What the upstream provider charged (populated for BYOK, and for all requests since 2026).</summary>
    [JsonPropertyName("upstream_inference_cost")]
    public decimal? UpstreamInferenceCost { get; set; }

    /// <summary>The prompt part of the upstream cost.</summary>
    [JsonPropertyName("upstream_inference_prompt_cost")]
    public decimal? UpstreamInferencePromptCost { get; set; }

    /// <summary>The completion part of the upstream cost.</summary>
    [JsonPropertyName("upstream_inference_completions_cost")]
    public decimal? UpstreamInferenceCompletionsCost { get; set; }

    /// <summary>Members the server sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
