using System.Text.Json.Serialization;

namespace OpenRouter.Cli.Commands;

/// <summary>One provider endpoint of a model in <c>openrouter models compare</c>.</summary>
public sealed class EndpointComparison
{
    /// <summary>The provider.</summary>
    [JsonPropertyName("provider")]
    public string? Provider { get; init; }

    /// <summary>The endpoint's tag (provider slug and variant).</summary>
    [JsonPropertyName("tag")]
    public string? Tag { get; init; }

    /// <summary>USD per million prompt tokens at this provider.</summary>
    [JsonPropertyName("prompt_per_million")]
    public decimal? PromptPerMillion { get; init; }

    /// <summary>USD per million completion tokens at this provider.</summary>
    [JsonPropertyName("completion_per_million")]
    public decimal? CompletionPerMillion { get; init; }

    /// <summary>The context length at this provider.</summary>
    [JsonPropertyName("context_length")]
    public int? ContextLength { get; init; }

    /// <summary>The most completion tokens at this provider.</summary>
    [JsonPropertyName("max_output_tokens")]
    public int? MaxOutputTokens { get; init; }

    /// <summary>Uptime over the last 30 minutes, in percent.</summary>
    [JsonPropertyName("uptime_last_30m")]
    public double? UptimeLast30m { get; init; }

    /// <summary>Median latency over the last 30 minutes, in milliseconds.</summary>
    [JsonPropertyName("latency_p50_ms")]
    public double? LatencyP50Ms { get; init; }

    /// <summary>Median throughput over the last 30 minutes, in tokens per second.</summary>
    [JsonPropertyName("throughput_p50")]
    public double? ThroughputP50 { get; init; }
}
