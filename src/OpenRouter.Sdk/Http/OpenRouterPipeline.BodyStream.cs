using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace OpenRouter.Sdk.Http;

/// <summary>Calls whose success body is not JSON but bytes read as a stream (audio, file contents).</summary>
internal sealed partial class OpenRouterPipeline
{
    /// <summary>
    /// Sends a call whose success body is read as a stream, asking for <paramref name="accept"/>, and returns the
    /// response once its headers arrived with a success status (within
    /// <see cref="OpenRouterClientOptions.StreamResponseTimeout"/>, like an event stream). A non-2xx answer, and a 2xx
    /// answer in JSON (an error object where the body was expected), become the SDK's exceptions. The caller owns (and
    /// disposes) the response; <see cref="ResponseBodyStream"/> reads it within the idle timeout.
    /// </summary>
    public async Task<HttpResponseMessage> SendForBodyStreamAsync(HttpMethod method, ApiPath path, byte[]? body, string accept, CancellationToken cancellationToken)
    {
        TimeSpan limit = _options.StreamResponseTimeout;
        _lifetime.ThrowIfDisposed();
        KeySource? key = KeyFor(OpenRouterCredential.ApiKey, method, path);
        var state = new OpenRouterRequestState(_retry, limit == Timeout.InfiniteTimeSpan ? null : limit, _logger, Time, callTimeout: null);
        var call = new CallLog(_logger, Time, method, path.Value, body, stream: true);
        using CancellationTokenSource linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _lifetime.Token);

        // As for an event stream: the resilience handler claims the limit per attempt; without it this timer does.
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
            request = CreateRequest(method, path, body, stream: false, authorization);
            request.Headers.Remove("Accept");
            request.Headers.TryAddWithoutValidation("Accept", accept);
            state.MakeCurrent();
            response = await SendCoreAsync(request, state, linked.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw await OpenRouterErrorFactory.FromResponseAsync(response, _secrets, Time.GetUtcNow(), linked.Token).ConfigureAwait(false);
            }

            if (response.Content.Headers.ContentType?.MediaType is { } mediaType && mediaType.EndsWith("json", StringComparison.OrdinalIgnoreCase))
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
}
