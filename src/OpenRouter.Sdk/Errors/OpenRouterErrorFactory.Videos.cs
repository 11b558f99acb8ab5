using System;
using System.Globalization;

namespace OpenRouter.Sdk;

/// <summary>How waiting for a video generation job ends without a video.</summary>
internal static partial class OpenRouterErrorFactory
{
    /// <summary>The job ended failed, cancelled or expired; the server's reason is cleaned of any key.</summary>
    public static OpenRouterVideoJobException VideoJobEnded(VideoJob job, ClientSecrets secrets)
    {
        string reason = job.Error is { Length: > 0 } error ? ": " + Excerpt(error, secrets) : ".";
        return new OpenRouterVideoJobException($"The video generation job '{Excerpt(job.Id, secrets)}' ended with status '{job.Status.Value}'{reason}", job)
        {
            GenerationId = job.GenerationId is null ? null : SecretRedactor.Redact(job.GenerationId, secrets),
        };
    }

    /// <summary>The job did not finish within <see cref="VideoWaitOptions.MaxWait"/>.</summary>
    public static OpenRouterTimeoutException VideoWaitTimedOut(VideoJob? job, string jobId, TimeSpan limit, ClientSecrets secrets)
    {
        string seconds = limit.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
        string state = job is null ? string.Empty : $" (last status '{job.Status.Value}')";
        return new OpenRouterTimeoutException(
            $"The video generation job '{Excerpt(jobId, secrets)}' did not finish within {seconds} s (VideoWaitOptions.MaxWait){state}. It may still finish: poll it again with GetAsync.")
        {
            Timeout = limit,
        };
    }
}
