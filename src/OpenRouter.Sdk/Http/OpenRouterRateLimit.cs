using System;

namespace OpenRouter.Sdk;

/// <summary>
/// A client-side request rate limit (<see cref="OpenRouterClientOptions.RateLimit"/>): at most <see cref="Requests"/>
/// requests in any <see cref="Window"/>, for example OpenRouter's free tier of 20 requests per minute. A call beyond it
/// waits for a permit instead of being sent and refused with a 429. Binds from the configuration keys
/// <c>OpenRouter:RateLimit:Requests</c> and <c>OpenRouter:RateLimit:Window</c>.
/// </summary>
/// <remarks>
/// <para>Every request the client sends takes a permit, each retry too (OpenRouter counts requests, not calls). The
/// limit is a sliding window: a permit is free again one <see cref="Window"/> after it was taken, so no window of that
/// length ever holds more than <see cref="Requests"/> requests. Waiting calls are served in order.</para>
/// <para>A call waits as long as its own timeout allows: what is left of
/// <see cref="OpenRouterClientOptions.RequestTimeout"/> for a non-streamed call, up to
/// <see cref="OpenRouterClientOptions.StreamResponseTimeout"/> for each attempt of a stream. When the wait would be
/// longer, the call fails at once, before anything is sent, with <see cref="OpenRouterRateLimitException"/>
/// (<see cref="OpenRouterRateLimitException.IsClientSide"/> true, the wait in <see cref="OpenRouterException.RetryAfter"/>).
/// The caller's cancellation ends a wait at once.</para>
/// <para>One limiter per client: clients made with <see cref="OpenRouterClient.WithOptions"/> share their parent's,
/// each <c>AddOpenRouter</c> registration (each key of the keyed overloads) has its own. Two clients created
/// separately for the same key do not know of each other: share one client.</para>
/// </remarks>
public sealed class OpenRouterRateLimit
{
    /// <summary>The longest <see cref="Window"/> accepted: one day.</summary>
    public static readonly TimeSpan MaxWindow = TimeSpan.FromDays(1);

    /// <summary>The most requests sent in any window; must be positive.</summary>
    public int Requests { get; set; }

    /// <summary>The length of the window (default one minute); positive and at most <see cref="MaxWindow"/>.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Describes the limit.</summary>
    public override string ToString() => $"OpenRouterRateLimit {{ Requests = {Requests}, Window = {Window} }}";

    /// <summary>A copy, so a client keeps the values it was built with.</summary>
    internal OpenRouterRateLimit Clone() => (OpenRouterRateLimit)MemberwiseClone();

    /// <summary>What is wrong with this limit, or null when it is usable.</summary>
    internal string? Validate(string sectionName)
    {
        if (Requests <= 0)
        {
            return $"OpenRouterClientOptions.RateLimit.Requests (configuration key '{sectionName}:RateLimit:Requests') must be a positive number of requests, got {Requests}.";
        }

        if (Window <= TimeSpan.Zero || Window > MaxWindow)
        {
            return $"OpenRouterClientOptions.RateLimit.Window (configuration key '{sectionName}:RateLimit:Window') must be positive and at most {MaxWindow.TotalHours:0} hours, got {Window}.";
        }

        return null;
    }
}
