using System;

namespace OpenRouter.Sdk.Http;

/// <summary>The retry rules of one call, taken from <see cref="OpenRouterClientOptions"/> when the call starts.</summary>
internal sealed class RetrySettings
{
    // Polly waits with Task.Delay, which takes at most int.MaxValue ms on .NET Framework (about 24.8 days).
    // Client options are validated against this limit, but options given straight to OpenRouterResilienceHandler
    // are not: a longer cap or backoff would make a wait throw instead of failing the call with the server's answer.
    private static readonly TimeSpan LongestWait = TimeSpan.FromMilliseconds(int.MaxValue - 1);

    public RetrySettings(OpenRouterClientOptions options)
    {
        Enabled = options.EnableRetries && options.MaxRetries > 0;
        MaxRetries = Math.Max(0, options.MaxRetries);
        BaseDelay = options.RetryBaseDelay;
        MaxDelay = Shortest(options.RetryMaxDelay, LongestWait);
        MaxRetryAfter = Shortest(options.MaxRetryAfter, LongestWait);
        Jitter = options.RetryJitter ?? RetryBackoff.SharedJitter;
    }

    public bool Enabled { get; }

    public int MaxRetries { get; }

    public TimeSpan BaseDelay { get; }

    public TimeSpan MaxDelay { get; }

    public TimeSpan MaxRetryAfter { get; }

    /// <summary>Returns a number in [0, 1); the tests pin it.</summary>
    public Func<double> Jitter { get; }

    private static TimeSpan Shortest(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
