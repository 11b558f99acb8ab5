using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>One stage of OpenRouter's pipeline that ran for a call (<c>openrouter_metadata.pipeline[]</c>).</summary>
public sealed class RoutingPipelineStage
{
    /// <summary>The kind of stage.</summary>
    [JsonPropertyName("type")]
    public RoutingPipelineStageType? Type { get; set; }

    /// <summary>The stage's name, for example <c>content-filter</c>.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>What the stage did, for example <c>PII redacted via Presidio (EMAIL, PHONE)</c>.</summary>
    [JsonPropertyName("summary")]
    public string? Summary { get; set; }

    /// <summary>What the stage cost, in USD, when it has a cost of its own.</summary>
    [JsonPropertyName("cost_usd")]
    public decimal? CostUsd { get; set; }

    /// <summary>The guardrail that ran, for a guardrail stage.</summary>
    [JsonPropertyName("guardrail_id")]
    public string? GuardrailId { get; set; }

    /// <summary>Where the guardrail is attached (key, workspace, organization), for a guardrail stage.</summary>
    [JsonPropertyName("guardrail_scope")]
    public string? GuardrailScope { get; set; }

    /// <summary>The stage's details, as sent (their shape depends on the stage).</summary>
    [JsonPropertyName("data")]
    public IDictionary<string, JsonElement>? Data { get; set; }

    /// <summary>Members the server sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
