using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using OpenRouter.Sdk.Http;
using OpenRouter.Sdk.Http.Streaming;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// The OpenRouter client. Thread-safe and meant to be shared: create one per key (or register it with
/// <c>services.AddOpenRouter(...)</c>) and reuse it.
/// </summary>
public sealed partial class OpenRouterClient : IOpenRouterClient, IDisposable
{
    private readonly OpenRouterPipeline _pipeline;
    private readonly HttpClient? _ownedHttpClient;

    /// <summary>Null for a client made by <see cref="WithOptions"/>: it shares its parent's life and does not end it.</summary>
    private readonly ClientLifetime? _ownedLifetime;

    /// <summary>Creates a client for a key with default options.</summary>
    /// <param name="apiKey">The OpenRouter API key (<c>sk-or-v1-...</c>).</param>
    public OpenRouterClient(string apiKey)
        : this(new OpenRouterClientOptions { ApiKey = RequireKey(apiKey) })
    {
    }

    /// <summary>Creates a client that owns its own connection pool, retry handler and timeouts.</summary>
    /// <param name="options">The options; copied, so later changes do not affect this client.</param>
    public OpenRouterClient(OpenRouterClientOptions options)
    {
        OpenRouterClientOptions copy = ValidatedCopy(options);
        _ownedHttpClient = new HttpClient(OpenRouterHttpHandlers.CreateDefault(copy), disposeHandler: true)
        {
            Timeout = System.Threading.Timeout.InfiniteTimeSpan,
        };
        HttpClient http = _ownedHttpClient;
        _ownedLifetime = new ClientLifetime(OpenRouterBudgetGuard.For(copy));
        _pipeline = new OpenRouterPipeline(() => http, copy, _ownedLifetime);
        WatchKeyLimit();
    }

    /// <summary>
    /// Creates a client on an <see cref="HttpClient"/> you own (and dispose). Per request the SDK adds its headers
    /// (<c>Authorization</c>, <c>User-Agent</c>, <c>Accept</c>, <c>HTTP-Referer</c>, <c>X-OpenRouter-Title</c>/<c>X-Title</c>),
    /// builds the absolute URL from <see cref="OpenRouterClientOptions.BaseUrl"/>, enforces its timeouts
    /// (<see cref="OpenRouterClientOptions.RequestTimeout"/>, <see cref="OpenRouterClientOptions.StreamResponseTimeout"/>,
    /// <see cref="OpenRouterClientOptions.StreamIdleTimeout"/>), maps failures to <see cref="OpenRouterException"/>s and logs.
    /// It leaves alone the client's handlers, <see cref="HttpClient.BaseAddress"/>, default headers and
    /// <see cref="HttpClient.Timeout"/> (set it to <see cref="System.Threading.Timeout.InfiniteTimeSpan"/> so it does not cut
    /// streams short). Retries happen only if your chain includes <see cref="OpenRouterResilienceHandler"/>; redirects
    /// are refused by the SDK (never followed with the key) only if your handler does not follow them itself, so set
    /// <c>AllowAutoRedirect = false</c>.
    /// </summary>
    /// <param name="httpClient">The client to send with.</param>
    /// <param name="options">The options; copied.</param>
    public OpenRouterClient(HttpClient httpClient, OpenRouterClientOptions options)
    {
        Argument.NotNull(httpClient);
        OpenRouterClientOptions copy = ValidatedCopy(options);
        _ownedLifetime = new ClientLifetime(OpenRouterBudgetGuard.For(copy));
        _pipeline = new OpenRouterPipeline(() => httpClient, copy, _ownedLifetime);
        WatchKeyLimit();
    }

    /// <summary>Creates a client that asks <paramref name="httpClientProvider"/> for an HttpClient on every call (used with IHttpClientFactory).</summary>
    internal OpenRouterClient(Func<HttpClient> httpClientProvider, OpenRouterClientOptions options)
    {
        Argument.NotNull(httpClientProvider);
        OpenRouterClientOptions copy = ValidatedCopy(options);
        _ownedLifetime = new ClientLifetime(OpenRouterBudgetGuard.For(copy));
        _pipeline = new OpenRouterPipeline(httpClientProvider, copy, _ownedLifetime);
        WatchKeyLimit();
    }

    /// <summary>A client for <see cref="WithOptions"/>: the parent's connections, life and budget, other options.</summary>
    private OpenRouterClient(Func<HttpClient> httpClientProvider, OpenRouterClientOptions options, ClientLifetime parentLifetime, OpenRouterPipeline? parentKeys)
    {
        _pipeline = new OpenRouterPipeline(httpClientProvider, ValidatedCopy(options), parentLifetime, parentKeys);
    }

