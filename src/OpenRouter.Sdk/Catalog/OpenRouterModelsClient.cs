using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using OpenRouter.Sdk.Http;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// The model catalog beyond <see cref="IOpenRouterClient.ListModelsAsync"/> (the spec's <c>Models</c>, <c>Endpoints</c>
/// and <c>Embeddings</c> listings): one model by id, the list page by page with its total, the count, the models your
/// account settings allow, the embedding models and the zero-data-retention endpoints. Reached as
/// <see cref="OpenRouterClient.Models"/> or resolved from DI after <c>services.AddOpenRouter(...)</c>. Sent with the API
/// key. Thread-safe; it shares its client's connections, options and lifetime.
/// </summary>
/// <remarks>
/// To fake it in tests, derive from it (the protected constructor exists for that) and override the methods you use;
/// the methods are virtual.
/// </remarks>
public class OpenRouterModelsClient
{
    /// <summary>The most models the server returns in one page (its <c>limit</c> maximum).</summary>
    public const int MaxPageSize = 1000;

    private readonly OpenRouterPipeline? _pipeline;

    /// <summary>Creates an instance for mocking: a subclass overrides the methods it needs; the others throw.</summary>
    protected OpenRouterModelsClient()
    {
    }

    internal OpenRouterModelsClient(OpenRouterPipeline pipeline)
    {
        _pipeline = Argument.NotNull(pipeline);
    }

    /// <summary>
    /// Gets one model (<c>GET /model/{author}/{slug}</c>). The slug may carry a variant (<c>openai/gpt-4:free</c>), and
    /// known aliases resolve to the model they stand for.
    /// </summary>
    /// <param name="modelId">The model's id, <c>author/slug</c>, such as <c>openai/gpt-4o</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The model, with the same members as an item of <see cref="IOpenRouterClient.ListModelsAsync"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="modelId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="modelId"/> is not of the form <c>author/slug</c>.</exception>
    /// <exception cref="OpenRouterNotFoundException">No such model (404).</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported another error, or the call timed out.</exception>
    public virtual Task<ModelInfo> GetAsync(string modelId, CancellationToken cancellationToken = default)
    {
        (string author, string slug) = OpenRouterClient.SplitModelId(modelId);
        ApiPath path = ApiPath.Of("model").Segment(author).Segment(slug);
        return Pipeline.GetDataAsync(path, OpenRouterJsonContext.Default.DataEnvelopeModelInfo, OpenRouterCredential.ApiKey, cancellationToken);
    }

    /// <summary>
    /// Lists models with the server's paging (<c>GET /models</c>): set <see cref="ModelListQuery.Offset"/> and
    /// <see cref="ModelListQuery.Limit"/> for one page, or neither for the whole list. Unlike
    /// <see cref="IOpenRouterClient.ListModelsAsync"/>, the answer keeps how many models match in all and the next
    /// page's address.
    /// </summary>
    /// <param name="query">Filters, order and paging; null lists every text model.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page: its models, <see cref="ModelPage.TotalCount"/> and <see cref="ModelPage.Links"/>.</returns>
    /// <exception cref="OpenRouterException">OpenRouter reported an error (400: a filter it does not accept), or the call timed out.</exception>
    public virtual Task<ModelPage> ListPageAsync(ModelListQuery? query = null, CancellationToken cancellationToken = default) =>
        GetPageAsync(ApiPath.Of("models").WithEncodedQuery(query?.ToQueryString()), cancellationToken);

    /// <summary>
    /// Counts the models (<c>GET /models/count</c>); by default, like the list, only models with text output.
    /// </summary>
    /// <param name="query">Which output modalities to count; null counts text models.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>How many models match.</returns>
    /// <exception cref="OpenRouterException">OpenRouter reported an error, or the call timed out.</exception>
    public virtual async Task<int> CountAsync(ModelCountQuery? query = null, CancellationToken cancellationToken = default)
    {
        string? modalities = query?.OutputModalitiesValue();
        ApiPath path = ApiPath.Of("models").Then("count").WithEncodedQuery(modalities is null ? null : "?output_modalities=" + modalities);
        ModelCount count = await Pipeline.GetDataAsync(path, OpenRouterJsonContext.Default.DataEnvelopeModelCount, OpenRouterCredential.ApiKey, cancellationToken)
            .ConfigureAwait(false);
        return count.Count;
    }

