using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// Token totals of the top 50 models per day (or week, or month), plus an <c>other</c> row per period for the rest
/// (<c>GET /datasets/rankings-daily</c>).
/// </summary>
public sealed class DailyModelRankings : IDatasetAnswer
{
    private IReadOnlyList<DailyModelTokens> _rows = new List<DailyModelTokens>();

    /// <summary>The rows: by date, then by tokens, the <c>other</c> row last within its date. (<c>data</c>)</summary>
    [JsonPropertyName("data")]
    [JsonConverter(typeof(NonNullReadOnlyListConverter<DailyModelTokens>))]
    public IReadOnlyList<DailyModelTokens> Rows { get => _rows; set => _rows = value ?? new List<DailyModelTokens>(); }

    /// <summary>When the dataset was computed and the window it covers. (<c>meta</c>)</summary>
    [JsonPropertyName("meta")]
    public DatasetMeta? Meta { get; set; }

    /// <summary>Members the SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>One model's tokens in one period of <see cref="DailyModelRankings"/>.</summary>
public sealed class DailyModelTokens
{
    /// <summary>The reserved <see cref="ModelPermaslug"/> of the row that sums every model outside the top 50.</summary>
    public const string OtherModels = "other";

    /// <summary>The day, or the first day of the week or month (UTC). (<c>date</c>)</summary>
    [JsonPropertyName("date")]
    [JsonConverter(typeof(CalendarDateConverter))]
    public DateTime Date { get; set; }

    /// <summary>The model's permanent slug, or <see cref="OtherModels"/>. (<c>model_permaslug</c>)</summary>
    [JsonPropertyName("model_permaslug")]
    public string? ModelPermaslug { get; set; }

    /// <summary>Prompt plus completion tokens (a decimal string on the wire; an estimate for the sampled datasets). (<c>total_tokens</c>)</summary>
    [JsonPropertyName("total_tokens")]
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
    public long TotalTokens { get; set; }

    /// <summary>True for the row that sums every model outside the top 50.</summary>
    [JsonIgnore]
    public bool IsOther => ModelPermaslug == OtherModels;

    /// <summary>Members the SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
