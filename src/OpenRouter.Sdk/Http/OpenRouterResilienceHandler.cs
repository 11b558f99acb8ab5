using System;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using OpenRouter.Sdk.Http;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Logging;
using Polly;
using Polly.Retry;

namespace OpenRouter.Sdk;

/// <summary>
/// The retry handler every SDK-built <see cref="HttpClient"/> sends through (standalone clients and
/// <c>services.AddOpenRouter(...)</c> alike). It is public so that an <see cref="HttpClient"/> you build yourself can
/// get the same behaviour: <c>new HttpClient(new OpenRouterResilienceHandler(options) { InnerHandler = new SocketsHttpHandler { AllowAutoRedirect = false } })</c>.
/// </summary>
/// <remarks>
/// <para>Built on a Polly.Core retry pipeline. Retried: HTTP 408, 429, 500, 502, 503, 504, 524 and 529, connection
/// failures (<see cref="HttpRequestException"/>, <see cref="IOException"/>) and a stream's per-attempt
/// time-to-headers timeout. Never retried: any other status (400, 401, 402, 403, 404, 413, 422, ...), the caller's
/// cancellation, and anything after a 2xx arrived: the response is returned as soon as its headers are in, so a
/// stream that began is never replayed.</para>
/// <para>The wait is the server's <c>retry-after-ms</c> (preferred) or <c>Retry-After</c> (seconds or an HTTP date)
/// when it is at most <see cref="OpenRouterClientOptions.MaxRetryAfter"/>; a longer requested wait fails the call at
/// once (a 429 surfaces as <see cref="OpenRouterRateLimitException"/> with the wait in
/// <see cref="OpenRouterException.RetryAfter"/>). Otherwise the wait is
/// <c>min(RetryMaxDelay, RetryBaseDelay × 2^n) × (1 − 0.25 × random[0,1))</c> for retry <c>n</c> = 0, 1, 2, ...</para>
/// <para>Waits run on <see cref="OpenRouterClientOptions.TimeProvider"/>. Every discarded response is disposed; the
/// same request (its buffered body included) is sent again. Calls made by an <see cref="OpenRouterClient"/> carry their
/// own retry settings (see <see cref="OpenRouterClient.WithOptions"/>); other requests use the options given here.</para>
/// </remarks>
public sealed class OpenRouterResilienceHandler : DelegatingHandler
{
    private static readonly ResiliencePropertyKey<AttemptContext> AttemptKey = new("OpenRouter.Sdk.Attempt");

    private readonly RetrySettings _defaults;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;

