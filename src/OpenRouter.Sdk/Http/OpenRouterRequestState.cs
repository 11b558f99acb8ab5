using System;
using System.Threading;
using Microsoft.Extensions.Logging;

namespace OpenRouter.Sdk.Http;

/// <summary>
/// What the client tells the resilience pipeline about one call: the retry rules of the call, how long it may still
/// take, the per-attempt time-to-headers limit of a stream, and the logger. The pipeline reports back how many
/// attempts it made, whether it enforced the headers limit (then the client's own single-attempt timer stands down),
/// and which of its own rules ended the call (the attempt timeout, the rate limiter), so the client can say so.
/// </summary>
/// <remarks>
/// The pipeline's callbacks (Polly's predicates, delay and timeout generators, the rate limiter) see the call only
/// through <see cref="Current"/>: the client sets it for the duration of the send, and it flows with the async call
/// into whichever resilience handler sends the request (the SDK's own, or the stock
/// <c>Microsoft.Extensions.Http.Resilience.ResilienceHandler</c> that <c>AddResilienceHandler</c> registers), without
/// the experimental accessor of the request inside a resilience context.
/// </remarks>
internal sealed class OpenRouterRequestState
{
    private static readonly AsyncLocal<OpenRouterRequestState?> CurrentCall = new();

    private readonly TimeProvider _time;
    private readonly long _started;
    private readonly TimeSpan? _callTimeout;
    private int _attempts;
    private int _headersTimeoutClaimed;
    private int _attemptTimedOut;
    private long _permitRefusedTicks = -1;

    /// <param name="retry">The call's retry rules.</param>
    /// <param name="attemptHeadersTimeout">The time each attempt may wait for response headers (streams), or null.</param>
    /// <param name="logger">The client's logger.</param>
    /// <param name="time">The client's clock.</param>
    /// <param name="callTimeout">The time the whole call may take from now (non-streamed calls), or null for no limit.</param>
    public OpenRouterRequestState(RetrySettings retry, TimeSpan? attemptHeadersTimeout, ILogger? logger, TimeProvider time, TimeSpan? callTimeout)
    {
        Retry = retry;
        AttemptHeadersTimeout = attemptHeadersTimeout;
        Logger = logger;
        _time = time;
        _started = time.GetTimestamp();
        _callTimeout = callTimeout == Timeout.InfiniteTimeSpan ? null : callTimeout;
    }

    /// <summary>The call being sent on this async flow, or null for a request the SDK's client did not send.</summary>
    public static OpenRouterRequestState? Current => CurrentCall.Value;

    public RetrySettings Retry { get; }

    /// <summary>The time each attempt may wait for response headers (streams), or null.</summary>
    public TimeSpan? AttemptHeadersTimeout { get; }

    public ILogger? Logger { get; }

    public int Attempts => Volatile.Read(ref _attempts);

    public bool HeadersTimeoutClaimed => Volatile.Read(ref _headersTimeoutClaimed) == 1;

    /// <summary>Whether the last attempt ended because the SDK's own per-attempt headers timeout fired.</summary>
    public bool AttemptTimedOut => Volatile.Read(ref _attemptTimedOut) == 1;

    /// <summary>The wait for a permit of the client-side rate limiter that this call could not afford, if it was refused one.</summary>
    public TimeSpan? PermitRefused => Volatile.Read(ref _permitRefusedTicks) is >= 0 and var ticks ? TimeSpan.FromTicks(ticks) : null;

    /// <summary>Starts an attempt: counts it and clears what the previous attempt reported.</summary>
    public int BeginAttempt()
    {
        Volatile.Write(ref _attemptTimedOut, 0);
        return Interlocked.Increment(ref _attempts);
    }

    public void ClaimHeadersTimeout() => Interlocked.Exchange(ref _headersTimeoutClaimed, 1);

    public void ReportAttemptTimedOut() => Volatile.Write(ref _attemptTimedOut, 1);

    public void ReportPermitRefused(TimeSpan wait) => Volatile.Write(ref _permitRefusedTicks, Math.Max(0, wait.Ticks));

    /// <summary>How much of the call's total time is left on its own clock, or null when the call has no total limit.</summary>
    public TimeSpan? TimeLeft()
    {
        if (_callTimeout is not { } limit)
        {
            return null;
        }

        TimeSpan left = limit - _time.GetElapsedTime(_started);
        return left > TimeSpan.Zero ? left : TimeSpan.Zero;
    }

    /// <summary>
    /// Makes this the <see cref="Current"/> call of the caller's async flow. Called inside the client's async send
    /// method, so the value ends with that method and never leaks to its caller.
    /// </summary>
    public void MakeCurrent() => CurrentCall.Value = this;
}
