using System.Threading.Tasks;
namespace OpenRouter.Sdk.Http.Streaming;

/// <summary>
/// A streamed chat completion: <c>POST chat/completions</c> with <c>stream: true</c>, read as
/// <see cref="ChatCompletionChunk"/>s by <see cref="ChatCompletionChunkEvents"/> on the generic
/// <see cref="ServerSentEventStream{T}"/>. Each enumeration sends its own request.
/// </summary>
internal sealed class ChatCompletionChunkStream : ServerSentEventStream<ChatCompletionChunk>
{
    /// <summary>The endpoint every chat completion is sent to.</summary>
    public static readonly ApiPath Path = ApiPath.Of("chat/completions");

    public ChatCompletionChunkStream(OpenRouterPipeline pipeline, byte[] body, System.Threading.CancellationToken cancellationToken,
        RequestHeaders? headers = null)
        : base(pipeline, Path, body, cancellationToken, headers)
    {
    }

    /// <summary>A reader for one enumeration; a client whose budget is spent refuses here, before the request is sent.</summary>
    protected override ServerSentEventReader<ChatCompletionChunk> CreateReader()
    {
        OpenRouterBudgetGuard? budget = Pipeline.Lifetime.Budget;
        budget?.EnsureAvailable();
        return new ChatCompletionChunkEvents(Pipeline.Secrets, budget);
    }

    /// <summary>A budget that watches the key's limit reads it here when the last read is older than its interval.</summary>
    protected override ValueTask BeforeSendAsync(System.Threading.CancellationToken cancellationToken) =>
        Pipeline.Lifetime.Budget?.EnsureAvailableAsync(cancellationToken) ?? default;
}
