using System;

namespace OpenRouter.Sdk.Http;

/// <summary>The retry rules of one call, taken from <see cref="OpenRouterClientOptions"/> when the call starts.</summary>
internal sealed class RetrySettings
{
    public RetrySettings(OpenRouterClientOptions options)
    {
        Enabled = options.EnableRetries && options.MaxRetries > 0;
        MaxRetries = Math.Max(0, options.MaxRetries);
        BaseDelay = options.RetryBaseDelay;
        MaxDelay = options.RetryMaxDelay;
        MaxRetryAfter = options.MaxRetryAfter;
        Jitter = options.RetryJitter ?? RetryBackoff.SharedJitter;
    }

    public bool Enabled { get; }

    public int MaxRetries { get; }

    public TimeSpan BaseDelay { get; }

    public TimeSpan MaxDelay { get; }

    public TimeSpan MaxRetryAfter { get; }

    /// <summary>Returns a number in [0, 1); the tests pin it.</summary>
    public Func<double> Jitter { get; }
}
