using System;

namespace OpenRouter.Sdk;

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
