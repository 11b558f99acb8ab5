using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Net.ServerSentEvents;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using OpenRouter.Sdk.Logging;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk.Http;

/// <summary>
/// Where a streamed chat completion is parsed: SSE events are read with <see cref="SseParser"/> straight from the
/// response stream, and each event is deserialized from its UTF-8 bytes into a <see cref="ChatCompletionChunk"/>
/// the moment it is complete. Comments (<c>: OPENROUTER PROCESSING</c>) are skipped by the parser,
/// <c>[DONE]</c> ends the stream, and an <c>error</c> chunk becomes an <see cref="OpenRouterStreamException"/>.
/// Each enumeration sends its own request.
/// </summary>
/// <remarks>
/// The enumerator is written by hand rather than as an async iterator: while events are already buffered (nearly
/// always; the network is read in blocks) a step completes synchronously without an iterator's state machine and
/// its value-task source in between the parser and the caller.
/// </remarks>
internal sealed class ChatCompletionStreamReader : IAsyncEnumerable<ChatCompletionChunk>
{
    /// <summary>Stands for an event without data, which carries nothing to yield.</summary>
    private static readonly ChatCompletionChunk Empty = new();

    /// <summary>How long the end of a body is awaited after <c>[DONE]</c> before the connection is closed instead.</summary>
    private static readonly TimeSpan DrainTimeLimit = TimeSpan.FromMilliseconds(250);

    /// <summary>How many bytes after <c>[DONE]</c> are read at most before the connection is closed instead.</summary>
    private const int DrainByteLimit = 16 * 1024;

    private readonly OpenRouterPipeline _pipeline;
    private readonly string _path;
    private readonly byte[] _body;
    private readonly CancellationToken _cancellationToken;

    public ChatCompletionStreamReader(OpenRouterPipeline pipeline, string path, byte[] body, CancellationToken cancellationToken)
    {
        _pipeline = pipeline;
        _path = path;
        _body = body;
        _cancellationToken = cancellationToken;
    }

    /// <inheritdoc />
    public IAsyncEnumerator<ChatCompletionChunk> GetAsyncEnumerator(CancellationToken cancellationToken = default) =>
        new Enumerator(this, cancellationToken);

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

    /// <summary>Whether the response is a JSON document rather than an event stream.</summary>
    private static bool IsJson(HttpResponseMessage response) =>
        response.Content.Headers.ContentType?.MediaType is { } media
        && (media.Equals("application/json", StringComparison.OrdinalIgnoreCase) || media.EndsWith("+json", StringComparison.OrdinalIgnoreCase));

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

    private sealed class Enumerator : IAsyncEnumerator<ChatCompletionChunk>
    {
        private readonly ChatCompletionStreamReader _owner;
        private readonly CancellationTokenSource? _callerSource;
        private readonly CancellationToken _caller;
        private readonly CancellationToken _enumerationToken;
        private readonly StreamProgress _progress;
        private readonly ChunkEnvelope _envelope = new();
        private State _state;
        private HttpResponseMessage? _response;
        private CancellationTokenSource? _idle;
        private CancellationTokenSource? _linked;
        private IdleTimeoutStream? _stream;
        private CancellationTokenRegistration _abort;
        private IAsyncEnumerator<SseItem<ChatCompletionChunk?>>? _events;
        private long _started;
        private ChatCompletionChunk? _current;

        public Enumerator(ChatCompletionStreamReader owner, CancellationToken cancellationToken)
        {
            _owner = owner;
            _enumerationToken = cancellationToken;
            _progress = new StreamProgress(owner._pipeline.ApiKey);

            // The token given to the call and the one given to the enumeration (WithCancellation) both cancel.
            CancellationToken first = owner._cancellationToken;
            if (first.CanBeCanceled && cancellationToken.CanBeCanceled && first != cancellationToken)
            {
                _callerSource = CancellationTokenSource.CreateLinkedTokenSource(first, cancellationToken);
                _caller = _callerSource.Token;
            }
            else
            {
                _caller = first.CanBeCanceled ? first : cancellationToken;
            }
        }

        private enum State
        {
            NotStarted,
            Streaming,
            Ended,
        }

        public ChatCompletionChunk Current => _current!;

        private OpenRouterPipeline Pipeline => _owner._pipeline;

