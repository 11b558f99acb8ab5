using System;
using System.Net.Http;
using System.Threading;
using Microsoft.Extensions.Logging;

namespace OpenRouter.Sdk.Http;

/// <summary>
/// What the client tells the resilience handler about one call, carried in the request's options: the retry rules
/// of the call, the per-attempt time-to-headers limit of a stream, and the logger. The handler reports back how many
/// attempts it made and whether it enforced the headers limit (then the client's own single-attempt timer stands down).
/// </summary>
internal sealed class OpenRouterRequestState
{
    private const string Key = "OpenRouter.Sdk.RequestState";
#if NET
    private static readonly HttpRequestOptionsKey<OpenRouterRequestState> OptionsKey = new(Key);
#endif

    private int _attempts;
    private int _headersTimeoutClaimed;

    public OpenRouterRequestState(RetrySettings retry, TimeSpan? attemptHeadersTimeout, ILogger? logger)
    {
        Retry = retry;
        AttemptHeadersTimeout = attemptHeadersTimeout;
        Logger = logger;
    }

    public RetrySettings Retry { get; }

    /// <summary>The time each attempt may wait for response headers (streams), or null.</summary>
    public TimeSpan? AttemptHeadersTimeout { get; }

    public ILogger? Logger { get; }

    public int Attempts => Volatile.Read(ref _attempts);

    public bool HeadersTimeoutClaimed => Volatile.Read(ref _headersTimeoutClaimed) == 1;

    public int BeginAttempt() => Interlocked.Increment(ref _attempts);

    public void ClaimHeadersTimeout() => Interlocked.Exchange(ref _headersTimeoutClaimed, 1);

    public void AttachTo(HttpRequestMessage request)
    {
#if NET
        request.Options.Set(OptionsKey, this);
#else
        request.Properties[Key] = this;
#endif
    }

    public static OpenRouterRequestState? Of(HttpRequestMessage request)
    {
#if NET
        return request.Options.TryGetValue(OptionsKey, out OpenRouterRequestState? state) ? state : null;
#else
        return request.Properties.TryGetValue(Key, out object? state) ? state as OpenRouterRequestState : null;
#endif
    }
}
