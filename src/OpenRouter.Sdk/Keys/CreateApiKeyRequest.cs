using System;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// A new API key (the body of <c>POST /keys</c>). Only <see cref="Name"/> is required; unset properties are not
/// sent, and the server applies its defaults (no limit, no expiry, the default workspace).
/// </summary>
public sealed class CreateApiKeyRequest
{
    /// <summary>The key's name (required, not blank). (<c>name</c>)</summary>
    [JsonPropertyName("name")]
    public string Name { get; set; } = string.Empty;

    /// <summary>A spending limit in USD; unset means no limit. (<c>limit</c>)</summary>
    [JsonPropertyName("limit")]
    public decimal? Limit { get; set; }

    /// <summary>How often the limit resets (midnight UTC; weeks run Monday to Sunday); unset means never. (<c>limit_reset</c>)</summary>
    [JsonPropertyName("limit_reset")]
    public LimitResetInterval? LimitReset { get; set; }

    /// <summary>Whether usage billed to your own provider keys (BYOK) counts against the limit. (<c>include_byok_in_limit</c>)</summary>
    [JsonPropertyName("include_byok_in_limit")]
    public bool? IncludeByokInLimit { get; set; }

    /// <summary>
    /// When the key expires; unset means never. Sent in UTC with a <c>Z</c> (a value with another offset is sent as
    /// the same instant in UTC), since the server refuses other time zones. (<c>expires_at</c>)
    /// </summary>
    [JsonPropertyName("expires_at")]
    [JsonConverter(typeof(UtcTimestampConverter))]
    public DateTimeOffset? ExpiresAt { get; set; }

    /// <summary>The workspace to create the key in (a UUID); unset means the default workspace. (<c>workspace_id</c>)</summary>
    [JsonPropertyName("workspace_id")]
    public string? WorkspaceId { get; set; }

    /// <summary>For an organization key, the member creating it (a user id); unset otherwise. (<c>creator_user_id</c>)</summary>
    [JsonPropertyName("creator_user_id")]
    public string? CreatorUserId { get; set; }
}
