using System;

namespace OpenRouter.Sdk;

/// <summary>
/// A video generation job ended without a video (<see cref="VideoJobStatus.Failed"/>,
/// <see cref="VideoJobStatus.Cancelled"/> or <see cref="VideoJobStatus.Expired"/>), raised by
/// <see cref="OpenRouterVideosClient.WaitForCompletionAsync"/>. <see cref="Job"/> is the job as last polled; its
/// <see cref="VideoJob.Error"/> says why, when the server said.
/// </summary>
public sealed class OpenRouterVideoJobException : OpenRouterException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="job">The job as last polled.</param>
    public OpenRouterVideoJobException(string message, VideoJob job)
        : base(message)
    {
        Job = job ?? throw new ArgumentNullException(nameof(job));
    }

    /// <summary>The job as last polled.</summary>
    public VideoJob Job { get; }
}
