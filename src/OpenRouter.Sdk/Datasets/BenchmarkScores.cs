using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>Benchmark scores of models from one or all sources (<c>GET /benchmarks</c>).</summary>
public sealed class BenchmarkScores : IDatasetAnswer
{
    private IReadOnlyList<BenchmarkResult> _results = new List<BenchmarkResult>();

    /// <summary>The scores; each item's <see cref="BenchmarkResult.Source"/> says which members it has. (<c>data</c>)</summary>
    [JsonPropertyName("data")]
    [JsonConverter(typeof(NonNullReadOnlyListConverter<BenchmarkResult>))]
    public IReadOnlyList<BenchmarkResult> Results { get => _results; set => _results = value ?? new List<BenchmarkResult>(); }

    /// <summary>About the answer: its source, when it was computed, how to cite it. (<c>meta</c>)</summary>
    [JsonPropertyName("meta")]
    public BenchmarkScoresMeta? Meta { get; set; }

    /// <summary>Members the SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>
/// One model's score from one benchmark source. The members set depend on <see cref="Source"/>: Artificial Analysis
/// fills the three indexes; Design Arena the arena, category, ELO and win rate; OpenRouter's own evaluations the
/// benchmark type, accuracy or primary score, and task figures. Members a source does not send are null.
/// </summary>
public sealed class BenchmarkResult
{
    /// <summary>Where the score comes from. (<c>source</c>)</summary>
    [JsonPropertyName("source")]
    public BenchmarkSource Source { get; set; }

    /// <summary>The model's permanent slug. (<c>model_permaslug</c>)</summary>
    [JsonPropertyName("model_permaslug")]
    public string? ModelPermaslug { get; set; }

    /// <summary>The model's display name. (<c>display_name</c>)</summary>
    [JsonPropertyName("display_name")]
    public string? DisplayName { get; set; }

    /// <summary>The model's prices, in USD per token, when known. (<c>pricing</c>)</summary>
    [JsonPropertyName("pricing")]
    public BenchmarkPricing? Pricing { get; set; }

    /// <summary>Artificial Analysis: the intelligence index. (<c>intelligence_index</c>)</summary>
    [JsonPropertyName("intelligence_index")]
    public double? IntelligenceIndex { get; set; }

    /// <summary>Artificial Analysis: the coding index. (<c>coding_index</c>)</summary>
    [JsonPropertyName("coding_index")]
    public double? CodingIndex { get; set; }

    /// <summary>Artificial Analysis: the agentic index. (<c>agentic_index</c>)</summary>
    [JsonPropertyName("agentic_index")]
    public double? AgenticIndex { get; set; }

    /// <summary>Design Arena: the arena, such as <c>models</c>. (<c>arena</c>)</summary>
    [JsonPropertyName("arena")]
    public string? Arena { get; set; }

    /// <summary>Design Arena: the category within the arena, such as <c>website</c>. (<c>category</c>)</summary>
    [JsonPropertyName("category")]
    public string? Category { get; set; }

    /// <summary>Design Arena: the ELO rating. (<c>elo</c>)</summary>
    [JsonPropertyName("elo")]
    public double? Elo { get; set; }

    /// <summary>Design Arena: the win rate, in percent. (<c>win_rate</c>)</summary>
    [JsonPropertyName("win_rate")]
    public double? WinRate { get; set; }

    /// <summary>Design Arena: the average generation time, in milliseconds. (<c>avg_generation_time_ms</c>)</summary>
    [JsonPropertyName("avg_generation_time_ms")]
    public double? AverageGenerationTimeMs { get; set; }

    /// <summary>Design Arena: tournament placings. (<c>tournament_stats</c>)</summary>
    [JsonPropertyName("tournament_stats")]
    public BenchmarkTournamentStats? TournamentStats { get; set; }

    /// <summary>OpenRouter: the benchmark, such as <c>gpqa_diamond</c> or <c>search_browsecomp</c>. (<c>benchmark_type</c>)</summary>
    [JsonPropertyName("benchmark_type")]
    public string? BenchmarkType { get; set; }

    /// <summary>OpenRouter (classic benchmarks): the accuracy, a fraction from 0 to 1. (<c>accuracy</c>)</summary>
    [JsonPropertyName("accuracy")]
    public double? Accuracy { get; set; }

    /// <summary>OpenRouter (classic benchmarks): the standard deviation of the accuracy. (<c>accuracy_stddev</c>)</summary>
    [JsonPropertyName("accuracy_stddev")]
    public double? AccuracyStdDev { get; set; }

    /// <summary>OpenRouter (search benchmarks): what <see cref="PrimaryScore"/> measures, <c>accuracy</c> or <c>f1_by_item</c>. (<c>primary_metric</c>)</summary>
    [JsonPropertyName("primary_metric")]
    public string? PrimaryMetric { get; set; }

    /// <summary>OpenRouter (search benchmarks): the score. (<c>primary_score</c>)</summary>
    [JsonPropertyName("primary_score")]
    public double? PrimaryScore { get; set; }

