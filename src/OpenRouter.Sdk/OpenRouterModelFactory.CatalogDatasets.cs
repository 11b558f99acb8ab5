using System;
using System.Collections.Generic;

namespace OpenRouter.Sdk;

public static partial class OpenRouterModelFactory
{
    /// <summary>Builds a <see cref="Sdk.ModelPage"/>, a page of a model list (<c>GET /models</c>, <c>/models/user</c>, <c>/embeddings/models</c>).</summary>
    /// <param name="models">The models of the page; null gives none.</param>
    /// <param name="totalCount">How many models match in all pages.</param>
    /// <param name="links">The paging links; <see cref="ModelPageLinks.Next"/> set means another page follows.</param>
    /// <returns>The page.</returns>
    public static ModelPage ModelPage(IEnumerable<ModelInfo>? models = null, int? totalCount = null, ModelPageLinks? links = null) => new()
    {
        Models = ListOf(models, nameof(models)),
        TotalCount = totalCount,
        Links = links,
    };

    /// <summary>Builds a <see cref="Sdk.GenerationContent"/>, the stored content of a generation (<c>GET /generation/content</c>).</summary>
    /// <param name="input">The prompt or messages sent.</param>
    /// <param name="output">The completion and reasoning.</param>
    /// <param name="error">The error, for a failed generation.</param>
    /// <returns>The content.</returns>
    public static GenerationContent GenerationContent(GenerationContentInput? input = null, GenerationContentOutput? output = null, GenerationContentError? error = null) => new()
    {
        Input = input,
        Output = output,
        Error = error,
    };

    /// <summary>Builds <see cref="Sdk.SessionCosts"/> (<c>GET /datasets/session-cost</c>).</summary>
    /// <param name="cells">The cells; null gives none.</param>
    /// <param name="meta">When the data was computed.</param>
    /// <returns>The answer.</returns>
    public static SessionCosts SessionCosts(IEnumerable<SessionCost>? cells = null, SessionCostMeta? meta = null) => new()
    {
        Cells = ListOf(cells, nameof(cells)),
        Meta = meta,
    };

    /// <summary>Builds a <see cref="Sdk.SessionCost"/>.</summary>
    /// <param name="appSlug">The harness's slug.</param>
    /// <param name="appName">The harness's name.</param>
    /// <param name="turnRange">How many turns the sessions had.</param>
    /// <param name="modelPermaslug">The model's permanent slug.</param>
    /// <param name="medianSessionCostUsd">The median spend of a session, in USD.</param>
    /// <returns>The cell.</returns>
    public static SessionCost SessionCost(string? appSlug = null, string? appName = null, SessionTurnRange turnRange = default, string? modelPermaslug = null,
        decimal medianSessionCostUsd = 0) => new()
    {
        AppSlug = appSlug,
        AppName = appName,
        TurnRange = turnRange,
        ModelPermaslug = modelPermaslug,
        MedianSessionCostUsd = medianSessionCostUsd,
    };

    /// <summary>Builds <see cref="Sdk.AppRankings"/> (<c>GET /datasets/app-rankings</c>).</summary>
    /// <param name="apps">The ranked apps; null gives none.</param>
    /// <param name="meta">When the ranking was computed and its window.</param>
    /// <returns>The answer.</returns>
    public static AppRankings AppRankings(IEnumerable<AppRanking>? apps = null, DatasetMeta? meta = null) => new()
    {
        Apps = ListOf(apps, nameof(apps)),
        Meta = meta,
    };

    /// <summary>Builds an <see cref="Sdk.AppRanking"/>.</summary>
    /// <param name="rank">The rank, 1 for the first.</param>
    /// <param name="appId">The app's id.</param>
    /// <param name="appName">The app's name.</param>
    /// <param name="totalTokens">Prompt plus completion tokens in the window.</param>
    /// <param name="totalRequests">Requests in the window.</param>
    /// <returns>The app.</returns>
    public static AppRanking AppRanking(int rank = 0, long appId = 0, string? appName = null, long totalTokens = 0, long totalRequests = 0) => new()
    {
        Rank = rank,
        AppId = appId,
        AppName = appName,
        TotalTokens = totalTokens,
        TotalRequests = totalRequests,
    };