        public ValueTask<bool> MoveNextAsync()
        {
            if (_state != State.Streaming)
            {
                return _state == State.NotStarted ? StartAndMoveNextAsync() : new ValueTask<bool>(false);
            }

            // The synchronous path: an event that was already buffered is parsed and handed out here, without a
            // state machine. Anything else (a pending read, the end, an error) goes through MoveNextSlowAsync.
            while (true)
            {
                // Cancelled or disposed while the caller held the last chunk: nothing buffered is handed out after it.
                if (_linked!.IsCancellationRequested)
                {
                    return MoveNextSlowAsync(new ValueTask<bool>(Task.FromCanceled<bool>(_linked.Token)));
                }

                ValueTask<bool> next = NextEventAsync();
                if (!next.IsCompletedSuccessfully)
                {
                    return MoveNextSlowAsync(next);
                }

#pragma warning disable VSTHRD103 // The step has completed (checked above): reading its result does not block.
                bool more = next.Result;
#pragma warning restore VSTHRD103
                ChatCompletionChunk? chunk = more ? _events!.Current.Data : null;
                if (ReferenceEquals(chunk, Empty))
                {
                    continue;
                }

                if (chunk is null || chunk.Error is not null)
                {
                    return MoveNextSlowAsync(new ValueTask<bool>(more));
                }

                _progress.Observe(chunk);
                _current = chunk;
                return new ValueTask<bool>(true);
            }
        }

        public async ValueTask DisposeAsync()
        {
            if (_state != State.Ended)
            {
                _state = State.Ended;
                await CloseAsync(ended: false, failure: null).ConfigureAwait(false);
            }
        }

        private async ValueTask<bool> StartAndMoveNextAsync()
        {
            _state = State.Streaming;
            try
            {
                await StartAsync().ConfigureAwait(false);
            }
            catch (Exception e)
            {
                _state = State.Ended;
                Exception mapped = _response is null ? e : Map(e);
                await CloseAsync(ended: false, failure: null).ConfigureAwait(false);
                if (ReferenceEquals(mapped, e))
                {
                    throw;
                }

                throw mapped;
            }

            return await MoveNextAsync().ConfigureAwait(false);
        }

        /// <summary>Sends the request and opens the event stream once the response headers are in.</summary>
        private async Task StartAsync()
        {
            OpenRouterPipeline pipeline = Pipeline;
            _response = await pipeline.SendStreamingAsync(_owner._path, _owner._body, _caller).ConfigureAwait(false);

            // The idle clock starts once headers are in; the wait for them is StreamResponseTimeout's. The client's
            // disposal ends the stream too.
            TimeSpan idleLimit = pipeline.Options.StreamIdleTimeout;
            _idle = pipeline.CreateTimeout(idleLimit);
            _linked = _idle is null
                ? CancellationTokenSource.CreateLinkedTokenSource(_caller, pipeline.Lifetime.Token)
                : CancellationTokenSource.CreateLinkedTokenSource(_caller, _idle.Token, pipeline.Lifetime.Token);
            if (IsJson(_response))
            {
                // A 200 with a JSON body instead of events: OpenRouter answers this way when a request fails before
                // the stream starts (an error object), so it is read whole, as an error.
                throw await OpenRouterErrorFactory.FromJsonInsteadOfStreamAsync(_response, pipeline.ApiKey, pipeline.Time.GetUtcNow(), _linked.Token).ConfigureAwait(false);
            }

            _started = pipeline.Time.GetTimestamp();
            Stream raw;
            try
            {
#if NET
                raw = await _response.Content.ReadAsStreamAsync(_linked.Token).ConfigureAwait(false);
#else
                raw = await _response.Content.ReadAsStreamAsync().ConfigureAwait(false);
#endif
            }
            catch (Exception e) when (e is IOException or HttpRequestException && !_linked.IsCancellationRequested)
            {
                throw OpenRouterErrorFactory.StreamBroken("The stream could not be opened.", _progress, e);
            }

            _stream = new IdleTimeoutStream(raw, _idle, idleLimit);

            // A blocked read must end promptly on cancellation even where the transport ignores the token.
            _abort = _linked.Token.Register(static s => ((Stream)s!).Dispose(), _stream);

            ChunkEnvelope envelope = _envelope;
            _events = SseParser.Create(_stream, (_, data) => Parse(data, envelope)).EnumerateAsync(_linked.Token).GetAsyncEnumerator(_linked.Token);
        }