    /// <summary>Creates the handler with the retry settings, clock and logger of <paramref name="options"/>.</summary>
    /// <param name="options">The options to read <c>EnableRetries</c>, <c>MaxRetries</c>, the delays, <c>TimeProvider</c> and <c>LoggerFactory</c> from (copied).</param>
    public OpenRouterResilienceHandler(OpenRouterClientOptions options)
    {
        Argument.NotNull(options);
        _defaults = new RetrySettings(options);
        _time = options.TimeProvider ?? TimeProvider.System;
        _logger = options.LoggerFactory?.CreateLogger(OpenRouterLog.Category) ?? NullLogger.Instance;
        _pipeline = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = _time }
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                // The real limit is per call (RetrySettings.MaxRetries) and is applied in ShouldHandle.
                MaxRetryAttempts = int.MaxValue,
                ShouldHandle = static args => new ValueTask<bool>(ShouldRetry(args.Context.Properties.GetValue(AttemptKey, null!), args.Outcome, args.AttemptNumber)),
                DelayGenerator = static args => new ValueTask<TimeSpan?>(args.Context.Properties.GetValue(AttemptKey, null!).NextDelay(args.AttemptNumber)),
                OnRetry = static args =>
                {
                    args.Context.Properties.GetValue(AttemptKey, null!).ReportRetry(args.Outcome, args.AttemptNumber, args.RetryDelay);
                    args.Outcome.Result?.Dispose();
                    return default;
                },
            })
            .Build();
    }

    /// <summary>Creates the handler in front of <paramref name="innerHandler"/>.</summary>
    /// <param name="options">See <see cref="OpenRouterResilienceHandler(OpenRouterClientOptions)"/>.</param>
    /// <param name="innerHandler">The handler that sends each attempt.</param>
    public OpenRouterResilienceHandler(OpenRouterClientOptions options, HttpMessageHandler innerHandler)
        : this(options)
    {
        InnerHandler = Argument.NotNull(innerHandler);
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Argument.NotNull(request);
        OpenRouterRequestState? state = OpenRouterRequestState.Of(request);
        state?.ClaimHeadersTimeout();
        var attempt = new AttemptContext(this, request, state);

        // Nearly every call succeeds at once: the first attempt goes straight to the inner handler, and the retry
        // pipeline only starts (replaying this first outcome as its own first attempt) when it is worth retrying.
        Outcome<HttpResponseMessage> first = await SendAttemptAsync(attempt, cancellationToken).ConfigureAwait(false);
        if (!ShouldRetry(attempt, first, 0))
        {
            first.ThrowIfException();
            return first.Result!;
        }

        attempt.Replay = first;
        ResilienceContext context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(AttemptKey, attempt);
        try
        {
            Outcome<HttpResponseMessage> outcome = await _pipeline.ExecuteOutcomeAsync(
                static (ctx, a) => a.TakeReplay() is { } replayed ? new ValueTask<Outcome<HttpResponseMessage>>(replayed) : a.Handler.SendAttemptAsync(a, ctx.CancellationToken),
                context, attempt).ConfigureAwait(false);
            outcome.ThrowIfException();
            return outcome.Result!;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private static bool ShouldRetry(AttemptContext attempt, Outcome<HttpResponseMessage> outcome, int retryNumber)
    {
        RetrySettings settings = attempt.Settings;
        if (!settings.Enabled || retryNumber >= settings.MaxRetries)
        {
            return false;
        }

        if (outcome.Exception is { } exception)
        {
            // An OpenRouterTimeoutException here is an attempt's own time-to-headers limit (the caller's cancellation
            // surfaces as OperationCanceledException and is never retried).
            return exception is HttpRequestException or IOException or OpenRouterTimeoutException;
        }

        HttpResponseMessage response = outcome.Result!;
        int status = (int)response.StatusCode;
        if (!IsRetryableStatus(status))
        {
            return false;
        }

        TimeSpan? retryAfter = RetryAfterParser.Parse(response, attempt.Handler._time.GetUtcNow());
        if (retryAfter > settings.MaxRetryAfter)
        {
            OpenRouterLog.RetryAfterAboveCap(attempt.Logger, status, retryAfter.Value.TotalMilliseconds, settings.MaxRetryAfter.TotalMilliseconds);
            return false;
        }

        attempt.ServerDelay = retryAfter;
        return true;
    }

    /// <summary>The statuses worth another attempt: timeouts, rate limits, server errors and overload (524, 529).</summary>
    internal static bool IsRetryableStatus(int status) => status is 408 or 429 or 500 or 502 or 503 or 504 or 524 or 529;

    private async ValueTask<Outcome<HttpResponseMessage>> SendAttemptAsync(AttemptContext attempt, CancellationToken cancellationToken)
    {
        attempt.State?.BeginAttempt();
        attempt.ServerDelay = null;
        TimeSpan? limit = attempt.State?.AttemptHeadersTimeout;
        using CancellationTokenSource? timeout = limit is { } l && l != Timeout.InfiniteTimeSpan ? CreateTimeout(l) : null;
        using CancellationTokenSource? linked = timeout is null ? null : CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            HttpResponseMessage response = await base.SendAsync(attempt.Request, linked?.Token ?? cancellationToken).ConfigureAwait(false);
            return Outcome.FromResult(response);
        }
        catch (OperationCanceledException e) when (timeout is not null && timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return Outcome.FromException<HttpResponseMessage>(OpenRouterErrorFactory.Timeout(SdkTimeout.StreamHeaders, limit!.Value, e));
        }
        catch (Exception e)
        {
            return Outcome.FromException<HttpResponseMessage>(e);
        }
    }

    private CancellationTokenSource CreateTimeout(TimeSpan limit)
    {
#if NET8_0_OR_GREATER
        return new CancellationTokenSource(limit, _time);
#else
        return _time.CreateCancellationTokenSource(limit);
#endif
    }

    /// <summary>One call going through the handler: its request, rules and the wait the server asked for last.</summary>
    private sealed class AttemptContext
    {
        public AttemptContext(OpenRouterResilienceHandler handler, HttpRequestMessage request, OpenRouterRequestState? state)
        {
            Handler = handler;
            Request = request;
            State = state;
            Settings = state?.Retry ?? handler._defaults;
            Logger = state?.Logger ?? handler._logger;
        }

        public OpenRouterResilienceHandler Handler { get; }

        public HttpRequestMessage Request { get; }

        public OpenRouterRequestState? State { get; }

        public RetrySettings Settings { get; }

        public ILogger Logger { get; }

        public TimeSpan? ServerDelay { get; set; }

        /// <summary>The first attempt's outcome, made before the retry pipeline started and handed to it as its first attempt.</summary>
        public Outcome<HttpResponseMessage>? Replay { get; set; }

        public Outcome<HttpResponseMessage>? TakeReplay()
        {
            Outcome<HttpResponseMessage>? replay = Replay;
            Replay = null;
            return replay;
        }

        public TimeSpan NextDelay(int retryNumber) =>
            ServerDelay ?? RetryBackoff.Compute(Settings.BaseDelay, Settings.MaxDelay, retryNumber, Settings.Jitter());

        public void ReportRetry(Outcome<HttpResponseMessage> outcome, int retryNumber, TimeSpan delay)
        {
            if (!Logger.IsEnabled(LogLevel.Information))
            {
                return;
            }

            string reason = outcome.Exception is { } e
                ? OpenRouterLog.Describe(e)
                : $"HTTP {(int)outcome.Result!.StatusCode}";
            OpenRouterLog.RetryScheduled(Logger, retryNumber + 1, reason, delay.TotalMilliseconds, ServerDelay is null ? "backoff" : "Retry-After");
        }
    }
}
