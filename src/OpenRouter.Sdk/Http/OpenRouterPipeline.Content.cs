using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;

namespace OpenRouter.Sdk.Http;

/// <summary>
/// Calls whose bodies are not JSON bytes: a success answer that is content (a video, a file) handed to the caller as
/// a stream, and a request whose body is an <see cref="HttpContent"/> the caller's stream feeds (a multipart upload).
/// Same keys, timeouts, error mapping and call records as <c>SendAsync</c>.
/// </summary>
internal sealed partial class OpenRouterPipeline
{
    /// <summary>
    /// Sends <c>GET</c> <paramref name="path"/> and returns its success body as content to stream, once the headers
    /// arrived within <see cref="OpenRouterClientOptions.RequestTimeout"/>. Each later read waits at most
    /// <see cref="OpenRouterClientOptions.StreamIdleTimeout"/> for bytes. The caller owns (and disposes) the result.
    /// </summary>
    public async Task<OpenRouterContent> SendForContentAsync(ApiPath path, OpenRouterCredential credential, CancellationToken cancellationToken)
    {
        HttpMethod method = HttpMethod.Get;
        _lifetime.ThrowIfDisposed();
        KeySource? key = KeyFor(credential, method, path);
        var state = new OpenRouterRequestState(_retry, attemptHeadersTimeout: null, _logger, Time, _options.RequestTimeout);
        var call = new CallLog(_logger, Time, method, path.Value, null, stream: true);
        TimeSpan limit = _options.RequestTimeout;
        using CancellationTokenSource linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _lifetime.Token);
        using CancellationTokenSource? headersTimer = CreateTimeout(limit);
        using CancellationTokenRegistration timerLink = headersTimer?.Token.Register(static l => Cancel((CancellationTokenSource)l!), linked) ?? default;

        HttpRequestMessage? request = null;
        HttpResponseMessage? response = null;
        try
        {
            AuthenticationHeaderValue? authorization = await AuthorizationAsync(key, linked.Token).ConfigureAwait(false);
            request = CreateRequest(method, path, null, stream: false, authorization);
            request.Headers.Accept.Clear();
            request.Headers.TryAddWithoutValidation("Accept", "*/*");
            state.MakeCurrent();
            response = await SendCoreAsync(request, state, linked.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                OpenRouterException failure = await OpenRouterErrorFactory.FromResponseAsync(response, _secrets, Time.GetUtcNow(), linked.Token).ConfigureAwait(false);
                throw credential == OpenRouterCredential.ManagementKey
                    ? OpenRouterErrorFactory.ForManagementOperation(failure, method.Method + " /" + path.WithoutQuery())
                    : failure;
            }

            call.Completed((int)response.StatusCode, state, OpenRouterErrorFactory.GenerationIdOf(response, _secrets));
            var body = await ContentReadStream.OpenAsync(response, this, cancellationToken).ConfigureAwait(false);
            var content = new OpenRouterContent(body, response);
            response = null;
            return content;
        }
        catch (Exception e)
        {
            SdkTimeout fired = headersTimer is not null && headersTimer.IsCancellationRequested ? SdkTimeout.Request : SdkTimeout.None;
            Exception failure = OpenRouterErrorFactory.FromCancellation(e, cancellationToken, _lifetime.IsDisposed, fired, limit, awaitingHeaders: true) ?? e;
            call.Failed(failure, state);
            if (ReferenceEquals(failure, e))
            {
                throw;
            }

            throw failure;
        }
        finally
        {
            response?.Dispose();
            request?.Dispose();
        }
    }

    /// <summary>
    /// Sends <paramref name="content"/> (a multipart body, say) and reads the JSON answer within the total request
    /// timeout. A body that cannot be sent twice (<paramref name="resendable"/> false: it reads a stream that cannot
    /// seek back) is never retried: the call is made once, whatever the retry settings say. The caller keeps
    /// ownership of what <paramref name="content"/> reads.
    /// </summary>
    public async Task<T> SendContentAsync<T>(HttpMethod method, ApiPath path, HttpContent content, bool resendable, JsonTypeInfo<T> responseType,
        Func<T, JsonElement?>? bodyError, OpenRouterCredential credential, CancellationToken cancellationToken)
    {
        _lifetime.ThrowIfDisposed();
        KeySource? key = KeyFor(credential, method, path);
        var state = new OpenRouterRequestState(resendable ? _retry : WithoutRetries(), attemptHeadersTimeout: null, _logger, Time, _options.RequestTimeout);
        var call = new CallLog(_logger, Time, method, path.Value, null, stream: false);
        using CancellationTokenSource? timeout = CreateTimeout(_options.RequestTimeout);
        using CancellationTokenSource linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _lifetime.Token);
        using CancellationTokenRegistration timerLink = timeout?.Token.Register(static l => Cancel((CancellationTokenSource)l!), linked) ?? default;
        CancellationToken token = linked.Token;
        try
        {
            AuthenticationHeaderValue? authorization = await AuthorizationAsync(key, token).ConfigureAwait(false);
            using HttpRequestMessage request = CreateRequest(method, path, null, stream: false, authorization);
            request.Content = content;
            state.MakeCurrent();
            try
            {
                using HttpResponseMessage response = await SendCoreAsync(request, state, token).ConfigureAwait(false);
                if (!response.IsSuccessStatusCode)
                {
                    OpenRouterException failure = await OpenRouterErrorFactory.FromResponseAsync(response, _secrets, Time.GetUtcNow(), token).ConfigureAwait(false);
                    throw credential == OpenRouterCredential.ManagementKey
                        ? OpenRouterErrorFactory.ForManagementOperation(failure, method.Method + " /" + path.WithoutQuery())
                        : failure;
                }

                T value = await ReadBodyAsync(response, bytes => JsonSerializer.Deserialize(bytes, responseType), token).ConfigureAwait(false);
                if (bodyError?.Invoke(value) is { } error)
                {
                    throw OpenRouterErrorFactory.FromErrorElement((int)response.StatusCode, error, response, _secrets, Time.GetUtcNow());
                }

                call.Completed((int)response.StatusCode, state, OpenRouterErrorFactory.GenerationIdOf(response, _secrets));
                return value;
            }
            finally
            {
                // The content belongs to the caller's call; disposing the request must not dispose what it reads.
                request.Content = null;
            }
        }
        catch (Exception e)
        {
            SdkTimeout fired = timeout is not null && timeout.IsCancellationRequested ? SdkTimeout.Request : SdkTimeout.None;
            Exception failure = OpenRouterErrorFactory.FromCancellation(e, cancellationToken, _lifetime.IsDisposed, fired, _options.RequestTimeout, awaitingHeaders: true) ?? e;
            call.Failed(failure, state);
            if (ReferenceEquals(failure, e))
            {
                throw;
            }

            throw failure;
        }
    }

    /// <summary>The retry rules of a call that must be sent once: the client's settings with retries off.</summary>
    private RetrySettings WithoutRetries()
    {
        OpenRouterClientOptions once = _options.Clone();
        once.EnableRetries = false;
        return new RetrySettings(once);
    }

    private static void Cancel(CancellationTokenSource source)
    {
        try
        {
            source.Cancel();
        }
        catch (ObjectDisposedException)
        {
        }
    }
}