        /// <summary>The parser's next step; a synchronous throw becomes a faulted step so that one place maps it.</summary>
        private ValueTask<bool> NextEventAsync()
        {
            try
            {
                return _events!.MoveNextAsync();
            }
            catch (Exception e)
            {
                return new ValueTask<bool>(Task.FromException<bool>(e));
            }
        }

        private async ValueTask<bool> MoveNextSlowAsync(ValueTask<bool> pending)
        {
            while (true)
            {
                bool more;
                try
                {
                    more = await pending.ConfigureAwait(false);
                }
                catch (Exception e)
                {
                    Exception mapped = Map(e);
                    _state = State.Ended;
                    await CloseAsync(ended: false, failure: mapped as OpenRouterException).ConfigureAwait(false);
                    if (ReferenceEquals(mapped, e))
                    {
                        throw;
                    }

                    throw mapped;
                }

                ChatCompletionChunk? chunk = more ? _events!.Current.Data : null;
                if (ReferenceEquals(chunk, Empty))
                {
                    pending = NextEventAsync();
                    continue;
                }

                if (!more && _linked!.IsCancellationRequested)
                {
                    // A transport that answers a closed stream with end-of-body rather than an error (older
                    // handlers): the end was the cancellation's, disposal's or idle timer's doing, and is mapped so.
                    pending = new ValueTask<bool>(Task.FromCanceled<bool>(_linked.Token));
                    continue;
                }

                if (chunk is null)
                {
                    // [DONE] (more is true) or the end of the body (more is false). Only [DONE] is a success: a
                    // stream cut after its finish chunk lacks the usage chunk (tokens, cost) that comes before it.
                    OpenRouterException? broken = more ? null : EndedWithoutDone();
                    _state = State.Ended;
                    if (broken is null)
                    {
                        await DrainAsync().ConfigureAwait(false);
                    }

                    await CloseAsync(ended: broken is null, failure: broken).ConfigureAwait(false);
                    if (broken is not null)
                    {
                        throw broken;
                    }

                    return false;
                }

                if (chunk.Error is not null)
                {
                    OpenRouterStreamException error = OpenRouterErrorFactory.FromStreamChunk(chunk, _progress, Pipeline.ApiKey);
                    _state = State.Ended;
                    await CloseAsync(ended: false, failure: error).ConfigureAwait(false);
                    throw error;
                }

                _progress.Observe(chunk);
                _current = chunk;
                return true;
            }
        }

        /// <summary>Turns what a read threw into what the caller sees; returns <paramref name="e"/> itself when it stays.</summary>
        private Exception Map(Exception e)
        {
            if (_caller.IsCancellationRequested)
            {
                return e is OperationCanceledException oce && oce.CancellationToken == CallerToken()
                    ? e
                    : new OperationCanceledException("The stream was cancelled.", e, CallerToken());
            }

            if (Pipeline.Lifetime.IsDisposed && OpenRouterPipeline.IsEndOfLife(e))
            {
                return ClientLifetime.Disposed();
            }

            TimeSpan idleLimit = Pipeline.Options.StreamIdleTimeout;
            if (_idle is not null && _idle.IsCancellationRequested)
            {
                return new OpenRouterTimeoutException($"The stream was silent for {idleLimit.TotalSeconds:0.###} s (OpenRouterClientOptions.StreamIdleTimeout).", e)
                {
                    Timeout = idleLimit,
                    GenerationId = _progress.GenerationId,
                };
            }

            if (e is OpenRouterException or OperationCanceledException)
            {
                return e;
            }

            if (e is JsonException json)
            {
                return OpenRouterErrorFactory.StreamUnreadable($"A stream event was not valid JSON ({ParseProblem(json)}); the stream was stopped after {_progress.Chunks} chunks.", _progress, _response, null);
            }

            if (OpenRouterErrorFactory.IsUndecodable(e))
            {
                return OpenRouterErrorFactory.StreamUnreadable($"The stream's bytes do not match its Content-Encoding (they could not be decompressed); the stream was stopped after {_progress.Chunks} chunks.", _progress, _response, e);
            }

            if (e is IOException or HttpRequestException or ObjectDisposedException)
            {
                return OpenRouterErrorFactory.StreamBroken($"The connection dropped after {_progress.Chunks} chunks, before the stream finished.", _progress, e);
            }

            // Anything else thrown while reading an event (a reader fault on input it did not expect) is still an
            // answer the SDK could not read: the caller gets the same exception family, with what came before.
            return OpenRouterErrorFactory.StreamUnreadable($"A stream event could not be read ({e.GetType().Name}); the stream was stopped after {_progress.Chunks} chunks.", _progress, _response, e);
        }

