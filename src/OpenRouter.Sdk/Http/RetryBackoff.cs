using System;
using System.Threading;

namespace OpenRouter.Sdk.Http;

/// <summary>
/// The computed wait before retry number <c>n</c> (0 for the first retry), used when the server sent no usable
/// <c>retry-after-ms</c> / <c>Retry-After</c>:
/// <c>delay = min(RetryMaxDelay, RetryBaseDelay × 2^n) × (1 − 0.25 × r)</c>, with <c>r</c> uniform in [0, 1).
/// With the defaults (0.5 s base, 8 s cap) the waits are 0.375–0.5 s, 0.75–1 s, 1.5–2 s, ...
/// The jitter only shortens the wait, so the cap is a true upper bound and parallel clients spread out.
/// </summary>
internal static class RetryBackoff
{
    private static readonly ThreadLocal<Random> Random = new(() => new Random(Guid.NewGuid().GetHashCode()));

    public static readonly Func<double> SharedJitter = static () => Random.Value!.NextDouble();

    public static TimeSpan Compute(TimeSpan baseDelay, TimeSpan maxDelay, int retryNumber, double jitter)
    {
        double exponential = baseDelay.Ticks * Math.Pow(2, Math.Min(retryNumber, 30));
        double capped = Math.Min(maxDelay.Ticks, exponential);
        double r = jitter is >= 0 and < 1 ? jitter : 0;
        return TimeSpan.FromTicks((long)Math.Max(0, capped * (1 - (0.25 * r))));
    }
}
