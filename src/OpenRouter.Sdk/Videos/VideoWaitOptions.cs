using System;

namespace OpenRouter.Sdk;

/// <summary>
/// How <see cref="OpenRouterVideosClient.WaitForCompletionAsync"/> polls a job: the first wait between polls, which
/// grows by <see cref="BackoffFactor"/> up to <see cref="MaxPollInterval"/>, and the longest time to wait in all.
/// Waits run on <see cref="OpenRouterClientOptions.TimeProvider"/>.
/// </summary>
public sealed class VideoWaitOptions
{
    /// <summary>The wait before the second poll. Default 2 seconds.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest wait between two polls. Default 30 seconds.</summary>
    public TimeSpan MaxPollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How much each wait grows over the previous one, at least 1. Default 1.5.</summary>
    public double BackoffFactor { get; set; } = 1.5;

    /// <summary>
    /// The longest time to wait for the job to finish, from the call; then <see cref="OpenRouterTimeoutException"/>.
    /// Default 30 minutes; <see cref="System.Threading.Timeout.InfiniteTimeSpan"/> waits until the job finishes or the
    /// call is cancelled.
    /// </summary>
    public TimeSpan MaxWait { get; set; } = TimeSpan.FromMinutes(30);
}
