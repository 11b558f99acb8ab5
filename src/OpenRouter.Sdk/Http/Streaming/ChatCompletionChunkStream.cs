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

    public ChatCompletionChunkStream(OpenRouterPipeline pipeline, byte[] body, System.Threading.CancellationToken cancellationToken)
        : base(pipeline, Path, body, cancellationToken)
    {
    }

    protected override ServerSentEventReader<ChatCompletionChunk> CreateReader() => new ChatCompletionChunkEvents(Pipeline.Secrets);
}
