using System;

namespace OpenRouter.Sdk;

/// <summary>The connection failed before a response arrived (refused, reset, DNS, TLS).</summary>
public sealed class OpenRouterConnectionException : OpenRouterException
{
    /// <summary>Creates the exception.</summary>
    public OpenRouterConnectionException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
