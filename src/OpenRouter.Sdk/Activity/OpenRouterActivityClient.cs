using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using OpenRouter.Sdk.Http;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// The account's usage and analytics (the spec's <c>Analytics</c> operations), reached as
/// <see cref="OpenRouterClient.Activity"/> or resolved from DI after <c>services.AddOpenRouter(...)</c>.
/// Every operation here needs a <b>management key</b> (<see cref="OpenRouterClientOptions.ManagementKey"/> or
/// <c>OPENROUTER_MANAGEMENT_KEY</c>), a different secret from the inference API key; without one a call fails with
/// <see cref="InvalidOperationException"/> before anything is sent. Thread-safe; it shares its client's connections,
/// options and lifetime.
/// </summary>
/// <remarks>
/// To fake it in tests, derive from it (the protected constructor exists for that) and override the methods you
/// use, or hand it to a mocking library; the methods are virtual.
/// </remarks>
public class OpenRouterActivityClient
{
    private readonly OpenRouterPipeline? _pipeline;

    /// <summary>Creates an instance for mocking: a subclass overrides the methods it needs; the others throw.</summary>
    protected OpenRouterActivityClient()
    {
    }

    internal OpenRouterActivityClient(OpenRouterPipeline pipeline)
    {
        _pipeline = Argument.NotNull(pipeline);
    }

    /// <summary>
    /// Gets the account's activity for the last 30 completed UTC days (<c>GET /activity</c>): one row per day, model
    /// and provider endpoint with requests, tokens and cost, optionally filtered or split per workspace.
    /// Needs a management key.
    /// </summary>
    /// <param name="query">Filters; null returns everything.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The rows, in the server's order.</returns>
    /// <exception cref="ArgumentException"><see cref="ActivityQuery.Date"/> has a time of day.</exception>
    /// <exception cref="InvalidOperationException">No management key is configured (<see cref="OpenRouterClientOptions.ManagementKey"/>); nothing was sent.</exception>
    /// <exception cref="OpenRouterPermissionDeniedException">The configured management key is not one (403); the message says a management key is needed.</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported another error, or the call timed out.</exception>
    public virtual async Task<IReadOnlyList<ActivityItem>> GetActivityAsync(ActivityQuery? query = null, CancellationToken cancellationToken = default)
    {
        ApiPath path = query?.AppendTo(ActivityPath) ?? ActivityPath;
        return await Pipeline.GetDataAsync(path, OpenRouterJsonContext.Default.DataEnvelopeListActivityItem, OpenRouterCredential.ManagementKey, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Lists what the analytics query understands (<c>GET /analytics/meta</c>): its metrics, dimensions, filter
    /// operators and time granularities. Needs a management key.
    /// </summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The metrics, dimensions, operators and granularities.</returns>
    /// <exception cref="InvalidOperationException">No management key is configured (<see cref="OpenRouterClientOptions.ManagementKey"/>); nothing was sent.</exception>
    /// <exception cref="OpenRouterPermissionDeniedException">The configured management key is not one (403); the message says a management key is needed.</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported another error, or the call timed out.</exception>
    public virtual Task<AnalyticsMeta> GetAnalyticsMetaAsync(CancellationToken cancellationToken = default) =>
        Pipeline.GetDataAsync(AnalyticsMetaPath, OpenRouterJsonContext.Default.DataEnvelopeAnalyticsMeta, OpenRouterCredential.ManagementKey, cancellationToken);

    /// <summary>
    /// Runs an analytics query (<c>POST /analytics/query</c>): the requested metrics, grouped by up to two dimensions
    /// and optionally by time, filtered, ordered and limited. <see cref="GetAnalyticsMetaAsync"/> lists what the
    /// server accepts. Needs a management key.
    /// </summary>
    /// <param name="request">The query; <see cref="AnalyticsQueryRequest.Metrics"/> needs at least one metric.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The rows and what the server says about them.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The query breaks one of the spec's limits, checked before anything is sent: no metric, a blank metric or
    /// dimension, more than 2 dimensions, more than 20 filters, a filter without a field, operator or value, a time
    /// range whose end is not after its start, an order without a field or direction, a classifier part without its
    /// classifier id, more than 2 classifier dimension names, or classifier filters not 1 to 10.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="AnalyticsQueryRequest.Limit"/> or <see cref="AnalyticsQueryRequest.GroupLimit"/> is less than 1.</exception>
    /// <exception cref="InvalidOperationException">No management key is configured (<see cref="OpenRouterClientOptions.ManagementKey"/>); nothing was sent.</exception>
    /// <exception cref="OpenRouterPermissionDeniedException">The configured management key is not one (403); the message says a management key is needed.</exception>
    /// <exception cref="OpenRouterBadRequestException">The server refused the query (400), such as for an unknown metric or dimension.</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported another error (such as 408 for a query that ran too long), or the call timed out.</exception>
    public virtual async Task<AnalyticsQueryResult> QueryAnalyticsAsync(AnalyticsQueryRequest request, CancellationToken cancellationToken = default)
    {
        AnalyticsQueryChecks.Validate(request);
        byte[] body = JsonSerializer.SerializeToUtf8Bytes(request, OpenRouterJsonContext.Default.AnalyticsQueryRequest);
        DataEnvelope<AnalyticsQueryResult> answer = await Pipeline.SendAsync(HttpMethod.Post, AnalyticsQueryPath, body,
            OpenRouterJsonContext.Default.DataEnvelopeAnalyticsQueryResult, static e => OpenRouterPipeline.ErrorMember(e.AdditionalProperties),
            OpenRouterCredential.ManagementKey, cancellationToken).ConfigureAwait(false);
        return answer.Data ?? throw OpenRouterErrorFactory.MissingData("POST /" + AnalyticsQueryPath.WithoutQuery());
    }

    private static readonly ApiPath ActivityPath = ApiPath.Of("activity");

    private static readonly ApiPath AnalyticsMetaPath = ApiPath.Of("analytics/meta");

    private static readonly ApiPath AnalyticsQueryPath = ApiPath.Of("analytics/query");

    /// <summary>The client's pipeline; a mock made with the protected constructor has none.</summary>
    private OpenRouterPipeline Pipeline => _pipeline ?? throw new NotSupportedException(
        $"This {GetType().Name} was made with the protected constructor, for mocking: override the methods the test calls.");
}
