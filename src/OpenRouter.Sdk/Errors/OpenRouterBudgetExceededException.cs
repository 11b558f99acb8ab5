using System;

namespace OpenRouter.Sdk;

/// <summary>
/// The client's spend ceiling (<see cref="OpenRouterClientOptions.Budget"/>) is reached: the call was refused before
/// anything was sent, so it cost nothing. It succeeds again once the window ends (<see cref="WindowEnd"/>) or on a
/// client with a higher limit.
/// </summary>
public sealed class OpenRouterBudgetExceededException : OpenRouterException
{
    /// <summary>Creates the exception.</summary>
    public OpenRouterBudgetExceededException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    /// <summary>What the current window's calls had cost, in US dollars, when the call was refused.</summary>
    public decimal Spent { get; init; }

    /// <summary>The ceiling in US dollars.</summary>
    public decimal Limit { get; init; }

    /// <summary>The window's length, or null when the spend never resets.</summary>
    public TimeSpan? Window { get; init; }

    /// <summary>When the current window ends and calls are admitted again; null when it never does.</summary>
    public DateTimeOffset? WindowEnd { get; init; }

    /// <summary>
    /// What was left of the key's own credit limit as far as the guard knew (<see cref="OpenRouterBudget.KeyLimitCheckInterval"/>);
    /// null when it is not watched or unknown. At or below <see cref="OpenRouterBudget.KeyLimitReserve"/> when that is why the call was refused.
    /// </summary>
    public decimal? KeyLimitRemaining { get; init; }
}
