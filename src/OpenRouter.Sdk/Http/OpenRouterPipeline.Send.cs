using System;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using Polly;

namespace OpenRouter.Sdk.Http;

/// <summary>Sending a call within the SDK's timeouts, and what its failures become.</summary>
internal sealed partial class OpenRouterPipeline
{
    /// <summary>
    /// Sends a call and deserializes its JSON answer within the total request timeout. <c>bodyError</c> returns the
    /// <c>error</c> member of a 200 body that is really an error, if any.
    /// </summary>
    public Task<T> SendAsync<T>(HttpMethod method, ApiPath path, byte[]? body, JsonTypeInfo<T> responseType,
        Func<T, JsonElement?>? bodyError, CancellationToken cancellationToken) =>
        SendAsync(method, path, body, bytes => JsonSerializer.Deserialize(bytes, responseType), bodyError, OpenRouterCredential.ApiKey, cancellationToken);

    /// <summary>As above, sent with the given one of the client's two keys.</summary>
    public Task<T> SendAsync<T>(HttpMethod method, ApiPath path, byte[]? body, JsonTypeInfo<T> responseType,
        Func<T, JsonElement?>? bodyError, OpenRouterCredential credential, CancellationToken cancellationToken) =>
        SendAsync(method, path, body, bytes => JsonSerializer.Deserialize(bytes, responseType), bodyError, credential, cancellationToken);

    /// <summary>
    /// Sends a call and reads its JSON answer with <paramref name="read"/> (which throws <see cref="JsonException"/>
    /// for a body it cannot read) within the total request timeout.
    /// </summary>
    public Task<T> SendAsync<T>(HttpMethod method, ApiPath path, byte[]? body, Func<byte[], T?> read,
        Func<T, JsonElement?>? bodyError, CancellationToken cancellationToken) =>
        SendAsync(method, path, body, read, bodyError, OpenRouterCredential.ApiKey, cancellationToken);

    /// <summary>As above, sent with the given one of the client's two keys.</summary>
    public Task<T> SendAsync<T>(HttpMethod method, ApiPath path, byte[]? body, Func<byte[], T?> read,
        Func<T, JsonElement?>? bodyError, OpenRouterCredential credential, CancellationToken cancellationToken) =>
        SendAsync(method, path, body, read, bodyError, credential, headers: null, cancellationToken);

    /// <summary>As above, with the call's own <paramref name="headers"/> (from its <see cref="OpenRouterRequestOptions"/>) on every attempt.</summary>
    public Task<T> SendAsync<T>(HttpMethod method, ApiPath path, byte[]? body, JsonTypeInfo<T> responseType,
        Func<T, JsonElement?>? bodyError, RequestHeaders? headers, CancellationToken cancellationToken) =>
        SendAsync(method, path, body, bytes => JsonSerializer.Deserialize(bytes, responseType), bodyError, OpenRouterCredential.ApiKey, headers, cancellationToken);

