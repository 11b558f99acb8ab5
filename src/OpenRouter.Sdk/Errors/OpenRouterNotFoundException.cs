using System;

namespace OpenRouter.Sdk;

/// <summary>No model or endpoint matches the request (404), for example an ended <c>:free</c> variant.</summary>
public sealed class OpenRouterNotFoundException : OpenRouterException
{
    /// <summary>Creates the exception.</summary>
    public OpenRouterNotFoundException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
