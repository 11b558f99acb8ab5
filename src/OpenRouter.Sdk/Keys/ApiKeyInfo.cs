using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// One API key of the account as the keys API describes it (<c>GET /keys</c>, <c>GET /keys/{hash}</c>, and the
/// <c>data</c> of create and update): its name, limit, spending and state. It never holds the key itself; only
/// <see cref="CreatedApiKey.Key"/> does, once. Money is in USD.
/// </summary>
public sealed class ApiKeyInfo
{
    // A JSON null where a value is promised reads as the empty value, never as null.
    private string _hash = string.Empty;
    private string _name = string.Empty;
    private string _label = string.Empty;

    /// <summary>The key's identifier in the keys API (SHA-256 hex of the key); pass it to get, update and delete. (<c>hash</c>)</summary>
    [JsonPropertyName("hash")]
    public string Hash { get => _hash; set => _hash = value ?? string.Empty; }

    /// <summary>The name given to the key. (<c>name</c>)</summary>
    [JsonPropertyName("name")]
    public string Name { get => _name; set => _name = value ?? string.Empty; }

    /// <summary>A human-readable label, usually the masked key, for example <c>sk-or-v1-0e6...1c96</c>. (<c>label</c>)</summary>
    [JsonPropertyName("label")]
    public string Label { get => _label; set => _label = value ?? string.Empty; }

    /// <summary>Whether the key is disabled (requests made with it are refused). (<c>disabled</c>)</summary>
    [JsonPropertyName("disabled")]
    public bool Disabled { get; set; }

    /// <summary>The spending limit in USD, or null for no limit. (<c>limit</c>)</summary>
    [JsonPropertyName("limit")]
    public decimal? Limit { get; set; }

    /// <summary>What is left of <see cref="Limit"/> in the current period, or null for no limit. (<c>limit_remaining</c>)</summary>
    [JsonPropertyName("limit_remaining")]
    public decimal? LimitRemaining { get; set; }

    /// <summary>How often the limit resets, or null when it never resets. (<c>limit_reset</c>)</summary>
    [JsonPropertyName("limit_reset")]
    public LimitResetInterval? LimitReset { get; set; }

    /// <summary>Whether usage billed to your own provider keys (BYOK) counts against the limit. (<c>include_byok_in_limit</c>)</summary>
    [JsonPropertyName("include_byok_in_limit")]
    public bool IncludeByokInLimit { get; set; }

    /// <summary>All-time OpenRouter credit usage of the key. (<c>usage</c>)</summary>
    [JsonPropertyName("usage")]
    public decimal Usage { get; set; }

    /// <summary>Usage in the current UTC day. (<c>usage_daily</c>)</summary>
    [JsonPropertyName("usage_daily")]
    public decimal UsageDaily { get; set; }

    /// <summary>Usage in the current UTC week (Monday to Sunday). (<c>usage_weekly</c>)</summary>
    [JsonPropertyName("usage_weekly")]
    public decimal UsageWeekly { get; set; }

    /// <summary>Usage in the current UTC month. (<c>usage_monthly</c>)</summary>
    [JsonPropertyName("usage_monthly")]
    public decimal UsageMonthly { get; set; }

    /// <summary>All-time BYOK usage. (<c>byok_usage</c>)</summary>
    [JsonPropertyName("byok_usage")]
    public decimal ByokUsage { get; set; }

    /// <summary>BYOK usage in the current UTC day. (<c>byok_usage_daily</c>)</summary>
    [JsonPropertyName("byok_usage_daily")]
    public decimal ByokUsageDaily { get; set; }

    /// <summary>BYOK usage in the current UTC week (Monday to Sunday). (<c>byok_usage_weekly</c>)</summary>
    [JsonPropertyName("byok_usage_weekly")]
    public decimal ByokUsageWeekly { get; set; }

    /// <summary>BYOK usage in the current UTC month. (<c>byok_usage_monthly</c>)</summary>
    [JsonPropertyName("byok_usage_monthly")]
    public decimal ByokUsageMonthly { get; set; }

    /// <summary>When the key was created; null only when the server sent no usable time. (<c>created_at</c>)</summary>
    [JsonPropertyName("created_at")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>When the key was last updated, or null when it never was. (<c>updated_at</c>)</summary>
    [JsonPropertyName("updated_at")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? UpdatedAt { get; set; }

    /// <summary>When the key expires, or null when it does not. (<c>expires_at</c>)</summary>
    [JsonPropertyName("expires_at")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? ExpiresAt { get; set; }

    /// <summary>The user who created the key (for an organization key, the member who created it), or null. (<c>creator_user_id</c>)</summary>
    [JsonPropertyName("creator_user_id")]
    public string? CreatorUserId { get; set; }

    /// <summary>The partner's end-user identifier the key is attributed to, or null. (<c>external_user</c>)</summary>
    [JsonPropertyName("external_user")]
    public string? ExternalUser { get; set; }

    /// <summary>The workspace the key belongs to (a UUID). (<c>workspace_id</c>)</summary>
    [JsonPropertyName("workspace_id")]
    public string? WorkspaceId { get; set; }

    /// <summary>Members the server sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
