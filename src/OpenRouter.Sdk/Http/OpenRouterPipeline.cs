using System;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;

namespace OpenRouter.Sdk.Http;

/// <summary>
/// Sends one HTTP call to OpenRouter: builds the request with its headers, owns the SDK timeouts, maps transport
/// failures and error statuses to exceptions (through <see cref="OpenRouterErrorFactory"/>) and deserializes
/// successful bodies. Retries happen below it, in the HTTP handler.
/// </summary>
internal sealed class OpenRouterPipeline
{
    private static readonly MediaTypeWithQualityHeaderValue AcceptJson = new("application/json");
    private static readonly MediaTypeWithQualityHeaderValue AcceptEventStream = new("text/event-stream");
    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json") { CharSet = "utf-8" };

    private readonly Func<HttpClient> _httpClient;
    private readonly OpenRouterClientOptions _options;
    private readonly string _apiKey;
    private readonly Uri _baseUrl;

    public OpenRouterPipeline(Func<HttpClient> httpClient, OpenRouterClientOptions options)
    {
        _httpClient = httpClient;
        _options = options;
        _apiKey = options.ResolveApiKey()!;
        string root = options.BaseUrl.ToString();
        _baseUrl = root.EndsWith("/", StringComparison.Ordinal) ? options.BaseUrl : new Uri(root + "/");
    }

    public OpenRouterClientOptions Options => _options;

    public string ApiKey => _apiKey;

    public TimeProvider Time => _options.TimeProvider;

    /// <summary>
    /// Sends a call and deserializes its JSON answer within the total request timeout. <c>bodyError</c> returns the
    /// <c>error</c> member of a 200 body that is really an error, if any.
    /// </summary>
    public async Task<T> SendAsync<T>(HttpMethod method, string path, byte[]? body, JsonTypeInfo<T> responseType,
        Func<T, JsonElement?>? bodyError, CancellationToken cancellationToken)
    {
        using CancellationTokenSource? timeout = CreateTimeout(_options.RequestTimeout);
        using CancellationTokenSource linked = Link(cancellationToken, timeout);
        try
        {
            using HttpRequestMessage request = CreateRequest(method, path, body, stream: false);
            using HttpResponseMessage response = await SendCoreAsync(request, linked.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw await OpenRouterErrorFactory.FromResponseAsync(response, _apiKey, Time.GetUtcNow(), linked.Token).ConfigureAwait(false);
            }

            byte[] bytes = await ReadAllAsync(response, linked.Token).ConfigureAwait(false);
            T? value;
            try
            {
                value = JsonSerializer.Deserialize(bytes, responseType);
            }
            catch (JsonException e)
            {
                throw InvalidJson(bytes, e);
            }

            if (value is null)
            {
                throw InvalidJson(bytes, null);
            }

            if (bodyError?.Invoke(value) is { } error)
            {
                throw OpenRouterErrorFactory.FromErrorElement((int)response.StatusCode, error, response, _apiKey, Time.GetUtcNow());
            }

            return value;
        }
        catch (OperationCanceledException e) when (timeout is not null && timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new OpenRouterTimeoutException($"The request did not complete within {_options.RequestTimeout.TotalSeconds:0.###} s (OpenRouterClientOptions.RequestTimeout).", e)
            {
                Timeout = _options.RequestTimeout,
            };
        }
    }