    /// <summary>
    /// Lists the models this key's account can use (<c>GET /models/user</c>): the catalog filtered by the account's
    /// provider preferences, privacy settings and guardrails (and by the region, through a regional host). With neither
    /// <paramref name="offset"/> nor <paramref name="limit"/>, the whole list.
    /// </summary>
    /// <param name="offset">Models to skip; null for none.</param>
    /// <param name="limit">The most models to return, 1 to <see cref="MaxPageSize"/>; null for the server's default page.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page, with the total and the next page's address.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="offset"/> is negative, or <paramref name="limit"/> is outside 1 to <see cref="MaxPageSize"/>.</exception>
    /// <exception cref="OpenRouterAuthenticationException">The key is missing or invalid (401).</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported another error, or the call timed out.</exception>
    public virtual Task<ModelPage> ListForUserAsync(int? offset = null, int? limit = null, CancellationToken cancellationToken = default) =>
        GetPageAsync(Paged(ApiPath.Of("models").Then("user"), offset, limit), cancellationToken);

    /// <summary>
    /// Lists the embedding models (<c>GET /embeddings/models</c>), the ones <see cref="IOpenRouterClient.CreateEmbeddingsAsync"/>
    /// takes. With neither <paramref name="offset"/> nor <paramref name="limit"/>, the whole list.
    /// </summary>
    /// <param name="offset">Models to skip; null for none.</param>
    /// <param name="limit">The most models to return, 1 to <see cref="MaxPageSize"/>; null for the server's default page.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page, with the total and the next page's address.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="offset"/> is negative, or <paramref name="limit"/> is outside 1 to <see cref="MaxPageSize"/>.</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported an error, or the call timed out.</exception>
    public virtual Task<ModelPage> ListEmbeddingModelsAsync(int? offset = null, int? limit = null, CancellationToken cancellationToken = default) =>
        GetPageAsync(Paged(ApiPath.Of("embeddings").Then("models"), offset, limit), cancellationToken);

    /// <summary>
    /// Lists the endpoints that keep no data (<c>GET /endpoints/zdr</c>): what remains available when a request asks
    /// for zero data retention (<see cref="ProviderPreferences.Zdr"/>), each with its model and provider.
    /// </summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The endpoints, in the server's order.</returns>
    /// <exception cref="OpenRouterException">OpenRouter reported an error, or the call timed out.</exception>
    public virtual async Task<IReadOnlyList<ModelEndpoint>> ListZeroDataRetentionEndpointsAsync(CancellationToken cancellationToken = default) =>
        await Pipeline.GetDataAsync(ApiPath.Of("endpoints").Then("zdr"), OpenRouterJsonContext.Default.DataEnvelopeListModelEndpoint, OpenRouterCredential.ApiKey, cancellationToken)
            .ConfigureAwait(false);

    private static ApiPath Paged(ApiPath path, int? offset, int? limit)
    {
        if (offset is { } skip)
        {
            Argument.InRange(skip >= 0, skip, "The offset cannot be negative.", nameof(offset));
            path = path.Query("offset", skip.ToString(CultureInfo.InvariantCulture));
        }

        if (limit is { } take)
        {
            Argument.InRange(take is >= 1 and <= MaxPageSize, take, $"The limit must be from 1 to {MaxPageSize}.", nameof(limit));
            path = path.Query("limit", take.ToString(CultureInfo.InvariantCulture));
        }

        return path;
    }

    private Task<ModelPage> GetPageAsync(ApiPath path, CancellationToken cancellationToken) =>
        Pipeline.SendAsync(HttpMethod.Get, path, null, OpenRouterJsonContext.Default.ModelPage,
            static page => OpenRouterPipeline.ErrorMember(page.AdditionalProperties), OpenRouterCredential.ApiKey, cancellationToken);

    /// <summary>The client's pipeline; a mock made with the protected constructor has none.</summary>
    private OpenRouterPipeline Pipeline => _pipeline ?? throw new NotSupportedException(
        $"This {GetType().Name} was made with the protected constructor, for mocking: override the methods the test calls.");
}
