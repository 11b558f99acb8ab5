namespace OpenRouter.Sdk.Tests.AI.Adapters;

/// <summary>Holds every request until it is cancelled; <see cref="Arrived"/> completes when the first one came in.</summary>
internal sealed class HoldingHandler : HttpMessageHandler
{
    private readonly TaskCompletionSource _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Arrived => _arrived.Task;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        _arrived.TrySetResult();
        await Task.Delay(Timeout.Infinite, cancellationToken);
        throw new InvalidOperationException("unreachable");
    }
}
