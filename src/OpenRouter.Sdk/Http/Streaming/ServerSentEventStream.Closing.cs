using System;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using OpenRouter.Sdk.Logging;

namespace OpenRouter.Sdk.Http.Streaming;

/// <summary>How an enumeration ends: the drain after a success, the release of the connection, the log record.</summary>
internal abstract partial class ServerSentEventStream<T>
{
    /// <summary>How long the end of a body is awaited after the end marker before the connection is closed instead.</summary>
    private static readonly TimeSpan DrainTimeLimit = TimeSpan.FromMilliseconds(250);

    /// <summary>How many bytes after the end marker are read at most before the connection is closed instead.</summary>
    private const int DrainByteLimit = 16 * 1024;

    private sealed partial class Enumerator
    {
        /// <summary>
        /// After the end marker the body's own end (the chunked terminator) may still be on its way. Reading it, within
        /// a few kilobytes and a fraction of a second, lets the connection go back to the pool instead of being closed,
        /// so the next call does not pay for a new connection (a TLS handshake). It runs on the real clock on purpose:
        /// a test's frozen clock must not stall the end of a stream.
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
            IStreamProgress progress = _reader.Progress;
            double elapsedMs = pipeline.Time.GetElapsedTime(_started).TotalMilliseconds;
            if (ended)
            {
                OpenRouterLog.StreamCompleted(logger, progress.Chunks, elapsedMs, progress.GenerationId);
            }
            else if (failure is not null)
            {
                OpenRouterLog.StreamFailed(logger, failure.GetType().Name, progress.Chunks, elapsedMs, failure.ErrorCode, failure.GenerationId ?? progress.GenerationId);
            }
        }
    }
}
