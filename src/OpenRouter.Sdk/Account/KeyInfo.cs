using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>The calling API key's limit and spending (<c>GET /key</c>). Money is in USD.</summary>
public sealed class KeyInfo
{
    /// <summary>A masked form of the key, for example <c>sk-or-v1-0e6...1c96</c>.</summary>
    [JsonPropertyName("label")]
    public string? Label { get; set; }

    /// <summary>The key's spending limit in USD, or null for no limit.</summary>
    [JsonPropertyName("limit")]
    public decimal? Limit { get; set; }

    /// <summary>What is left of <see cref="Limit"/> in the current period, or null for no limit.</summary>
    [JsonPropertyName("limit_remaining")]
    public decimal? LimitRemaining { get; set; }

    /// <summary>How often the limit resets, or null when it never resets.</summary>
    [JsonPropertyName("limit_reset")]
    public LimitResetInterval? LimitReset { get; set; }

    /// <summary>Whether BYOK usage counts against the limit.</summary>
    [JsonPropertyName("include_byok_in_limit")]
    public bool? IncludeByokInLimit { get; set; }

    /// <summary>All-time spending of the key.</summary>
    [JsonPropertyName("usage")]
    public decimal Usage { get; set; }

    /// <summary>Spending in the current UTC day.</summary>
    [JsonPropertyName("usage_daily")]
    public decimal? UsageDaily { get; set; }

    /// <summary>Spending in the current UTC week.</summary>
    [JsonPropertyName("usage_weekly")]
    public decimal? UsageWeekly { get; set; }

    /// <summary>Spending in the current UTC month.</summary>
    [JsonPropertyName("usage_monthly")]
    public decimal? UsageMonthly { get; set; }

    /// <summary>All-time BYOK usage.</summary>
    [JsonPropertyName("byok_usage")]
    public decimal? ByokUsage { get; set; }

    /// <summary>BYOK usage in the current UTC day.</summary>
    [JsonPropertyName("byok_usage_daily")]
    public decimal? ByokUsageDaily { get; set; }

    /// <summary>BYOK usage in the current UTC week.</summary>
    [JsonPropertyName("byok_usage_weekly")]
    public decimal? ByokUsageWeekly { get; set; }

    /// <summary>BYOK usage in the current UTC month.</summary>
    [JsonPropertyName("byok_usage_monthly")]
    public decimal? ByokUsageMonthly { get; set; }

    /// <summary>Whether the account never purchased credits (free-tier limits apply to <c>:free</c> models).</summary>
    [JsonPropertyName("is_free_tier")]
    public bool IsFreeTier { get; set; }

    /// <summary>Whether this is a management key (2026 name).</summary>
    [JsonPropertyName("is_management_key")]
    public bool? IsManagementKey { get; set; }

    /// <summary>Whether this is a provisioning key (the older name of a management key).</summary>
    [JsonPropertyName("is_provisioning_key")]
    public bool? IsProvisioningKey { get; set; }

    /// <summary>When the key expires, if it does; null also when the server sent no usable time.</summary>
    [JsonPropertyName("expires_at")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? ExpiresAt { get; set; }

    /// <summary>The user who created the key (for an organization key, the member who created it); null when not sent.</summary>
    [JsonPropertyName("creator_user_id")]
    public string? CreatorUserId { get; set; }

    /// <summary>Deprecated by OpenRouter and safe to ignore (now <c>{"requests":-1,...}</c>); kept for older servers.</summary>
    [JsonPropertyName("rate_limit")]
    public KeyRateLimit? RateLimit { get; set; }

    /// <summary>Members the server sent that this type does not model (for example <c>free_model_daily_requests</c>).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Whether the key can call management endpoints such as <c>/credits</c> and <c>/keys</c> (either flag set).</summary>
    [JsonIgnore]
    public bool IsManagement => IsManagementKey == true || IsProvisioningKey == true;
}
