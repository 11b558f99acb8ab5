using System;
using System.Globalization;
using OpenRouter.Sdk.Http;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>Filters of <see cref="OpenRouterDatasetsClient.GetSessionCostsAsync"/> (<c>GET /datasets/session-cost</c>). Unset properties are not sent.</summary>
public sealed class SessionCostQuery
{
    /// <summary>Only this harness, such as <c>hermes-agent</c>. (<c>app_slug</c>)</summary>
    public string? AppSlug { get; set; }

    /// <summary>Only this model (its exact permanent slug), across every harness. (<c>model</c>)</summary>
    public string? Model { get; set; }

    /// <summary>Only sessions of this length. (<c>turn_range</c>)</summary>
    public SessionTurnRange? TurnRange { get; set; }

    /// <summary>The most cells to return, 1 to 500; the server's default is 100. (<c>limit</c>)</summary>
    public int? Limit { get; set; }

    /// <summary>Cells to skip, 0 to 5000. (<c>offset</c>)</summary>
    public int? Offset { get; set; }

    internal ApiPath AppendTo(ApiPath path)
    {
        path = DatasetQuery.Add(path, "app_slug", AppSlug);
        path = DatasetQuery.Add(path, "model", Model);
        path = DatasetQuery.Add(path, "turn_range", TurnRange?.Value);
        path = DatasetQuery.Add(path, "limit", DatasetQuery.InRange(Limit, 1, 500, nameof(Limit)));
        return DatasetQuery.Add(path, "offset", DatasetQuery.InRange(Offset, 0, 5000, nameof(Offset)));
    }
}

/// <summary>Filters of <see cref="OpenRouterDatasetsClient.GetAppRankingsAsync"/> (<c>GET /datasets/app-rankings</c>). Unset properties are not sent.</summary>
public sealed class AppRankingsQuery
{
    /// <summary>A marketplace category group: <c>coding</c>, <c>creative</c>, <c>productivity</c>, <c>entertainment</c>. (<c>category</c>)</summary>
    public string? Category { get; set; }

    /// <summary>
    /// A marketplace subcategory, such as <c>cli-agent</c>, <c>ide-extension</c>, <c>cloud-agent</c>, <c>roleplay</c>;
    /// with <see cref="Category"/> it must belong to that group. (<c>subcategory</c>)
    /// </summary>
    public string? Subcategory { get; set; }

    /// <summary><c>popular</c> (the default: most tokens) or <c>trending</c> (most growth over the preceding periods). (<c>sort</c>)</summary>
    public string? Sort { get; set; }

    /// <summary>The first day of the window (UTC, time of day ignored); the server defaults to 30 days before the end. (<c>start_date</c>)</summary>
    public DateTime? StartDate { get; set; }

    /// <summary>The last day of the window (UTC, inclusive); the server defaults to the last complete day. (<c>end_date</c>)</summary>
    public DateTime? EndDate { get; set; }

    /// <summary>The most apps to return, 1 to 100; the server's default is 50. (<c>limit</c>)</summary>
    public int? Limit { get; set; }

    /// <summary>Ranked apps to skip, 0 to 100; ranks stay absolute. (<c>offset</c>)</summary>
    public int? Offset { get; set; }

    internal ApiPath AppendTo(ApiPath path)
    {
        path = DatasetQuery.Add(path, "category", Category);
        path = DatasetQuery.Add(path, "subcategory", Subcategory);
        path = DatasetQuery.Add(path, "sort", Sort);
        path = DatasetQuery.Add(path, "start_date", DatasetQuery.Date(StartDate));
        path = DatasetQuery.Add(path, "end_date", DatasetQuery.Date(EndDate));
        path = DatasetQuery.Add(path, "limit", DatasetQuery.InRange(Limit, 1, 100, nameof(Limit)));
        return DatasetQuery.Add(path, "offset", DatasetQuery.InRange(Offset, 0, 100, nameof(Offset)));
    }
}

/// <summary>
/// Filters of <see cref="OpenRouterDatasetsClient.GetDailyModelRankingsAsync"/> (<c>GET /datasets/rankings-daily</c>).
/// Unset properties are not sent. <see cref="Modality"/> and <see cref="ContextBucket"/> (exact data) cannot be
/// combined with <see cref="Category"/> or <see cref="LanguageType"/> (sampled weekly data), nor those two with each other.
/// </summary>
public sealed class DailyModelRankingsQuery
{
    /// <summary>The first day of the window (UTC, time of day ignored); the server defaults to 30 days before the end. (<c>start_date</c>)</summary>
    public DateTime? StartDate { get; set; }

    /// <summary>The last day of the window (UTC, inclusive); the server defaults to the last complete day. (<c>end_date</c>)</summary>
    public DateTime? EndDate { get; set; }

    /// <summary>The grain of a row: <c>day</c> (the default), <c>week</c> or <c>month</c>. (<c>period</c>)</summary>
    public string? Period { get; set; }

