using System;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using OpenRouter.Sdk.Logging;

namespace OpenRouter.Sdk.Http;

/// <summary>
/// Sends one HTTP call to OpenRouter: builds the request with its headers, owns the SDK timeouts, maps transport
/// failures and error statuses to exceptions (through <see cref="OpenRouterErrorFactory"/>) and deserializes
/// successful bodies. Retries happen below it, in <see cref="OpenRouterResilienceHandler"/>, which reads the call's
/// rules from the <see cref="OpenRouterRequestState"/> attached to each request.
/// </summary>
internal sealed class OpenRouterPipeline
{

    private readonly Func<HttpClient> _httpClient;
    private readonly OpenRouterClientOptions _options;
    private readonly string? _apiKey;
    private readonly string? _managementKey;
    private readonly Uri _baseUrl;
    private readonly RetrySettings _retry;
    private readonly ILogger _logger;
    private readonly AuthenticationHeaderValue? _authorization;
    private readonly AuthenticationHeaderValue? _managementAuthorization;
    private readonly ClientLifetime _lifetime;
    private readonly string? _referer;
    private readonly string? _title;
    private readonly string? _categories;
    private LastUri? _lastUri;

    public OpenRouterPipeline(Func<HttpClient> httpClient, OpenRouterClientOptions options, ClientLifetime lifetime)
    {
        _httpClient = httpClient;
        _lifetime = lifetime;
        _options = options;
        _retry = new RetrySettings(options);
        _apiKey = options.ResolveApiKey() is { Length: > 0 } apiKey ? apiKey : null;
        _managementKey = options.ResolveManagementKey();

        // Every record of the call, the retries and the stream goes through this logger, which removes an echoed key.
        _logger = RedactingLogger.Wrap(options.LoggerFactory?.CreateLogger(OpenRouterLog.Category), _apiKey);
        _authorization = _apiKey is null ? null : new AuthenticationHeaderValue("Bearer", _apiKey);
        _managementAuthorization = _managementKey is null ? null : new AuthenticationHeaderValue("Bearer", _managementKey);

        // Checked and encoded once: these go out without the framework's header parsing.
        _referer = HeaderValues.ToWire(options.HttpReferer, nameof(options.HttpReferer));
        _title = HeaderValues.ToWire(options.AppTitle, nameof(options.AppTitle));
        _categories = HeaderValues.ToWire(options.AppCategories, nameof(options.AppCategories));
        string root = options.BaseUrl.ToString();
        _baseUrl = root.EndsWith("/", StringComparison.Ordinal) ? options.BaseUrl : new Uri(root + "/");
    }

    public OpenRouterClientOptions Options => _options;

    public Func<HttpClient> HttpClientProvider => _httpClient;

    public ILogger Logger => _logger;

    public string? ApiKey => _apiKey;

    public TimeProvider Time => _options.TimeProvider;

    /// <summary>The owning client's life; its token ends every call in flight when the client is disposed.</summary>
    public ClientLifetime Lifetime => _lifetime;

    /// <summary>
    /// Sends a call and deserializes its JSON answer within the total request timeout. <c>bodyError</c> returns the
    /// <c>error</c> member of a 200 body that is really an error, if any.
    /// </summary>
    public Task<T> SendAsync<T>(HttpMethod method, string path, byte[]? body, JsonTypeInfo<T> responseType,
        Func<T, JsonElement?>? bodyError, CancellationToken cancellationToken) =>
        SendAsync(method, path, body, bytes => JsonSerializer.Deserialize(bytes, responseType), bodyError, OpenRouterCredential.ApiKey, cancellationToken);

    /// <summary>As above, sent with the given one of the client's two keys.</summary>
    public Task<T> SendAsync<T>(HttpMethod method, string path, byte[]? body, JsonTypeInfo<T> responseType,
        Func<T, JsonElement?>? bodyError, OpenRouterCredential credential, CancellationToken cancellationToken) =>
        SendAsync(method, path, body, bytes => JsonSerializer.Deserialize(bytes, responseType), bodyError, credential, cancellationToken);

