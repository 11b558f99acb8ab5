using System;

namespace OpenRouter.Sdk;

/// <summary>The state of a client's <see cref="OpenRouterBudgetGuard"/> at one moment: all values read together.</summary>
public sealed class OpenRouterBudgetSnapshot
{
    /// <summary>Creates a snapshot (the guard makes them; tests of code that reads one may too).</summary>
    /// <param name="limit">The ceiling in US dollars.</param>
    /// <param name="spent">What the current window's calls have cost.</param>
    /// <param name="window">The window's length, or null when the spend never resets.</param>
    /// <param name="windowStart">When the current window began.</param>
    /// <param name="calls">How many calls reported a cost in the current window.</param>
    public OpenRouterBudgetSnapshot(decimal limit, decimal spent, TimeSpan? window, DateTimeOffset windowStart, long calls)
    {
        Limit = limit;
        Spent = spent;
        Window = window;
        WindowStart = windowStart;
        Calls = calls;
    }

    /// <summary>The ceiling in US dollars.</summary>
    public decimal Limit { get; }

    /// <summary>What the current window's calls have cost, in US dollars (the sum of their <c>usage.cost</c>).</summary>
    public decimal Spent { get; }

    /// <summary>What is left before the ceiling; zero once it is reached (the crossing call may take the spend beyond it).</summary>
    public decimal Remaining => Spent >= Limit ? 0m : Limit - Spent;

    /// <summary>Whether the ceiling is reached: calls that spend are refused until the window ends.</summary>
    public bool IsExceeded => Spent >= Limit;

    /// <summary>The window's length, or null when the spend never resets.</summary>
    public TimeSpan? Window { get; }

    /// <summary>When the current window began (the client's creation for the first one).</summary>
    public DateTimeOffset WindowStart { get; }

    /// <summary>When the current window ends and the spend starts again from zero; null when it never does.</summary>
    public DateTimeOffset? WindowEnd => Window is { } window ? WindowStart + window : null;

    /// <summary>How many calls reported a cost in the current window.</summary>
    public long Calls { get; }

    /// <summary>Describes the snapshot.</summary>
    public override string ToString() =>
        FormattableString.Invariant($"OpenRouterBudgetSnapshot {{ Spent = {Spent}, Limit = {Limit}, Remaining = {Remaining}, Calls = {Calls}, WindowEnd = {WindowEnd?.ToString("O", System.Globalization.CultureInfo.InvariantCulture) ?? "(never)"} }}");
}