        /// <summary>The failure of a body that ended without <c>[DONE]</c>, saying what is missing.</summary>
        private OpenRouterStreamException EndedWithoutDone() =>
            OpenRouterErrorFactory.StreamBroken(_progress.SawFinishReason
                ? $"The stream ended after {_progress.Chunks} chunks and its finish reason ({_progress.FinishReason?.ToString() ?? "set"}) but without [DONE]; the usage chunk with tokens and cost may be missing."
                : $"The stream ended after {_progress.Chunks} chunks without [DONE] or a finish reason; the answer is incomplete.", _progress, null);

        /// <summary>
        /// After <c>[DONE]</c> the body's own end (the chunked terminator) may still be on its way. Reading it, within a
        /// few kilobytes and a fraction of a second, lets the connection go back to the pool instead of being closed, so
        /// the next call does not pay for a new connection (a TLS handshake). It runs on the real clock on purpose: a
        /// test's frozen clock must not stall the end of a stream.
        /// </summary>
        private async ValueTask DrainAsync()
        {
            if (_stream is null)
            {
                return;
            }

            using var bound = new CancellationTokenSource(DrainTimeLimit);
            using CancellationTokenRegistration callerLink = _linked!.Token.Register(static b => ((CancellationTokenSource)b!).Cancel(), bound);
            using CancellationTokenRegistration abort = bound.Token.Register(static s => ((Stream)s!).Dispose(), _stream);
            try
            {
                await _stream.DrainAsync(DrainByteLimit, bound.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or IOException or HttpRequestException or ObjectDisposedException || OpenRouterErrorFactory.IsUndecodable(e))
            {
                // Not worth waiting for: the connection is closed instead, as for a stream left early.
            }
        }

        /// <summary>The caller's token that was cancelled (the call's or the enumeration's).</summary>
        private CancellationToken CallerToken()
        {
            if (_callerSource is null)
            {
                return _caller;
            }

            CancellationToken first = _owner._cancellationToken;
            return first.IsCancellationRequested ? first : _enumerationToken;
        }

        /// <summary>
        /// Releases the connection, the parser and the timers, and logs how the stream ended. The connection goes
        /// first: a stream left early must close it at once so the server stops generating.
        /// </summary>
        private async ValueTask CloseAsync(bool ended, OpenRouterException? failure)
        {
#pragma warning disable VSTHRD103 // Waits at most for a running abort callback, which only disposes the response.
            _abort.Dispose();
#pragma warning restore VSTHRD103
            _stream?.Dispose();
            _response?.Dispose();
            try
            {
                if (_events is not null)
                {
                    await _events.DisposeAsync().ConfigureAwait(false);
                }
            }
            finally
            {
                if (_response is not null)
                {
                    LogEnd(ended, failure);
                }

                _linked?.Dispose();
                _idle?.Dispose();
                _callerSource?.Dispose();
            }
        }

        private void LogEnd(bool ended, OpenRouterException? failure)
        {
            OpenRouterPipeline pipeline = Pipeline;
            ILogger logger = pipeline.Logger;
            double elapsedMs = pipeline.Time.GetElapsedTime(_started).TotalMilliseconds;
            if (ended)
            {
                OpenRouterLog.StreamCompleted(logger, _progress.Chunks, elapsedMs, _progress.GenerationId);
            }
            else if (failure is not null)
            {
                OpenRouterLog.StreamFailed(logger, failure.GetType().Name, _progress.Chunks, elapsedMs, failure.ErrorCode, failure.GenerationId ?? _progress.GenerationId);
            }
        }
    }
}
