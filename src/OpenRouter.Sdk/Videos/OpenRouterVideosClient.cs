using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using OpenRouter.Sdk.Http;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// Video generation (the spec's <c>Video Generation</c> operations): submit a job, poll it (or wait for it with
/// <see cref="WaitForCompletionAsync"/>), stream the finished video, and list the video models. Reached as
/// <see cref="OpenRouterClient.Videos"/> or resolved from DI after <c>services.AddOpenRouter(...)</c>. Sent with the
/// API key. Thread-safe; it shares its client's connections, options and lifetime.
/// </summary>
/// <remarks>
/// To fake it in tests, derive from it (the protected constructor exists for that) and override the methods you use;
/// the methods are virtual, and <see cref="WaitForCompletionAsync"/> polls through <see cref="GetAsync"/>.
/// </remarks>
public class OpenRouterVideosClient
{
    private static readonly ApiPath VideosPath = ApiPath.Of("videos");

    private readonly OpenRouterPipeline? _pipeline;

    /// <summary>Creates an instance for mocking: a subclass overrides the methods it needs; the others throw.</summary>
    protected OpenRouterVideosClient()
    {
    }

    internal OpenRouterVideosClient(OpenRouterPipeline pipeline)
    {
        _pipeline = Argument.NotNull(pipeline);
    }

    /// <summary>
    /// Submits a video generation job (<c>POST /videos</c>). The job runs on OpenRouter: poll it with
    /// <see cref="GetAsync"/> or wait with <see cref="WaitForCompletionAsync"/>, then download the video with
    /// <see cref="GetContentAsync"/>.
    /// </summary>
    /// <param name="request">The video to generate; <see cref="VideoGenerationRequest.Model"/> is required.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The accepted job (<see cref="VideoJobStatus.Pending"/>), with its id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="ArgumentException">The request has no model, or a duration below 1.</exception>
    /// <exception cref="InvalidOperationException">No API key is configured; nothing was sent.</exception>
    /// <exception cref="OpenRouterPaymentRequiredException">Not enough credits (402).</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported another error (such as 400 for a parameter the model does not support), or the call timed out.</exception>
    public virtual Task<VideoJob> CreateAsync(VideoGenerationRequest request, CancellationToken cancellationToken = default)
    {
        Argument.NotNull(request);
        Argument.NotBlank(request.Model, "A video generation needs a model (VideoGenerationRequest.Model).", nameof(request));
        Argument.Requires(request.Duration is null or >= 1, "A video's duration (VideoGenerationRequest.Duration) is at least 1 second.", nameof(request));
        byte[] body = JsonSerializer.SerializeToUtf8Bytes(request, OpenRouterJsonContext.Default.VideoGenerationRequest);
        return Pipeline.SendAsync(HttpMethod.Post, VideosPath, body, OpenRouterJsonContext.Default.VideoJob, null, OpenRouterCredential.ApiKey, cancellationToken);
    }

    /// <summary>Gets a job's state (<c>GET /videos/{jobId}</c>): once completed, the video's addresses and cost.</summary>
    /// <param name="jobId">The job's id (<see cref="VideoJob.Id"/>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The job.</returns>
    /// <exception cref="ArgumentException"><paramref name="jobId"/> is null, blank, <c>.</c> or <c>..</c>.</exception>
    /// <exception cref="InvalidOperationException">No API key is configured; nothing was sent.</exception>
    /// <exception cref="OpenRouterNotFoundException">No such job (404).</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported another error, or the call timed out.</exception>
    public virtual Task<VideoJob> GetAsync(string jobId, CancellationToken cancellationToken = default) =>
        Pipeline.SendAsync(HttpMethod.Get, JobPath(jobId), null, OpenRouterJsonContext.Default.VideoJob, null, OpenRouterCredential.ApiKey, cancellationToken);

    /// <summary>
    /// Streams a completed job's video (<c>GET /videos/{jobId}/content</c>): the bytes arrive as you read them, never
    /// buffered whole. Dispose the result once read.
    /// </summary>
    /// <param name="jobId">The job's id (<see cref="VideoJob.Id"/>).</param>
    /// <param name="index">Which of the job's videos (0, the default, is the first).</param>
    /// <param name="cancellationToken">Cancels the wait for the response headers (pass a token to each read for the body).</param>
    /// <returns>The video, with its media type (such as <c>video/mp4</c>) and length when the server states them.</returns>
    /// <exception cref="ArgumentException"><paramref name="jobId"/> is null, blank, <c>.</c> or <c>..</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative.</exception>
    /// <exception cref="InvalidOperationException">No API key is configured; nothing was sent.</exception>
    /// <exception cref="OpenRouterNotFoundException">No such job (404).</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported another error (such as 400 for a job that has not completed), or the call timed out.</exception>
    public virtual Task<OpenRouterContent> GetContentAsync(string jobId, int? index = null, CancellationToken cancellationToken = default)
    {
        ApiPath path = JobPath(jobId).Then("content");
        if (index is { } i)
        {
            Argument.InRange(i >= 0, i, "A video index is 0 or more.", nameof(index));
            path = path.Query("index", i.ToString(CultureInfo.InvariantCulture));
        }

        return Pipeline.SendForContentAsync(path, OpenRouterCredential.ApiKey, cancellationToken);
    }

