using System;
using System.Collections.Generic;

namespace OpenRouter.Sdk;

/// <summary>The request was rejected as malformed (400), too large (413) or unprocessable (422).</summary>
public sealed class OpenRouterBadRequestException : OpenRouterException
{
    /// <summary>Creates the exception.</summary>
    public OpenRouterBadRequestException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}

/// <summary>The API key is missing, invalid or disabled (401). Retrying will not help.</summary>
public sealed class OpenRouterAuthenticationException : OpenRouterException
{
    /// <summary>Creates the exception.</summary>
    public OpenRouterAuthenticationException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}

/// <summary>The account has too few credits or the key hit its spending limit (402).</summary>
public sealed class OpenRouterPaymentRequiredException : OpenRouterException
{
    /// <summary>Creates the exception.</summary>
    public OpenRouterPaymentRequiredException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}

/// <summary>
/// The request is not allowed (403): a guardrail blocked it, or the endpoint needs a management key.
/// Moderation flags raise the subclass <see cref="OpenRouterModerationException"/>.
/// </summary>
public class OpenRouterPermissionDeniedException : OpenRouterException
{
    /// <summary>Creates the exception.</summary>
    public OpenRouterPermissionDeniedException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}

/// <summary>The input was flagged by moderation (403 with <c>metadata.reasons</c>).</summary>
public sealed class OpenRouterModerationException : OpenRouterPermissionDeniedException
{
    /// <summary>Creates the exception.</summary>
    public OpenRouterModerationException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    /// <summary>Why the input was flagged.</summary>
    public IReadOnlyList<string> Reasons { get; init; } = Array.Empty<string>();

    /// <summary>The flagged text (up to 100 characters, elided in the middle).</summary>
    public string? FlaggedInput { get; init; }

    /// <summary>The model the moderation applied to.</summary>
    public string? ModelSlug { get; init; }
}

/// <summary>No model or endpoint matches the request (404), for example an ended <c>:free</c> variant.</summary>
public sealed class OpenRouterNotFoundException : OpenRouterException
{
    /// <summary>Creates the exception.</summary>
    public OpenRouterNotFoundException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}

/// <summary>OpenRouter or the provider is rate limiting (429). <see cref="OpenRouterException.RetryAfter"/> says how long to wait.</summary>
public sealed class OpenRouterRateLimitException : OpenRouterException
{
    /// <summary>Creates the exception.</summary>
    public OpenRouterRateLimitException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}

/// <summary>
/// A timeout owned by the SDK (total request time, time to response headers, or silence between stream events),
/// or a 408/524 timeout status from the server. Never raised for the caller's own cancellation, which surfaces as
/// <see cref="OperationCanceledException"/>.
/// </summary>
public sealed class OpenRouterTimeoutException : OpenRouterException
{
    /// <summary>Creates the exception.</summary>
    public OpenRouterTimeoutException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    /// <summary>The limit that was exceeded, when the SDK's own timeout fired.</summary>
    public TimeSpan? Timeout { get; init; }
}

/// <summary>The connection failed before a response arrived (refused, reset, DNS, TLS).</summary>
public sealed class OpenRouterConnectionException : OpenRouterException
{
    /// <summary>Creates the exception.</summary>
    public OpenRouterConnectionException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}

/// <summary>
/// The server sent something that cannot be read: not valid JSON of the expected shape, or a body that does not match
/// its <c>Content-Encoding</c>. <see cref="OpenRouterException.StatusCode"/> keeps the HTTP status. When it happens
/// inside a stream, the chunks before it were already yielded and <see cref="ReceivedContent"/>,
/// <see cref="ReceivedReasoning"/> and <see cref="ChunksReceived"/> hold what they said.
/// </summary>
public sealed class OpenRouterInvalidResponseException : OpenRouterException
{
    /// <summary>Creates the exception.</summary>
    public OpenRouterInvalidResponseException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    /// <summary>In a stream: the content text received before the unreadable part (first choice, first 65,536 characters); otherwise empty.</summary>
    public string ReceivedContent { get; init; } = string.Empty;

    /// <summary>In a stream: the reasoning text received before the unreadable part (first choice, first 65,536 characters); otherwise empty.</summary>
    public string ReceivedReasoning { get; init; } = string.Empty;

    /// <summary>In a stream: how many chunks were yielded before the unreadable part; otherwise 0.</summary>
    public int ChunksReceived { get; init; }
}
