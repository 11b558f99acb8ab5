using System;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using OpenRouter.Sdk.Http;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// Reranking (the spec's <c>Rerank</c> operation, <c>POST /rerank</c>): order documents by their relevance to a
/// query, as a retrieval step before a chat request. Reached as <see cref="OpenRouterClient.Rerank"/> or resolved from
/// DI after <c>services.AddOpenRouter(...)</c>. Sent with the API key; thread-safe; it shares its client's
/// connections, options, retries, budget and lifetime.
/// </summary>
/// <remarks>
/// To fake it in tests, derive from it (the protected constructor exists for that) and override the method you
/// use; it is virtual.
/// </remarks>
public class OpenRouterRerankClient
{
    private static readonly ApiPath RerankPath = ApiPath.Of("rerank");

    private readonly OpenRouterPipeline? _pipeline;

    /// <summary>Creates an instance for mocking: a subclass overrides the methods it needs; the others throw.</summary>
    protected OpenRouterRerankClient()
    {
    }

    internal OpenRouterRerankClient(OpenRouterPipeline pipeline)
    {
        _pipeline = Argument.NotNull(pipeline);
    }

    /// <summary>
    /// Ranks documents by relevance to a query (<c>POST /rerank</c>). Each result names its document by
    /// <see cref="RerankResult.Index"/> in <see cref="RerankRequest.Documents"/>; the answer's cost counts against the
    /// client's budget, if any.
    /// </summary>
    /// <param name="request">The model, the query and the documents.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The ranked documents, most relevant first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="ArgumentException">The request has no model, no query, no documents (or a null one), or a <see cref="RerankRequest.TopN"/> below 1; nothing was sent.</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported an error, or the call timed out.</exception>
    public virtual Task<RerankResponse> RerankAsync(RerankRequest request, CancellationToken cancellationToken = default)
    {
        Argument.NotNull(request);
        Argument.Requires(!string.IsNullOrWhiteSpace(request.Model), "A rerank request needs a model.", nameof(request));
        Argument.Requires(request.Query is not null, "A rerank request needs a query.", nameof(request));
        Argument.Requires(request.Documents is { Count: > 0 }, "A rerank request needs at least one document.", nameof(request));
        foreach (RerankDocument document in request.Documents)
        {
            Argument.Requires(document is not null, "A rerank request's documents cannot contain null.", nameof(request));
        }

        Argument.Requires(request.TopN is null or >= 1, $"RerankRequest.TopN must be at least 1; got {request.TopN}.", nameof(request));
        byte[] body = JsonSerializer.SerializeToUtf8Bytes(request, OpenRouterJsonContext.Default.RerankRequest);
        return RerankCoreAsync(body, cancellationToken);
    }

    private async Task<RerankResponse> RerankCoreAsync(byte[] body, CancellationToken cancellationToken)
    {
        OpenRouterPipeline pipeline = Pipeline;
        OpenRouterBudgetGuard? budget = pipeline.Lifetime.Budget;
        if (budget is not null)
        {
            await budget.EnsureAvailableAsync(cancellationToken).ConfigureAwait(false);
        }

        RerankResponse response = await pipeline.SendAsync(HttpMethod.Post, RerankPath, body, OpenRouterJsonContext.Default.RerankResponse,
            static r => OpenRouterPipeline.ErrorMember(r.AdditionalProperties), OpenRouterCredential.ApiKey, cancellationToken).ConfigureAwait(false);
        budget?.Record(response.Usage?.Cost);
        return response;
    }

    /// <summary>The client's pipeline; a mock made with the protected constructor has none.</summary>
    private OpenRouterPipeline Pipeline => _pipeline ?? throw new NotSupportedException(
        $"This {GetType().Name} was made with the protected constructor, for mocking: override the methods the test calls.");
}
