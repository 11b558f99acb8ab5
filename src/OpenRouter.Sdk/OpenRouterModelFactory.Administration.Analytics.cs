using System;
using System.Collections.Generic;
using System.Text.Json;

namespace OpenRouter.Sdk;

public static partial class OpenRouterModelFactory
{
    /// <summary>Builds an <see cref="Sdk.AnalyticsQueryResult"/>, the answer of an analytics query (<c>POST /analytics/query</c>).</summary>
    /// <param name="rows">The rows (build them with <see cref="AnalyticsRow"/>); null gives none. Copied.</param>
    /// <param name="metadata">The query time, row count and truncation (build it with <see cref="AnalyticsQueryMetadata"/>); null gives zeros.</param>
    /// <param name="warnings">Filter values the server could not resolve; null gives none. Copied.</param>
    /// <param name="cachedAt">When the answer was cached, as the server sends it; null for a fresh answer.</param>
    /// <returns>The answer.</returns>
    public static AnalyticsQueryResult AnalyticsQueryResult(
        IEnumerable<AnalyticsRow>? rows = null,
        AnalyticsQueryMetadata? metadata = null,
        IEnumerable<string>? warnings = null,
        double? cachedAt = null) => new()
    {
        Rows = ListOf(rows, nameof(rows)),
        Metadata = metadata ?? new AnalyticsQueryMetadata(),
        Warnings = ListOf(warnings, nameof(warnings)),
        CachedAt = cachedAt,
    };

    /// <summary>Builds an <see cref="Sdk.AnalyticsQueryMetadata"/>, what the server says about an analytics answer.</summary>
    /// <param name="queryTimeMs">How long the query ran, in milliseconds.</param>
    /// <param name="rowCount">How many rows the answer holds.</param>
    /// <param name="truncated">Whether rows were left out by a limit.</param>
    /// <returns>The metadata.</returns>
    public static AnalyticsQueryMetadata AnalyticsQueryMetadata(double queryTimeMs = 0, int rowCount = 0, bool truncated = false) => new()
    {
        QueryTimeMs = queryTimeMs,
        RowCount = rowCount,
        Truncated = truncated,
    };

    /// <summary>
    /// Builds an <see cref="Sdk.AnalyticsRow"/>, one row of an analytics answer: each column by name, as JSON
    /// (for example <c>JsonDocument.Parse("1500").RootElement</c>).
    /// </summary>
    /// <param name="columns">The columns, such as <c>request_count</c> and <c>date__day</c>; null gives none. Copied.</param>
    /// <returns>The row.</returns>
    public static AnalyticsRow AnalyticsRow(IDictionary<string, JsonElement>? columns = null)
    {
        var copy = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (KeyValuePair<string, JsonElement> column in columns ?? new Dictionary<string, JsonElement>())
        {
            copy[column.Key] = column.Value;
        }

        return new AnalyticsRow { Columns = copy };
    }
}
