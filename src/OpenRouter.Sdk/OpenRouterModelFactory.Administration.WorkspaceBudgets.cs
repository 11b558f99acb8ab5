using System;
using System.Collections.Generic;

namespace OpenRouter.Sdk;

public static partial class OpenRouterModelFactory
{
    /// <summary>Builds a <see cref="Sdk.WorkspaceBudget"/>, a workspace's spending limit for one interval.</summary>
    /// <param name="id">The budget's id (a UUID); null gives the empty string.</param>
    /// <param name="workspaceId">The workspace's id; null gives the empty string.</param>
    /// <param name="limitUsd">The limit in USD.</param>
    /// <param name="resetInterval">The reset interval; null for a lifetime budget, as the server sends it.</param>
    /// <param name="createdAt">When the budget was created.</param>
    /// <param name="updatedAt">When the budget was last updated.</param>
    /// <returns>The budget.</returns>
    public static WorkspaceBudget WorkspaceBudget(
        string? id = null,
        string? workspaceId = null,
        decimal limitUsd = 0m,
        WorkspaceBudgetInterval? resetInterval = null,
        DateTimeOffset? createdAt = null,
        DateTimeOffset? updatedAt = null) => new()
    {
        Id = id!,
        WorkspaceId = workspaceId!,
        LimitUsd = limitUsd,
        ResetInterval = resetInterval,
        CreatedAt = createdAt,
        UpdatedAt = updatedAt,
    };

    /// <summary>Builds a <see cref="Sdk.WorkspaceBudgetList"/>, a workspace's budgets (<c>GET /workspaces/{id}/budgets</c>).</summary>
    /// <param name="budgets">The budgets (build them with <see cref="WorkspaceBudget"/>); null gives none. Copied.</param>
    /// <param name="includeByokInBudgets">Whether BYOK spend counts toward the budgets; null when not sent.</param>
    /// <returns>The list.</returns>
    public static WorkspaceBudgetList WorkspaceBudgetList(
        IEnumerable<WorkspaceBudget>? budgets = null,
        bool? includeByokInBudgets = null) => new()
    {
        Budgets = ListOf(budgets, nameof(budgets)),
        IncludeByokInBudgets = includeByokInBudgets,
    };

    /// <summary>Builds a <see cref="Sdk.WorkspaceBudgetResult"/>, the answer of getting or setting one budget of a workspace.</summary>
    /// <param name="budget">The budget (build it with <see cref="WorkspaceBudget"/>); null gives an empty one.</param>
    /// <param name="includeByokInBudgets">Whether BYOK spend counts toward the workspace's budgets; null when not sent.</param>
    /// <returns>The answer.</returns>
    public static WorkspaceBudgetResult WorkspaceBudgetResult(
        WorkspaceBudget? budget = null,
        bool? includeByokInBudgets = null) => new()
    {
        Budget = budget ?? new WorkspaceBudget(),
        IncludeByokInBudgets = includeByokInBudgets,
    };
}
