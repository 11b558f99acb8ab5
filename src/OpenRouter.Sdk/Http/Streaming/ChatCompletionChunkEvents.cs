using System;
using System.Net.Http;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk.Http.Streaming;

/// <summary>
/// The chat completion's events: each data line is a <see cref="ChatCompletionChunk"/> read by hand from its UTF-8
/// bytes; a chunk with an <c>error</c> fails the stream; the first choice's text, finish reason and usage are kept for
/// the exception of a stream that fails. The stream ends with <c>[DONE]</c>.
/// </summary>
internal sealed class ChatCompletionChunkEvents : ServerSentEventReader<ChatCompletionChunk>
{
    /// <summary>Stands for an event without data, which carries nothing to yield.</summary>
    private static readonly ChatCompletionChunk Empty = new();

    private readonly ChunkEnvelope _envelope = new();
    private readonly ChatStreamProgress _progress;
    private readonly ClientSecrets _secrets;

    public ChatCompletionChunkEvents(ClientSecrets secrets, OpenRouterBudgetGuard? budget = null)
    {
        _secrets = secrets;
        _progress = new ChatStreamProgress(secrets, budget);
    }

    /// <summary>The response cache's headers of this stream, set on every chunk handed out (null when the cache took no part).</summary>
    private ResponseCacheInfo? _cache;

    public override ChatCompletionChunk Skip => Empty;

    public override void Started(HttpResponseMessage response) => _cache = ResponseCacheInfo.From(response);

    public override IStreamProgress Progress => _progress;

    public override ChatCompletionChunk Read(string eventType, ReadOnlySpan<byte> data) =>
        data.IsEmpty ? Empty : ChatCompletionChunkReader.Read(data, _envelope);

    public override ServerSentEventStep Accept(ChatCompletionChunk item)
    {
        if (item.Error is not null)
        {
            return ServerSentEventStep.Fail;
        }

        _progress.Observe(item);
        if (_cache is not null)
        {
            item.ResponseCache = _cache;
        }

        return ServerSentEventStep.Yield;
    }

    public override OpenRouterException Failure(ChatCompletionChunk item) =>
        OpenRouterErrorFactory.FromStreamChunk(item, _progress, _secrets);

    /// <summary>Only <c>[DONE]</c> is a success: a stream cut after its finish chunk lacks the usage chunk (tokens, cost) that comes before it.</summary>
    public override OpenRouterException EndedEarly() => OpenRouterErrorFactory.ChatStreamEndedWithoutDone(_progress);
}