    /// <summary>Builds <see cref="Sdk.DailyModelRankings"/> (<c>GET /datasets/rankings-daily</c>).</summary>
    /// <param name="rows">The rows; null gives none.</param>
    /// <param name="meta">When the dataset was computed and its window.</param>
    /// <returns>The answer.</returns>
    public static DailyModelRankings DailyModelRankings(IEnumerable<DailyModelTokens>? rows = null, DatasetMeta? meta = null) => new()
    {
        Rows = ListOf(rows, nameof(rows)),
        Meta = meta,
    };

    /// <summary>Builds a <see cref="Sdk.DailyModelTokens"/>.</summary>
    /// <param name="date">The day, or the first day of the week or month.</param>
    /// <param name="modelPermaslug">The model's permanent slug, or <see cref="Sdk.DailyModelTokens.OtherModels"/>.</param>
    /// <param name="totalTokens">Prompt plus completion tokens.</param>
    /// <returns>The row.</returns>
    public static DailyModelTokens DailyModelTokens(DateTime date = default, string? modelPermaslug = null, long totalTokens = 0) => new()
    {
        Date = date,
        ModelPermaslug = modelPermaslug,
        TotalTokens = totalTokens,
    };

    /// <summary>Builds <see cref="Sdk.BenchmarkScores"/> (<c>GET /benchmarks</c>).</summary>
    /// <param name="results">The scores; null gives none.</param>
    /// <param name="meta">About the answer.</param>
    /// <returns>The answer.</returns>
    public static BenchmarkScores BenchmarkScores(IEnumerable<BenchmarkResult>? results = null, BenchmarkScoresMeta? meta = null) => new()
    {
        Results = ListOf(results, nameof(results)),
        Meta = meta,
    };

    /// <summary>Builds a <see cref="Sdk.BenchmarkResult"/>; set the members of its <paramref name="source"/>.</summary>
    /// <param name="source">Where the score comes from.</param>
    /// <param name="modelPermaslug">The model's permanent slug.</param>
    /// <param name="displayName">The model's display name.</param>
    /// <param name="pricing">The model's prices.</param>
    /// <param name="intelligenceIndex">Artificial Analysis: the intelligence index.</param>
    /// <param name="codingIndex">Artificial Analysis: the coding index.</param>
    /// <param name="agenticIndex">Artificial Analysis: the agentic index.</param>
    /// <param name="arena">Design Arena: the arena.</param>
    /// <param name="category">Design Arena: the category.</param>
    /// <param name="elo">Design Arena: the ELO rating.</param>
    /// <param name="winRate">Design Arena: the win rate, in percent.</param>
    /// <param name="averageGenerationTimeMs">Design Arena: the average generation time.</param>
    /// <param name="tournamentStats">Design Arena: tournament placings.</param>
    /// <param name="benchmarkType">OpenRouter: the benchmark.</param>
    /// <param name="accuracy">OpenRouter: the accuracy.</param>
    /// <param name="accuracyStdDev">OpenRouter: the accuracy's standard deviation.</param>
    /// <param name="primaryMetric">OpenRouter search: what the primary score measures.</param>
    /// <param name="primaryScore">OpenRouter search: the score.</param>
    /// <param name="averageCostPerTask">OpenRouter: the average cost of a task, in USD.</param>
    /// <param name="averageLatencyPerTaskMs">OpenRouter search: the average time of a task.</param>
    /// <param name="totalTasks">OpenRouter: the tasks of the run.</param>
    /// <param name="lastRun">OpenRouter: when the benchmark last ran.</param>
    /// <param name="searchEngine">OpenRouter search: the search engine.</param>
    /// <param name="searchSurface">OpenRouter search: the request surface.</param>
    /// <param name="runConfig">OpenRouter search: the run's configuration.</param>
    /// <returns>The score.</returns>
    public static BenchmarkResult BenchmarkResult(
        BenchmarkSource source = default,
        string? modelPermaslug = null,
        string? displayName = null,
        BenchmarkPricing? pricing = null,
        double? intelligenceIndex = null,
        double? codingIndex = null,
        double? agenticIndex = null,
        string? arena = null,
        string? category = null,
        double? elo = null,
        double? winRate = null,
        double? averageGenerationTimeMs = null,
        BenchmarkTournamentStats? tournamentStats = null,
        string? benchmarkType = null,
        double? accuracy = null,
        double? accuracyStdDev = null,
        string? primaryMetric = null,
        double? primaryScore = null,
        decimal? averageCostPerTask = null,
        double? averageLatencyPerTaskMs = null,
        int? totalTasks = null,
        DateTimeOffset? lastRun = null,
        string? searchEngine = null,
        string? searchSurface = null,
        BenchmarkRunConfig? runConfig = null) => new()
    {
        Source = source,
        ModelPermaslug = modelPermaslug,
        DisplayName = displayName,
        Pricing = pricing,
        IntelligenceIndex = intelligenceIndex,
        CodingIndex = codingIndex,
        AgenticIndex = agenticIndex,
        Arena = arena,
        Category = category,
        Elo = elo,
        WinRate = winRate,
        AverageGenerationTimeMs = averageGenerationTimeMs,
        TournamentStats = tournamentStats,
        BenchmarkType = benchmarkType,
        Accuracy = accuracy,
        AccuracyStdDev = accuracyStdDev,
        PrimaryMetric = primaryMetric,
        PrimaryScore = primaryScore,
        AverageCostPerTask = averageCostPerTask,
        AverageLatencyPerTaskMs = averageLatencyPerTaskMs,
        TotalTasks = totalTasks,
        LastRun = lastRun,
        SearchEngine = searchEngine,
        SearchSurface = searchSurface,
        RunConfig = runConfig,
    };