    /// <summary>Lists the video generation models and what each supports (<c>GET /videos/models</c>).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The models.</returns>
    /// <exception cref="InvalidOperationException">No API key is configured; nothing was sent.</exception>
    /// <exception cref="OpenRouterInvalidResponseException">The answer had no <c>data</c>.</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported an error, or the call timed out.</exception>
    public virtual async Task<IReadOnlyList<VideoModel>> ListModelsAsync(CancellationToken cancellationToken = default) =>
        await Pipeline.GetDataAsync(VideosPath.Then("models"), OpenRouterJsonContext.Default.DataEnvelopeListVideoModel, OpenRouterCredential.ApiKey, cancellationToken)
            .ConfigureAwait(false);

    /// <summary>
    /// Polls a job (<see cref="GetAsync"/>) until it finishes, waiting longer between polls each time (see
    /// <see cref="VideoWaitOptions"/>) on the client's <see cref="OpenRouterClientOptions.TimeProvider"/>.
    /// </summary>
    /// <param name="jobId">The job's id (<see cref="VideoJob.Id"/>).</param>
    /// <param name="options">The poll intervals and the longest wait; null for the defaults (2 s growing to 30 s, at most 30 minutes).</param>
    /// <param name="cancellationToken">Cancels the wait and the poll in flight.</param>
    /// <returns>The completed job (<see cref="VideoJobStatus.Completed"/>), with the video's addresses and cost.</returns>
    /// <exception cref="ArgumentException"><paramref name="jobId"/> is null, blank, <c>.</c> or <c>..</c>, or <paramref name="options"/> holds a non-positive interval, a factor below 1 or a negative wait.</exception>
    /// <exception cref="OpenRouterVideoJobException">The job failed, was cancelled or expired; <see cref="OpenRouterVideoJobException.Job"/> says why.</exception>
    /// <exception cref="OpenRouterTimeoutException">The job did not finish within <see cref="VideoWaitOptions.MaxWait"/> (it may still finish).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="OpenRouterException">A poll failed (such as 404 for an unknown job).</exception>
    public virtual async Task<VideoJob> WaitForCompletionAsync(string jobId, VideoWaitOptions? options = null, CancellationToken cancellationToken = default)
    {
        _ = JobPath(jobId);
        options ??= new VideoWaitOptions();
        Argument.Requires(options.PollInterval > TimeSpan.Zero, "VideoWaitOptions.PollInterval must be positive.", nameof(options));
        Argument.Requires(options.MaxPollInterval >= options.PollInterval, "VideoWaitOptions.MaxPollInterval must be at least PollInterval.", nameof(options));
        Argument.Requires(options.BackoffFactor >= 1 && !double.IsInfinity(options.BackoffFactor), "VideoWaitOptions.BackoffFactor must be a finite number of at least 1.", nameof(options));
        Argument.Requires(options.MaxWait >= TimeSpan.Zero || options.MaxWait == Timeout.InfiniteTimeSpan, "VideoWaitOptions.MaxWait must be positive, zero or infinite.", nameof(options));
        // A fake made with the protected constructor polls its own GetAsync on the system clock.
        OpenRouterPipeline? pipeline = _pipeline;
        TimeProvider time = pipeline?.Time ?? TimeProvider.System;
        ClientSecrets secrets = pipeline?.Secrets ?? ClientSecrets.None;
        long started = time.GetTimestamp();
        TimeSpan delay = options.PollInterval;
        while (true)
        {
            VideoJob job = await GetAsync(jobId, cancellationToken).ConfigureAwait(false);
            if (job.Status == VideoJobStatus.Completed)
            {
                return job;
            }

            if (job.IsFinished)
            {
                throw OpenRouterErrorFactory.VideoJobEnded(job, secrets);
            }

            TimeSpan wait = delay;
            if (options.MaxWait != Timeout.InfiniteTimeSpan)
            {
                TimeSpan remaining = options.MaxWait - time.GetElapsedTime(started);
                if (remaining <= TimeSpan.Zero)
                {
                    throw OpenRouterErrorFactory.VideoWaitTimedOut(job, jobId, options.MaxWait, secrets);
                }

                wait = wait < remaining ? wait : remaining;
            }

            await DelayAsync(time, pipeline?.Lifetime, wait, cancellationToken).ConfigureAwait(false);
            double next = Math.Min(delay.Ticks * options.BackoffFactor, options.MaxPollInterval.Ticks);
            delay = TimeSpan.FromTicks((long)next);
        }
    }

    /// <summary>A wait between polls on the client's clock, which the caller's cancellation and the client's disposal end.</summary>
    private static async Task DelayAsync(TimeProvider time, ClientLifetime? lifetime, TimeSpan wait, CancellationToken cancellationToken)
    {
        using CancellationTokenSource waitSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lifetime?.Token ?? CancellationToken.None);
        try
        {
#if NET8_0_OR_GREATER
            await Task.Delay(wait, time, waitSource.Token).ConfigureAwait(false);
#else
            await time.Delay(wait, waitSource.Token).ConfigureAwait(false);
#endif
        }
        catch (OperationCanceledException e) when (OpenRouterErrorFactory.FromCancellation(e, cancellationToken, lifetime?.IsDisposed == true,
            SdkTimeout.None, Timeout.InfiniteTimeSpan, awaitingHeaders: false) is { } failure && !ReferenceEquals(failure, e))
        {
            throw failure;
        }
    }

    private static ApiPath JobPath(string jobId) => VideosPath.Segment(jobId);

    /// <summary>The client's pipeline; a mock made with the protected constructor has none.</summary>
    private OpenRouterPipeline Pipeline => _pipeline ?? throw new NotSupportedException(
        $"This {GetType().Name} was made with the protected constructor, for mocking: override the methods the test calls.");
}
