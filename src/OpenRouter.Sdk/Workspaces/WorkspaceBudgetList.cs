using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// The budgets of a workspace (<see cref="OpenRouterWorkspacesClient.ListBudgetsAsync"/>,
/// <c>GET /workspaces/{id}/budgets</c>), at most one per interval, and the workspace-wide BYOK setting they share.
/// </summary>
public sealed class WorkspaceBudgetList
{
    private IReadOnlyList<WorkspaceBudget>? _budgets;

    /// <summary>The budgets configured for the workspace; empty when it has none. (<c>data</c>)</summary>
    [JsonPropertyName("data")]
    [JsonConverter(typeof(NonNullReadOnlyListConverter<WorkspaceBudget>))]
    public IReadOnlyList<WorkspaceBudget> Budgets { get => _budgets ?? Array.Empty<WorkspaceBudget>(); set => _budgets = value; }

    /// <summary>
    /// Whether BYOK (bring-your-own-key) spend counts toward the workspace's budgets; one setting for every interval.
    /// Null when the server did not say. (<c>include_byok_in_budgets</c>)
    /// </summary>
    [JsonPropertyName("include_byok_in_budgets")]
    public bool? IncludeByokInBudgets { get; set; }

    /// <summary>Whether the answer had no <c>data</c> (checked once, right after reading).</summary>
    internal bool LacksBudgets => _budgets is null;

    /// <summary>Members the server sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
