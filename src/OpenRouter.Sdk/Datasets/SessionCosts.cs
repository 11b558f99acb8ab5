using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>Median cost per session by harness, model and session length (<c>GET /datasets/session-cost</c>).</summary>
public sealed class SessionCosts : IDatasetAnswer
{
    private IReadOnlyList<SessionCost> _cells = new List<SessionCost>();

    /// <summary>The cells, in the server's order. (<c>data</c>)</summary>
    [JsonPropertyName("data")]
    [JsonConverter(typeof(NonNullReadOnlyListConverter<SessionCost>))]
    public IReadOnlyList<SessionCost> Cells { get => _cells; set => _cells = value ?? new List<SessionCost>(); }

    /// <summary>When the data was computed and the window it covers. (<c>meta</c>)</summary>
    [JsonPropertyName("meta")]
    public SessionCostMeta? Meta { get; set; }

    /// <summary>Members the SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>One harness, model and session length of <see cref="SessionCosts"/>.</summary>
public sealed class SessionCost
{
    /// <summary>The harness's slug, such as <c>hermes-agent</c>. (<c>app_slug</c>)</summary>
    [JsonPropertyName("app_slug")]
    public string? AppSlug { get; set; }

    /// <summary>The harness's name. (<c>app_name</c>)</summary>
    [JsonPropertyName("app_name")]
    public string? AppName { get; set; }

    /// <summary>How many turns the sessions had. (<c>turn_range</c>)</summary>
    [JsonPropertyName("turn_range")]
    public SessionTurnRange TurnRange { get; set; }

    /// <summary>The model's permanent slug. (<c>model_permaslug</c>)</summary>
    [JsonPropertyName("model_permaslug")]
    public string? ModelPermaslug { get; set; }

    /// <summary>The median spend of a session, in USD. (<c>median_session_cost_usd</c>)</summary>
    [JsonPropertyName("median_session_cost_usd")]
    public decimal MedianSessionCostUsd { get; set; }

    /// <summary>Members the SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>About a <see cref="SessionCosts"/> answer (<c>meta</c>).</summary>
public sealed class SessionCostMeta
{
    /// <summary>When the data was computed. (<c>as_of</c>)</summary>
    [JsonPropertyName("as_of")]
    public DateTimeOffset AsOf { get; set; }

    /// <summary>The dataset's format version, <c>v1</c>. (<c>version</c>)</summary>
    [JsonPropertyName("version")]
    public string? Version { get; set; }

    /// <summary>How many days the source window spans, if known. (<c>window_days</c>)</summary>
    [JsonPropertyName("window_days")]
    public int? WindowDays { get; set; }

    /// <summary>The last day of the source window (<c>YYYY-MM-DD</c>, UTC), if known. (<c>window_end_date</c>)</summary>
    [JsonPropertyName("window_end_date")]
    public string? WindowEndDate { get; set; }

    /// <summary>Members the SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
