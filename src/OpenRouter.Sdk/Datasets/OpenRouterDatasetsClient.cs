using System;
using System.Threading;
using System.Threading.Tasks;
using System.Net.Http;
using System.Text.Json.Serialization.Metadata;
using OpenRouter.Sdk.Http;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// OpenRouter's public datasets (the spec's <c>Datasets</c>, <c>Benchmarks</c> and <c>Classifications</c>
/// operations): model and app rankings by tokens, cost per session, benchmark scores and the market share of tasks.
/// Reached as <see cref="OpenRouterClient.Datasets"/> or resolved from DI after <c>services.AddOpenRouter(...)</c>.
/// Sent with the API key. Thread-safe; it shares its client's connections, options and lifetime.
/// </summary>
/// <remarks>
/// OpenRouter limits these to 30 requests a minute per key and 500 a day per account, and asks that republished data
/// cite it ("Source: OpenRouter (openrouter.ai/rankings), as of ..."); the data is licensed CC BY 4.0. To fake this
/// client in tests, derive from it (the protected constructor exists for that) and override the methods you use.
/// </remarks>
public class OpenRouterDatasetsClient
{
    private static readonly ApiPath SessionCostPath = ApiPath.Of("datasets").Then("session-cost");
    private static readonly ApiPath AppRankingsPath = ApiPath.Of("datasets").Then("app-rankings");
    private static readonly ApiPath RankingsDailyPath = ApiPath.Of("datasets").Then("rankings-daily");
    private static readonly ApiPath BenchmarksPath = ApiPath.Of("benchmarks");

    private readonly OpenRouterPipeline? _pipeline;

    /// <summary>Creates an instance for mocking: a subclass overrides the methods it needs; the others throw.</summary>
    protected OpenRouterDatasetsClient()
    {
    }

    internal OpenRouterDatasetsClient(OpenRouterPipeline pipeline)
    {
        _pipeline = Argument.NotNull(pipeline);
    }

    /// <summary>Gets the median cost of a session by harness, model and session length (<c>GET /datasets/session-cost</c>); refreshed weekly.</summary>
    /// <param name="query">Filters and paging; null for the first 100 cells.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The cells and the source window.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A limit or offset is out of the range the server takes.</exception>
    /// <exception cref="OpenRouterRateLimitException">Too many dataset requests (429).</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported another error, or the call timed out.</exception>
    public virtual Task<SessionCosts> GetSessionCostsAsync(SessionCostQuery? query = null, CancellationToken cancellationToken = default) =>
        GetAsync(query?.AppendTo(SessionCostPath) ?? SessionCostPath, OpenRouterJsonContext.Default.SessionCosts, cancellationToken);

    /// <summary>Gets the top public apps by tokens in a date window (<c>GET /datasets/app-rankings</c>).</summary>
    /// <param name="query">Filters, order, window and paging; null for the 50 most popular apps of the last 30 days.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The ranked apps and the window.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A limit or offset is out of the range the server takes.</exception>
    /// <exception cref="OpenRouterRateLimitException">Too many dataset requests (429).</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported another error (400: an inconsistent filter), or the call timed out.</exception>
    public virtual Task<AppRankings> GetAppRankingsAsync(AppRankingsQuery? query = null, CancellationToken cancellationToken = default) =>
        GetAsync(query?.AppendTo(AppRankingsPath) ?? AppRankingsPath, OpenRouterJsonContext.Default.AppRankings, cancellationToken);

    /// <summary>
    /// Gets the tokens of the top 50 models per day, week or month, with an <c>other</c> row for the rest
    /// (<c>GET /datasets/rankings-daily</c>).
    /// </summary>
    /// <param name="query">Window, grain and filters; null for the last 30 days, per day.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The rows and the window.</returns>
    /// <exception cref="OpenRouterRateLimitException">Too many dataset requests (429).</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported another error (400: filters that cannot be combined), or the call timed out.</exception>
    public virtual Task<DailyModelRankings> GetDailyModelRankingsAsync(DailyModelRankingsQuery? query = null, CancellationToken cancellationToken = default) =>
        GetAsync(query?.AppendTo(RankingsDailyPath) ?? RankingsDailyPath, OpenRouterJsonContext.Default.DailyModelRankings, cancellationToken);

    /// <summary>
    /// Gets benchmark scores of models (<c>GET /benchmarks</c>): Artificial Analysis indexes, Design Arena ratings and
    /// OpenRouter's own evaluations.
    /// </summary>
    /// <param name="query">Source and filters; null for every source.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The scores and how to cite them.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="BenchmarksQuery.MaxResults"/> is below 1.</exception>
    /// <exception cref="OpenRouterRateLimitException">Too many benchmark requests (429).</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported another error, or the call timed out.</exception>
    public virtual Task<BenchmarkScores> GetBenchmarksAsync(BenchmarksQuery? query = null, CancellationToken cancellationToken = default) =>
        GetAsync(query?.AppendTo(BenchmarksPath) ?? BenchmarksPath, OpenRouterJsonContext.Default.BenchmarkScores, cancellationToken);

    /// <summary>
    /// Gets the market share of tasks (code generation, web search, ...) in OpenRouter's traffic over a trailing window
    /// (<c>GET /classifications/task</c>).
    /// </summary>
    /// <param name="window">The window, <c>7d</c> (the only one the server has now); null for the server's default.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The tasks, their groups and their shares.</returns>
    /// <exception cref="OpenRouterRateLimitException">Too many requests (429).</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported another error, or the call timed out.</exception>
    public virtual Task<TaskClassifications> GetTaskClassificationsAsync(string? window = null, CancellationToken cancellationToken = default)
    {
        ApiPath path = DatasetQuery.Add(ApiPath.Of("classifications").Then("task"), "window", window);
        return Pipeline.GetDataAsync(path, OpenRouterJsonContext.Default.DataEnvelopeTaskClassifications, OpenRouterCredential.ApiKey, cancellationToken);
    }

    private Task<T> GetAsync<T>(ApiPath path, JsonTypeInfo<T> type, CancellationToken cancellationToken)
        where T : class, IDatasetAnswer =>
        Pipeline.SendAsync(HttpMethod.Get, path, null, type, static answer => OpenRouterPipeline.ErrorMember(answer.AdditionalProperties),
            OpenRouterCredential.ApiKey, cancellationToken);

    /// <summary>The client's pipeline; a mock made with the protected constructor has none.</summary>
    private OpenRouterPipeline Pipeline => _pipeline ?? throw new NotSupportedException(
        $"This {GetType().Name} was made with the protected constructor, for mocking: override the methods the test calls.");
}
