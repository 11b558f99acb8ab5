using System;

namespace OpenRouter.Sdk;

/// <summary>
/// A rate limit: a 429 from OpenRouter or the provider, or (with <see cref="IsClientSide"/>) the client's own limit
/// (<see cref="OpenRouterClientOptions.RateLimit"/>) refusing a call that could not get a permit in time.
/// <see cref="OpenRouterException.RetryAfter"/> says how long to wait.
/// </summary>
public sealed class OpenRouterRateLimitException : OpenRouterException
{
    /// <summary>Creates the exception.</summary>
    public OpenRouterRateLimitException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    /// <summary>
    /// True when no request was sent: the client-side rate limit (<see cref="OpenRouterClientOptions.RateLimit"/>, or a
    /// rate limiter you added to the HttpClient's handler chain) had no permit within the time the call could wait.
    /// False for a 429 answer.
    /// </summary>
    public bool IsClientSide { get; init; }

    /// <summary>The request limit of the window, from OpenRouter's <c>X-RateLimit-Limit</c> header (or <c>error.metadata.headers</c>), when sent.</summary>
    public int? RateLimit { get; init; }

    /// <summary>The requests left in the window, from <c>X-RateLimit-Remaining</c>, when sent.</summary>
    public int? RateLimitRemaining { get; init; }

    /// <summary>
    /// When the window resets, from <c>X-RateLimit-Reset</c> (milliseconds or seconds since the Unix epoch), when sent.
    /// A 429 that carries it but no <c>Retry-After</c> is waited out until then (within
    /// <see cref="OpenRouterClientOptions.MaxRetryAfter"/>), and <see cref="OpenRouterException.RetryAfter"/> holds that wait.
    /// </summary>
    public DateTimeOffset? RateLimitReset { get; init; }
}