    /// <summary>Builds <see cref="Sdk.TaskClassifications"/> (<c>GET /classifications/task</c>).</summary>
    /// <param name="windowDays">How many days the window spans.</param>
    /// <param name="asOf">The last day of the data.</param>
    /// <param name="classifications">The tasks; null gives none.</param>
    /// <param name="macroCategories">The groups of tasks; null gives none.</param>
    /// <returns>The answer.</returns>
    public static TaskClassifications TaskClassifications(int windowDays = 0, DateTime asOf = default, IEnumerable<TaskClassification>? classifications = null,
        IEnumerable<TaskMacroCategory>? macroCategories = null) => new()
    {
        WindowDays = windowDays,
        AsOf = asOf,
        Classifications = ListOf(classifications, nameof(classifications)),
        MacroCategories = ListOf(macroCategories, nameof(macroCategories)),
    };

    /// <summary>Builds a <see cref="Sdk.TaskClassification"/>.</summary>
    /// <param name="tag">The task's tag.</param>
    /// <param name="displayName">The task's display name.</param>
    /// <param name="macroCategory">The key of the task's group.</param>
    /// <param name="usageShare">The share of all classified requests.</param>
    /// <param name="tokenShare">The share of all classified tokens.</param>
    /// <param name="categoryUsageShare">The share of the group's requests.</param>
    /// <param name="categoryTokenShare">The share of the group's tokens.</param>
    /// <param name="models">The top models; null gives none.</param>
    /// <returns>The task.</returns>
    public static TaskClassification TaskClassification(string? tag = null, string? displayName = null, string? macroCategory = null, double usageShare = 0,
        double tokenShare = 0, double categoryUsageShare = 0, double categoryTokenShare = 0, IEnumerable<TaskClassificationModel>? models = null) => new()
    {
        Tag = tag,
        DisplayName = displayName,
        MacroCategory = macroCategory,
        UsageShare = usageShare,
        TokenShare = tokenShare,
        CategoryUsageShare = categoryUsageShare,
        CategoryTokenShare = categoryTokenShare,
        Models = ListOf(models, nameof(models)),
    };
}
