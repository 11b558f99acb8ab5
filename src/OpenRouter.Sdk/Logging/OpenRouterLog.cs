using System;
using Microsoft.Extensions.Logging;

namespace OpenRouter.Sdk.Logging;

/// <summary>
/// Every log record the SDK writes. Records carry the call's shape (method, path, model, status, attempts, latency,
/// generation id, exception type) and never a prompt, a completion, an error body or the key. The generation id and
/// error code are the server's text, which may echo the key: the client writes through <see cref="RedactingLogger"/>,
/// which removes it from every value and message.
/// </summary>
internal static partial class OpenRouterLog
{
    /// <summary>The logger category of the client and its resilience handler.</summary>
    public const string Category = "OpenRouter.Sdk.OpenRouterClient";

    [LoggerMessage(EventId = 1, EventName = "RequestStarting", Level = LogLevel.Debug,
        Message = "OpenRouter {Method} {Path} starting (model {Model}, stream {Stream})")]
    public static partial void RequestStarting(ILogger logger, string method, string path, string? model, bool stream);

    [LoggerMessage(EventId = 2, EventName = "RequestCompleted", Level = LogLevel.Information,
        Message = "OpenRouter {Method} {Path} answered {StatusCode} after {Attempts} attempt(s) in {ElapsedMs:0} ms (model {Model}, generation {GenerationId})")]
    public static partial void RequestCompleted(ILogger logger, string method, string path, int statusCode, int attempts, double elapsedMs, string? model, string? generationId);

    [LoggerMessage(EventId = 3, EventName = "RequestFailed", Level = LogLevel.Warning,
        Message = "OpenRouter {Method} {Path} failed with {ErrorKind} (status {StatusCode}, code {ErrorCode}) after {Attempts} attempt(s) in {ElapsedMs:0} ms (model {Model}, generation {GenerationId})")]
    public static partial void RequestFailed(ILogger logger, string method, string path, string errorKind, int? statusCode, string? errorCode, int attempts, double elapsedMs, string? model, string? generationId);

    [LoggerMessage(EventId = 4, EventName = "RetryScheduled", Level = LogLevel.Information,
        Message = "OpenRouter attempt {Attempt} failed ({Reason}); retrying in {DelayMs:0} ms ({DelaySource})")]
    public static partial void RetryScheduled(ILogger logger, int attempt, string reason, double delayMs, string delaySource);

    [LoggerMessage(EventId = 5, EventName = "RetryAfterAboveCap", Level = LogLevel.Warning,
        Message = "OpenRouter answered {StatusCode} asking to wait {RetryAfterMs:0} ms, more than MaxRetryAfter ({MaxRetryAfterMs:0} ms); not retrying")]
    public static partial void RetryAfterAboveCap(ILogger logger, int statusCode, double retryAfterMs, double maxRetryAfterMs);

    [LoggerMessage(EventId = 6, EventName = "StreamCompleted", Level = LogLevel.Information,
        Message = "OpenRouter stream finished with {Chunks} chunks in {ElapsedMs:0} ms (generation {GenerationId})")]
    public static partial void StreamCompleted(ILogger logger, int chunks, double elapsedMs, string? generationId);

    [LoggerMessage(EventId = 7, EventName = "StreamFailed", Level = LogLevel.Warning,
        Message = "OpenRouter stream failed with {ErrorKind} after {Chunks} chunks in {ElapsedMs:0} ms (code {ErrorCode}, generation {GenerationId})")]
    public static partial void StreamFailed(ILogger logger, string errorKind, int chunks, double elapsedMs, string? errorCode, string? generationId);

    [LoggerMessage(EventId = 20, EventName = "KeysReloaded", Level = LogLevel.Information,
        Message = "OpenRouter keys reloaded from configuration (API key changed: {ApiKeyChanged}, management key changed: {ManagementKeyChanged})")]
    public static partial void KeysReloaded(ILogger logger, bool apiKeyChanged, bool managementKeyChanged);

    [LoggerMessage(EventId = 21, EventName = "KeysReloadRejected", Level = LogLevel.Warning,
        Message = "{Reason}")]
    public static partial void KeysReloadRejected(ILogger logger, string reason);

    [LoggerMessage(EventId = 8, EventName = "RetryAfterBeyondTimeout", Level = LogLevel.Warning,
        Message = "OpenRouter answered {StatusCode} asking to wait {RetryAfterMs:0} ms, more than the {TimeLeftMs:0} ms left of RequestTimeout; not retrying")]
    public static partial void RetryAfterBeyondTimeout(ILogger logger, int statusCode, double retryAfterMs, double timeLeftMs);

    [LoggerMessage(EventId = 9, EventName = "RateLimitPermitRefused", Level = LogLevel.Warning,
        Message = "The client-side rate limit has no permit for {WaitMs:0} ms, more than the call may wait ({MaxWaitMs:0} ms); not sending")]
    public static partial void RateLimitPermitRefused(ILogger logger, double waitMs, double maxWaitMs);

    [LoggerMessage(EventId = 10, EventName = "NotRetryable", Level = LogLevel.Information,
        Message = "OpenRouter answered {StatusCode} with error.availability {AvailabilityCode} marked not retryable; not retrying")]
    public static partial void NotRetryable(ILogger logger, int statusCode, string? availabilityCode);

    /// <summary>Describes why an attempt failed without its message (which may quote provider text).</summary>
    public static string Describe(Exception exception) => exception switch
    {
        OpenRouterException { StatusCode: { } status } e => $"{e.GetType().Name} {status}",
        _ => exception.GetType().Name,
    };
}
