using System;
using System.Threading;

namespace OpenRouter.Sdk.Http;

/// <summary>
/// The life of an <see cref="OpenRouterClient"/> as its calls see it: disposing the client cancels <see cref="Token"/>,
/// which every call in flight links into its own cancellation (a wait for headers, a body still arriving, a retry
/// wait, a blocked stream read), so each ends at once with <see cref="ObjectDisposedException"/> and closes its
/// connection. Clients made with <see cref="OpenRouterClient.WithOptions"/> share their parent's lifetime, and with it
/// the spend ceiling (<see cref="Budget"/>).
/// </summary>
internal sealed class ClientLifetime
{
    // Never disposed: it has no timer, and a token handed out must stay safe to register on after the client is gone.
    private readonly CancellationTokenSource _source = new();

    public ClientLifetime(OpenRouterBudgetGuard? budget = null)
    {
        Token = _source.Token;
        Budget = budget;
    }

    /// <summary>The client's spend ceiling, null without one; shared with the clients made by <see cref="OpenRouterClient.WithOptions"/>.</summary>
    public OpenRouterBudgetGuard? Budget { get; }

    /// <summary>Cancelled when the client is disposed.</summary>
    public CancellationToken Token { get; }

    public bool IsDisposed => Token.IsCancellationRequested;

    /// <summary>Ends the client's life: every call in flight is cancelled, and later calls are refused.</summary>
    public void End()
    {
        try
        {
            _source.Cancel();
        }
        catch (AggregateException)
        {
            // A callback of a call in flight threw while it was being cancelled; that call reports its own failure.
        }
    }

    public void ThrowIfDisposed()
    {
        if (IsDisposed)
        {
            throw OpenRouterErrorFactory.ClientDisposed();
        }
    }
}
