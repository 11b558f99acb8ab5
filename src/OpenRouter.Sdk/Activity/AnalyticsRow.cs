using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// One row of an analytics answer (<see cref="AnalyticsQueryResult.Rows"/>): a column per requested metric and
/// dimension, named after it, and with a granularity the time bucket in <c>date__&lt;granularity&gt;</c> (such as
/// <c>date__day</c>). The columns depend on the query, so they are kept as JSON and read with
/// <see cref="GetMetric"/>, <see cref="GetDimension"/> and <see cref="GetTimeBucket"/>.
/// </summary>
public sealed class AnalyticsRow
{
    private IDictionary<string, JsonElement> _columns = new Dictionary<string, JsonElement>(StringComparer.Ordinal);

    /// <summary>Every column of the row by name, as the server sent it.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement> Columns { get => _columns; set => _columns = value ?? new Dictionary<string, JsonElement>(StringComparer.Ordinal); }

    /// <summary>
    /// The value of a metric's column, such as <see cref="AnalyticsMetric.RequestCount"/>: a JSON number (or a number
    /// sent as a string), exactly as a <see cref="decimal"/>.
    /// </summary>
    /// <param name="metric">The metric; its column has its name.</param>
    /// <returns>The value; null when the row has no such column or it is null.</returns>
    /// <exception cref="FormatException">The column holds something other than a number.</exception>
    public decimal? GetMetric(AnalyticsMetric metric)
    {
        if (!TryGetColumn(metric.Value, out JsonElement value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number)
        {
            // Outside decimal's range (for example 1e300): saturate, as money members do.
            return value.TryGetDecimal(out decimal number) ? number : value.GetDouble() > 0 ? decimal.MaxValue : decimal.MinValue;
        }

        if (value.ValueKind == JsonValueKind.String
            && decimal.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out decimal parsed))
        {
            return parsed;
        }

        throw new FormatException($"The column '{metric.Value}' holds {value.ValueKind}, not a number.");
    }

    /// <summary>
    /// The value of a dimension's column, such as <see cref="AnalyticsDimension.Model"/>, as text: a string as it is, any
    /// other value as its JSON text (an app's numeric id reads <c>"42"</c>).
    /// </summary>
    /// <param name="dimension">The dimension; its column has its name (a classifier dimension's too).</param>
    /// <returns>The value; null when the row has no such column or it is null.</returns>
    public string? GetDimension(AnalyticsDimension dimension) =>
        !TryGetColumn(dimension.Value, out JsonElement value) ? null
        : value.ValueKind == JsonValueKind.String ? value.GetString()
        : value.GetRawText();

    /// <summary>The start of the row's time bucket, from its <c>date__&lt;granularity&gt;</c> column (such as <c>date__day</c>).</summary>
    /// <param name="granularity">The granularity of the query.</param>
    /// <returns>The start of the bucket; null when the row has no such column or it is null.</returns>
    /// <exception cref="FormatException">The column does not hold a timestamp.</exception>
    public DateTimeOffset? GetTimeBucket(AnalyticsGranularity granularity)
    {
        string column = "date__" + granularity.Value;
        if (!TryGetColumn(column, out JsonElement value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String && value.TryGetDateTimeOffset(out DateTimeOffset bucket))
        {
            return bucket;
        }

        throw new FormatException($"The column '{column}' does not hold a timestamp.");
    }

    private bool TryGetColumn(string name, out JsonElement value) =>
        _columns.TryGetValue(name, out value) && value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined);
}
