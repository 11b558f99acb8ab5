using System;
using System.Collections.Generic;
using System.Text.Json;

namespace OpenRouter.Sdk;

/// <summary>
/// An error reported by OpenRouter or met while talking to it. Subclasses mark the cases callers handle
/// differently: <see cref="OpenRouterRateLimitException"/> (429), <see cref="OpenRouterAuthenticationException"/>
/// (401), <see cref="OpenRouterPaymentRequiredException"/> (402), <see cref="OpenRouterPermissionDeniedException"/>
/// and <see cref="OpenRouterModerationException"/> (403), <see cref="OpenRouterNotFoundException"/> (404),
/// <see cref="OpenRouterTimeoutException"/>, <see cref="OpenRouterStreamException"/> (an error after a stream began),
/// <see cref="OpenRouterConnectionException"/> and <see cref="OpenRouterInvalidResponseException"/>.
/// Neither the message nor any property holds the API key, even when a server echoes it back (as is or
/// JSON-escaped): the SDK replaces it, and anything shaped like a key, with <c>[redacted]</c>.
/// </summary>
public class OpenRouterException : Exception
{
    /// <summary>Creates an exception with a message.</summary>
    public OpenRouterException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and the failure that caused it.</summary>
    public OpenRouterException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    private int? _statusCode;
    private string? _errorCode;
    private string? _errorType;
    private string? _providerName;
    private string? _providerRawError;
    private IReadOnlyDictionary<string, JsonElement>? _metadata;
    private string? _generationId;
    private string? _responseBody;
    private TimeSpan? _retryAfter;
    private OpenRouterAvailability? _availability;

    /// <summary>
    /// The HTTP status of the response, or null when none was received or the failure came inside a stream that had
    /// begun (an error chunk, a dropped connection); a stream whose bytes could not be read keeps its status.
    /// </summary>
    public int? StatusCode
    {
        get => _statusCode;
        init => _statusCode = value;
    }

    /// <summary><c>error.code</c> as text: the status as a number (<c>"429"</c>) or a string (<c>"server_error"</c>).</summary>
    public string? ErrorCode
    {
        get => _errorCode;
        init => _errorCode = value;
    }

    /// <summary>A typed category from <c>metadata.error_type</c> or <c>error.error_type</c>, when sent.</summary>
    public string? ErrorType
    {
        get => _errorType;
        init => _errorType = value;
    }

    /// <summary>The provider that failed (<c>metadata.provider_name</c>), when the error came from a provider.</summary>
    public string? ProviderName
    {
        get => _providerName;
        init => _providerName = value;
    }

    /// <summary>The upstream provider's own error body (<c>metadata.raw</c>), usually the most useful text to show.</summary>
    public string? ProviderRawError
    {
        get => _providerRawError;
        init => _providerRawError = value;
    }

    /// <summary>
    /// <c>error.metadata</c> as sent (moderation reasons, <c>raw</c>, <c>provider_name</c>, ...), except that a key
    /// echoed anywhere in it is replaced with <c>[redacted]</c>.
    /// </summary>
    public IReadOnlyDictionary<string, JsonElement>? Metadata
    {
        get => _metadata;
        init => _metadata = value;
    }

    /// <summary>The <c>X-Generation-Id</c> response header or the stream's generation id, to quote in support requests.</summary>
    public string? GenerationId
    {
        get => _generationId;
        init => _generationId = value;
    }

    /// <summary>The start of the response body (truncated, with the key and anything that looks like a key removed, escaped forms too).</summary>
    public string? ResponseBody
    {
        get => _responseBody;
        init => _responseBody = value;
    }

    /// <summary>
    /// The wait the server asked for (<c>retry-after-ms</c> or <c>Retry-After</c>; on a 429 without either, the time
    /// until <c>X-RateLimit-Reset</c>; otherwise <c>error.availability.retry_after</c>), when it sent one: on 429, and on
    /// 503 and other retryable statuses whose wait was longer than the SDK's <c>MaxRetryAfter</c> or the call's time
    /// left; for the client-side rate limit, the wait for a permit.
    /// </summary>
    public TimeSpan? RetryAfter
    {
        get => _retryAfter;
        init => _retryAfter = value;
    }

    /// <summary>
    /// Why the model could not be served (<c>error.availability</c>: its code, whether retrying can help, a suggested
    /// wait, fallback models), on routing errors that carry it. The SDK does not retry an error whose
    /// <see cref="OpenRouterAvailability.Retryable"/> is false.
    /// </summary>
    public OpenRouterAvailability? Availability
    {
        get => _availability;
        init => _availability = value;
    }

    /// <summary>Sets <see cref="Availability"/>; used by the error factory.</summary>
    internal void PopulateAvailability(OpenRouterAvailability? availability) => _availability = availability;

    /// <summary>Fills the shared properties; used by the error factory after it picked the subclass.</summary>
    internal void Populate(int? statusCode, string? errorCode, string? errorType, string? providerName, string? providerRawError,
        IReadOnlyDictionary<string, JsonElement>? metadata, string? generationId, string? responseBody, TimeSpan? retryAfter)
    {
        _retryAfter = retryAfter;
        _statusCode = statusCode;
        _errorCode = errorCode;
        _errorType = errorType;
        _providerName = providerName;
        _providerRawError = providerRawError;
        _metadata = metadata;
        _generationId = generationId;
        _responseBody = responseBody;
    }
}