    /// <summary>Only models of a surface: <c>text</c>, <c>image</c>, <c>image_output</c>, <c>audio</c>, <c>tool_calling</c>. (<c>modality</c>)</summary>
    public string? Modality { get; set; }

    /// <summary>Only requests of a context length: <c>1K</c>, <c>10K</c>, <c>100K</c>, <c>1M</c>, <c>10M</c>. (<c>context_bucket</c>)</summary>
    public string? ContextBucket { get; set; }

    /// <summary>Only a use case, such as <c>programming</c> or <c>roleplay</c> (weekly estimates). (<c>category</c>)</summary>
    public string? Category { get; set; }

    /// <summary>Only <c>natural</c> or <c>programming</c> language activity (weekly estimates). (<c>language_type</c>)</summary>
    public string? LanguageType { get; set; }

    internal ApiPath AppendTo(ApiPath path)
    {
        path = DatasetQuery.Add(path, "start_date", DatasetQuery.Date(StartDate));
        path = DatasetQuery.Add(path, "end_date", DatasetQuery.Date(EndDate));
        path = DatasetQuery.Add(path, "period", Period);
        path = DatasetQuery.Add(path, "modality", Modality);
        path = DatasetQuery.Add(path, "context_bucket", ContextBucket);
        path = DatasetQuery.Add(path, "category", Category);
        return DatasetQuery.Add(path, "language_type", LanguageType);
    }
}

/// <summary>Filters of <see cref="OpenRouterDatasetsClient.GetBenchmarksAsync"/> (<c>GET /benchmarks</c>). Unset properties are not sent.</summary>
public sealed class BenchmarksQuery
{
    /// <summary>Only this source; null for all. (<c>source</c>)</summary>
    public BenchmarkSource? Source { get; set; }

    /// <summary>A workload: <c>coding</c>, <c>intelligence</c>, <c>agentic</c> or <c>search</c>. (<c>task_type</c>)</summary>
    public string? TaskType { get; set; }

    /// <summary>
    /// One OpenRouter benchmark: <c>gpqa_diamond</c>, <c>tau_bench_verified_airline</c>, <c>search_browsecomp</c>,
    /// <c>search_hle</c>, <c>search_dsqa</c>, <c>search_widesearch</c>. (<c>benchmark_type</c>)
    /// </summary>
    public string? BenchmarkType { get; set; }

    /// <summary>Search benchmarks: include each run's configuration (<see cref="BenchmarkResult.RunConfig"/>). (<c>include_run_config</c>)</summary>
    public bool? IncludeRunConfig { get; set; }

    /// <summary>Search benchmarks: only this search engine. (<c>search_engine</c>)</summary>
    public string? SearchEngine { get; set; }

    /// <summary>Search benchmarks: only this surface, <c>server-tool</c> or <c>plugin</c>. (<c>search_surface</c>)</summary>
    public string? SearchSurface { get; set; }

    /// <summary>Design Arena: the arena, <c>models</c> (the default), <c>builders</c> or <c>agents</c>. (<c>arena</c>)</summary>
    public string? Arena { get; set; }

    /// <summary>Design Arena: a category within the arena, such as <c>uicomponent</c> or <c>gamedev</c>. (<c>category</c>)</summary>
    public string? Category { get; set; }

    /// <summary>The most results to return, 1 or more; null for all. (<c>max_results</c>)</summary>
    public int? MaxResults { get; set; }

    internal ApiPath AppendTo(ApiPath path)
    {
        path = DatasetQuery.Add(path, "source", Source?.Value);
        path = DatasetQuery.Add(path, "task_type", TaskType);
        path = DatasetQuery.Add(path, "benchmark_type", BenchmarkType);
        path = DatasetQuery.Add(path, "include_run_config", IncludeRunConfig is null ? null : IncludeRunConfig.Value ? "true" : "false");
        path = DatasetQuery.Add(path, "search_engine", SearchEngine);
        path = DatasetQuery.Add(path, "search_surface", SearchSurface);
        path = DatasetQuery.Add(path, "arena", Arena);
        path = DatasetQuery.Add(path, "category", Category);
        return DatasetQuery.Add(path, "max_results", DatasetQuery.InRange(MaxResults, 1, int.MaxValue, nameof(MaxResults)));
    }
}

/// <summary>Query helpers of the dataset filters.</summary>
internal static class DatasetQuery
{
    public static ApiPath Add(ApiPath path, string name, string? value) =>
        string.IsNullOrEmpty(value) ? path : path.Query(name, value!);

    public static string? Date(DateTime? date) =>
        date?.ToString(CalendarDateConverter.Format, CultureInfo.InvariantCulture);

    public static string? InRange(int? value, int min, int max, string property)
    {
        if (value is not { } v)
        {
            return null;
        }

        Argument.InRange(v >= min && v <= max, v, max == int.MaxValue ? $"{property} must be at least {min}." : $"{property} must be from {min} to {max}.", property);
        return v.ToString(CultureInfo.InvariantCulture);
    }
}
