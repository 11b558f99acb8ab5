using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.RateLimiting;
using System.Threading.Tasks;

namespace OpenRouter.Sdk.Http;

/// <summary>
/// The client-side request rate limit (<see cref="OpenRouterRateLimit"/>): at most <c>Requests</c> permits in any
/// window of <c>Window</c>, as a sliding log of the last permits' times, on the client's <see cref="TimeProvider"/>.
/// Waiters are served first come, first served by a timer that is armed only while someone waits. The built-in
/// window limiters of System.Threading.RateLimiting measure time with the machine's stopwatch, which a test clock
/// cannot move; this one counts on the client's clock, so waits are exact and testable.
/// </summary>
internal sealed class RequestRateLimiter : RateLimiter
{
    private static readonly RateLimitLease Granted = new Lease(true, null);

    private readonly object _gate = new();
    private readonly int _limit;
    private readonly TimeSpan _window;
    private readonly TimeProvider _time;

    /// <summary>When each of the last permits (at most <see cref="_limit"/>) was granted, oldest first.</summary>
    private readonly Queue<long> _granted = new();

    private readonly LinkedList<Waiter> _waiters = new();
    private ITimer? _timer;
    private long _successful;
    private long _failed;
    private long _idleSince;
    private bool _disposed;

    public RequestRateLimiter(OpenRouterRateLimit limit, TimeProvider time)
    {
        _limit = limit.Requests;
        _window = limit.Window;
        _time = time;
        _idleSince = time.GetTimestamp();
    }

