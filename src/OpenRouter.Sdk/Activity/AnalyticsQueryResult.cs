using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>The answer of an analytics query (<see cref="OpenRouterActivityClient.QueryAnalyticsAsync"/>, <c>POST /analytics/query</c>).</summary>
public sealed class AnalyticsQueryResult
{
    private IReadOnlyList<AnalyticsRow> _rows = Array.Empty<AnalyticsRow>();
    private AnalyticsQueryMetadata _metadata = new();
    private IReadOnlyList<string> _warnings = Array.Empty<string>();

    /// <summary>The rows: one per combination of the requested dimensions and time bucket, with a column per metric. (<c>data</c>)</summary>
    [JsonPropertyName("data")]
    [JsonConverter(typeof(NonNullReadOnlyListConverter<AnalyticsRow>))]
    public IReadOnlyList<AnalyticsRow> Rows { get => _rows; set => _rows = value ?? Array.Empty<AnalyticsRow>(); }

    /// <summary>How long the query took, how many rows it returned and whether they were cut off. (<c>metadata</c>)</summary>
    [JsonPropertyName("metadata")]
    public AnalyticsQueryMetadata Metadata { get => _metadata; set => _metadata = value ?? new AnalyticsQueryMetadata(); }

    /// <summary>
    /// Filter values the server could not resolve (such as an unknown API key hash); the query ran anyway. Empty when
    /// there were none. (<c>warnings</c>)
    /// </summary>
    [JsonPropertyName("warnings")]
    public IReadOnlyList<string> Warnings { get => _warnings; set => _warnings = value ?? Array.Empty<string>(); }

    /// <summary>Present when the answer came from the server's cache: the number it sends for when the answer was cached, as sent. (<c>cachedAt</c>)</summary>
    [JsonPropertyName("cachedAt")]
    public double? CachedAt { get; set; }

    /// <summary>Members the server sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>About an analytics query's answer (<see cref="AnalyticsQueryResult.Metadata"/>).</summary>
public sealed class AnalyticsQueryMetadata
{
    /// <summary>How long the query ran on the server, in milliseconds. (<c>query_time_ms</c>)</summary>
    [JsonPropertyName("query_time_ms")]
    public double QueryTimeMs { get; set; }

    /// <summary>How many rows the answer holds. (<c>row_count</c>)</summary>
    [JsonPropertyName("row_count")]
    public int RowCount { get; set; }

    /// <summary>Whether rows were left out because of <see cref="AnalyticsQueryRequest.Limit"/> or <see cref="AnalyticsQueryRequest.GroupLimit"/>. (<c>truncated</c>)</summary>
    [JsonPropertyName("truncated")]
    public bool Truncated { get; set; }

    /// <summary>Members the server sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
