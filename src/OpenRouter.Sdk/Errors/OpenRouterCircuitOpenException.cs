using System;

namespace OpenRouter.Sdk;

/// <summary>
/// The circuit breaker is open (<see cref="OpenRouterClientOptions.CircuitBreaker"/>, or one you added to the
/// HttpClient's handler chain): too many recent attempts failed, so the call was refused at once, before anything was
/// sent. Calls are admitted again after the break (<see cref="OpenRouterCircuitBreaker.BreakDuration"/>).
/// </summary>
public sealed class OpenRouterCircuitOpenException : OpenRouterException
{
    /// <summary>Creates the exception.</summary>
    public OpenRouterCircuitOpenException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
