using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// A spending limit of a workspace for one interval (<see cref="OpenRouterWorkspacesClient.GetBudgetAsync"/>): the
/// workspace's spend in USD resets on that interval, and a lifetime budget never resets.
/// </summary>
public sealed class WorkspaceBudget
{
    // A JSON null where a value is promised reads as the empty value, never as null.
    private string _id = string.Empty;
    private string _workspaceId = string.Empty;

    /// <summary>The budget's id (a UUID). (<c>id</c>)</summary>
    [JsonPropertyName("id")]
    public string Id { get => _id; set => _id = value ?? string.Empty; }

    /// <summary>The id of the workspace the budget belongs to. (<c>workspace_id</c>)</summary>
    [JsonPropertyName("workspace_id")]
    public string WorkspaceId { get => _workspaceId; set => _workspaceId = value ?? string.Empty; }

    /// <summary>The spending limit in USD for the interval. (<c>limit_usd</c>)</summary>
    [JsonPropertyName("limit_usd")]
    public decimal LimitUsd { get; set; }

    /// <summary>
    /// The interval at which spend resets: daily, weekly or monthly; <b>null for a lifetime (one-time) budget</b>, as
    /// the server sends it. <see cref="Interval"/> names that case <see cref="WorkspaceBudgetInterval.Lifetime"/>. (<c>reset_interval</c>)
    /// </summary>
    [JsonPropertyName("reset_interval")]
    public WorkspaceBudgetInterval? ResetInterval { get; set; }

    /// <summary>
    /// The interval that addresses this budget in <see cref="OpenRouterWorkspacesClient.GetBudgetAsync"/>,
    /// <see cref="OpenRouterWorkspacesClient.SetBudgetAsync"/> and <see cref="OpenRouterWorkspacesClient.DeleteBudgetAsync"/>:
    /// <see cref="ResetInterval"/>, or <see cref="WorkspaceBudgetInterval.Lifetime"/> when that is null.
    /// </summary>
    [JsonIgnore]
    public WorkspaceBudgetInterval Interval => ResetInterval ?? WorkspaceBudgetInterval.Lifetime;

    /// <summary>When the budget was created. (<c>created_at</c>)</summary>
    [JsonPropertyName("created_at")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>When the budget was last updated. (<c>updated_at</c>)</summary>
    [JsonPropertyName("updated_at")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? UpdatedAt { get; set; }

    /// <summary>Members the server sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
