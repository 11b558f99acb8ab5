using System;
using System.Globalization;

namespace OpenRouter.Sdk;

/// <summary>The client's own spend ceiling: nothing the server said.</summary>
internal static partial class OpenRouterErrorFactory
{
    /// <summary>A call refused before sending because the budget's window has spent its limit.</summary>
    public static OpenRouterBudgetExceededException BudgetExceeded(OpenRouterBudgetSnapshot budget)
    {
        if (budget.Spent < budget.Limit && budget.IsKeyLimitReached)
        {
            return KeyLimitReached(budget);
        }

        string window = budget.Window is { } length
            ? $"in the current {Describe(length)} window (it ends at {budget.WindowEnd!.Value.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)} UTC)"
            : "over the client's life (the budget has no window, so it never resets)";
        string message = string.Format(CultureInfo.InvariantCulture,
            "The budget of this OpenRouter client is spent: US${0} spent of the US${1} limit {2}, over {3} call(s). The call was refused before it was sent. " +
            "Raise OpenRouterClientOptions.Budget.Limit (configuration key '{4}:Budget:Limit') or wait for the window to end.",
            budget.Spent, budget.Limit, window, budget.Calls, OpenRouterClientOptions.SectionName);
        return new OpenRouterBudgetExceededException(message)
        {
            Spent = budget.Spent,
            Limit = budget.Limit,
            Window = budget.Window,
            WindowEnd = budget.WindowEnd,
            KeyLimitRemaining = budget.KeyLimitRemaining,
        };
    }

    /// <summary>A call refused before sending because the key's own limit, as OpenRouter last reported it, is down to the reserve.</summary>
    private static OpenRouterBudgetExceededException KeyLimitReached(OpenRouterBudgetSnapshot budget)
    {
        string message = string.Format(CultureInfo.InvariantCulture,
            "The OpenRouter key's credit limit is nearly used up: about US${0} is left (GET /key at {1} UTC, less what this client's calls cost since), " +
            "at or below the reserve of US${2} (OpenRouterClientOptions.Budget.KeyLimitReserve). The call was refused before it was sent. " +
            "Raise the key's limit on OpenRouter (it is read again after OpenRouterClientOptions.Budget.KeyLimitCheckInterval) or lower the reserve.",
            budget.KeyLimitRemaining!.Value, budget.KeyLimitReadAt?.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) ?? "(never)",
            budget.KeyLimitReserve);
        return new OpenRouterBudgetExceededException(message)
        {
            Spent = budget.Spent,
            Limit = budget.Limit,
            Window = budget.Window,
            WindowEnd = budget.WindowEnd,
            KeyLimitRemaining = budget.KeyLimitRemaining,
        };
    }

    private static string Describe(TimeSpan window) =>
        window.Ticks % TimeSpan.TicksPerDay == 0 ? $"{window.Days}-day"
        : window.Ticks % TimeSpan.TicksPerHour == 0 ? $"{(long)window.TotalHours}-hour"
        : window.Ticks % TimeSpan.TicksPerMinute == 0 ? $"{(long)window.TotalMinutes}-minute"
        : window.ToString("c", CultureInfo.InvariantCulture);
}
