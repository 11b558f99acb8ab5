using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Http.Resilience;
using OpenRouter.Sdk.Http;
using OpenRouter.Sdk.Internal;
using Polly;

namespace OpenRouter.Sdk;

/// <summary>
/// The resilience handler of a standalone client: a Microsoft.Extensions.Http.Resilience <see cref="ResilienceHandler"/>
/// running the SDK's pipeline, the same one <c>services.AddOpenRouter(...)</c> registers as a named pipeline. It is
/// public so that an <see cref="HttpClient"/> you build yourself can get the same behaviour:
/// <c>new HttpClient(new OpenRouterResilienceHandler(options) { InnerHandler = new SocketsHttpHandler { AllowAutoRedirect = false } })</c>.
/// </summary>
/// <remarks>
/// <para>Retried (<see cref="OpenRouterResiliencePredicates"/>): HTTP 408, 429, 500, 502, 503, 504, 524 and 529,
/// connection failures (<see cref="HttpRequestException"/>, <see cref="System.IO.IOException"/>) and a stream's
/// per-attempt time-to-headers timeout. Never retried: any other status (400, 401, 402, 403, 404, 413, 422, ...), the
/// caller's cancellation, and anything after a 2xx arrived: the response is returned as soon as its headers are in, so
/// a stream that began is never replayed.</para>
/// <para>The wait is the server's <c>retry-after-ms</c> (preferred) or <c>Retry-After</c> (seconds or an HTTP date),
/// or on a 429 without either the time until <c>X-RateLimit-Reset</c>, when it is at most
/// <see cref="OpenRouterClientOptions.MaxRetryAfter"/> and shorter than the call's time left; a longer requested wait
/// fails the call at once (a 429 surfaces as <see cref="OpenRouterRateLimitException"/> with the wait in
/// <see cref="OpenRouterException.RetryAfter"/>). Otherwise the wait is
/// <c>min(RetryMaxDelay, RetryBaseDelay × 2^n) × (1 − 0.25 × random[0,1))</c> for retry <c>n</c> = 0, 1, 2, ...</para>
/// <para>With <see cref="OpenRouterClientOptions.CircuitBreaker"/> or <see cref="OpenRouterClientOptions.RateLimit"/>
/// set, the handler also holds the client's circuit breaker and rate limiter. Waits run on
/// <see cref="OpenRouterClientOptions.TimeProvider"/>; the pipeline reports to the <c>resilience.polly.*</c> metrics and
/// to <see cref="OpenRouterClientOptions.LoggerFactory"/>. Every discarded response is disposed; the same request (its
/// buffered body included) is sent again. Calls made by an <see cref="OpenRouterClient"/> carry their own retry
/// settings (see <see cref="OpenRouterClient.WithOptions"/>); other requests use the options given here.</para>
/// <para>Without a circuit breaker or a rate limit, the first attempt of a call made by an <see cref="OpenRouterClient"/>
/// that has no per-attempt time-to-headers limit (non-streamed calls) is sent straight to the inner handler, once the
/// handler has started (its first call runs through the pipeline), and enters the pipeline only when it failed
/// transiently: the pipeline then decides on that outcome (it is not sent again), waits, reports the retry and makes the
/// next attempts as usual. A call that succeeds (or fails for good) at once therefore costs no pipeline execution, and
/// the <c>resilience.polly.*</c> metrics and logs of this handler describe the calls that were retried (the replayed
/// first attempt shows about 0 ms there).</para>
/// </remarks>
public sealed class OpenRouterResilienceHandler : ResilienceHandler
{
    private readonly RequestRateLimiter? _limiter;

    /// <summary>Whether every strategy of the pipeline acts only after a failed attempt (no breaker, no rate limiter).</summary>
    private readonly bool _firstAttemptOutside;

    /// <summary>What sends first attempts to the inner handler; made once the handler has started (<see cref="StartAsync"/>).</summary>
    private HttpMessageInvoker? _direct;