    /// <summary>
    /// Sends a call and reads its JSON answer with <paramref name="read"/> (which throws <see cref="JsonException"/>
    /// for a body it cannot read) within the total request timeout.
    /// </summary>
    public Task<T> SendAsync<T>(HttpMethod method, string path, byte[]? body, Func<byte[], T?> read,
        Func<T, JsonElement?>? bodyError, CancellationToken cancellationToken) =>
        SendAsync(method, path, body, read, bodyError, OpenRouterCredential.ApiKey, cancellationToken);

    /// <summary>As above, sent with the given one of the client's two keys.</summary>
    public async Task<T> SendAsync<T>(HttpMethod method, string path, byte[]? body, Func<byte[], T?> read,
        Func<T, JsonElement?>? bodyError, OpenRouterCredential credential, CancellationToken cancellationToken)
    {
        _lifetime.ThrowIfDisposed();
        AuthenticationHeaderValue authorization = AuthorizationFor(credential, method, path);
        var state = new OpenRouterRequestState(_retry, attemptHeadersTimeout: null, _logger);
        var call = new CallLog(this, method, path, body, stream: false);
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
            using HttpRequestMessage request = CreateRequest(method, path, body, stream: false, authorization);
            state.AttachTo(request);
            using HttpResponseMessage response = await SendCoreAsync(request, token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw await OpenRouterErrorFactory.FromResponseAsync(response, _apiKey, Time.GetUtcNow(), token).ConfigureAwait(false);
            }

            byte[] bytes = await ReadAllAsync(response, token).ConfigureAwait(false);

            // A transport that ends a cancelled read as a short body (older handlers) must not pass it off as the answer.
            token.ThrowIfCancellationRequested();
            T? value;
            try
            {
                value = read(bytes);
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

            call.Completed((int)response.StatusCode, state, OpenRouterErrorFactory.GenerationIdOf(response) ?? (value as ChatCompletion)?.Id);
            return value;
        }
        catch (Exception e) when (_lifetime.IsDisposed && !cancellationToken.IsCancellationRequested && IsEndOfLife(e))
        {
            throw ClientLifetime.Disposed();
        }
        catch (OperationCanceledException e) when (timeout is not null && timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            var exception = new OpenRouterTimeoutException($"The request did not complete within {_options.RequestTimeout.TotalSeconds:0.###} s (OpenRouterClientOptions.RequestTimeout).", e)
            {
                Timeout = _options.RequestTimeout,
            };
            call.Failed(exception, state);
            throw exception;
        }
        catch (OperationCanceledException e) when (cancellationToken.IsCancellationRequested && e.CancellationToken != cancellationToken)
        {
            throw new OperationCanceledException(e.Message, e, cancellationToken);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            // Neither the caller nor the SDK cancelled: a caller-owned HttpClient's own Timeout elapsed.
            OpenRouterTimeoutException exception = HttpClientTimeout(e);
            call.Failed(exception, state);
            throw exception;
        }
        catch (OpenRouterException e) when (call.Failed(e, state))
        {
            throw;
        }
    }

    /// <summary>
    /// Starts a streaming call and returns the response once its headers arrived with a success status.
    /// The caller owns (and disposes) the response.
    /// </summary>
    public async Task<HttpResponseMessage> SendStreamingAsync(string path, byte[] body, CancellationToken cancellationToken)
    {
        TimeSpan limit = _options.StreamResponseTimeout;
        _lifetime.ThrowIfDisposed();
        AuthenticationHeaderValue authorization = AuthorizationFor(OpenRouterCredential.ApiKey, HttpMethod.Post, path);
        var state = new OpenRouterRequestState(_retry, limit == Timeout.InfiniteTimeSpan ? null : limit, _logger);
        var call = new CallLog(this, HttpMethod.Post, path, body, stream: true);
        using CancellationTokenSource linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _lifetime.Token);

        // With OpenRouterResilienceHandler in the chain the limit applies to each attempt (and a timed-out attempt is
        // retried); the handler claims it. Without the handler this timer enforces it for the single attempt.
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

