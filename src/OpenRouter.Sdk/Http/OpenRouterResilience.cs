using System;
using System.Net.Http;
using System.Threading;
using System.Threading.RateLimiting;
using System.Threading.Tasks;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using OpenRouter.Sdk.Logging;
using Polly;
using Polly.Retry;

namespace OpenRouter.Sdk.Http;

/// <summary>
/// The SDK's resilience pipeline, built on Microsoft.Extensions.Http.Resilience and the same for a standalone client
/// (<see cref="OpenRouterResilienceHandler"/>) and for <c>AddOpenRouter</c> (a named pipeline behind
/// <c>AddResilienceHandler</c>). From the outside in: the retry (<see cref="HttpRetryStrategyOptions"/>, where every
/// retry is decided: <see cref="ShouldRetryAsync"/>), the opt-in circuit breaker
/// (<see cref="HttpCircuitBreakerStrategyOptions"/>), the opt-in rate limiter (<see cref="HttpRateLimiterStrategyOptions"/>
/// over <see cref="RequestRateLimiter"/>; each attempt takes a permit) and the attempt timeout
/// (<see cref="HttpTimeoutStrategyOptions"/>: a stream's time to response headers).
/// </summary>
/// <remarks>
/// The pipeline's settings are the defaults of the options it was built with; a call sent by an
/// <see cref="OpenRouterClient"/> brings its own (<see cref="OpenRouterRequestState.Current"/>), so
/// <see cref="OpenRouterClient.WithOptions"/> changes retries per call. Polly sees the attempt count as
/// <c>int.MaxValue</c> retries: the call's own limit is applied in <see cref="ShouldRetryAsync"/>.
/// </remarks>
internal static class OpenRouterResilience
{
    /// <summary>The pipeline's name given to <c>AddResilienceHandler</c>: the pipeline is <c>&lt;HttpClient name&gt;-sdk</c>.</summary>
    public const string PipelineName = "sdk";

    /// <summary>The delay Polly is told to wait, read back in the delay generator and the retry log.</summary>
    private static readonly ResiliencePropertyKey<TimeSpan?> ServerDelayKey = new("OpenRouter.Sdk.ServerDelay");

    /// <summary>Builds the pipeline of a standalone handler (<see cref="OpenRouterResilienceHandler"/>), telemetry included.</summary>
    public static ResiliencePipeline<HttpResponseMessage> Build(OpenRouterClientOptions options, out RequestRateLimiter? limiter)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage>
        {
            Name = Microsoft.Extensions.DependencyInjection.OpenRouterServiceCollectionExtensions.HttpClientName + "-" + PipelineName,
        };

        // The same resilience.polly.* metrics and logs the named pipeline of AddOpenRouter emits.
        builder.ConfigureTelemetry(options.LoggerFactory ?? NullLoggerFactory.Instance);
        limiter = Configure(builder, options);

