using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using OpenRouter.Sdk.Http;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>The catalog (models, endpoints, providers) and account (generation stats, key, credits, embeddings) calls.</summary>
public sealed partial class OpenRouterClient
{
    /// <summary>The first wait before a generation lookup is repeated; later waits double up to <see cref="MaxGenerationLookupDelay"/>.</summary>
    internal static readonly TimeSpan FirstGenerationLookupDelay = TimeSpan.FromMilliseconds(250);

    /// <summary>The longest wait between two generation lookups.</summary>
    internal static readonly TimeSpan MaxGenerationLookupDelay = TimeSpan.FromSeconds(2);

    private static readonly ApiPath CreditsPath = ApiPath.Of("credits");

    /// <inheritdoc />
    public async Task<IReadOnlyList<ModelInfo>> ListModelsAsync(ModelListQuery? query = null, CancellationToken cancellationToken = default)
    {
        ApiPath path = ApiPath.Of("models").WithEncodedQuery(query?.ToQueryString());
        return await GetDataAsync(path, OpenRouterJsonContext.Default.DataEnvelopeListModelInfo, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<ModelEndpoints> ListModelEndpointsAsync(string modelId, CancellationToken cancellationToken = default)
    {
        ApiPath path = ModelEndpointsPath(modelId);
        return GetDataAsync(path, OpenRouterJsonContext.Default.DataEnvelopeModelEndpoints, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ProviderInfo>> ListProvidersAsync(CancellationToken cancellationToken = default) =>
        await GetDataAsync(ApiPath.Of("providers"), OpenRouterJsonContext.Default.DataEnvelopeListProviderInfo, cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public Task<GenerationInfo> GetGenerationAsync(string generationId, CancellationToken cancellationToken = default)
    {
        Argument.NotBlank(generationId, "A generation id (gen-...) is required.");
        return GetGenerationCoreAsync(ApiPath.Of("generation").Query("id", generationId), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<KeyInfo> GetKeyInfoAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            return await GetDataAsync(ApiPath.Of("key"), OpenRouterJsonContext.Default.DataEnvelopeKeyInfo, cancellationToken).ConfigureAwait(false);
        }
        catch (OpenRouterNotFoundException)
        {
            // Servers (and proxies) that predate GET /key still answer the legacy path with the same body.
        }

        return await GetDataAsync(ApiPath.Of("auth/key"), OpenRouterJsonContext.Default.DataEnvelopeKeyInfo, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<CreditsInfo> GetCreditsAsync(CancellationToken cancellationToken = default)
    {
        // Account credits are served to management keys: the management key goes out when one is configured, the
        // API key otherwise (OpenRouter refuses most of those, and the refusal then says what to do).
        if (_pipeline.HasManagementKey)
        {
            return await GetDataAsync(CreditsPath, OpenRouterJsonContext.Default.DataEnvelopeCreditsInfo, OpenRouterCredential.ManagementKey, cancellationToken).ConfigureAwait(false);
        }

        try
        {
            return await GetDataAsync(CreditsPath, OpenRouterJsonContext.Default.DataEnvelopeCreditsInfo, cancellationToken).ConfigureAwait(false);
        }
        catch (OpenRouterPermissionDeniedException e) when (e is not OpenRouterModerationException)
        {
            throw OpenRouterErrorFactory.CreditsNeedManagementKey(e);
        }
    }

    /// <inheritdoc />
    public Task<EmbeddingsResponse> CreateEmbeddingsAsync(EmbeddingsRequest request, CancellationToken cancellationToken = default)
    {
        Argument.NotNull(request);
        Argument.Requires(!string.IsNullOrWhiteSpace(request.Model), "An embeddings request needs a model.", nameof(request));
        Argument.Requires(request.Input is not null && !request.Input.IsEmpty, "An embeddings request needs a non-empty input.", nameof(request));

        RequestHeaders? headers = RequestHeaders.From(request.RequestOptions);
        byte[] body = JsonSerializer.SerializeToUtf8Bytes(request, OpenRouterJsonContext.Default.EmbeddingsRequest);
        return OpenRouterTelemetry.MeasureEmbeddingsAsync(request.Model, Telemetry, body,
            (bytes, token) => CreateEmbeddingsCoreAsync(bytes, headers, token), cancellationToken);
    }

    /// <summary>Sends an embeddings request within the client's budget (checked before, charged after).</summary>
    private async Task<EmbeddingsResponse> CreateEmbeddingsCoreAsync(byte[] body, RequestHeaders? headers, CancellationToken cancellationToken)
    {
        OpenRouterBudgetGuard? budget = _pipeline.Lifetime.Budget;
        if (budget is not null)
        {
            await budget.EnsureAvailableAsync(cancellationToken).ConfigureAwait(false);
        }

        EmbeddingsResponse response = await _pipeline.SendAsync(HttpMethod.Post, ApiPath.Of("embeddings"), body, OpenRouterJsonContext.Default.EmbeddingsResponse,
            static r => OpenRouterPipeline.ErrorMember(r.AdditionalProperties), headers, cancellationToken).ConfigureAwait(false);
        budget?.Record(response.Usage?.Cost);
        return response;
    }

    /// <summary>Validates <c>author/slug</c> and builds the endpoints path, each part one escaped segment.</summary>
    internal static ApiPath ModelEndpointsPath(string modelId)
    {
        (string author, string slug) = SplitModelId(modelId);
        return ApiPath.Of("models").Segment(author).Segment(slug).Then("endpoints");
    }

    /// <summary>Validates <c>author/slug</c> and returns its two parts, each to be escaped as one path segment.</summary>
    internal static (string Author, string Slug) SplitModelId(string modelId)
    {
        Argument.NotNull(modelId);
        string[] parts = modelId.Split('/');
        Argument.Requires(parts.Length == 2 && !IsBlankSegment(parts[0]) && !IsBlankSegment(parts[1]),
            $"A model id has the form 'author/slug' (for example 'openai/gpt-4o'); got '{modelId}'.", nameof(modelId));
        return (parts[0], parts[1]);
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

    private async Task<GenerationInfo> GetGenerationCoreAsync(ApiPath path, CancellationToken cancellationToken)
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
            catch (OperationCanceledException e) when (OpenRouterErrorFactory.FromCancellation(e, cancellationToken, _pipeline.Lifetime.IsDisposed,
                SdkTimeout.None, Timeout.InfiniteTimeSpan, awaitingHeaders: false) is { } failure && !ReferenceEquals(failure, e))
            {
                // The caller's cancellation carries the caller's token, not the linked one; the disposal is the client's.
                throw failure;
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

    private Task<T> GetDataAsync<T>(ApiPath path, JsonTypeInfo<DataEnvelope<T>> responseType, CancellationToken cancellationToken)
        where T : class =>
        GetDataAsync(path, responseType, OpenRouterCredential.ApiKey, cancellationToken);

    private Task<T> GetDataAsync<T>(ApiPath path, JsonTypeInfo<DataEnvelope<T>> responseType, OpenRouterCredential credential, CancellationToken cancellationToken)
        where T : class =>
        _pipeline.GetDataAsync(path, responseType, credential, cancellationToken);
}