    /// <summary>As above, with the call's own <paramref name="headers"/> (from its <see cref="OpenRouterRequestOptions"/>) on every attempt.</summary>
    public async Task<T> SendAsync<T>(HttpMethod method, ApiPath path, byte[]? body, Func<byte[], T?> read,
        Func<T, JsonElement?>? bodyError, OpenRouterCredential credential, RequestHeaders? headers, CancellationToken cancellationToken)
    {
        _lifetime.ThrowIfDisposed();
        KeySource? key = KeyFor(credential, method, path);
        var state = new OpenRouterRequestState(_retry, attemptHeadersTimeout: null, _logger, Time, _options.RequestTimeout);
        var call = new CallLog(_logger, Time, method, path.Value, body, stream: false);
        using CancellationTokenSource? timeout = CreateTimeout(_options.RequestTimeout);

        // One source for the call: the timer's (or a plain one when there is no limit but a caller token), which the
        // caller's token and the client's disposal also cancel. Without either, the client's own token is enough.
        using CancellationTokenSource? plain = timeout is null && cancellationToken.CanBeCanceled ? new CancellationTokenSource() : null;
        CancellationTokenSource? source = timeout ?? plain;
        using CancellationTokenRegistration callerLink = source is not null && cancellationToken.CanBeCanceled
            ? cancellationToken.Register(static t => ((CancellationTokenSource)t!).Cancel(), source)
            : default;
        using CancellationTokenRegistration lifetimeLink = source is not null
            ? _lifetime.Token.Register(static t => ((CancellationTokenSource)t!).Cancel(), source)
            : default;
        CancellationToken token = source?.Token ?? _lifetime.Token;
        try
        {
            AuthenticationHeaderValue? authorization = await AuthorizationAsync(key, token).ConfigureAwait(false);
            using HttpRequestMessage request = CreateRequest(method, path, body, stream: false, authorization, headers);
            state.MakeCurrent();
            using HttpResponseMessage response = await SendCoreAsync(request, state, token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                OpenRouterException failure = await OpenRouterErrorFactory.FromResponseAsync(response, _secrets, Time.GetUtcNow(), token).ConfigureAwait(false);
                throw credential == OpenRouterCredential.ManagementKey
                    ? OpenRouterErrorFactory.ForManagementOperation(failure, method.Method + " /" + path.WithoutQuery())
                    : failure;
            }

            // Read here rather than in ReadBodyAsync: one async frame less on every call.
            T value = ParseBody(await ReadAllAsync(response, token).ConfigureAwait(false), read, token);
            if (bodyError?.Invoke(value) is { } error)
            {
                throw OpenRouterErrorFactory.FromErrorElement((int)response.StatusCode, error, response, _secrets, Time.GetUtcNow());
            }

            call.Completed((int)response.StatusCode, state, OpenRouterErrorFactory.GenerationIdOf(response, _secrets) ?? (value as ChatCompletion)?.Id);
            SetResponseCache(value, response);
            return value;
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

    /// <summary>
    /// Starts a streaming call and returns the response once its headers arrived with a success status.
    /// The caller owns (and disposes) the response.
    /// </summary>
    /// <remarks>The call's own <paramref name="headers"/> (from its <see cref="OpenRouterRequestOptions"/>), if any, go on every attempt.</remarks>
    public Task<HttpResponseMessage> SendStreamingAsync(ApiPath path, byte[] body, RequestHeaders? headers, CancellationToken cancellationToken) =>
        StartResponseAsync(HttpMethod.Post, path, body, accept: null, headers, cancellationToken);

    /// <summary>
    /// Sends a call whose body is read as it arrives and returns the response once its headers arrived with a success
    /// status, within <see cref="OpenRouterClientOptions.StreamResponseTimeout"/> (per attempt when the resilience
    /// pipeline is in the chain). <paramref name="accept"/> null asks for an event stream; otherwise it is the media
    /// type asked for, and a 2xx answer in JSON instead is read whole as an error.
    /// </summary>
    private async Task<HttpResponseMessage> StartResponseAsync(HttpMethod method, ApiPath path, byte[]? body, string? accept,
        RequestHeaders? headers, CancellationToken cancellationToken)
    {
        TimeSpan limit = _options.StreamResponseTimeout;
        _lifetime.ThrowIfDisposed();
        KeySource? key = KeyFor(OpenRouterCredential.ApiKey, method, path);
        var state = new OpenRouterRequestState(_retry, limit == Timeout.InfiniteTimeSpan ? null : limit, _logger, Time, callTimeout: null);
        var call = new CallLog(_logger, Time, method, path.Value, body, stream: true);
        using CancellationTokenSource linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _lifetime.Token);

        // With the SDK's resilience pipeline in the chain the limit applies to each attempt (and a timed-out attempt is
        // retried); the pipeline claims it. Without it this timer enforces it for the single attempt.
        using CancellationTokenSource? headersTimer = CreateTimeout(limit);
        bool timedOut = false;
        using CancellationTokenRegistration fallback = headersTimer?.Token.Register(() =>
        {
            if (!state.HeadersTimeoutClaimed)
            {
                timedOut = true;
                try
                {
                    linked.Cancel();
                }
                catch (ObjectDisposedException)
                {
                }
            }
        }) ?? default;

        HttpRequestMessage? request = null;
        HttpResponseMessage? response = null;
        try
        {
            AuthenticationHeaderValue? authorization = await AuthorizationAsync(key, linked.Token).ConfigureAwait(false);
            request = CreateRequest(method, path, body, stream: accept is null, authorization, headers);
            if (accept is not null)
            {
                request.Headers.Remove("Accept");
                request.Headers.TryAddWithoutValidation("Accept", accept);
            }
            state.MakeCurrent();
            response = await SendCoreAsync(request, state, linked.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw await OpenRouterErrorFactory.FromResponseAsync(response, _secrets, Time.GetUtcNow(), linked.Token).ConfigureAwait(false);
            }

            if (accept is not null && response.Content.Headers.ContentType?.MediaType is { } mediaType && mediaType.EndsWith("json", StringComparison.OrdinalIgnoreCase))
            {
                // A 200 in JSON where bytes were asked for: OpenRouter answers this way when a request fails before
                // the body starts (an error object), so it is read whole, as an error.
                throw await OpenRouterErrorFactory.FromJsonInsteadOfStreamAsync(response, _secrets, Time.GetUtcNow(), linked.Token).ConfigureAwait(false);
            }

            call.Completed((int)response.StatusCode, state, OpenRouterErrorFactory.GenerationIdOf(response, _secrets));
            HttpResponseMessage started = response;
            response = null;
            return started;
        }
        catch (Exception e)
        {
            Exception failure = OpenRouterErrorFactory.FromCancellation(e, cancellationToken, _lifetime.IsDisposed,
                timedOut ? SdkTimeout.StreamHeaders : SdkTimeout.None, limit, awaitingHeaders: true) ?? e;
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

    /// <summary>The response cache's headers, on the answers that surface them (<see cref="ResponseCacheInfo"/>).</summary>
    private static void SetResponseCache<T>(T value, HttpResponseMessage response)
    {
        if (value is ChatCompletion completion)
        {
            completion.ResponseCache = ResponseCacheInfo.From(response);
        }
        else if (value is OpenRouterResponse answer)
        {
            answer.ResponseCache = ResponseCacheInfo.From(response);
        }
    }

    /// <summary>A timer that cancels when <paramref name="limit"/> passes on the configured clock, or null for infinite.</summary>
    public CancellationTokenSource? CreateTimeout(TimeSpan limit)
    {
        if (limit == Timeout.InfiniteTimeSpan)
        {
            return null;
        }

#if NET8_0_OR_GREATER
        return new CancellationTokenSource(limit, Time);
#else
        return Time.CreateCancellationTokenSource(limit);
#endif
    }

    private async Task<HttpResponseMessage> SendCoreAsync(HttpRequestMessage request, OpenRouterRequestState state, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await _httpClient().SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            throw OpenRouterErrorFactory.SendFailed(_baseUrl.Host, e, _secrets);
        }
        catch (ExecutionRejectedException e)
        {
            // A resilience strategy (the SDK's or one added to the chain) refused or cut the request: never a Polly exception for the caller.
            throw OpenRouterErrorFactory.FromRejection(e, state.AttemptTimedOut ? state.AttemptHeadersTimeout : null, state.PermitRefused,
                _options.RateLimit, _options.CircuitBreaker);
        }

        int status = (int)response.StatusCode;
        if (status is >= 300 and < 400)
        {
            // Redirects are never followed: the Authorization header must not travel to another origin.
            using (response)
            {
                throw OpenRouterErrorFactory.Redirect(response, _secrets);
            }
        }

        return response;
    }
}