        HttpRequestMessage request = CreateRequest(HttpMethod.Post, path, body, stream: true, authorization);
        state.AttachTo(request);
        HttpResponseMessage? response = null;
        try
        {
            response = await SendCoreAsync(request, linked.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw await OpenRouterErrorFactory.FromResponseAsync(response, _apiKey, Time.GetUtcNow(), linked.Token).ConfigureAwait(false);
            }

            call.Completed((int)response.StatusCode, state, OpenRouterErrorFactory.GenerationIdOf(response));
            HttpResponseMessage started = response;
            response = null;
            return started;
        }
        catch (Exception e) when (_lifetime.IsDisposed && !cancellationToken.IsCancellationRequested && IsEndOfLife(e))
        {
            throw ClientLifetime.Disposed();
        }
        catch (OperationCanceledException e) when (timedOut && !cancellationToken.IsCancellationRequested)
        {
            var exception = new OpenRouterTimeoutException($"No response headers within {limit.TotalSeconds:0.###} s (OpenRouterClientOptions.StreamResponseTimeout).", e)
            {
                Timeout = limit,
            };
            call.Failed(exception, state);
            throw exception;
        }
        catch (OperationCanceledException e) when (cancellationToken.IsCancellationRequested && e.CancellationToken != cancellationToken)
        {
            throw new OperationCanceledException(e.Message, e, cancellationToken);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            OpenRouterTimeoutException exception = HttpClientTimeout(e);
            call.Failed(exception, state);
            throw exception;
        }
        catch (OpenRouterException e) when (call.Failed(e, state))
        {
            throw;
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

    // Fails before any request when the operation's key is not configured: sending the other key would only be refused.
    private AuthenticationHeaderValue AuthorizationFor(OpenRouterCredential credential, HttpMethod method, string path)
    {
        string operation = method.Method + " /" + (path.IndexOf('?') is int q and >= 0 ? path.Substring(0, q) : path);
        return credential switch
        {
            OpenRouterCredential.ManagementKey => _managementAuthorization ?? throw new InvalidOperationException(
                $"{operation} needs a management key, which is a different secret from the API key: set OpenRouterClientOptions.ManagementKey " +
                $"(configuration key '{OpenRouterClientOptions.SectionName}:ManagementKey') or the {OpenRouterClientOptions.ManagementKeyEnvironmentVariable} environment variable. " +
                "Create one at https://openrouter.ai/settings/management-keys."),
            _ => _authorization ?? throw new InvalidOperationException(
                $"{operation} needs an API key: set OpenRouterClientOptions.ApiKey (configuration key '{OpenRouterClientOptions.SectionName}:ApiKey') " +
                $"or the {OpenRouterClientOptions.ApiKeyEnvironmentVariable} environment variable. This client has only a management key, which OpenRouter refuses for inference."),
        };
    }

    private HttpRequestMessage CreateRequest(HttpMethod method, string path, byte[]? body, bool stream, AuthenticationHeaderValue authorization)
    {
        var request = new HttpRequestMessage(method, UriOf(path));
        HttpRequestHeaders headers = request.Headers;
        headers.Authorization = authorization;
        // Header values are mutable objects: each request gets its own, so a user handler that edits one edits only that request.
        headers.TryAddWithoutValidation("Accept", stream ? "text/event-stream" : "application/json");
        headers.TryAddWithoutValidation("User-Agent", UserAgent.Value);
        if (_referer is not null)
        {
            headers.TryAddWithoutValidation("HTTP-Referer", _referer);
        }

        if (_title is not null)
        {
            headers.TryAddWithoutValidation("X-OpenRouter-Title", _title);
            headers.TryAddWithoutValidation("X-Title", _title);
        }

        if (_categories is not null)
        {
            headers.TryAddWithoutValidation("X-OpenRouter-Categories", _categories);
        }

        if (body is not null)
        {
            var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            request.Content = content;
        }

        return request;
    }

    /// <summary>The absolute address of <paramref name="path"/>; the last one is kept, since a client mostly calls one endpoint.</summary>
    private Uri UriOf(string path)
    {
        LastUri? last = Volatile.Read(ref _lastUri);
        if (last is not null && string.Equals(last.Path, path, StringComparison.Ordinal))
        {
            return last.Uri;
        }

        var uri = new Uri(_baseUrl, path);
        Volatile.Write(ref _lastUri, new LastUri(path, uri));
        return uri;
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
        catch (Exception e) when (OpenRouterErrorFactory.IsUndecodable(e))
        {
            throw OpenRouterErrorFactory.BadEncoding(response, e);
        }
        catch (Exception e) when ((e is IOException or HttpRequestException or ObjectDisposedException) && !cancellationToken.IsCancellationRequested)
        {
            throw new OpenRouterConnectionException("The connection dropped while the response body was being read.", e);
        }
        catch (Exception e) when (e is IOException or HttpRequestException or ObjectDisposedException)
        {
            // Cancellation that ended the read by disposing the response (older transports) is still cancellation.
            throw new OperationCanceledException("The response body read was cancelled.", e, cancellationToken);
        }
    }

    /// <summary>
    /// Whether a failure seen after the client was disposed is the disposal's doing: its cancellation, or the
    /// transport torn down under the call. An answer the server really sent (a status error) stays what it is.
    /// </summary>
    internal static bool IsEndOfLife(Exception e) =>
        e is OperationCanceledException or ObjectDisposedException or HttpRequestException or IOException
            or OpenRouterConnectionException or OpenRouterTimeoutException { StatusCode: null };

    private static OpenRouterTimeoutException HttpClientTimeout(OperationCanceledException e) =>
        new("The HttpClient's own Timeout elapsed before OpenRouter answered; the SDK has its own timeouts (OpenRouterClientOptions), so give the HttpClient passed to OpenRouterClient an infinite Timeout.", e);

    private OpenRouterInvalidResponseException InvalidJson(byte[] body, Exception? inner) =>
        new($"OpenRouter sent a response that is not the expected JSON: {OpenRouterErrorFactory.Excerpt(System.Text.Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 512)), _apiKey)}", inner)
        {
            ResponseBody = OpenRouterErrorFactory.Excerpt(System.Text.Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, OpenRouterErrorFactory.MaxExcerptChars)), _apiKey),
        };

    private sealed class LastUri
    {
        public LastUri(string path, Uri uri)
        {
            Path = path;
            Uri = uri;
        }

        public string Path { get; }

        public Uri Uri { get; }
    }

    /// <summary>Times one call and writes its start and end records (never its body).</summary>
    private readonly struct CallLog
    {
        private readonly OpenRouterPipeline _pipeline;
        private readonly string _method;
        private readonly string _path;
        private readonly string? _model;
        private readonly long _started;

        public CallLog(OpenRouterPipeline pipeline, HttpMethod method, string path, byte[]? body, bool stream)
        {
            _pipeline = pipeline;
            _method = method.Method;
            _path = path;
            _started = pipeline.Time.GetTimestamp();
            _model = null;
            if (pipeline._logger.IsEnabled(LogLevel.Information))
            {
                _model = ModelOf(body);
                OpenRouterLog.RequestStarting(pipeline._logger, _method, path, _model, stream);
            }
        }

        public double ElapsedMs => _pipeline.Time.GetElapsedTime(_started).TotalMilliseconds;

        public void Completed(int status, OpenRouterRequestState state, string? generationId)
        {
            if (_pipeline._logger.IsEnabled(LogLevel.Information))
            {
                OpenRouterLog.RequestCompleted(_pipeline._logger, _method, _path, status, Math.Max(1, state.Attempts), ElapsedMs, _model, generationId);
            }
        }

        /// <summary>Logs the failure; returns false so it can sit in an exception filter.</summary>
        public bool Failed(OpenRouterException exception, OpenRouterRequestState state)
        {
            if (_pipeline._logger.IsEnabled(LogLevel.Warning))
            {
                OpenRouterLog.RequestFailed(_pipeline._logger, _method, _path, exception.GetType().Name, exception.StatusCode, exception.ErrorCode,
                    Math.Max(1, state.Attempts), ElapsedMs, _model, exception.GenerationId);
            }

            return false;
        }

        /// <summary>Reads the top-level <c>model</c> of a request body for the log, without touching anything else in it.</summary>
        private static string? ModelOf(byte[]? body)
        {
            if (body is null)
            {
                return null;
            }

            try
            {
                var reader = new Utf8JsonReader(body);
                while (reader.Read())
                {
                    if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.PropertyName)
                    {
                        bool isModel = reader.ValueTextEquals("model"u8);
                        if (!reader.Read())
                        {
                            return null;
                        }

                        if (isModel && reader.TokenType == JsonTokenType.String)
                        {
                            return reader.GetString();
                        }

                        reader.Skip();
                    }
                }
            }
            catch (JsonException)
            {
            }

            return null;
        }
    }
}