        // Innermost: the outcome of a first attempt the handler made outside the pipeline, decided on here.
        builder.AddStrategy(static _ => new FirstAttemptReplayStrategy());
        return builder.Build();
    }

    /// <summary>
    /// Adds the SDK's strategies to <paramref name="builder"/>, with <paramref name="options"/> as the defaults, and
    /// returns the rate limiter it created (the caller disposes it with the pipeline), if the options ask for one.
    /// </summary>
    public static RequestRateLimiter? Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, OpenRouterClientOptions options)
    {
        var defaults = new Defaults(options);
        builder.TimeProvider = defaults.Time;

        builder.AddRetry(new HttpRetryStrategyOptions
        {
            ShouldRetryAfterHeader = false,
            MaxRetryAttempts = int.MaxValue,
            BackoffType = DelayBackoffType.Constant,
            UseJitter = false,
            Delay = TimeSpan.Zero,
            ShouldHandle = args => ShouldRetryAsync(args, defaults),
            DelayGenerator = args => new ValueTask<TimeSpan?>(NextDelay(args, defaults)),
            OnRetry = args =>
            {
                ReportRetry(args, defaults);
                return default;
            },
        });

        if (options.CircuitBreaker is { } breaker)
        {
            builder.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
            {
                ShouldHandle = static args => new ValueTask<bool>(OpenRouterResiliencePredicates.IsTransient(args.Outcome)),
                FailureRatio = breaker.FailureRatio,
                MinimumThroughput = breaker.MinimumThroughput,
                SamplingDuration = breaker.SamplingDuration,
                BreakDuration = breaker.BreakDuration,
            });
        }

        RequestRateLimiter? limiter = null;
        if (options.RateLimit is { } rateLimit)
        {
            RequestRateLimiter permits = limiter = new RequestRateLimiter(rateLimit, defaults.Time);
            builder.AddRateLimiter(new HttpRateLimiterStrategyOptions
            {
                RateLimiter = args => AcquirePermitAsync(permits, args.Context.CancellationToken, defaults),
            });
        }

        builder.AddTimeout(new HttpTimeoutStrategyOptions
        {
            TimeoutGenerator = static _ => new ValueTask<TimeSpan>(BeginAttempt()),
            OnTimeout = static _ =>
            {
                OpenRouterRequestState.Current?.ReportAttemptTimedOut();
                return default;
            },
        });

        return limiter;
    }

    /// <summary>
    /// Where a retry is decided. Never when retries are off or the call's <c>MaxRetries</c> are spent; only for a
    /// transient failure (<see cref="OpenRouterResiliencePredicates.IsTransient(Outcome{HttpResponseMessage})"/>);
    /// never for an error whose <c>error.availability.retryable</c> is false; never when the server asks for a wait
    /// longer than <c>MaxRetryAfter</c> or than the call's time left (the caller then gets the server's answer with the
    /// wait in <see cref="OpenRouterException.RetryAfter"/>, at once). A 2xx never gets here as a failure: the pipeline
    /// sees a response once its headers are in, so a stream that began is never replayed.
    /// </summary>
    private static async ValueTask<bool> ShouldRetryAsync(RetryPredicateArguments<HttpResponseMessage> args, Defaults defaults)
    {
        OpenRouterRequestState? state = OpenRouterRequestState.Current;
        RetrySettings settings = state?.Retry ?? defaults.Retry;
        args.Context.Properties.Set(ServerDelayKey, null);
        if (!settings.Enabled || args.AttemptNumber >= settings.MaxRetries || !OpenRouterResiliencePredicates.IsTransient(args.Outcome))
        {
            return false;
        }

        if (args.Outcome.Result is not { } response)
        {
            return true;
        }

        ILogger logger = state?.Logger ?? defaults.Logger;
        int status = (int)response.StatusCode;
        TimeSpan? retryAfter = RetryAfterParser.Parse(response, defaults.Time.GetUtcNow());
        if (await ReadAvailabilityAsync(response, args.Context.CancellationToken).ConfigureAwait(false) is { } availability)
        {
            if (availability.Retryable == false)
            {
                OpenRouterLog.NotRetryable(logger, status, availability.Code?.Value);
                return false;
            }

            retryAfter ??= availability.RetryAfter;
        }

        if (retryAfter is { } wait)
        {
            if (wait > settings.MaxRetryAfter)
            {
                OpenRouterLog.RetryAfterAboveCap(logger, status, wait.TotalMilliseconds, settings.MaxRetryAfter.TotalMilliseconds);
                return false;
            }

            if (state?.TimeLeft() is { } left && wait >= left)
            {
                OpenRouterLog.RetryAfterBeyondTimeout(logger, status, wait.TotalMilliseconds, left.TotalMilliseconds);
                return false;
            }
        }

        args.Context.Properties.Set(ServerDelayKey, retryAfter);
        return true;
    }

    /// <summary>
    /// The <c>error.availability</c> of a JSON error answer worth retrying, read from its body, which stays buffered for
    /// the error the client builds if no retry follows. Null for another kind of body or one that cannot be read.
    /// </summary>
    private static async ValueTask<OpenRouterAvailability?> ReadAvailabilityAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        HttpContent? content = response.Content;
        if (content?.Headers.ContentType?.MediaType is not { } mediaType || !mediaType.EndsWith("json", StringComparison.OrdinalIgnoreCase)
            || content.Headers.ContentLength is > OpenRouterErrorFactory.MaxBodyBytes)
        {
            return null;
        }

        try
        {
#if NET
            byte[] body = await content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
#else
            byte[] body = await content.ReadAsByteArrayAsync().ConfigureAwait(false);
#endif
            return OpenRouterErrorFactory.AvailabilityOf(body);
        }
        catch (Exception e) when (e is HttpRequestException or System.IO.IOException or OperationCanceledException or InvalidOperationException)
        {
            // Unreadable: decided on the status alone; the client reports the body's failure if no retry follows.
            return null;
        }
    }

    /// <summary>The wait before retry <c>n</c>: the server's (read in <see cref="ShouldRetryAsync"/>), otherwise <see cref="RetryBackoff"/>.</summary>
    private static TimeSpan NextDelay(RetryDelayGeneratorArguments<HttpResponseMessage> args, Defaults defaults)
    {
        if (args.Context.Properties.GetValue(ServerDelayKey, null) is { } server)
        {
            return server;
        }

        RetrySettings settings = OpenRouterRequestState.Current?.Retry ?? defaults.Retry;
        return RetryBackoff.Compute(settings.BaseDelay, settings.MaxDelay, args.AttemptNumber, settings.Jitter());
    }

    private static void ReportRetry(OnRetryArguments<HttpResponseMessage> args, Defaults defaults)
    {
        OpenRouterMetrics.RecordRetry(args.Outcome);
        ILogger logger = OpenRouterRequestState.Current?.Logger ?? defaults.Logger;
        if (!logger.IsEnabled(LogLevel.Information))
        {
            return;
        }

        string reason = args.Outcome.Exception is { } e ? OpenRouterLog.Describe(e) : $"HTTP {(int)args.Outcome.Result!.StatusCode}";
        string source = args.Context.Properties.GetValue(ServerDelayKey, null) is null ? "backoff" : "Retry-After";
        OpenRouterLog.RetryScheduled(logger, args.AttemptNumber + 1, reason, args.RetryDelay.TotalMilliseconds, source);
    }

    /// <summary>
    /// The start of each attempt, innermost in the pipeline (after the breaker and the permit): counts the attempt
    /// and returns its timeout, the stream's time to response headers, which the pipeline then enforces per attempt
    /// (the client's own single-attempt timer stands down). Non-streamed calls have none here: their total time is
    /// the client's <c>RequestTimeout</c>.
    /// </summary>
    private static TimeSpan BeginAttempt()
    {
        OpenRouterRequestState? state = OpenRouterRequestState.Current;
        if (state is null || FirstAttemptReplayStrategy.IsHolding)
        {
            // No call of the SDK's, or an attempt made (and counted) before the pipeline, whose outcome it replays.
            return Timeout.InfiniteTimeSpan;
        }

        state.BeginAttempt();
        if (state.AttemptHeadersTimeout is { } limit)
        {
            state.ClaimHeadersTimeout();
            return limit;
        }

        return Timeout.InfiniteTimeSpan;
    }

    /// <summary>
    /// A permit for one attempt, waited for as long as the call may wait: what is left of its total time, or a stream
    /// attempt's time to headers. A longer wait is refused at once (the lease says how long), which the client turns
    /// into <see cref="OpenRouterRateLimitException"/> with <see cref="OpenRouterRateLimitException.IsClientSide"/>.
    /// </summary>
    private static async ValueTask<RateLimitLease> AcquirePermitAsync(RequestRateLimiter limiter, CancellationToken cancellationToken, Defaults defaults)
    {
        OpenRouterRequestState? state = OpenRouterRequestState.Current;
        TimeSpan? budget = state is null ? null : state.AttemptHeadersTimeout ?? state.TimeLeft();
        RateLimitLease lease = await limiter.AcquireWithinAsync(budget, cancellationToken).ConfigureAwait(false);
        if (!lease.IsAcquired && lease.TryGetMetadata(MetadataName.RetryAfter, out TimeSpan wait))
        {
            state?.ReportPermitRefused(wait);
            OpenRouterLog.RateLimitPermitRefused(state?.Logger ?? defaults.Logger, wait.TotalMilliseconds, budget?.TotalMilliseconds ?? -1);
        }

        return lease;
    }

    /// <summary>What the pipeline uses for a request that brings no call of its own.</summary>
    private sealed class Defaults
    {
        public Defaults(OpenRouterClientOptions options)
        {
            Retry = new RetrySettings(options);
            Time = options.TimeProvider ?? TimeProvider.System;
            Logger = options.LoggerFactory?.CreateLogger(OpenRouterLog.Category) ?? NullLogger.Instance;
        }

        public RetrySettings Retry { get; }

        public TimeProvider Time { get; }

        public ILogger Logger { get; }
    }
}
