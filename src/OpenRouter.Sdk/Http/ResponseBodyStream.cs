using System;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace OpenRouter.Sdk.Http;

/// <summary>
/// The body of a response read as bytes (speech audio, file contents), straight from the connection and never
/// buffered whole. It owns the response. Reads run under <see cref="OpenRouterClientOptions.StreamIdleTimeout"/> (the
/// timer runs only while a read waits for the network), end with the call's token, the read's token or the client's
/// disposal, and fail with the SDK's exceptions: a dropped connection is an <see cref="OpenRouterConnectionException"/>,
/// a silent server an <see cref="OpenRouterTimeoutException"/> naming its option.
/// </summary>
internal sealed class ResponseBodyStream : Stream
{
    private readonly OpenRouterPipeline _pipeline;
    private readonly HttpResponseMessage _response;
    private readonly IdleTimeoutStream _body;
    private readonly CancellationTokenSource? _idle;
    private readonly CancellationTokenSource _linked;
    private readonly CancellationToken _callToken;
    private readonly string? _generationId;
    private readonly CancellationTokenRegistration _abort;
    private int _disposed;

    private ResponseBodyStream(OpenRouterPipeline pipeline, HttpResponseMessage response, Stream raw, CancellationTokenSource? idle,
        CancellationTokenSource linked, CancellationToken callToken)
    {
        _pipeline = pipeline;
        _response = response;
        _idle = idle;
        _linked = linked;
        _callToken = callToken;
        _generationId = OpenRouterErrorFactory.GenerationIdOf(response, pipeline.Secrets);
        _body = new IdleTimeoutStream(raw, idle, pipeline.Options.StreamIdleTimeout);

        // A blocked read must end promptly on cancellation even where the transport ignores the token.
        _abort = linked.Token.Register(static s => ((Stream)s!).Dispose(), _body);
    }

    /// <summary>The generation id of the response (<c>X-Generation-Id</c>), if the server sent one.</summary>
    public string? GenerationId => _generationId;

    /// <summary>
    /// Opens the body of <paramref name="response"/> (which it then owns, also when opening fails).
    /// <paramref name="callToken"/> keeps cancelling the reads until the stream is disposed.
    /// </summary>
    public static async Task<ResponseBodyStream> OpenAsync(OpenRouterPipeline pipeline, HttpResponseMessage response, CancellationToken callToken)
    {
        CancellationTokenSource? idle = null;
        CancellationTokenSource? linked = null;
        try
        {
            // The idle clock starts once headers are in; the wait for them was StreamResponseTimeout's.
            idle = pipeline.CreateTimeout(pipeline.Options.StreamIdleTimeout);
            linked = idle is null
                ? CancellationTokenSource.CreateLinkedTokenSource(callToken, pipeline.Lifetime.Token)
                : CancellationTokenSource.CreateLinkedTokenSource(callToken, idle.Token, pipeline.Lifetime.Token);
#if NET
            Stream raw = await response.Content.ReadAsStreamAsync(linked.Token).ConfigureAwait(false);
#else
            Stream raw = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
#endif
            return new ResponseBodyStream(pipeline, response, raw, idle, linked, callToken);
        }
        catch (Exception e)
        {
            response.Dispose();
            linked?.Dispose();
            idle?.Dispose();
            Exception failure = OpenRouterErrorFactory.FromCancellation(e, callToken, pipeline.Lifetime.IsDisposed, SdkTimeout.None,
                pipeline.Options.StreamIdleTimeout, awaitingHeaders: false) ?? (e is IOException or HttpRequestException ? OpenRouterErrorFactory.BodyDropped(e) : e);
            if (ReferenceEquals(failure, e))
            {
                throw;
            }

            throw failure;
        }
    }

    public override bool CanRead => Volatile.Read(ref _disposed) == 0;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException("The length of a streamed body is not known; read it to its end.");

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        try
        {
            return await _body.ReadAsync(buffer, offset, count, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            Exception failure = Map(e, cancellationToken);
            if (ReferenceEquals(failure, e))
            {
                throw;
            }

            throw failure;
        }
    }

#if NET
    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        try
        {
            return await _body.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            Exception failure = Map(e, cancellationToken);
            if (ReferenceEquals(failure, e))
            {
                throw;
            }

            throw failure;
        }
    }
#endif

    public override int Read(byte[] buffer, int offset, int count) =>
        throw new NotSupportedException("A streamed response body is read asynchronously: use ReadAsync or CopyToAsync.");

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _abort.Dispose();
            _body.Dispose();
            _response.Dispose();
            _linked.Dispose();
            _idle?.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>What a failed read becomes; <paramref name="e"/> itself when it stays.</summary>
    private Exception Map(Exception e, CancellationToken readToken)
    {
        if (readToken.IsCancellationRequested)
        {
            return e is OperationCanceledException oce && oce.CancellationToken == readToken ? e : new OperationCanceledException("The read was cancelled.", e, readToken);
        }

        if (Volatile.Read(ref _disposed) != 0)
        {
            return new ObjectDisposedException(nameof(SpeechAudio), "The streamed body was disposed.");
        }

        SdkTimeout fired = _idle is not null && _idle.IsCancellationRequested ? SdkTimeout.StreamIdle : SdkTimeout.None;
        return OpenRouterErrorFactory.FromCancellation(e, _callToken, _pipeline.Lifetime.IsDisposed, fired, _pipeline.Options.StreamIdleTimeout,
                awaitingHeaders: false, _generationId)
            ?? (e is IOException or HttpRequestException or ObjectDisposedException ? OpenRouterErrorFactory.BodyDropped(e) : e);
    }
}
