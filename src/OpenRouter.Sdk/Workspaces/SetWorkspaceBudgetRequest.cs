using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// A workspace budget to create or replace, for <see cref="OpenRouterWorkspacesClient.SetBudgetAsync"/>
/// (<c>PUT /workspaces/{id}/budgets/{interval}</c>). Limits must strictly decrease as the interval narrows
/// (lifetime &gt; monthly &gt; weekly &gt; daily); the server refuses a budget that breaks that order (400).
/// </summary>
public sealed class SetWorkspaceBudgetRequest
{
    /// <summary>The spending limit in USD; greater than 0. (<c>limit_usd</c>, required)</summary>
    [JsonPropertyName("limit_usd")]
    public decimal LimitUsd { get; set; }

    /// <summary>
    /// Whether BYOK (bring-your-own-key) spend counts toward the workspace's budgets. A workspace-wide setting: it
    /// applies to every interval, not only this one. Null leaves it unchanged (not sent). (<c>include_byok_in_budgets</c>)
    /// </summary>
    [JsonPropertyName("include_byok_in_budgets")]
    public bool? IncludeByokInBudgets { get; set; }
}