    /// <inheritdoc />
    public Task<ChatCompletion> CreateChatCompletionAsync(ChatCompletionRequest request, CancellationToken cancellationToken = default)
    {
        ValidateChatRequest(request);
        RequestHeaders? headers = RequestHeaders.From(request.RequestOptions);
        byte[] body = ChatRequestBody(request, stream: false);
        TelemetryTarget telemetry = Telemetry;

        // Unobserved (no listener on the traces or metrics), the call goes straight to the pipeline, without the
        // closure and wrapper that tracing needs.
        return telemetry.IsObserved
            ? OpenRouterTelemetry.TraceChatCompletionAsync(request, telemetry, body,
                (bytes, token) => CreateChatCompletionCoreAsync(bytes, headers, token), cancellationToken)
            : CreateChatCompletionCoreAsync(body, headers, cancellationToken);
    }

    /// <inheritdoc />
    public IAsyncEnumerable<ChatCompletionChunk> StreamChatCompletionAsync(ChatCompletionRequest request, CancellationToken cancellationToken = default)
    {
        ValidateChatRequest(request);
        RequestHeaders? headers = RequestHeaders.From(request.RequestOptions);
        byte[] body = ChatRequestBody(request, stream: true);
        return OpenRouterTelemetry.TraceChatStream(request, Telemetry, new ChatCompletionChunkStream(_pipeline, body, cancellationToken, headers));
    }

    /// <summary>
    /// Returns a client that shares this one's connections but sends with changed options, for a call (or a part of
    /// an app) that needs other retries, timeouts or headers:
    /// <c>await client.WithOptions(o => o.MaxRetries = 0).CreateChatCompletionAsync(request, ct)</c>.
    /// Every option applies per call (retries too, when the chain includes <see cref="OpenRouterResilienceHandler"/>),
    /// except the clock and logger of the retry waits, which stay the handler's, and <see cref="OpenRouterClientOptions.Budget"/>:
    /// the returned client shares this one's <see cref="Budget"/> guard (its spend counts against the same ceiling). Unless
    /// <paramref name="configure"/> changes a key or key provider, it sends with this client's keys as they rotate. The returned client is cheap, needs
    /// no disposal; once this client is disposed, its calls end with <see cref="ObjectDisposedException"/> too.
    /// </summary>
    /// <param name="configure">Changes a copy of this client's options.</param>
    /// <returns>A client with the changed options.</returns>
    public OpenRouterClient WithOptions(Action<OpenRouterClientOptions> configure)
    {
        Argument.NotNull(configure);
        OpenRouterClientOptions parent = _pipeline.Options;
        OpenRouterClientOptions copy = parent.Clone();
        configure(copy);

        // Keys left alone stay this client's keys, rotations included (a provider's new key, a reloaded configuration).
        bool sameKeys = string.Equals(copy.ApiKey, parent.ApiKey, StringComparison.Ordinal)
            && string.Equals(copy.ManagementKey, parent.ManagementKey, StringComparison.Ordinal)
            && Equals(copy.ApiKeyProvider, parent.ApiKeyProvider)
            && Equals(copy.ManagementKeyProvider, parent.ManagementKeyProvider);
        return new OpenRouterClient(_pipeline.HttpClientProvider, copy, _pipeline.Lifetime, sameKeys ? _pipeline : null);
    }

    /// <summary>The client's keys, for redacting them from what it hands to tracing.</summary>
    internal ClientSecrets Secrets => _pipeline.Secrets;

    /// <summary>What the client's traces and metrics need: its server, keys, clock and metrics switch.</summary>
    internal TelemetryTarget Telemetry => new(_pipeline.Options.BaseUrl, _pipeline.Secrets, _pipeline.Time, _pipeline.Options.EnableGenAIMetrics);

    /// <summary>Describes the client without its key.</summary>
    public override string ToString() => $"OpenRouterClient {{ BaseUrl = {_pipeline.Options.BaseUrl} }}";

    /// <summary>
    /// Ends the client: every call in flight (its own and those of clients made with <see cref="WithOptions"/>) stops
    /// at once with <see cref="ObjectDisposedException"/> and closes its connection, so OpenRouter stops generating;
    /// later calls throw <see cref="ObjectDisposedException"/>. The HttpClient this client created is disposed; a
    /// caller-owned HttpClient is left alone. A client made with <see cref="WithOptions"/> has nothing to dispose.
    /// </summary>
    public void Dispose()
    {
        if (_ownedLifetime is null)
        {
            return;
        }

        // Cancel first, so that calls in flight see the disposal rather than a transport torn down under them.
        _ownedLifetime.End();
        _ownedHttpClient?.Dispose();
    }

