using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>The order of an analytics query's rows (<see cref="AnalyticsQueryRequest.OrderBy"/>).</summary>
public sealed class AnalyticsOrderBy
{
    /// <summary>Creates an empty order; set <see cref="Field"/> and <see cref="Direction"/>.</summary>
    public AnalyticsOrderBy()
    {
    }

    /// <summary>Creates the order by <paramref name="field"/> in <paramref name="direction"/>.</summary>
    /// <param name="field">A requested metric, <c>request_count</c>, a requested dimension, or <c>date</c>.</param>
    /// <param name="direction">Ascending or descending.</param>
    public AnalyticsOrderBy(string field, AnalyticsOrderDirection direction)
    {
        Field = field;
        Direction = direction;
    }

    /// <summary>
    /// What to order by: a metric of <see cref="AnalyticsQueryRequest.Metrics"/> (or <c>request_count</c>, which need
    /// not be requested), a requested dimension, or <c>date</c>. (<c>field</c>, required)
    /// </summary>
    [JsonPropertyName("field")]
    public string Field { get; set; } = string.Empty;

    /// <summary>The direction, such as <see cref="AnalyticsOrderDirection.Descending"/>. (<c>direction</c>, required)</summary>
    [JsonPropertyName("direction")]
    public AnalyticsOrderDirection Direction { get; set; }
}
