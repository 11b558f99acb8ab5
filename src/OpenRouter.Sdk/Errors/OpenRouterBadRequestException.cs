using System;

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
