using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// How OpenRouter chooses providers for a request (<c>provider</c>). Every property is optional; null leaves
/// OpenRouter's default (price-weighted load balancing across recently stable providers).
/// </summary>
public sealed class ProviderPreferences
{
    /// <summary>Providers to try first, in order (slugs like <c>anthropic</c> or names like <c>Amazon Bedrock</c>).</summary>
    [JsonPropertyName("order")]
    public IList<string>? Order { get; set; }

    /// <summary>Whether other providers may serve the request when the preferred ones fail (default true).</summary>
    [JsonPropertyName("allow_fallbacks")]
    public bool? AllowFallbacks { get; set; }

    /// <summary>Use only providers that support every parameter of the request (default false).</summary>
    [JsonPropertyName("require_parameters")]
    public bool? RequireParameters { get; set; }

    /// <summary>Whether providers that store or train on data are allowed.</summary>
    [JsonPropertyName("data_collection")]
    public DataCollectionPolicy? DataCollection { get; set; }

    /// <summary>Use only Zero Data Retention endpoints.</summary>
    [JsonPropertyName("zdr")]
    public bool? Zdr { get; set; }

    /// <summary>Use only models whose output may be used for distillation.</summary>
    [JsonPropertyName("enforce_distillable_text")]
    public bool? EnforceDistillableText { get; set; }

    /// <summary>The only providers allowed.</summary>
    [JsonPropertyName("only")]
    public IList<string>? Only { get; set; }

    /// <summary>Providers never to use.</summary>
    [JsonPropertyName("ignore")]
    public IList<string>? Ignore { get; set; }

    /// <summary>Allowed weight quantizations.</summary>
    [JsonPropertyName("quantizations")]
    public IList<Quantization>? Quantizations { get; set; }

    /// <summary>How to sort providers (a <see cref="ProviderSort"/> converts implicitly).</summary>
    [JsonPropertyName("sort")]
    public ProviderSortPreference? Sort { get; set; }

    /// <summary>A soft preference for endpoints at or above this throughput (tokens/s).</summary>
    [JsonPropertyName("preferred_min_throughput")]
    public PerformanceThreshold? PreferredMinThroughput { get; set; }

    /// <summary>A soft preference for endpoints at or below this latency (seconds).</summary>
    [JsonPropertyName("preferred_max_latency")]
    public PerformanceThreshold? PreferredMaxLatency { get; set; }

    /// <summary>The most to pay; endpoints above it are excluded (the request can then fail with 404).</summary>
    [JsonPropertyName("max_price")]
    public MaxPrice? MaxPrice { get; set; }

    /// <summary>Older alias of a hard minimum throughput.</summary>
    [JsonPropertyName("min_throughput")]
    public double? MinThroughput { get; set; }

    /// <summary>Older alias of a hard maximum latency.</summary>
    [JsonPropertyName("max_latency")]
    public double? MaxLatency { get; set; }

    /// <summary>Provider-specific passthrough options keyed by provider slug.</summary>
    [JsonPropertyName("options")]
    public JsonObject? Options { get; set; }

    /// <summary>Fields not modelled here, written as-is.</summary>
    [JsonIgnore]
    public JsonObject? AdditionalProperties { get; set; }

    // Written through a dictionary view: System.Text.Json writes a JsonObject extension property as invalid JSON.
    [JsonExtensionData]
    [JsonInclude]
    internal IDictionary<string, JsonElement>? ExtensionData
    {
        get => JsonObjectElementDictionary.Wrap(AdditionalProperties);
        set => AdditionalProperties = JsonObjectElementDictionary.Unwrap(value);
    }
}
