using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>A filter of an analytics query (<see cref="AnalyticsQueryRequest.Filters"/>): a dimension compared with a value.</summary>
public sealed class AnalyticsFilter
{
    /// <summary>Creates an empty filter; set <see cref="Field"/>, <see cref="Operator"/> and <see cref="Value"/>.</summary>
    public AnalyticsFilter()
    {
    }

    /// <summary>Creates the filter <paramref name="field"/> <paramref name="op"/> <paramref name="value"/>.</summary>
    /// <param name="field">The dimension to filter on.</param>
    /// <param name="op">The comparison.</param>
    /// <param name="value">The value, or the list of values for <see cref="AnalyticsFilterOperator.In"/> and <see cref="AnalyticsFilterOperator.NotIn"/>.</param>
    public AnalyticsFilter(AnalyticsDimension field, AnalyticsFilterOperator op, AnalyticsFilterValue value)
    {
        Field = field;
        Operator = op;
        Value = value;
    }

    /// <summary>The dimension to filter on, such as <see cref="AnalyticsDimension.Model"/>. (<c>field</c>, required)</summary>
    [JsonPropertyName("field")]
    public AnalyticsDimension Field { get; set; }

    /// <summary>The comparison, such as <see cref="AnalyticsFilterOperator.Equal"/>. (<c>operator</c>, required)</summary>
    [JsonPropertyName("operator")]
    public AnalyticsFilterOperator Operator { get; set; }

    /// <summary>
    /// The value: one string or number, or a list for <see cref="AnalyticsFilterOperator.In"/> and
    /// <see cref="AnalyticsFilterOperator.NotIn"/>. Dimensions that come back as labels are filtered by their ids: a
    /// model's permaslug, a user id, a workspace id, an app's numeric id, an API key's numeric id or hash. (<c>value</c>, required)
    /// </summary>
    [JsonPropertyName("value")]
    public AnalyticsFilterValue? Value { get; set; }

    /// <summary>
    /// Whether rows without a value for the dimension pass too; only for <see cref="AnalyticsFilterOperator.In"/> and
    /// <see cref="AnalyticsFilterOperator.NotIn"/> on dimensions that have such rows. (<c>include_unset</c>)
    /// </summary>
    [JsonPropertyName("include_unset")]
    public bool? IncludeUnset { get; set; }
}
