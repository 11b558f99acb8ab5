using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>One provider's deployment of a model: its price, limits and recent health.</summary>
public sealed class ModelEndpoint
{
    // A JSON null where a value is promised reads as the empty value, never as null.
    private ModelPricing _pricing = new();
    private IList<string> _supportedParameters = new List<string>();

    /// <summary>A display name, for example <c>Google | google/gemini-2.5-pro-preview-03-25</c>.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>The model id this endpoint serves.</summary>
    [JsonPropertyName("model_id")]
    public string? ModelId { get; set; }

    /// <summary>The model's display name.</summary>
    [JsonPropertyName("model_name")]
    public string? ModelName { get; set; }

    /// <summary>The context length in tokens.</summary>
    [JsonPropertyName("context_length")]
    public int? ContextLength { get; set; }

    /// <summary>This endpoint's prices.</summary>
    [JsonPropertyName("pricing")]
    public ModelPricing Pricing { get => _pricing; set => _pricing = value ?? new(); }

    /// <summary>The provider's display name (<c>Google AI Studio</c>); accepted in <c>provider.order</c>.</summary>
    [JsonPropertyName("provider_name")]
    public string? ProviderName { get; set; }

    /// <summary>The provider slug with an optional variant (<c>google-ai-studio</c>); accepted in <c>provider.order</c>.</summary>
    [JsonPropertyName("tag")]
    public string? Tag { get; set; }

    /// <summary>The weight quantization, when known.</summary>
    [JsonPropertyName("quantization")]
    public Quantization? Quantization { get; set; }

    /// <summary>The most completion tokens per request.</summary>
    [JsonPropertyName("max_completion_tokens")]
    public int? MaxCompletionTokens { get; set; }

    /// <summary>The most prompt tokens per request.</summary>
    [JsonPropertyName("max_prompt_tokens")]
    public int? MaxPromptTokens { get; set; }

    /// <summary>The request parameters this endpoint honours.</summary>
    [JsonPropertyName("supported_parameters")]
    [JsonConverter(typeof(NonNullListConverter<string>))]
    public IList<string> SupportedParameters { get => _supportedParameters; set => _supportedParameters = value ?? new List<string>(); }

    /// <summary>The health status: 0 is normal, negative values are degraded or disabled states.</summary>
    [JsonPropertyName("status")]
    public int? Status { get; set; }

    /// <summary>Share of successful requests over the last 5 minutes (percent).</summary>
    [JsonPropertyName("uptime_last_5m")]
    public double? UptimeLast5m { get; set; }

    /// <summary>Share of successful requests over the last 30 minutes (percent).</summary>
    [JsonPropertyName("uptime_last_30m")]
    public double? UptimeLast30m { get; set; }

    /// <summary>Share of successful requests over the last day (percent).</summary>
    [JsonPropertyName("uptime_last_1d")]
    public double? UptimeLast1d { get; set; }

    /// <summary>Whether the provider caches prompts without explicit cache breakpoints.</summary>
    [JsonPropertyName("supports_implicit_caching")]
    public bool? SupportsImplicitCaching { get; set; }

    /// <summary>Latency percentiles over the last 30 minutes (sent to authenticated callers only).</summary>
    [JsonPropertyName("latency_last_30m")]
    public EndpointPercentiles? LatencyLast30m { get; set; }

    /// <summary>Throughput percentiles over the last 30 minutes (sent to authenticated callers only).</summary>
    [JsonPropertyName("throughput_last_30m")]
    public EndpointPercentiles? ThroughputLast30m { get; set; }

    /// <summary>Whether a text-to-speech endpoint can clone voices.</summary>
    [JsonPropertyName("supports_voice_cloning")]
    public bool? SupportsVoiceCloning { get; set; }

    /// <summary>Members the server sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Whether the endpoint reports normal operation (<see cref="Status"/> is 0 or absent).</summary>
    [JsonIgnore]
    public bool IsAvailable => Status is null or 0;

    /// <summary>Whether this endpoint honours a request parameter, for example <c>"tools"</c> (case-insensitive).</summary>
    /// <param name="parameter">The wire name of the parameter.</param>
    /// <returns>True when <see cref="SupportedParameters"/> lists it.</returns>
    public bool SupportsParameter(string parameter)
    {
        if (SupportedParameters is null)
        {
            return false;
        }

        foreach (string supported in SupportedParameters)
        {
            if (string.Equals(supported, parameter, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
