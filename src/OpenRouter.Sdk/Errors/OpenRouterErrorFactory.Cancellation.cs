using System;
using System.IO;
using System.Net.Http;
using System.Threading;

namespace OpenRouter.Sdk;

/// <summary>The cancellation rules, written once for every call, stream and wait.</summary>
internal static partial class OpenRouterErrorFactory
{
    /// <summary>
    /// What a failure that may be a cancellation's doing becomes, or null when no cancellation explains it (the caller
    /// then maps it by its own kind). In order: the caller's cancellation is an <see cref="OperationCanceledException"/>
    /// carrying the caller's own token; the client's disposal is an <see cref="ObjectDisposedException"/>; an SDK timer
    /// that fired is an <see cref="OpenRouterTimeoutException"/> naming its option; and a cancellation nobody here asked
    /// for while headers were awaited is the caller-owned HttpClient's own Timeout.
    /// </summary>
    /// <param name="e">What the call threw.</param>
    /// <param name="caller">The caller's token (for a stream, the one of its two that was cancelled).</param>
    /// <param name="clientDisposed">Whether the client was disposed.</param>
    /// <param name="fired">Which SDK timer fired, if any.</param>
    /// <param name="limit">That timer's limit.</param>
    /// <param name="awaitingHeaders">Whether the call was still waiting for response headers (the HttpClient's Timeout covers only that).</param>
    /// <param name="generationId">The stream's generation id, for a timeout inside a stream.</param>
    public static Exception? FromCancellation(Exception e, CancellationToken caller, bool clientDisposed, SdkTimeout fired, TimeSpan limit,
        bool awaitingHeaders, string? generationId = null)
    {
        if (caller.IsCancellationRequested)
        {
            return e is OperationCanceledException oce && oce.CancellationToken == caller
                ? e
                : new OperationCanceledException(e is OperationCanceledException ? e.Message : "The operation was cancelled.", e, caller);
        }

        if (clientDisposed && IsEndOfLife(e))
        {
            return ClientDisposed();
        }

        // An answer the server really sent (a status error) stays what it is, even if a timer fired as it arrived.
        if (fired != SdkTimeout.None && e is not OpenRouterException { StatusCode: not null })
        {
            return Timeout(fired, limit, e, generationId);
        }

        if (awaitingHeaders && e is OperationCanceledException canceled)
        {
            return HttpClientTimeout(canceled);
        }

        return null;
    }

    /// <summary>The exception a call ended by the client's disposal raises, whether it was in flight or started afterwards.</summary>
    public static ObjectDisposedException ClientDisposed() =>
        new(nameof(OpenRouterClient), "The OpenRouterClient was disposed; calls in flight were cancelled and no new call can start.");

    /// <summary>
    /// Whether a failure seen after the client was disposed is the disposal's doing: its cancellation, or the
    /// transport torn down under the call. An answer the server really sent (a status error) stays what it is.
    /// </summary>
    public static bool IsEndOfLife(Exception e) =>
        e is OperationCanceledException or ObjectDisposedException or HttpRequestException or IOException
            or OpenRouterConnectionException or OpenRouterTimeoutException { StatusCode: null };

    /// <summary>The timeout of one of the SDK's timers, with the option that sets it.</summary>
    public static OpenRouterTimeoutException Timeout(SdkTimeout timer, TimeSpan limit, Exception? inner, string? generationId = null)
    {
        string seconds = limit.TotalSeconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);
        string message = timer switch
        {
            SdkTimeout.Request => $"The request did not complete within {seconds} s (OpenRouterClientOptions.RequestTimeout).",
            SdkTimeout.StreamHeaders => $"No response headers within {seconds} s (OpenRouterClientOptions.StreamResponseTimeout).",
            _ => $"The stream was silent for {seconds} s (OpenRouterClientOptions.StreamIdleTimeout).",
        };
        return new OpenRouterTimeoutException(message, inner)
        {
            Timeout = limit,
            GenerationId = generationId,
        };
    }

    /// <summary>Neither the caller nor the SDK cancelled: a caller-owned HttpClient's own Timeout elapsed.</summary>
    private static OpenRouterTimeoutException HttpClientTimeout(OperationCanceledException e) =>
        new("The HttpClient's own Timeout elapsed before OpenRouter answered; the SDK has its own timeouts (OpenRouterClientOptions), so give the HttpClient passed to OpenRouterClient an infinite Timeout.", e);
}
