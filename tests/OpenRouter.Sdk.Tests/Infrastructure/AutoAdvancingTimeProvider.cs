namespace OpenRouter.Sdk.Tests.Infrastructure;

/// <summary>
/// A clock that never waits: every timer created on it moves the clock forward by its due time and fires at once
/// (on the thread pool). It records each wait, so tests can assert a backoff schedule without sleeping.
/// Use it only where no long-lived timers exist (set <see cref="OpenRouterClientOptions.RequestTimeout"/> to infinite).
/// Hand-written on purpose: the packaged FakeTimeProvider (Microsoft.Extensions.TimeProvider.Testing) fires timers only
/// when the test advances it (its AutoAdvanceAmount moves the clock on reads, not on timers), while these tests run a
/// whole backoff loop inside one SDK call, with no test code between the waits to advance the clock.
/// </summary>
public sealed class AutoAdvancingTimeProvider : TimeProvider
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly object _gate = new();
    private readonly List<TimeSpan> _waits = new();
    private TimeSpan _elapsed;

    /// <summary>When true, timers are recorded but never fire (to hold a caller inside a wait).</summary>
    public bool Frozen { get; init; }

    public IReadOnlyList<TimeSpan> Waits
    {
        get
        {
            lock (_gate)
            {
                return _waits.ToArray();
            }
        }
    }

    public TimeSpan Elapsed
    {
        get
        {
            lock (_gate)
            {
                return _elapsed;
            }
        }
    }

    public override DateTimeOffset GetUtcNow() => Start + Elapsed;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => Elapsed.Ticks;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime == Timeout.InfiniteTimeSpan)
        {
            return new InertTimer();
        }

        lock (_gate)
        {
            _waits.Add(dueTime);
            if (Frozen)
            {
                return new InertTimer();
            }

            _elapsed += dueTime;
        }

        ThreadPool.QueueUserWorkItem(_ => callback(state));
        return new InertTimer();
    }

    private sealed class InertTimer : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => true;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