    /// <inheritdoc />
    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (_gate)
            {
                return _waiters.Count > 0 ? null : _time.GetElapsedTime(_idleSince);
            }
        }
    }

    /// <inheritdoc />
    public override RateLimiterStatistics? GetStatistics()
    {
        lock (_gate)
        {
            Prune(_time.GetTimestamp());
            return new RateLimiterStatistics
            {
                CurrentAvailablePermits = _waiters.Count > 0 ? 0 : _limit - _granted.Count,
                CurrentQueuedCount = _waiters.Count,
                TotalSuccessfulLeases = Interlocked.Read(ref _successful),
                TotalFailedLeases = Interlocked.Read(ref _failed),
            };
        }
    }

    /// <summary>
    /// Takes a permit now, or waits for one when the wait is shorter than <paramref name="maxWait"/> (null: no bound);
    /// a longer wait is refused at once with a lease that is not acquired and carries the wait as its
    /// <see cref="MetadataName.RetryAfter"/>. A cancelled wait throws <see cref="OperationCanceledException"/>.
    /// </summary>
    public ValueTask<RateLimitLease> AcquireWithinAsync(TimeSpan? maxWait, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            ThrowIfDisposed();
            long now = _time.GetTimestamp();
            Prune(now);
            if (_waiters.Count == 0 && _granted.Count < _limit)
            {
                return new ValueTask<RateLimitLease>(Grant(now));
            }

            TimeSpan wait = WaitForNextWaiter(now);
            if (maxWait is { } most && wait >= most)
            {
                Interlocked.Increment(ref _failed);
                return new ValueTask<RateLimitLease>(new Lease(false, wait));
            }

            if (cancellationToken.IsCancellationRequested)
            {
                return new ValueTask<RateLimitLease>(Task.FromCanceled<RateLimitLease>(cancellationToken));
            }

            var waiter = new Waiter(this, cancellationToken);
            waiter.Node = _waiters.AddLast(waiter);
            waiter.Registration = cancellationToken.Register(static w => ((Waiter)w!).Cancel(), waiter);
            ArmTimer(now);
            return new ValueTask<RateLimitLease>(waiter.Task.Task);
        }
    }

    /// <inheritdoc />
    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        CheckCount(permitCount);
        lock (_gate)
        {
            ThrowIfDisposed();
            long now = _time.GetTimestamp();
            Prune(now);
            if (_waiters.Count == 0 && _granted.Count < _limit)
            {
                return permitCount == 0 ? Granted : Grant(now);
            }

            Interlocked.Increment(ref _failed);
            return new Lease(false, WaitForNextWaiter(now));
        }
    }

    /// <inheritdoc />
    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        CheckCount(permitCount);
        return AcquireWithinAsync(maxWait: null, cancellationToken);
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (!disposing)
        {
            return;
        }

        List<Waiter> abandoned;
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _timer?.Dispose();
            _timer = null;
            abandoned = new List<Waiter>(_waiters);
            _waiters.Clear();
        }

        foreach (Waiter waiter in abandoned)
        {
            waiter.Registration.Dispose();
            waiter.Task.TrySetResult(new Lease(false, null));
        }
    }

    private static void CheckCount(int permitCount)
    {
        if (permitCount is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(permitCount), permitCount, "Each request takes one permit.");
        }
    }

    private RateLimitLease Grant(long now)
    {
        _granted.Enqueue(now);
        Interlocked.Increment(ref _successful);
        return Granted;
    }

    /// <summary>Forgets permits granted a full window ago or earlier: they are free again.</summary>
    private void Prune(long now)
    {
        while (_granted.Count > 0 && _time.GetElapsedTime(_granted.Peek(), now) >= _window)
        {
            _granted.Dequeue();
        }
    }

    /// <summary>
    /// How long a new waiter (after those already waiting) waits: permits free up one window after each granted one,
    /// oldest first, and every waiter takes the next one. Waiter <c>k</c> gets permit <c>k</c> of that sequence, where
    /// the first <c>limit - granted</c> permits are free now and permit <c>k</c> otherwise frees one window after the
    /// permit <c>limit</c> places earlier in the sequence was taken.
    /// </summary>
    private TimeSpan WaitForNextWaiter(long now)
    {
        int position = _waiters.Count;
        var times = new List<TimeSpan>(position + 1);
        int free = _limit - _granted.Count;
        using Queue<long>.Enumerator granted = _granted.GetEnumerator();
        for (int k = 0; k <= position; k++)
        {
            TimeSpan at;
            if (k < free)
            {
                at = TimeSpan.Zero;
            }
            else if (granted.MoveNext())
            {
                TimeSpan since = _time.GetElapsedTime(granted.Current, now);
                at = _window - since;
            }
            else
            {
                at = times[k - _limit] + _window;
            }

            times.Add(at < TimeSpan.Zero ? TimeSpan.Zero : at);
        }

        return times[position];
    }

    /// <summary>Arms the timer for the moment the oldest permit frees up, when someone waits.</summary>
    private void ArmTimer(long now)
    {
        if (_waiters.Count == 0 || _disposed)
        {
            _timer?.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            return;
        }

        TimeSpan due = _granted.Count < _limit ? TimeSpan.Zero : _window - _time.GetElapsedTime(_granted.Peek(), now);
        if (due <= TimeSpan.Zero)
        {
            // A permit is free already: serve the waiters on the thread pool, never inside the caller's lock.
            ThreadPool.UnsafeQueueUserWorkItem(static s => ((RequestRateLimiter)s!).OnTimer(), this);
            return;
        }

        if (_timer is null)
        {
            // The timer outlives the call that armed it: it must not capture that call's execution context.
            bool suppress = !ExecutionContext.IsFlowSuppressed();
            AsyncFlowControl flow = suppress ? ExecutionContext.SuppressFlow() : default;
            try
            {
                _timer = _time.CreateTimer(static s => ((RequestRateLimiter)s!).OnTimer(), this, due, Timeout.InfiniteTimeSpan);
            }
            finally
            {
                if (suppress)
                {
                    flow.Undo();
                }
            }
        }
        else
        {
            _timer.Change(due, Timeout.InfiniteTimeSpan);
        }
    }

    private void OnTimer()
    {
        List<Waiter>? served = null;
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            long now = _time.GetTimestamp();
            Prune(now);
            while (_waiters.Count > 0 && _granted.Count < _limit)
            {
                Waiter waiter = _waiters.First!.Value;
                _waiters.RemoveFirst();
                waiter.Node = null;
                Grant(now);
                (served ??= new List<Waiter>()).Add(waiter);
            }

            if (_waiters.Count == 0)
            {
                _idleSince = now;
            }

            ArmTimer(now);
        }

        // Completed outside the lock: the continuations run elsewhere (the task runs them asynchronously).
        if (served is not null)
        {
            foreach (Waiter waiter in served)
            {
                waiter.Registration.Dispose();
                waiter.Task.TrySetResult(Granted);
            }
        }
    }

    private void ThrowIfDisposed()
    {
        if (_disposed)
        {
            throw new ObjectDisposedException(nameof(RequestRateLimiter));
        }
    }

    /// <summary>A call waiting for a permit.</summary>
    private sealed class Waiter
    {
        private readonly RequestRateLimiter _owner;
        private readonly CancellationToken _token;

        public Waiter(RequestRateLimiter owner, CancellationToken token)
        {
            _owner = owner;
            _token = token;
        }

        public TaskCompletionSource<RateLimitLease> Task { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public LinkedListNode<Waiter>? Node { get; set; }

        public CancellationTokenRegistration Registration { get; set; }

        public void Cancel()
        {
            lock (_owner._gate)
            {
                if (Node is null)
                {
                    return;
                }

                _owner._waiters.Remove(Node);
                Node = null;
                _owner.ArmTimer(_owner._time.GetTimestamp());
            }

            Task.TrySetCanceled(_token);
        }
    }

    /// <summary>A permit, or a refusal that says how long to wait.</summary>
    private sealed class Lease : RateLimitLease
    {
        private static readonly string[] Names = { MetadataName.RetryAfter.Name };
        private readonly TimeSpan? _retryAfter;

        public Lease(bool acquired, TimeSpan? retryAfter)
        {
            IsAcquired = acquired;
            _retryAfter = retryAfter;
        }

        public override bool IsAcquired { get; }

        public override IEnumerable<string> MetadataNames => _retryAfter is null ? Array.Empty<string>() : Names;

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            if (_retryAfter is { } wait && metadataName == MetadataName.RetryAfter.Name)
            {
                metadata = wait;
                return true;
            }

            metadata = null;
            return false;
        }
    }
}