    /// <summary>OpenRouter: the average cost of a task, in USD. (<c>avg_cost_per_task</c>)</summary>
    [JsonPropertyName("avg_cost_per_task")]
    public decimal? AverageCostPerTask { get; set; }

    /// <summary>OpenRouter (search benchmarks): the average time of a task, in milliseconds. (<c>avg_latency_per_task_ms</c>)</summary>
    [JsonPropertyName("avg_latency_per_task_ms")]
    public double? AverageLatencyPerTaskMs { get; set; }

    /// <summary>OpenRouter: how many tasks the run had. (<c>total_tasks</c>)</summary>
    [JsonPropertyName("total_tasks")]
    public int? TotalTasks { get; set; }

    /// <summary>OpenRouter: when the benchmark last ran. (<c>last_run_timestamp</c>)</summary>
    [JsonPropertyName("last_run_timestamp")]
    public DateTimeOffset? LastRun { get; set; }

    /// <summary>OpenRouter (search benchmarks): the search engine used. (<c>search_engine</c>)</summary>
    [JsonPropertyName("search_engine")]
    public string? SearchEngine { get; set; }

    /// <summary>OpenRouter (search benchmarks): the request surface, <c>server-tool</c> or <c>plugin</c>. (<c>search_surface</c>)</summary>
    [JsonPropertyName("search_surface")]
    public string? SearchSurface { get; set; }

    /// <summary>OpenRouter (search benchmarks): the run's configuration, when asked for. (<c>run_config</c>)</summary>
    [JsonPropertyName("run_config")]
    public BenchmarkRunConfig? RunConfig { get; set; }

    /// <summary>Members the SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>A benchmarked model's prices, in USD per token.</summary>
public sealed class BenchmarkPricing
{
    /// <summary>The price of a prompt token. (<c>prompt</c>)</summary>
    [JsonPropertyName("prompt")]
    public decimal Prompt { get; set; }

    /// <summary>The price of a completion token. (<c>completion</c>)</summary>
    [JsonPropertyName("completion")]
    public decimal Completion { get; set; }

    /// <summary>Members the SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>A model's Design Arena tournament placings.</summary>
public sealed class BenchmarkTournamentStats
{
    /// <summary>First places. (<c>first_place</c>)</summary>
    [JsonPropertyName("first_place")]
    public int? FirstPlace { get; set; }

    /// <summary>Second places. (<c>second_place</c>)</summary>
    [JsonPropertyName("second_place")]
    public int? SecondPlace { get; set; }

    /// <summary>Third places. (<c>third_place</c>)</summary>
    [JsonPropertyName("third_place")]
    public int? ThirdPlace { get; set; }

    /// <summary>Fourth places. (<c>fourth_place</c>)</summary>
    [JsonPropertyName("fourth_place")]
    public int? FourthPlace { get; set; }

    /// <summary>Tournaments played. (<c>total</c>)</summary>
    [JsonPropertyName("total")]
    public int? Total { get; set; }

    /// <summary>Members the SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>The published configuration of a search benchmark run.</summary>
public sealed class BenchmarkRunConfig
{
    /// <summary>The most agent turns allowed. (<c>max_agent_turns</c>)</summary>
    [JsonPropertyName("max_agent_turns")]
    public int? MaxAgentTurns { get; set; }

    /// <summary>The reasoning effort used. (<c>reasoning_effort</c>)</summary>
    [JsonPropertyName("reasoning_effort")]
    public string? ReasoningEffort { get; set; }

    /// <summary>The sampling temperature used. (<c>temperature</c>)</summary>
    [JsonPropertyName("temperature")]
    public double? Temperature { get; set; }

    /// <summary>Members the SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>About a <see cref="BenchmarkScores"/> answer (<c>meta</c>).</summary>
public sealed class BenchmarkScoresMeta
{
    /// <summary>When the data was computed. (<c>as_of</c>)</summary>
    [JsonPropertyName("as_of")]
    public DateTimeOffset AsOf { get; set; }

    /// <summary>The format version, <c>v1</c>. (<c>version</c>)</summary>
    [JsonPropertyName("version")]
    public string? Version { get; set; }

    /// <summary>The source asked for; null when the answer mixes all sources. (<c>source</c>)</summary>
    [JsonPropertyName("source")]
    public BenchmarkSource? Source { get; set; }

    /// <summary>The source's web page, if any. (<c>source_url</c>)</summary>
    [JsonPropertyName("source_url")]
    public string? SourceUrl { get; set; }

    /// <summary>How to cite the source, if it asks for a citation. (<c>citation</c>)</summary>
    [JsonPropertyName("citation")]
    public string? Citation { get; set; }

    /// <summary>How many models the answer covers. (<c>model_count</c>)</summary>
    [JsonPropertyName("model_count")]
    public int ModelCount { get; set; }

    /// <summary>The task type asked for, if any. (<c>task_type</c>)</summary>
    [JsonPropertyName("task_type")]
    public string? TaskType { get; set; }

    /// <summary>Members the SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
