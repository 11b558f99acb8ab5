using System;
using System.Threading;
using System.Threading.Tasks;

namespace OpenRouter.Sdk;

/// <summary>
/// A client's spend ceiling at work (<see cref="OpenRouterClient.Budget"/>): adds up the <c>usage.cost</c> of every
/// completed chat completion (streamed or not) and embeddings call, and refuses further such calls before they are
/// sent once the current window's spend has reached <see cref="Limit"/>. Thread-safe. One guard per client made with
/// a constructor or by <c>AddOpenRouter</c> (per registration name); clients made with
/// <see cref="OpenRouterClient.WithOptions"/> share their parent's guard, so a budget cannot be escaped by changing
/// options per call.
/// </summary>
/// <remarks>
/// Windows are fixed, counted on <see cref="OpenRouterClientOptions.TimeProvider"/> from the client's creation:
/// with a one-day window, the spend goes back to zero one day, two days, ... after the client was made. A fixed
/// window keeps the guard's memory constant however many calls it sees. Catalog, account and other calls that cost
/// nothing are never refused.
/// </remarks>
public sealed class OpenRouterBudgetGuard
{
    private readonly object _gate = new();
    private readonly TimeProvider _time;
    private DateTimeOffset _windowStart;
    private decimal _spent;
    private long _calls;

    // What GET /key last said is left of the key's limit (null: no limit, or not read yet), when, and what the calls
    // recorded since have cost. A read is claimed by setting _keyReadClaimed, so that at most one call reads at a time.
    private decimal? _keyRemaining;
    private DateTimeOffset? _keyReadAt;
    private decimal _spentSinceKeyRead;
    private DateTimeOffset? _keyReadClaimed;

    internal OpenRouterBudgetGuard(OpenRouterBudget budget, TimeProvider time)
    {
        Limit = budget.Limit;
        Window = budget.Window;
        KeyLimitCheckInterval = budget.KeyLimitCheckInterval;
        KeyLimitReserve = budget.KeyLimitReserve;
        _time = time;
        _windowStart = time.GetUtcNow();
    }

    /// <summary>How often the key's remaining limit is read from <c>GET /key</c>, or null when it is not watched.</summary>
    public TimeSpan? KeyLimitCheckInterval { get; }

    /// <summary>The credit to keep on the key: calls that spend are refused once its remaining limit is at or below this.</summary>
    public decimal KeyLimitReserve { get; }

    /// <summary>Reads the key's state (<c>GET /key</c>) for <see cref="KeyLimitCheckInterval"/>; set by the owning client.</summary>
    internal Func<CancellationToken, Task<KeyInfo>>? KeyLookup { get; set; }

    /// <summary>The ceiling in US dollars.</summary>
    public decimal Limit { get; }

    /// <summary>The length of each window, or null when the spend never resets.</summary>
    public TimeSpan? Window { get; }

    /// <summary>What the current window's calls have cost, in US dollars.</summary>
    public decimal Spent => GetSnapshot().Spent;

    /// <summary>What is left before the ceiling; zero once it is reached.</summary>
    public decimal Remaining => GetSnapshot().Remaining;

    /// <summary>Reads the spend, the limit and the window together, as of now.</summary>
    /// <returns>The state of the guard.</returns>
    public OpenRouterBudgetSnapshot GetSnapshot()
    {
        lock (_gate)
        {
            Roll();
            decimal? keyRemaining = _keyRemaining is { } remaining ? remaining - _spentSinceKeyRead : null;
            return new OpenRouterBudgetSnapshot(Limit, _spent, Window, _windowStart, _calls, keyRemaining, _keyReadAt, KeyLimitReserve);
        }
    }

    /// <summary>The guard of a client built with these options, or null when they set no budget.</summary>
    internal static OpenRouterBudgetGuard? For(OpenRouterClientOptions options) =>
        options.Budget is { } budget ? new OpenRouterBudgetGuard(budget, options.TimeProvider) : null;

    /// <summary>
    /// Throws <see cref="OpenRouterBudgetExceededException"/> when the ceiling is reached; called before a call that
    /// spends is sent. When the key's limit is watched and its last read is older than the interval, reads it first.
    /// </summary>
    internal ValueTask EnsureAvailableAsync(CancellationToken cancellationToken)
    {
        if (KeyLimitCheckInterval is { } interval && KeyLookup is { } lookup && ClaimKeyRead(interval) is { } claimed)
        {
            return ReadKeyThenCheckAsync(lookup, claimed, cancellationToken);
        }

        EnsureAvailable();
        return default;
    }

    /// <summary>Throws <see cref="OpenRouterBudgetExceededException"/> when the ceiling is reached, from what is known now.</summary>
    internal void EnsureAvailable()
    {
        OpenRouterBudgetSnapshot snapshot = GetSnapshot();
        if (snapshot.IsExceeded)
        {
            throw OpenRouterErrorFactory.BudgetExceeded(snapshot);
        }
    }

    /// <summary>Adds the cost a completed call reported; a call without a cost (or with a negative one) adds nothing.</summary>
    internal void Record(decimal? cost)
    {
        if (cost is not { } amount || amount <= 0m)
        {
            return;
        }

        lock (_gate)
        {
            Roll();
            _spent += amount;
            _calls++;
            _spentSinceKeyRead += amount;
        }
    }

    /// <summary>
    /// Claims the next read of the key when the last one (or the last attempt) is older than the interval, so that
    /// one call reads while the others go on with what is known. Null when no read is due or one is under way.
    /// </summary>
    private DateTimeOffset? ClaimKeyRead(TimeSpan interval)
    {
        DateTimeOffset now = _time.GetUtcNow();
        lock (_gate)
        {
            if (_keyReadClaimed is not null || (_keyReadAt is { } last && now - last < interval))
            {
                return null;
            }

            _keyReadClaimed = now;
            return now;
        }
    }

    private async ValueTask ReadKeyThenCheckAsync(Func<CancellationToken, Task<KeyInfo>> lookup, DateTimeOffset claimed, CancellationToken cancellationToken)
    {
        try
        {
            KeyInfo key = await lookup(cancellationToken).ConfigureAwait(false);
            lock (_gate)
            {
                _keyRemaining = key.LimitRemaining;
                _keyReadAt = claimed;
                _spentSinceKeyRead = 0m;
            }
        }
        catch (Exception e) when (e is not OperationCanceledException && e is not ObjectDisposedException)
        {
            // A failed read refuses nothing: the guard is a safety net, and OpenRouter enforces the key's limit itself.
            // The attempt counts as a read for the interval, so a failing GET /key is not retried before every call.
            lock (_gate)
            {
                _keyReadAt = claimed;
            }
        }
        finally
        {
            lock (_gate)
            {
                _keyReadClaimed = null;
            }
        }

        EnsureAvailable();
    }

    /// <summary>Moves to the window that holds now, starting its spend from zero. Called under the lock.</summary>
    private void Roll()
    {
        if (Window is not { } window)
        {
            return;
        }

        DateTimeOffset now = _time.GetUtcNow();
        if (now - _windowStart < window)
        {
            return;
        }

        // Whole windows only, so window boundaries stay where they were even when nothing was read for a while.
        long elapsedWindows = (now - _windowStart).Ticks / window.Ticks;
        _windowStart = _windowStart.AddTicks(elapsedWindows * window.Ticks);
        _spent = 0m;
        _calls = 0;
    }
}
