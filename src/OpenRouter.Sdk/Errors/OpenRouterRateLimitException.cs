using System;

namespace OpenRouter.Sdk;

/// <summary>OpenRouter or the provider is rate limiting (429). <see cref="OpenRouterException.RetryAfter"/> says how long to wait.</summary>
public sealed class OpenRouterRateLimitException : OpenRouterException
{
    /// <summary>Creates the exception.</summary>
    public OpenRouterRateLimitException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
