using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using OpenRouter.Sdk.Http;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>The catalog (models, endpoints, providers) and account (generation stats, key, credits, embeddings) calls.</summary>
public sealed partial class OpenRouterClient
{
    /// <summary>The first wait before a generation lookup is repeated; later waits double up to <see cref="MaxGenerationLookupDelay"/>.</summary>
    internal static readonly TimeSpan FirstGenerationLookupDelay = TimeSpan.FromMilliseconds(250);

    /// <summary>The longest wait between two generation lookups.</summary>
    internal static readonly TimeSpan MaxGenerationLookupDelay = TimeSpan.FromSeconds(2);

    /// <inheritdoc />
    public async Task<IReadOnlyList<ModelInfo>> ListModelsAsync(ModelListQuery? query = null, CancellationToken cancellationToken = default)
    {
        string path = "models" + (query?.ToQueryString() ?? string.Empty);
        return await GetDataAsync(path, OpenRouterJsonContext.Default.DataEnvelopeListModelInfo, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<ModelEndpoints> ListModelEndpointsAsync(string modelId, CancellationToken cancellationToken = default)
    {
        string path = ModelEndpointsPath(modelId);
        return GetDataAsync(path, OpenRouterJsonContext.Default.DataEnvelopeModelEndpoints, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ProviderInfo>> ListProvidersAsync(CancellationToken cancellationToken = default) =>
        await GetDataAsync("providers", OpenRouterJsonContext.Default.DataEnvelopeListProviderInfo, cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public Task<GenerationInfo> GetGenerationAsync(string generationId, CancellationToken cancellationToken = default)
    {
        if (generationId is null)
        {
            throw new ArgumentNullException(nameof(generationId));
        }

        if (string.IsNullOrWhiteSpace(generationId))
        {
            throw new ArgumentException("A generation id (gen-...) is required.", nameof(generationId));
        }

        return GetGenerationCoreAsync("generation?id=" + Uri.EscapeDataString(generationId), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<KeyInfo> GetKeyInfoAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            return await GetDataAsync("key", OpenRouterJsonContext.Default.DataEnvelopeKeyInfo, cancellationToken).ConfigureAwait(false);
        }
        catch (OpenRouterNotFoundException)
        {
            // Servers (and proxies) that predate GET /key still answer the legacy path with the same body.
        }

        return await GetDataAsync("auth/key", OpenRouterJsonContext.Default.DataEnvelopeKeyInfo, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<CreditsInfo> GetCreditsAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            return await GetDataAsync("credits", OpenRouterJsonContext.Default.DataEnvelopeCreditsInfo, cancellationToken).ConfigureAwait(false);
        }
        catch (OpenRouterPermissionDeniedException e) when (e is not OpenRouterModerationException)
        {
            throw new OpenRouterPermissionDeniedException(
                "GET /credits was refused (HTTP 403): OpenRouter serves account credits only to management keys, and this key is not one. " +
                "Create a management key at https://openrouter.ai/settings/management-keys for this call, or use GetKeyInfoAsync() to read this key's own limit and usage. " +
                "Server message: " + e.Message,
                e)
            {
                StatusCode = e.StatusCode,
                ErrorCode = e.ErrorCode,
                ErrorType = e.ErrorType,
                ProviderName = e.ProviderName,
                ProviderRawError = e.ProviderRawError,
                Metadata = e.Metadata,
                GenerationId = e.GenerationId,
                ResponseBody = e.ResponseBody,
            };
        }
    }

    /// <inheritdoc />
    public Task<EmbeddingsResponse> CreateEmbeddingsAsync(EmbeddingsRequest request, CancellationToken cancellationToken = default)
    {
        if (request is null)
        {
            throw new ArgumentNullException(nameof(request));
        }

        if (string.IsNullOrWhiteSpace(request.Model))
        {
            throw new ArgumentException("An embeddings request needs a model.", nameof(request));
        }

        if (request.Input is null || request.Input.IsEmpty)
        {
            throw new ArgumentException("An embeddings request needs a non-empty input.", nameof(request));
        }

        byte[] body = JsonSerializer.SerializeToUtf8Bytes(request, OpenRouterJsonContext.Default.EmbeddingsRequest);
        return _pipeline.SendAsync(HttpMethod.Post, "embeddings", body, OpenRouterJsonContext.Default.EmbeddingsResponse,
            static r => ErrorMember(r.AdditionalProperties), cancellationToken);
    }

    /// <summary>Validates <c>author/slug</c> and builds the escaped endpoints path.</summary>
    internal static string ModelEndpointsPath(string modelId)
    {
        if (modelId is null)
        {
            throw new ArgumentNullException(nameof(modelId));
        }

        string[] parts = modelId.Split('/');
        if (parts.Length != 2 || IsBlankSegment(parts[0]) || IsBlankSegment(parts[1]))
        {
            throw new ArgumentException($"A model id has the form 'author/slug' (for example 'openai/gpt-4o'); got '{modelId}'.", nameof(modelId));
        }

        return "models/" + Uri.EscapeDataString(parts[0]) + "/" + Uri.EscapeDataString(parts[1]) + "/endpoints";
    }

    private static bool IsBlankSegment(string segment)
    {
        if (segment.Length == 0 || segment == "." || segment == "..")
        {
            return true;
        }

        foreach (char c in segment)
        {
            if (char.IsWhiteSpace(c))
            {
                return true;
            }
        }

        return false;
    }

    private async Task<GenerationInfo> GetGenerationCoreAsync(string path, CancellationToken cancellationToken)
    {
        TimeProvider time = _pipeline.Time;
        TimeSpan budget = _pipeline.Options.GenerationLookupTimeout;
        long started = time.GetTimestamp();
        TimeSpan delay = FirstGenerationLookupDelay;
        while (true)
        {
            try
            {
                return await GetDataAsync(path, OpenRouterJsonContext.Default.DataEnvelopeGenerationInfo, cancellationToken).ConfigureAwait(false);
            }
            catch (OpenRouterNotFoundException) when (RemainingLookupTime(time, started, budget) > TimeSpan.Zero)
            {
                // The record is written shortly after the generation ends; look again below. Once the budget is
                // spent the filter is false and the 404 propagates unchanged.
            }

            // Time moved on since the filter ran: never hand Task.Delay a negative (or the infinite -1 ms) wait.
            TimeSpan remaining = RemainingLookupTime(time, started, budget);
            TimeSpan wait = remaining <= TimeSpan.Zero ? TimeSpan.Zero : delay < remaining ? delay : remaining;

            // The wait between lookups ends when the client is disposed, like every wait of a call in flight.
            using CancellationTokenSource waitSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _pipeline.Lifetime.Token);
            try
            {
#if NET8_0_OR_GREATER
                await Task.Delay(wait, time, waitSource.Token).ConfigureAwait(false);
#else
                await time.Delay(wait, waitSource.Token).ConfigureAwait(false);
#endif
            }
            catch (OperationCanceledException e) when (cancellationToken.IsCancellationRequested)
            {
                // The caller's cancellation carries the caller's token, not the linked one.
                throw new OperationCanceledException(e.Message, e, cancellationToken);
            }
            catch (OperationCanceledException) when (_pipeline.Lifetime.IsDisposed)
            {
                throw ClientLifetime.Disposed();
            }
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxGenerationLookupDelay.Ticks));
        }
    }

    private static TimeSpan RemainingLookupTime(TimeProvider time, long started, TimeSpan budget)
    {
        if (budget == Timeout.InfiniteTimeSpan)
        {
            return TimeSpan.MaxValue;
        }

        return budget - time.GetElapsedTime(started);
    }

    private async Task<T> GetDataAsync<T>(string path, JsonTypeInfo<DataEnvelope<T>> responseType, CancellationToken cancellationToken)
        where T : class
    {
        DataEnvelope<T> envelope = await _pipeline.SendAsync(HttpMethod.Get, path, null, responseType,
            static e => ErrorMember(e.AdditionalProperties), cancellationToken).ConfigureAwait(false);
        return envelope.Data ?? throw new OpenRouterInvalidResponseException($"OpenRouter answered GET /{path} without its 'data' member.");
    }

    /// <summary>A 200 whose body is <c>{"error":...}</c> (an object or a message string) lands the error in the extension data.</summary>
    private static JsonElement? ErrorMember(IDictionary<string, JsonElement>? extra) =>
        extra is not null && extra.TryGetValue("error", out JsonElement error) && error.ValueKind is JsonValueKind.Object or JsonValueKind.String
            ? error
            : null;
}
