using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// One budget of a workspace as <see cref="OpenRouterWorkspacesClient.GetBudgetAsync"/> and
/// <see cref="OpenRouterWorkspacesClient.SetBudgetAsync"/> answer it, with the workspace-wide BYOK setting.
/// </summary>
public sealed class WorkspaceBudgetResult
{
    private WorkspaceBudget? _budget;

    /// <summary>The budget for the requested interval (created or updated, for a set). (<c>data</c>)</summary>
    [JsonPropertyName("data")]
    public WorkspaceBudget Budget { get => _budget ??= new WorkspaceBudget(); set => _budget = value; }

    /// <summary>
    /// Whether BYOK (bring-your-own-key) spend counts toward the workspace's budgets; one setting for every interval.
    /// Null when the server did not say. (<c>include_byok_in_budgets</c>)
    /// </summary>
    [JsonPropertyName("include_byok_in_budgets")]
    public bool? IncludeByokInBudgets { get; set; }

    /// <summary>Whether the answer had no <c>data</c> (checked once, right after reading).</summary>
    internal bool LacksBudget => _budget is null;

    /// <summary>Members the server sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
