namespace OpenRouter.Sdk.IntegrationTests.Infrastructure;

/// <summary>
/// The packaged fake clock (<see cref="Microsoft.Extensions.Time.Testing.FakeTimeProvider"/>, from
/// Microsoft.Extensions.TimeProvider.Testing), started at 2026-01-01, plus the one thing it does not offer:
/// <see cref="WaitForTimerAsync"/>, which waits until the code under test has armed a timer. The packaged clock keeps
/// its timers private, so this class watches the timers it creates; moving time and firing timers is the package's
/// (<see cref="Microsoft.Extensions.Time.Testing.FakeTimeProvider.Advance(TimeSpan)"/>: timers due on the way fire in
/// order, each at its due time).
/// </summary>
public sealed class FakeTimeProvider : Microsoft.Extensions.Time.Testing.FakeTimeProvider
{
    private static readonly DateTimeOffset TestStart = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly object _gate = new();
    private readonly List<WatchedTimer> _timers = new();

    public FakeTimeProvider()
    {
        SetUtcNow(TestStart);
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        // Record the schedule before arming: a timer due now fires inside base.CreateTimer.
        var watched = new WatchedTimer(this);
        watched.Record(dueTime, period);
        lock (_gate)
        {
            _timers.Add(watched);
        }

        watched.Inner = base.CreateTimer(callback, state, dueTime, period);
        return watched;
    }

    /// <summary>Waits (in real time) until an armed timer is due in a span matching <paramref name="match"/> from now; returns that span.</summary>
    public async Task<TimeSpan> WaitForTimerAsync(Func<TimeSpan, bool> match, TimeSpan? timeout = null)
    {
        DateTime deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            DateTimeOffset now = GetUtcNow();
            lock (_gate)
            {
                foreach (WatchedTimer timer in _timers)
                {
                    if (timer.NextDue(now) is { } due && match(due - now))
                    {
                        return due - now;
                    }
                }
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("No matching timer was armed.");
            }

            await Task.Delay(2);
        }
    }

    /// <summary>A retry wait: any armed timer shorter than the long request/stream timeouts.</summary>
    public Task<TimeSpan> WaitForRetryWaitAsync() => WaitForTimerAsync(d => d < TimeSpan.FromSeconds(100));

    /// <summary>The packaged timer, with its schedule kept where <see cref="WaitForTimerAsync"/> can see it.</summary>
    private sealed class WatchedTimer(FakeTimeProvider owner) : ITimer
    {
        private DateTimeOffset? _due;
        private TimeSpan _period;

        public ITimer Inner { get; set; } = null!;

        public void Record(TimeSpan dueTime, TimeSpan period)
        {
            lock (owner._gate)
            {
                _due = dueTime == Timeout.InfiniteTimeSpan ? null : owner.GetUtcNow() + dueTime;
                _period = period;
            }
        }

        /// <summary>When the timer fires next, seen from <paramref name="now"/>; null when it is not armed (or has fired once and has no period).</summary>
        public DateTimeOffset? NextDue(DateTimeOffset now)
        {
            if (_due is not { } due)
            {
                return null;
            }

            if (due > now)
            {
                return due;
            }

            if (_period <= TimeSpan.Zero || _period == Timeout.InfiniteTimeSpan)
            {
                return null;
            }

            long periods = ((now - due).Ticks / _period.Ticks) + 1;
            return due + TimeSpan.FromTicks(_period.Ticks * periods);
        }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            Record(dueTime, period);
            return Inner.Change(dueTime, period);
        }

        public void Dispose()
        {
            lock (owner._gate)
            {
                _due = null;
                owner._timers.Remove(this);
            }

            Inner.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return default;
        }
    }
}
