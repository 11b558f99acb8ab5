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
        : this(limit, spent, window, windowStart, calls, keyLimitRemaining: null, keyLimitReadAt: null, keyLimitReserve: 0m)
    {
    }

    /// <summary>Creates a snapshot that also holds what is known of the key's own limit.</summary>
    /// <param name="limit">The ceiling in US dollars.</param>
    /// <param name="spent">What the current window's calls have cost.</param>
    /// <param name="window">The window's length, or null when the spend never resets.</param>
    /// <param name="windowStart">When the current window began.</param>
    /// <param name="calls">How many calls reported a cost in the current window.</param>
    /// <param name="keyLimitRemaining">What is left of the key's limit: the last read, less what calls cost since; null when unknown or unlimited.</param>
    /// <param name="keyLimitReadAt">When the key's limit was last read; null when never.</param>
    /// <param name="keyLimitReserve">The credit to keep on the key.</param>
    public OpenRouterBudgetSnapshot(decimal limit, decimal spent, TimeSpan? window, DateTimeOffset windowStart, long calls,
        decimal? keyLimitRemaining, DateTimeOffset? keyLimitReadAt, decimal keyLimitReserve)
    {
        Limit = limit;
        Spent = spent;
        Window = window;
        WindowStart = windowStart;
        Calls = calls;
        KeyLimitRemaining = keyLimitRemaining;
        KeyLimitReadAt = keyLimitReadAt;
        KeyLimitReserve = keyLimitReserve;
    }

    /// <summary>
    /// What is left of the key's own credit limit as far as the guard knows (<see cref="OpenRouterBudget.KeyLimitCheckInterval"/>):
    /// <c>limit_remaining</c> of the last <c>GET /key</c>, less what the calls since have cost. Null when the key's
    /// limit is not watched, not read yet, or the key has no limit.
    /// </summary>
    public decimal? KeyLimitRemaining { get; }

    /// <summary>When the key's limit was last read; null when never.</summary>
    public DateTimeOffset? KeyLimitReadAt { get; }

    /// <summary>The credit to keep on the key (<see cref="OpenRouterBudget.KeyLimitReserve"/>).</summary>
    public decimal KeyLimitReserve { get; }

    /// <summary>Whether the key's remaining limit is at or below the reserve (calls that spend are refused).</summary>
    public bool IsKeyLimitReached => KeyLimitRemaining is { } remaining && remaining <= KeyLimitReserve;

    /// <summary>The ceiling in US dollars.</summary>
    public decimal Limit { get; }

    /// <summary>What the current window's calls have cost, in US dollars (the sum of their <c>usage.cost</c>).</summary>
    public decimal Spent { get; }

    /// <summary>What is left before the ceiling; zero once it is reached (the crossing call may take the spend beyond it).</summary>
    public decimal Remaining => Spent >= Limit ? 0m : Limit - Spent;

    /// <summary>
    /// Whether calls that spend are refused: the ceiling is reached (until the window ends), or the key's remaining
    /// limit is at or below the reserve (<see cref="IsKeyLimitReached"/>).
    /// </summary>
    public bool IsExceeded => Spent >= Limit || IsKeyLimitReached;

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
        FormattableString.Invariant($"OpenRouterBudgetSnapshot {{ Spent = {Spent}, Limit = {Limit}, Remaining = {Remaining}, Calls = {Calls}, KeyLimitRemaining = {(KeyLimitRemaining is { } k ? k.ToString(System.Globalization.CultureInfo.InvariantCulture) : "(unknown)")}, WindowEnd = {WindowEnd?.ToString("O", System.Globalization.CultureInfo.InvariantCulture) ?? "(never)"} }}");
}
