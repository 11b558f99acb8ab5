using System.Collections.Generic;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>A predicted output (<c>prediction</c>) that lets the provider skip tokens it already knows.</summary>
public sealed class Prediction
{
    /// <summary>Creates a prediction of the given content.</summary>
    public Prediction(string content)
    {
        Content = content;
    }

    /// <summary>The prediction type; <c>content</c>.</summary>
    [JsonPropertyName("type")]
    public string Type { get; set; } = "content";

    /// <summary>The predicted text.</summary>
    [JsonPropertyName("content")]
    public string Content { get; set; }
}

/// <summary>The deprecated <c>stream_options</c> object; usage is always streamed now.</summary>
public sealed class StreamOptions
{
    /// <summary>Asks for a usage chunk (a no-op today).</summary>
    [JsonPropertyName("include_usage")]
    public bool? IncludeUsage { get; set; }
}

/// <summary>The deprecated <c>usage</c> request object (required in 2025 to receive cost).</summary>
public sealed class UsageOptions
{
    /// <summary>Asks for usage accounting in the response.</summary>
    [JsonPropertyName("include")]
    public bool? Include { get; set; }
}

/// <summary>Web search options (<c>web_search_options</c>).</summary>
public sealed class WebSearchOptions
{
    /// <summary>How much search context to retrieve: <c>low</c>, <c>medium</c> or <c>high</c>.</summary>
    [JsonPropertyName("search_context_size")]
    public string? SearchContextSize { get; set; }

    /// <summary>Fields not modelled here, written as-is.</summary>
    [JsonIgnore]
    public JsonObject? AdditionalProperties { get; set; }

    /// <summary>How the serializer sees <see cref="AdditionalProperties"/> (see <see cref="Serialization.JsonObjectExtensionData"/>).</summary>
    [JsonExtensionData]
    [JsonInclude]
    internal IDictionary<string, System.Text.Json.JsonElement>? ExtensionData
    {
        get => Serialization.JsonObjectExtensionData.Wrap(AdditionalProperties);
        set => AdditionalProperties = Serialization.JsonObjectExtensionData.Unwrap(value);
    }
}

/// <summary>Observability trace fields (<c>trace</c>).</summary>
public sealed class TraceOptions
{
    /// <summary>The trace id.</summary>
    [JsonPropertyName("trace_id")]
    public string? TraceId { get; set; }

    /// <summary>The trace name.</summary>
    [JsonPropertyName("trace_name")]
    public string? TraceName { get; set; }

    /// <summary>The span name.</summary>
    [JsonPropertyName("span_name")]
    public string? SpanName { get; set; }

    /// <summary>The generation name.</summary>
    [JsonPropertyName("generation_name")]
    public string? GenerationName { get; set; }

    /// <summary>The parent span id.</summary>
    [JsonPropertyName("parent_span_id")]
    public string? ParentSpanId { get; set; }

    /// <summary>Fields not modelled here, written as-is.</summary>
    [JsonIgnore]
    public JsonObject? AdditionalProperties { get; set; }

    /// <summary>How the serializer sees <see cref="AdditionalProperties"/> (see <see cref="Serialization.JsonObjectExtensionData"/>).</summary>
    [JsonExtensionData]
    [JsonInclude]
    internal IDictionary<string, System.Text.Json.JsonElement>? ExtensionData
    {
        get => Serialization.JsonObjectExtensionData.Wrap(AdditionalProperties);
        set => AdditionalProperties = Serialization.JsonObjectExtensionData.Unwrap(value);
    }
}

/// <summary>Debug options (<c>debug</c>), streaming only.</summary>
public sealed class DebugOptions
{
    /// <summary>Echo the body sent upstream in the first chunk.</summary>
    [JsonPropertyName("echo_upstream_body")]
    public bool? EchoUpstreamBody { get; set; }
}

/// <summary>Explicit prompt-cache options (<c>prompt_cache_options</c>, OpenAI).</summary>
public sealed class PromptCacheOptions
{
    /// <summary>The cache mode; <c>explicit</c>.</summary>
    [JsonPropertyName("mode")]
    public string Mode { get; set; } = "explicit";

    /// <summary>The cache time to live.</summary>
    [JsonPropertyName("ttl")]
    public string? Ttl { get; set; }
}

/// <summary>A condition that stops a server-tool loop (<c>stop_server_tools_when[]</c>).</summary>
public sealed class ServerToolStopCondition
{
    /// <summary>The condition type, for example <c>step_count_is</c> or <c>max_cost</c>.</summary>
    [JsonPropertyName("type")]
    public string Type { get; set; } = string.Empty;

    /// <summary>For <c>step_count_is</c>.</summary>
    [JsonPropertyName("step_count")]
    public int? StepCount { get; set; }

    /// <summary>For <c>has_tool_call</c>.</summary>
    [JsonPropertyName("tool_name")]
    public string? ToolName { get; set; }

    /// <summary>For <c>max_tokens_used</c>.</summary>
    [JsonPropertyName("max_tokens")]
    public int? MaxTokens { get; set; }

    /// <summary>For <c>max_cost</c>.</summary>
    [JsonPropertyName("max_cost_in_dollars")]
    public decimal? MaxCostInDollars { get; set; }

    /// <summary>For <c>finish_reason_is</c>.</summary>
    [JsonPropertyName("reason")]
    public string? Reason { get; set; }
}