    /// <summary>
    /// Starts a streaming call and returns the response once its headers arrived with a success status.
    /// The caller owns (and disposes) the response.
    /// </summary>
    public async Task<HttpResponseMessage> SendStreamingAsync(string path, byte[] body, CancellationToken cancellationToken)
    {
        using CancellationTokenSource? timeout = CreateTimeout(_options.StreamResponseTimeout);
        using CancellationTokenSource linked = Link(cancellationToken, timeout);
        HttpRequestMessage request = CreateRequest(HttpMethod.Post, path, body, stream: true);
        HttpResponseMessage? response = null;
        try
        {
            response = await SendCoreAsync(request, linked.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw await OpenRouterErrorFactory.FromResponseAsync(response, _apiKey, Time.GetUtcNow(), linked.Token).ConfigureAwait(false);
            }

            HttpResponseMessage started = response;
            response = null;
            return started;
        }
        catch (OperationCanceledException e) when (timeout is not null && timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new OpenRouterTimeoutException($"No response headers within {_options.StreamResponseTimeout.TotalSeconds:0.###} s (OpenRouterClientOptions.StreamResponseTimeout).", e)
            {
                Timeout = _options.StreamResponseTimeout,
            };
        }
        finally
        {
            response?.Dispose();
            request.Dispose();
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

    private static CancellationTokenSource Link(CancellationToken token, CancellationTokenSource? timeout) =>
        timeout is null
            ? CancellationTokenSource.CreateLinkedTokenSource(token)
            : CancellationTokenSource.CreateLinkedTokenSource(token, timeout.Token);

    private async Task<HttpResponseMessage> SendCoreAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await _httpClient().SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            throw new OpenRouterConnectionException($"Could not reach OpenRouter at {_baseUrl.Host}: {SecretRedactor.Redact(e.Message, _apiKey)}", e);
        }
        catch (OpenRouterException)
        {
            throw;
        }
        catch (IOException e)
        {
            throw new OpenRouterConnectionException($"The connection to {_baseUrl.Host} failed: {SecretRedactor.Redact(e.Message, _apiKey)}", e);
        }

        int status = (int)response.StatusCode;
        if (status is >= 300 and < 400)
        {
            // Redirects are never followed: the Authorization header must not travel to another origin.
            using (response)
            {
                throw new OpenRouterException($"OpenRouter answered with a redirect (HTTP {status}); redirects are not followed so the API key never reaches another address. Check OpenRouterClientOptions.BaseUrl.")
                {
                    StatusCode = status,
                    GenerationId = OpenRouterErrorFactory.GenerationIdOf(response),
                };
            }
        }

        return response;
    }

    private HttpRequestMessage CreateRequest(HttpMethod method, string path, byte[]? body, bool stream)
    {
        var request = new HttpRequestMessage(method, new Uri(_baseUrl, path));
        HttpRequestHeaders headers = request.Headers;
        headers.Authorization = new AuthenticationHeaderValue("Bearer", _apiKey);
        headers.Accept.Add(stream ? AcceptEventStream : AcceptJson);
        headers.TryAddWithoutValidation("User-Agent", UserAgent.Value);
        if (!string.IsNullOrWhiteSpace(_options.HttpReferer))
        {
            headers.TryAddWithoutValidation("HTTP-Referer", _options.HttpReferer);
        }

        if (!string.IsNullOrWhiteSpace(_options.AppTitle))
        {
            headers.TryAddWithoutValidation("X-OpenRouter-Title", _options.AppTitle);
            headers.TryAddWithoutValidation("X-Title", _options.AppTitle);
        }

        if (!string.IsNullOrWhiteSpace(_options.AppCategories))
        {
            headers.TryAddWithoutValidation("X-OpenRouter-Categories", _options.AppCategories);
        }

        if (body is not null)
        {
            var content = new ByteArrayContent(body);
            content.Headers.ContentType = JsonContentType;
            request.Content = content;
        }

        return request;
    }

    private static async Task<byte[]> ReadAllAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
#if NET
            return await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
#else
            using (cancellationToken.Register(static r => ((HttpResponseMessage)r!).Dispose(), response))
            {
                return await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
            }
#endif
        }
        catch (Exception e) when ((e is IOException or HttpRequestException or ObjectDisposedException) && !cancellationToken.IsCancellationRequested)
        {
            throw new OpenRouterConnectionException("The connection dropped while the response body was being read.", e);
        }
    }

    private OpenRouterInvalidResponseException InvalidJson(byte[] body, Exception? inner) =>
        new($"OpenRouter sent a response that is not the expected JSON: {OpenRouterErrorFactory.Excerpt(System.Text.Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 512)), _apiKey)}", inner)
        {
            ResponseBody = OpenRouterErrorFactory.Excerpt(System.Text.Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, OpenRouterErrorFactory.MaxExcerptChars)), _apiKey),
        };
}
