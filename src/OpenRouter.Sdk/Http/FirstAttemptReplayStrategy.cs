using System;
using System.Net.Http;
using System.Threading.Tasks;
using Polly;

namespace OpenRouter.Sdk.Http;

/// <summary>
/// The innermost strategy of a standalone client's pipeline: hands the pipeline the outcome of a first attempt that
/// <see cref="OpenRouterResilienceHandler"/> already made outside it (<see cref="OpenRouterRequestState.TakeFirstOutcome"/>)
/// instead of sending the request again, so that the retry strategy decides on it, waits and reports it exactly as
/// if it had made the attempt itself. Every other attempt passes through.
/// </summary>
internal sealed class FirstAttemptReplayStrategy : ResilienceStrategy<HttpResponseMessage>
{
    protected override ValueTask<Outcome<HttpResponseMessage>> ExecuteCore<TState>(
        Func<ResilienceContext, TState, ValueTask<Outcome<HttpResponseMessage>>> callback, ResilienceContext context, TState state)
    {
        return OpenRouterRequestState.Current?.TakeFirstOutcome() is { } first
            ? new ValueTask<Outcome<HttpResponseMessage>>(first)
            : callback(context, state);
    }
}
