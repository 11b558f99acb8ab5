using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;
using Microsoft.Extensions.Logging;
using OpenRouter.Sdk.Logging;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk.Http;

/// <summary>
/// Where a streamed chat completion is parsed: SSE events are read with <see cref="SseParser"/> straight from the
/// response stream, and each event is deserialized from its UTF-8 bytes into a <see cref="ChatCompletionChunk"/>
/// the moment it is complete. Comments (<c>: OPENROUTER PROCESSING</c>) are skipped by the parser,
/// <c>[DONE]</c> ends the stream, and an <c>error</c> chunk becomes an <see cref="OpenRouterStreamException"/>.
/// </summary>
internal static class ChatCompletionStreamReader
{
    /// <summary>Stands for an event without data, which carries nothing to yield.</summary>
    private static readonly ChatCompletionChunk Empty = new();

    public static async IAsyncEnumerable<ChatCompletionChunk> ReadAsync(OpenRouterPipeline pipeline, string path, byte[] body,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using HttpResponseMessage response = await pipeline.SendStreamingAsync(path, body, cancellationToken).ConfigureAwait(false);

        // The idle clock starts once headers are in; the wait for them is StreamResponseTimeout's.
        TimeSpan idleLimit = pipeline.Options.StreamIdleTimeout;
        using CancellationTokenSource? idle = pipeline.CreateTimeout(idleLimit);
        using CancellationTokenSource linked = idle is null
            ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken)
            : CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, idle.Token);
        var progress = new StreamProgress();
        long started = pipeline.Time.GetTimestamp();
        OpenRouterException? failure = null;
        bool ended = false;
        Stream raw;
        try
        {
#if NET
            raw = await response.Content.ReadAsStreamAsync(linked.Token).ConfigureAwait(false);
#else
            raw = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
#endif
        }
        catch (Exception e) when (e is IOException or HttpRequestException)
        {
            throw OpenRouterErrorFactory.StreamBroken("The stream could not be opened.", progress, e);
        }

        using var stream = new IdleTimeoutStream(raw, idle, idleLimit);

        // A blocked read must end promptly on cancellation even where the transport ignores the token.
        using CancellationTokenRegistration abort = linked.Token.Register(static s => ((Stream)s!).Dispose(), stream);

        var envelope = new ChunkEnvelope();
        IAsyncEnumerator<SseItem<ChatCompletionChunk?>> events = SseParser.Create(stream, (_, data) => Parse(data, envelope)).EnumerateAsync(linked.Token).GetAsyncEnumerator(linked.Token);
        try
        {
            bool done = false;
            while (true)
            {
                ChatCompletionChunk? chunk;
                try
                {
                    if (!await events.MoveNextAsync().ConfigureAwait(false))
                    {
                        break;
                    }

                    chunk = events.Current.Data;
                }
                catch (Exception e) when (cancellationToken.IsCancellationRequested && (e is not OperationCanceledException oce || oce.CancellationToken != cancellationToken))
                {
                    throw new OperationCanceledException("The stream was cancelled.", e, cancellationToken);
                }
                catch (Exception e) when (idle is not null && idle.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
                {
                    throw failure = new OpenRouterTimeoutException($"The stream was silent for {idleLimit.TotalSeconds:0.###} s (OpenRouterClientOptions.StreamIdleTimeout).", e)
                    {
                        Timeout = idleLimit,
                        GenerationId = progress.GenerationId,
                    };
                }
                catch (JsonException e)
                {
                    throw failure = new OpenRouterInvalidResponseException($"A stream event was not valid JSON ({ParseProblem(e)}); the stream was stopped after {progress.Chunks} chunks.", null)
                    {
                        GenerationId = progress.GenerationId,
                    };
                }
                catch (Exception e) when (e is IOException or HttpRequestException or ObjectDisposedException)
                {
                    throw failure = OpenRouterErrorFactory.StreamBroken($"The connection dropped after {progress.Chunks} chunks, before the stream finished.", progress, e);
                }

                if (ReferenceEquals(chunk, Empty))
                {
                    continue;
                }

                if (chunk is null)
                {
                    done = true;
                    break;
                }

                if (chunk.Error is not null)
                {
                    throw failure = OpenRouterErrorFactory.FromStreamChunk(chunk, progress, pipeline.ApiKey);
                }

                progress.Observe(chunk);
                yield return chunk;
            }

            if (!done && !progress.SawFinishReason)
            {
                throw failure = OpenRouterErrorFactory.StreamBroken($"The stream ended after {progress.Chunks} chunks without [DONE] or a finish reason; the answer is incomplete.", progress, null);
            }

            ended = true;
        }
        finally
        {
            await events.DisposeAsync().ConfigureAwait(false);
            LogEnd(pipeline.Logger, ended, failure, progress, pipeline.Time.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    private static void LogEnd(ILogger logger, bool ended, OpenRouterException? failure, StreamProgress progress, double elapsedMs)
    {
        if (ended)
        {
            OpenRouterLog.StreamCompleted(logger, progress.Chunks, elapsedMs, progress.GenerationId);
        }
        else if (failure is not null)
        {
            OpenRouterLog.StreamFailed(logger, failure.GetType().Name, progress.Chunks, elapsedMs, failure.ErrorCode, failure.GenerationId ?? progress.GenerationId);
        }
    }

    /// <summary>Parses one event's data: null for <c>[DONE]</c>, otherwise the chunk.</summary>
    private static ChatCompletionChunk? Parse(ReadOnlySpan<byte> data, ChunkEnvelope envelope)
    {
        if (data.SequenceEqual("[DONE]"u8))
        {
            return null;
        }

        if (data.IsEmpty)
        {
            return Empty;
        }

        return ChatCompletionChunkReader.Read(data, envelope);
    }

    /// <summary>The parser's description of the problem without the data it quotes, which may hold anything.</summary>
    private static string ParseProblem(JsonException e)
    {
        string message = e.Message;
        int cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" | ", StringComparison.Ordinal);
        }

        message = cut > 0 ? message.Substring(0, cut) : message;
        return message.Length > 200 ? message.Substring(0, 200) + "..." : message;
    }
}
