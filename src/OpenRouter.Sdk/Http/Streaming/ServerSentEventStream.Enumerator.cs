using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using OpenRouter.Sdk.Internal;

namespace OpenRouter.Sdk.Http.Streaming;

/// <summary>One enumeration: its request, its connection and timers, and the hand-written steps over the parser.</summary>
internal abstract partial class ServerSentEventStream<T>
{
    private sealed partial class Enumerator : IAsyncEnumerator<T>
    {
        private readonly ServerSentEventStream<T> _owner;
        private readonly ServerSentEventReader<T> _reader;
        private readonly T _skip;
        private readonly CancellationTokenSource? _callerSource;
        private readonly CancellationToken _caller;
        private readonly CancellationToken _enumerationToken;
        private State _state;
        private HttpResponseMessage? _response;
        private CancellationTokenSource? _idle;
        private CancellationTokenSource? _linked;
        private IdleTimeoutStream? _stream;
        private CancellationTokenRegistration _abort;
        private IAsyncEnumerator<SseItem<T?>>? _events;
        private long _started;
        private T? _current;

        public Enumerator(ServerSentEventStream<T> owner, ServerSentEventReader<T> reader, CancellationToken cancellationToken)
        {
            _owner = owner;
            _reader = reader;
            _skip = reader.Skip;
            _enumerationToken = cancellationToken;

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

            /// <summary>The last item (a terminal event) was handed out; the next step ends the stream as a success.</summary>
            Finishing,
            Ended,
        }

        public T Current => _current!;

        private OpenRouterPipeline Pipeline => _owner.Pipeline;

        [MethodImpl(HotPath.Options)]
        public ValueTask<bool> MoveNextAsync()
        {
            if (_state != State.Streaming)
            {
                return _state switch
                {
                    State.NotStarted => StartAndMoveNextAsync(),
                    State.Finishing => FinishAsync(),
                    _ => new ValueTask<bool>(false),
                };
            }

            // The synchronous path: an event that was already buffered is parsed and handed out here, without a
            // state machine. Anything else (a pending read, the end, an error) goes through MoveNextSlowAsync.
            while (true)
            {
                // Cancelled or disposed while the caller held the last item: nothing buffered is handed out after it.
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
                T? item = more ? _events!.Current.Data : null;
                if (ReferenceEquals(item, _skip))
                {
                    continue;
                }

                if (item is null)
                {
                    return MoveNextSlowAsync(new ValueTask<bool>(more));
                }

                ServerSentEventStep step = _reader.Accept(item);
                if (step == ServerSentEventStep.Fail)
                {
                    return FailAsync(item);
                }

                if (step == ServerSentEventStep.YieldAndEnd)
                {
                    _state = State.Finishing;
                }

                _current = item;
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
            await _owner.BeforeSendAsync(_caller).ConfigureAwait(false);
            _response = await pipeline.SendStreamingAsync(_owner._path, _owner._body, _owner._headers, _caller).ConfigureAwait(false);
            _reader.Started(_response);

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
                throw await OpenRouterErrorFactory.FromJsonInsteadOfStreamAsync(_response, pipeline.Secrets, pipeline.Time.GetUtcNow(), _linked.Token).ConfigureAwait(false);
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
                throw OpenRouterErrorFactory.StreamNotOpened(_reader.Progress, e);
            }

            _stream = new IdleTimeoutStream(raw, _idle, idleLimit);

            // A blocked read must end promptly on cancellation even where the transport ignores the token.
            _abort = _linked.Token.Register(static s => ((Stream)s!).Dispose(), _stream);
            _events = SseParser.Create(_stream, ParseEvent).EnumerateAsync(_linked.Token).GetAsyncEnumerator(_linked.Token);
        }

        /// <summary>Parses one event's data: null for <c>[DONE]</c>, otherwise what the reader makes of it.</summary>
        [MethodImpl(HotPath.Options)]
        private T? ParseEvent(string eventType, ReadOnlySpan<byte> data) =>
            data.SequenceEqual("[DONE]"u8) ? null : _reader.Read(eventType, data);

        /// <summary>The parser's next step; a synchronous throw becomes a faulted step so that one place maps it.</summary>
        [MethodImpl(HotPath.Options)]
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

                T? item = more ? _events!.Current.Data : null;
                if (ReferenceEquals(item, _skip))
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

                if (item is null)
                {
                    // [DONE] (more is true) or the end of the body (more is false), which is a failure: the stream's
                    // own end marker never came.
                    if (more)
                    {
                        return await FinishAsync().ConfigureAwait(false);
                    }

                    OpenRouterException broken = _reader.EndedEarly();
                    _state = State.Ended;
                    await CloseAsync(ended: false, failure: broken).ConfigureAwait(false);
                    throw broken;
                }

                ServerSentEventStep step = _reader.Accept(item);
                if (step == ServerSentEventStep.Fail)
                {
                    return await FailAsync(item).ConfigureAwait(false);
                }

                if (step == ServerSentEventStep.YieldAndEnd)
                {
                    _state = State.Finishing;
                }

                _current = item;
                return true;
            }
        }

        /// <summary>Ends the stream as a success: the rest of the body is drained so the connection can be reused.</summary>
        private async ValueTask<bool> FinishAsync()
        {
            _state = State.Ended;
            await DrainAsync().ConfigureAwait(false);
            await CloseAsync(ended: true, failure: null).ConfigureAwait(false);
            return false;
        }

        /// <summary>Ends the stream with its error event's exception.</summary>
        private async ValueTask<bool> FailAsync(T item)
        {
            OpenRouterException error = _reader.Failure(item);
            _state = State.Ended;
            await CloseAsync(ended: false, failure: error).ConfigureAwait(false);
            throw error;
        }

        /// <summary>Turns what a read threw into what the caller sees; returns <paramref name="e"/> itself when it stays.</summary>
        private Exception Map(Exception e)
        {
            OpenRouterPipeline pipeline = Pipeline;
            SdkTimeout fired = _idle is not null && _idle.IsCancellationRequested ? SdkTimeout.StreamIdle : SdkTimeout.None;
            return OpenRouterErrorFactory.FromCancellation(e, CallerToken(), pipeline.Lifetime.IsDisposed, fired, pipeline.Options.StreamIdleTimeout,
                    awaitingHeaders: false, _reader.Progress.GenerationId)
                ?? OpenRouterErrorFactory.FromStreamRead(e, _reader.Progress, _response, pipeline.Secrets);
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
    }
}
