using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// Keeps only generations with given classifier tag values (<see cref="AnalyticsQueryRequest.ClassifierFilters"/>).
/// With <see cref="AnalyticsQueryRequest.ClassifierDimensions"/>, both must name the same classifier.
/// </summary>
public sealed class AnalyticsClassifierFilters
{
    /// <summary>The classifier's id (a UUID). (<c>classifier_id</c>, required)</summary>
    [JsonPropertyName("classifier_id")]
    public string ClassifierId { get; set; } = string.Empty;

    /// <summary>The filters, 1 to 10; a generation must pass all of them. (<c>filters</c>, required)</summary>
    [JsonPropertyName("filters")]
    public IList<AnalyticsClassifierFilter> Filters { get; set; } = new List<AnalyticsClassifierFilter>();
}

/// <summary>A filter on a classifier dimension (<see cref="AnalyticsClassifierFilters.Filters"/>).</summary>
public sealed class AnalyticsClassifierFilter
{
    /// <summary>Creates an empty filter; set <see cref="Field"/>, <see cref="Operator"/> and <see cref="Value"/>.</summary>
    public AnalyticsClassifierFilter()
    {
    }

    /// <summary>Creates the filter <paramref name="field"/> <paramref name="op"/> <paramref name="value"/>.</summary>
    /// <param name="field">The classifier dimension, such as <c>department</c>.</param>
    /// <param name="op">The comparison: equal, not equal, in or not in.</param>
    /// <param name="value">The value, or the list of values for in and not in.</param>
    public AnalyticsClassifierFilter(string field, AnalyticsFilterOperator op, AnalyticsFilterValue value)
    {
        Field = field;
        Operator = op;
        Value = value;
    }

    /// <summary>The classifier dimension to filter on (a snake_case name such as <c>department</c>). (<c>field</c>, required)</summary>
    [JsonPropertyName("field")]
    public string Field { get; set; } = string.Empty;

    /// <summary>
    /// The comparison; tags are strings, so only <see cref="AnalyticsFilterOperator.Equal"/>,
    /// <see cref="AnalyticsFilterOperator.NotEqual"/>, <see cref="AnalyticsFilterOperator.In"/> and
    /// <see cref="AnalyticsFilterOperator.NotIn"/> apply. (<c>operator</c>, required)
    /// </summary>
    [JsonPropertyName("operator")]
    public AnalyticsFilterOperator Operator { get; set; }

    /// <summary>The value, or a list for in and not in. (<c>value</c>, required)</summary>
    [JsonPropertyName("value")]
    public AnalyticsFilterValue? Value { get; set; }
}
