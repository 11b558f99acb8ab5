using System.Net.Http;
using Microsoft.Extensions.Http.Resilience;
using OpenRouter.Sdk.Http;
using OpenRouter.Sdk.Internal;

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
/// </remarks>
public sealed class OpenRouterResilienceHandler : ResilienceHandler
{
    private readonly RequestRateLimiter? _limiter;

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
        }

        public Polly.ResiliencePipeline<HttpResponseMessage> Resilience { get; }

        public RequestRateLimiter? Limiter { get; }
    }
}
