using System;

namespace OpenRouter.Sdk;

/// <summary>The API key is missing, invalid or disabled (401). Retrying will not help.</summary>
public sealed class OpenRouterAuthenticationException : OpenRouterException
{
    /// <summary>Creates the exception.</summary>
    public OpenRouterAuthenticationException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
