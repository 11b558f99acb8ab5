using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Polly;

namespace OpenRouter.Sdk.Http;

/// <summary>
/// The innermost strategy of a standalone client's pipeline: hands the pipeline the outcome of a first attempt that
/// <see cref="OpenRouterResilienceHandler"/> already made outside it (<see cref="Hold"/>) instead of sending the request
/// again, so that the retry strategy decides on it, waits and reports it as its first attempt (Polly times that attempt
/// from the replay: about 0 ms in its telemetry). Every other attempt passes through.
/// </summary>
/// <remarks>
/// The held outcome lives in an async-local slot that the handler sets for the one request it sends, so it reaches this
/// strategy and the attempt counter through that request's pipeline only: requests sent side by side on the same call
/// (a hedging handler outside the SDK's, for example) each keep their own.
/// </remarks>
internal sealed class FirstAttemptReplayStrategy : ResilienceStrategy<HttpResponseMessage>
{
    private static readonly AsyncLocal<Held?> Current = new();

    /// <summary>Whether a first attempt made outside the pipeline waits to be replayed on this flow (it is counted already).</summary>
    public static bool IsHolding => Current.Value is { Taken: false };

    /// <summary>Holds <paramref name="outcome"/> for the pipeline this flow runs next. Call it inside the async method that runs the pipeline.</summary>
    public static void Hold(Outcome<HttpResponseMessage> outcome) => Current.Value = new Held(outcome);

    /// <summary>The held outcome, once; null when none is held (or it was taken).</summary>
    public static Outcome<HttpResponseMessage>? Take()
    {
        if (Current.Value is not { Taken: false } held)
        {
            return null;
        }

        held.Taken = true;
        return held.Outcome;
    }

    protected override ValueTask<Outcome<HttpResponseMessage>> ExecuteCore<TState>(
        Func<ResilienceContext, TState, ValueTask<Outcome<HttpResponseMessage>>> callback, ResilienceContext context, TState state)
    {
        return Take() is { } first
            ? new ValueTask<Outcome<HttpResponseMessage>>(first)
            : callback(context, state);
    }

    private sealed class Held
    {
        public Held(Outcome<HttpResponseMessage> outcome)
        {
            Outcome = outcome;
        }

        public Outcome<HttpResponseMessage> Outcome { get; }

        public bool Taken { get; set; }
    }
}
