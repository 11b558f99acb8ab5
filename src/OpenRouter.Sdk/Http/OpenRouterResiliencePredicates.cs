using System;
using System.IO;
using System.Net.Http;
using OpenRouter.Sdk.Internal;
using Polly;
using Polly.Timeout;

namespace OpenRouter.Sdk;

/// <summary>
/// What OpenRouter's failures mean for a resilience pipeline: which outcomes are transient (worth another attempt,
/// and counted by a circuit breaker). The SDK's own pipeline decides with these predicates; use them in a pipeline
/// you compose yourself (as you would <c>HttpClientResiliencePredicates</c> of Microsoft.Extensions.Http.Resilience)
/// so that it agrees with the SDK.
/// </summary>
/// <remarks>
/// Transient: HTTP 408, 429, 500, 502, 503, 504, 524 (edge timeout) and 529 (provider overloaded), connection failures
/// (<see cref="HttpRequestException"/>, <see cref="IOException"/>) and an attempt's own timeout
/// (<see cref="TimeoutRejectedException"/>). Never transient: any other status, in particular 400, 401, 402, 403,
/// 404, 413 and 422, which another attempt cannot change, and cancellation. Unlike
/// <c>HttpClientResiliencePredicates</c>, 501, 505 and other 5xx statuses that are not on the list are not transient.
/// The SDK adds rules that need the call: never after a 2xx arrived (it only sees the response once its headers are
/// in, so a stream that began is never replayed), never beyond the call's retry count, and never when the server asks
/// for a wait longer than <see cref="OpenRouterClientOptions.MaxRetryAfter"/> or the call's time left.
/// </remarks>
public static class OpenRouterResiliencePredicates
{
    /// <summary>Whether an attempt's outcome is a transient failure: a transient status or a transient exception.</summary>
    /// <param name="outcome">The outcome of one attempt.</param>
    /// <returns>True for a transient failure.</returns>
    public static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: { } exception } => IsTransientException(exception),
        { Result: { } response } => IsTransientStatusCode((int)response.StatusCode),
        _ => false,
    };

    /// <summary>Whether a response's status is transient: 408, 429, 500, 502, 503, 504, 524 or 529.</summary>
    /// <param name="response">The response.</param>
    /// <returns>True for a transient status.</returns>
    public static bool IsTransient(HttpResponseMessage response) => IsTransientStatusCode((int)Argument.NotNull(response).StatusCode);

    /// <summary>Whether an HTTP status is transient: 408, 429, 500, 502, 503, 504, 524 or 529.</summary>
    /// <param name="statusCode">The status.</param>
    /// <returns>True for a transient status.</returns>
    public static bool IsTransientStatusCode(int statusCode) => statusCode is 408 or 429 or 500 or 502 or 503 or 504 or 524 or 529;

    /// <summary>
    /// Whether a failure to get a response is transient: a connection failure (<see cref="HttpRequestException"/>,
    /// <see cref="IOException"/>) or an attempt's timeout (<see cref="TimeoutRejectedException"/>); never a
    /// cancellation or a refusal of another strategy (an open circuit, a rate limiter).
    /// </summary>
    /// <param name="exception">What the attempt threw.</param>
    /// <returns>True for a transient failure.</returns>
    public static bool IsTransientException(Exception exception) =>
        Argument.NotNull(exception) is HttpRequestException or IOException or TimeoutRejectedException;
}
