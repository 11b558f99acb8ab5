namespace OpenRouter.Sdk;

/// <summary>The client's spend ceiling.</summary>
public sealed partial class OpenRouterClient
{
    /// <summary>
    /// The spend ceiling set with <see cref="OpenRouterClientOptions.Budget"/>, with what has been spent so far
    /// (<see cref="OpenRouterBudgetGuard.Spent"/>, <see cref="OpenRouterBudgetGuard.Remaining"/>,
    /// <see cref="OpenRouterBudgetGuard.GetSnapshot"/>); null when the client has no budget. Clients made with
    /// <see cref="WithOptions"/> return their parent's guard.
    /// </summary>
    public OpenRouterBudgetGuard? Budget => _pipeline.Lifetime.Budget;
}
