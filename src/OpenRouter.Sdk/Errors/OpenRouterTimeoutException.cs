using System;

namespace OpenRouter.Sdk;

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
