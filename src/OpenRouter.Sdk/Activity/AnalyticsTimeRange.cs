using System;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>The period of an analytics query (<see cref="AnalyticsQueryRequest.TimeRange"/>); sent in UTC.</summary>
public sealed class AnalyticsTimeRange
{
    /// <summary>Creates an empty range; set <see cref="Start"/> and <see cref="End"/>.</summary>
    public AnalyticsTimeRange()
    {
    }

    /// <summary>Creates the range from <paramref name="start"/> to <paramref name="end"/>.</summary>
    /// <param name="start">The start of the period.</param>
    /// <param name="end">The end of the period; after <paramref name="start"/>.</param>
    public AnalyticsTimeRange(DateTimeOffset start, DateTimeOffset end)
    {
        Start = start;
        End = end;
    }

    /// <summary>The start of the period. (<c>start</c>, required)</summary>
    [JsonPropertyName("start")]
    [JsonConverter(typeof(UtcDateTimeConverter))]
    public DateTimeOffset Start { get; set; }

    /// <summary>The end of the period; after <see cref="Start"/>. (<c>end</c>, required)</summary>
    [JsonPropertyName("end")]
    [JsonConverter(typeof(UtcDateTimeConverter))]
    public DateTimeOffset End { get; set; }
}
