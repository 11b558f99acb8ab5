using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Text.Json;
using Polly;
using Polly.CircuitBreaker;
using Polly.RateLimiting;
using Polly.Timeout;

namespace OpenRouter.Sdk;

/// <summary>
/// Rate limits and the resilience pipeline: a 429's rate-limit headers, and what a refusal of a resilience strategy
/// (Polly's <see cref="ExecutionRejectedException"/> family) becomes, so that no Polly exception reaches the caller.
/// </summary>
internal static partial class OpenRouterErrorFactory
{
    /// <summary>A 429 answer, with OpenRouter's <c>X-RateLimit-*</c> headers (or their copy in <c>error.metadata.headers</c>).</summary>
    private static OpenRouterRateLimitException RateLimited(string message, Exception? innerException, HttpResponseMessage? response,
        IReadOnlyDictionary<string, JsonElement>? metadata, DateTimeOffset now)
    {
        string? limit = RateLimitHeader(response, metadata, "X-RateLimit-Limit");
        string? remaining = RateLimitHeader(response, metadata, "X-RateLimit-Remaining");
        string? reset = RateLimitHeader(response, metadata, "X-RateLimit-Reset");
        return new OpenRouterRateLimitException(message, innerException)
        {
            RateLimit = ParseCount(limit),
            RateLimitRemaining = ParseCount(remaining),
            RateLimitReset = reset is null ? null : RetryAfterParser.ParseReset(reset, now),
        };
    }

    /// <summary>
    /// A refusal by a resilience strategy in the HttpClient's handler chain, as the SDK's exception: the SDK's own
    /// per-attempt headers timeout, its rate limiter or circuit breaker, or those of a handler the user added.
    /// </summary>
    /// <param name="e">What the resilience handler threw.</param>
    /// <param name="sdkAttemptTimeout">The SDK's per-attempt headers limit when it is what fired last, else null.</param>
    /// <param name="permitRefused">The permit wait the SDK's rate limiter refused the call, else null.</param>
    /// <param name="rateLimit">The client's rate limit, to describe it.</param>
    /// <param name="circuitBreaker">The client's circuit breaker, to describe it.</param>
    public static OpenRouterException FromRejection(ExecutionRejectedException e, TimeSpan? sdkAttemptTimeout, TimeSpan? permitRefused,
        OpenRouterRateLimit? rateLimit, OpenRouterCircuitBreaker? circuitBreaker)
    {
        switch (e)
        {
            case TimeoutRejectedException timeout when sdkAttemptTimeout is { } limit:
                return Timeout(SdkTimeout.StreamHeaders, limit, timeout);

            case TimeoutRejectedException timeout:
                return new OpenRouterTimeoutException(
                    $"A resilience handler added to the HttpClient's handler chain timed out after {Seconds(timeout.Timeout)} s; it is not one of the SDK's timeouts " +
                    "(OpenRouterClientOptions). Language models often take longer: give that handler's timeouts room for them, or remove it (see README, Retries and timeouts).", timeout)
                {
                    Timeout = timeout.Timeout,
                };

            case RateLimiterRejectedException rejected when permitRefused is { } wait:
                string limitText = rateLimit is null ? "OpenRouterClientOptions.RateLimit" : $"{rateLimit.Requests} requests per {Seconds(rateLimit.Window)} s, OpenRouterClientOptions.RateLimit";
                return new OpenRouterRateLimitException(
                    $"The client-side rate limit ({limitText}) has no permit for {Seconds(wait)} s, longer than this call may still wait " +
                    "(what is left of RequestTimeout, or StreamResponseTimeout for a stream); nothing was sent. Retry after that wait.", rejected)
                {
                    IsClientSide = true,
                    RetryAfter = wait,
                };

            case RateLimiterRejectedException rejected:
                return new OpenRouterRateLimitException(
                    "A rate limiter added to the HttpClient's handler chain refused the request; nothing was sent.", rejected)
                {
                    IsClientSide = true,
                    RetryAfter = rejected.RetryAfter,
                };

            case BrokenCircuitException broken:
                string breaker = circuitBreaker is null
                    ? "A circuit breaker added to the HttpClient's handler chain is open"
                    : $"The circuit breaker is open (OpenRouterClientOptions.CircuitBreaker: at least {circuitBreaker.FailureRatio.ToString(CultureInfo.InvariantCulture)} of the recent attempts failed; it stays open for {Seconds(circuitBreaker.BreakDuration)} s)";
                return new OpenRouterCircuitOpenException($"{breaker}: the call was refused at once and nothing was sent.", broken);

            default:
                return new OpenRouterException($"A resilience strategy in the HttpClient's handler chain refused the request ({e.GetType().Name}); nothing was sent.", e);
        }
    }

    private static string Seconds(TimeSpan value) => value.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);

    private static string? RateLimitHeader(HttpResponseMessage? response, IReadOnlyDictionary<string, JsonElement>? metadata, string name)
    {
        if (response is not null && RetryAfterParser.TryGetSingle(response.Headers, name, out string? value))
        {
            return value;
        }

        // Upstream rate limits quote the provider's headers in error.metadata.headers.
        if (metadata is not null && metadata.TryGetValue("headers", out JsonElement headers) && headers.ValueKind == JsonValueKind.Object)
        {
            foreach (JsonProperty header in headers.EnumerateObject())
            {
                if (string.Equals(header.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    return header.Value.ValueKind switch
                    {
                        JsonValueKind.String => header.Value.GetString(),
                        JsonValueKind.Number => header.Value.GetRawText(),
                        _ => null,
                    };
                }
            }
        }

        return null;
    }

    private static int? ParseCount(string? value) =>
        int.TryParse(value?.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out int n) && n >= 0 ? n : null;
}
