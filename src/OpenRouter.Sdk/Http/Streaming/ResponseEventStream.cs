using System.Threading;
using System.Threading.Tasks;

namespace OpenRouter.Sdk.Http.Streaming;

/// <summary>
/// A streamed response: <c>POST responses</c> with <c>stream: true</c>, read as <see cref="ResponseStreamEvent"/>s by
/// <see cref="ResponseStreamEvents"/> on the generic <see cref="ServerSentEventStream{T}"/>. Each enumeration sends its
/// own request.
/// </summary>
internal sealed class ResponseEventStream : ServerSentEventStream<ResponseStreamEvent>
{
    /// <summary>The endpoint every response is sent to.</summary>
    public static readonly ApiPath Path = ApiPath.Of("responses");

    public ResponseEventStream(OpenRouterPipeline pipeline, byte[] body, CancellationToken cancellationToken, RequestHeaders? headers = null)
        : base(pipeline, Path, body, cancellationToken, headers)
    {
    }

    /// <summary>A reader for one enumeration; a client whose budget is spent refuses here, before the request is sent.</summary>
    protected override ServerSentEventReader<ResponseStreamEvent> CreateReader()
    {
        OpenRouterBudgetGuard? budget = Pipeline.Lifetime.Budget;
        budget?.EnsureAvailable();
        return new ResponseStreamEvents(Pipeline.Secrets, budget);
    }

    /// <summary>A budget that watches the key's limit reads it here when the last read is older than its interval.</summary>
    protected override ValueTask BeforeSendAsync(CancellationToken cancellationToken) =>
        Pipeline.Lifetime.Budget?.EnsureAvailableAsync(cancellationToken) ?? default;
}
