using System;

namespace OpenRouter.Sdk;

/// <summary>The account has too few credits or the key hit its spending limit (402).</summary>
public sealed class OpenRouterPaymentRequiredException : OpenRouterException
{
    /// <summary>Creates the exception.</summary>
    public OpenRouterPaymentRequiredException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
