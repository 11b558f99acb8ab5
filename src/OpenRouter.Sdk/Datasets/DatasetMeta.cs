using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// About a rankings dataset answer (<c>meta</c> of <c>GET /datasets/app-rankings</c> and
/// <c>GET /datasets/rankings-daily</c>): when it was computed and the date window it covers. Quote the data as
/// "Source: OpenRouter, as of <see cref="AsOf"/>".
/// </summary>
public sealed class DatasetMeta
{
    /// <summary>When the dataset was computed. (<c>as_of</c>)</summary>
    [JsonPropertyName("as_of")]
    public DateTimeOffset AsOf { get; set; }

    /// <summary>The dataset's format version, <c>v1</c>. (<c>version</c>)</summary>
    [JsonPropertyName("version")]
    public string? Version { get; set; }

    /// <summary>The first day of the window (UTC), after the server clamped it. (<c>start_date</c>)</summary>
    [JsonPropertyName("start_date")]
    [JsonConverter(typeof(CalendarDateConverter))]
    public DateTime StartDate { get; set; }

    /// <summary>The last day of the window (UTC), inclusive. (<c>end_date</c>)</summary>
    [JsonPropertyName("end_date")]
    [JsonConverter(typeof(CalendarDateConverter))]
    public DateTime EndDate { get; set; }

    /// <summary>Members the SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
