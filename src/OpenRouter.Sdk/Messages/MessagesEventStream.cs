using System.Threading;
using System.Threading.Tasks;

namespace OpenRouter.Sdk.Http.Streaming;

/// <summary>
/// A streamed Messages API answer: <c>POST messages</c> with <c>stream: true</c>, read as
/// <see cref="MessagesStreamEvent"/>s by <see cref="MessagesStreamEvents"/> on the generic
/// <see cref="ServerSentEventStream{T}"/>. Each enumeration sends its own request.
/// </summary>
internal sealed class MessagesEventStream : ServerSentEventStream<MessagesStreamEvent>
{
    /// <summary>The endpoint every Messages API request is sent to.</summary>
    public static readonly ApiPath Path = ApiPath.Of("messages");

    public MessagesEventStream(OpenRouterPipeline pipeline, byte[] body, CancellationToken cancellationToken, RequestHeaders? headers = null)
        : base(pipeline, Path, body, cancellationToken, headers)
    {
    }

    /// <summary>A reader for one enumeration; a client whose budget is spent refuses here, before the request is sent.</summary>
    protected override ServerSentEventReader<MessagesStreamEvent> CreateReader()
    {
        OpenRouterBudgetGuard? budget = Pipeline.Lifetime.Budget;
        budget?.EnsureAvailable();
        return new MessagesStreamEvents(Pipeline.Secrets, budget);
    }

    /// <summary>A budget that watches the key's limit reads it here when the last read is older than its interval.</summary>
    protected override ValueTask BeforeSendAsync(CancellationToken cancellationToken) =>
        Pipeline.Lifetime.Budget?.EnsureAvailableAsync(cancellationToken) ?? default;
}
