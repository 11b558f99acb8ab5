using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>The top public apps by token usage in a date window (<c>GET /datasets/app-rankings</c>).</summary>
public sealed class AppRankings : IDatasetAnswer
{
    private IReadOnlyList<AppRanking> _apps = new List<AppRanking>();

    /// <summary>The apps, best ranked first. (<c>data</c>)</summary>
    [JsonPropertyName("data")]
    [JsonConverter(typeof(NonNullReadOnlyListConverter<AppRanking>))]
    public IReadOnlyList<AppRanking> Apps { get => _apps; set => _apps = value ?? new List<AppRanking>(); }

    /// <summary>When the ranking was computed and the window it covers. (<c>meta</c>)</summary>
    [JsonPropertyName("meta")]
    public DatasetMeta? Meta { get; set; }

    /// <summary>Members the SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>One app of <see cref="AppRankings"/>.</summary>
public sealed class AppRanking
{
    /// <summary>The app's rank, 1 for the first; absolute, so paging keeps counting. (<c>rank</c>)</summary>
    [JsonPropertyName("rank")]
    public int Rank { get; set; }

    /// <summary>The app's id. (<c>app_id</c>)</summary>
    [JsonPropertyName("app_id")]
    public long AppId { get; set; }

    /// <summary>The app's name. (<c>app_name</c>)</summary>
    [JsonPropertyName("app_name")]
    public string? AppName { get; set; }

    /// <summary>Prompt plus completion tokens in the window (a decimal string on the wire). (<c>total_tokens</c>)</summary>
    [JsonPropertyName("total_tokens")]
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
    public long TotalTokens { get; set; }

    /// <summary>Requests in the window. (<c>total_requests</c>)</summary>
    [JsonPropertyName("total_requests")]
    public long TotalRequests { get; set; }

    /// <summary>Members the SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
