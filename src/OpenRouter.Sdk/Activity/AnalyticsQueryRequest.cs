using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// An analytics query, for <see cref="OpenRouterActivityClient.QueryAnalyticsAsync"/> (<c>POST /analytics/query</c>):
/// the metrics to compute, optionally grouped by up to two dimensions and by time, filtered, ordered and limited.
/// Only <see cref="Metrics"/> is required; members left null are not sent and take the server's defaults.
/// <see cref="OpenRouterActivityClient.GetAnalyticsMetaAsync"/> lists the metrics, dimensions, operators and
/// granularities the server accepts.
/// </summary>
/// <example>
/// Requests per model and day for one week:
/// <code>
/// var query = new AnalyticsQueryRequest
/// {
///     Metrics = { AnalyticsMetric.RequestCount },
///     Dimensions = [AnalyticsDimension.Model],
///     Granularity = AnalyticsGranularity.Day,
///     TimeRange = new AnalyticsTimeRange(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2025, 1, 8, 0, 0, 0, TimeSpan.Zero)),
/// };
/// </code>
/// </example>
public sealed class AnalyticsQueryRequest
{
    /// <summary>The metrics to compute, at least one, such as <see cref="AnalyticsMetric.RequestCount"/>. (<c>metrics</c>, required)</summary>
    [JsonPropertyName("metrics")]
    public IList<AnalyticsMetric> Metrics { get; set; } = new List<AnalyticsMetric>();

    /// <summary>The dimensions to group by, at most two, such as <see cref="AnalyticsDimension.Model"/>. (<c>dimensions</c>)</summary>
    [JsonPropertyName("dimensions")]
    public IList<AnalyticsDimension>? Dimensions { get; set; }

    /// <summary>The filters, at most 20; a row must pass all of them. (<c>filters</c>)</summary>
    [JsonPropertyName("filters")]
    public IList<AnalyticsFilter>? Filters { get; set; }

    /// <summary>The time bucket of each row, such as <see cref="AnalyticsGranularity.Day"/>; null for no time split. (<c>granularity</c>)</summary>
    [JsonPropertyName("granularity")]
    public AnalyticsGranularity? Granularity { get; set; }

    /// <summary>The period to query; null for the server's default. (<c>time_range</c>)</summary>
    [JsonPropertyName("time_range")]
    public AnalyticsTimeRange? TimeRange { get; set; }

    /// <summary>The order of the rows. (<c>order_by</c>)</summary>
    [JsonPropertyName("order_by")]
    public AnalyticsOrderBy? OrderBy { get; set; }

    /// <summary>
    /// The most rows to return, at least 1; the server's default is 1000, and it may raise the limit on a time series
    /// with dimensions and no <see cref="GroupLimit"/>. (<c>limit</c>)
    /// </summary>
    [JsonPropertyName("limit")]
    public int? Limit { get; set; }

    /// <summary>
    /// The most rows per combination of dimensions, at least 1. Left null on a time series with dimensions, the server
    /// picks one that keeps every time bucket; a lower value may cut buckets off. Ignored without dimensions. (<c>group_limit</c>)
    /// </summary>
    [JsonPropertyName("group_limit")]
    public int? GroupLimit { get; set; }

    /// <summary>Groups rows by the tags of a classifier of the workspace (which must have an active one). (<c>classifier_dimensions</c>)</summary>
    [JsonPropertyName("classifier_dimensions")]
    public AnalyticsClassifierDimensions? ClassifierDimensions { get; set; }

    /// <summary>Keeps only generations with given classifier tag values. (<c>classifier_filters</c>)</summary>
    [JsonPropertyName("classifier_filters")]
    public AnalyticsClassifierFilters? ClassifierFilters { get; set; }
}
