namespace OpenRouter.Emulator;

/// <summary>Settings of an <see cref="OpenRouterEmulator"/>.</summary>
public sealed class OpenRouterEmulatorOptions
{
    /// <summary>The loopback port to listen on; 0 picks a free one.</summary>
    public int Port { get; set; }

    /// <summary>The pause before each chunk of <c>emulator/slow</c> (keep-alive comments fill the pauses).</summary>
    public TimeSpan SlowChunkDelay { get; set; } = TimeSpan.FromMilliseconds(300);

    /// <summary>The <c>Retry-After</c> (whole seconds) sent with the 429 of <c>emulator/rate-limit</c>.</summary>
    public int RateLimitRetryAfterSeconds { get; set; } = 1;

    /// <summary>The credits the emulated account starts with, in USD.</summary>
    public decimal TotalCredits { get; set; } = 10m;

    /// <summary>
    /// The key management routes (<c>/activity</c>, ...) accept; any other key gets OpenRouter's 403
    /// "Only management keys can perform this operation". Null: any bearer key is accepted.
    /// </summary>
    public string? ManagementKey { get; set; }

    /// <summary>
    /// The credit limit, in USD, that <c>GET /key</c> reports for the calling key, with <c>limit_remaining</c> the
    /// limit less what the emulator has served. Null (the default): the key has no limit, as OpenRouter reports it.
    /// </summary>
    public decimal? KeyLimit { get; set; }
}