    /// <summary>The call; without a budget to check and record, the pipeline's own task (no second async frame).</summary>
    private Task<ChatCompletion> CreateChatCompletionCoreAsync(byte[] body, RequestHeaders? headers, CancellationToken cancellationToken)
    {
        OpenRouterBudgetGuard? budget = _pipeline.Lifetime.Budget;
        return budget is null
            ? _pipeline.SendAsync(HttpMethod.Post, ChatCompletionChunkStream.Path, body, ReadCompletion, ErrorInBody, OpenRouterCredential.ApiKey, headers, cancellationToken)
            : CreateWithinBudgetAsync(budget, body, headers, cancellationToken);
    }

    private async Task<ChatCompletion> CreateWithinBudgetAsync(OpenRouterBudgetGuard budget, byte[] body, RequestHeaders? headers, CancellationToken cancellationToken)
    {
        await budget.EnsureAvailableAsync(cancellationToken).ConfigureAwait(false);
        ChatCompletion completion = await _pipeline.SendAsync(HttpMethod.Post, ChatCompletionChunkStream.Path, body,
            ReadCompletion, ErrorInBody, OpenRouterCredential.ApiKey, headers, cancellationToken).ConfigureAwait(false);
        budget.Record(completion.Usage?.Cost);
        return completion;
    }

    /// <summary>The completion read by hand in one pass (the hot path of every non-streamed call).</summary>
    private static readonly Func<byte[], ChatCompletion?> ReadCompletion = static bytes => ChatCompletionChunkReader.ReadCompletion(bytes);

    /// <summary>
    /// Whether a 200 completion is really an error: its body is <c>{"error":...}</c> (an object or a message string,
    /// which lands in the extension data; no second parse needed), or every choice carries an <c>error</c> (a
    /// completion whose only choice failed upstream), whose first error is raised.
    /// </summary>
    [MethodImpl(HotPath.Options)]
    private static JsonElement? ErrorInBody(ChatCompletion completion)
    {
        if (completion.AdditionalProperties is { } extra && extra.TryGetValue("error", out JsonElement error)
            && error.ValueKind is JsonValueKind.Object or JsonValueKind.String)
        {
            return error;
        }

        IReadOnlyList<ChatCompletionChoice> choices = completion.Choices;
        if (choices.Count == 0)
        {
            return null;
        }

        foreach (ChatCompletionChoice choice in choices)
        {
            if (choice.Error is null)
            {
                return null;
            }
        }

        return JsonSerializer.SerializeToElement(choices[0].Error!, OpenRouterJsonContext.Default.OpenRouterErrorDetail);
    }

    /// <summary>
    /// The JSON body of a chat call: written by hand (<see cref="ChatCompletionRequestWriter"/>, the same bytes without
    /// building the request's generated metadata), or by the generated serializer for a request the writer leaves to it.
    /// </summary>
    private static byte[] ChatRequestBody(ChatCompletionRequest request, bool stream) =>
        ChatCompletionRequestWriter.TryWrite(request, stream, out byte[]? body)
            ? body!
            : JsonSerializer.SerializeToUtf8Bytes(request.CloneWithStream(stream), OpenRouterJsonContext.Default.ChatCompletionRequest);

    [MethodImpl(HotPath.Options)]
    private static void ValidateChatRequest(ChatCompletionRequest request)
    {
        Argument.NotNull(request);
        Argument.Requires(request.Messages is { Count: > 0 } || !string.IsNullOrEmpty(request.Prompt),
            "A chat request needs at least one message (or a prompt).", nameof(request));

        if (request.Messages is not null)
        {
            for (int i = 0; i < request.Messages.Count; i++)
            {
                Argument.Requires(request.Messages[i] is not null, $"Message {i} is null.", nameof(request));
            }
        }
    }

    /// <summary>A budget that watches the key's own limit reads it with this client's <see cref="GetKeyInfoAsync"/>.</summary>
    private void WatchKeyLimit()
    {
        if (_ownedLifetime?.Budget is { KeyLimitCheckInterval: not null } budget)
        {
            budget.KeyLookup = GetKeyInfoAsync;
        }
    }

    private static string RequireKey(string apiKey)
    {
        Argument.Requires(!string.IsNullOrWhiteSpace(apiKey), "An OpenRouter API key is required.", nameof(apiKey));

        // With every other option at its default, any problem is the key's own (inner whitespace, a control
        // character): it is reported against this argument.
        string? problem = new OpenRouterClientOptions { ApiKey = apiKey }.Validate();
        Argument.Requires(problem is null, problem!, nameof(apiKey));

        return apiKey;
    }

    private static OpenRouterClientOptions ValidatedCopy(OpenRouterClientOptions options)
    {
        Argument.NotNull(options);
        OpenRouterClientOptions copy = options.Clone();
        string? problem = copy.ApplyBaseUrlEnvironmentVariable() ?? copy.Validate();
        Argument.Requires(problem is null, problem!, nameof(options));

        return copy;
    }
}