    /// <summary>Creates the handler with the retry settings, circuit breaker, rate limit, clock and logger of <paramref name="options"/>.</summary>
    /// <param name="options">The options to read <c>EnableRetries</c>, <c>MaxRetries</c>, the delays, <c>CircuitBreaker</c>, <c>RateLimit</c>, <c>TimeProvider</c> and <c>LoggerFactory</c> from (copied).</param>
    public OpenRouterResilienceHandler(OpenRouterClientOptions options)
        : this(new Pipeline(Argument.NotNull(options)))
    {
    }

    /// <summary>Creates the handler in front of <paramref name="innerHandler"/>.</summary>
    /// <param name="options">See <see cref="OpenRouterResilienceHandler(OpenRouterClientOptions)"/>.</param>
    /// <param name="innerHandler">The handler that sends each attempt.</param>
    public OpenRouterResilienceHandler(OpenRouterClientOptions options, HttpMessageHandler innerHandler)
        : this(options)
    {
        InnerHandler = Argument.NotNull(innerHandler);
    }

    private OpenRouterResilienceHandler(Pipeline pipeline)
        : base(pipeline.Resilience)
    {
        _limiter = pipeline.Limiter;
        _firstAttemptOutside = pipeline.FirstAttemptOutside;
    }

    /// <inheritdoc />
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // A call of the SDK's client without a per-attempt time-to-headers limit (non-streamed calls; a stream's
        // attempts have their limit in the pipeline), once the handler has started.
        if (_firstAttemptOutside && OpenRouterRequestState.Current is { AttemptHeadersTimeout: null } call)
        {
            return Volatile.Read(ref _direct) is { } direct
                ? SendFirstAttemptAsync(request, direct, call, cancellationToken)
                : StartAsync(request, cancellationToken);
        }

        return base.SendAsync(request, cancellationToken);
    }

    /// <summary>
    /// The handler's first call goes through the pipeline, which starts the handler: from then on its inner handler
    /// cannot be replaced (as for any <see cref="DelegatingHandler"/>), so the invoker made over it stays right.
    /// </summary>
    private async Task<HttpResponseMessage> StartAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        HttpResponseMessage response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (InnerHandler is { } inner && Volatile.Read(ref _direct) is null)
        {
            Volatile.Write(ref _direct, new HttpMessageInvoker(inner, disposeHandler: false));
        }

        return response;
    }

    /// <summary>
    /// The first attempt, outside the pipeline: its answer is returned as it is unless it is a transient failure,
    /// which the pipeline then takes as its own first attempt (<see cref="FirstAttemptReplayStrategy"/>) to decide,
    /// wait, report and retry.
    /// </summary>
    private async Task<HttpResponseMessage> SendFirstAttemptAsync(HttpRequestMessage request, HttpMessageInvoker direct,
        OpenRouterRequestState call, CancellationToken cancellationToken)
    {
        call.BeginAttempt();
        Outcome<HttpResponseMessage> first;
        try
        {
            HttpResponseMessage response = await direct.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (!OpenRouterResiliencePredicates.IsTransientStatusCode((int)response.StatusCode))
            {
                return response;
            }

            first = Outcome.FromResult(response);
        }
        catch (Exception e) when (OpenRouterResiliencePredicates.IsTransientException(e) && !cancellationToken.IsCancellationRequested)
        {
            first = Outcome.FromException<HttpResponseMessage>(e);
        }

        // Held for this request's pipeline only (an async-local set here flows into base.SendAsync, not to other requests).
        FirstAttemptReplayStrategy.Hold(first);
        try
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            // Left untaken when the pipeline did not run an attempt (cancellation came first): disposed here.
            FirstAttemptReplayStrategy.Take()?.Result?.Dispose();
        }
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _limiter?.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>The pipeline and the rate limiter it owns, built before the base constructor runs.</summary>
    private sealed class Pipeline
    {
        public Pipeline(OpenRouterClientOptions options)
        {
            Resilience = OpenRouterResilience.Build(options.Clone(), out RequestRateLimiter? limiter);
            Limiter = limiter;
            FirstAttemptOutside = options.CircuitBreaker is null && options.RateLimit is null;
        }

        public bool FirstAttemptOutside { get; }

        public Polly.ResiliencePipeline<HttpResponseMessage> Resilience { get; }

        public RequestRateLimiter? Limiter { get; }
    }
}
