using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using OpenRouter.Sdk.Http;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// Image generation (the spec's <c>Images</c> operations): generate images from a prompt (<c>POST /images</c>) and
/// discover the image models and their endpoints. Reached as <see cref="OpenRouterClient.Images"/> or resolved from DI
/// after <c>services.AddOpenRouter(...)</c>. Sent with the API key; thread-safe; it shares its client's connections,
/// options, retries, budget and lifetime.
/// </summary>
/// <remarks>
/// To fake it in tests, derive from it (the protected constructor exists for that) and override the methods you
/// use; the methods are virtual.
/// </remarks>
public class OpenRouterImagesClient
{
    private static readonly ApiPath ImagesPath = ApiPath.Of("images");
    private static readonly ApiPath ModelsPath = ImagesPath.Then("models");

    private readonly OpenRouterPipeline? _pipeline;

    /// <summary>Creates an instance for mocking: a subclass overrides the methods it needs; the others throw.</summary>
    protected OpenRouterImagesClient()
    {
    }

    internal OpenRouterImagesClient(OpenRouterPipeline pipeline)
    {
        _pipeline = Argument.NotNull(pipeline);
    }

    /// <summary>
    /// Generates images (<c>POST /images</c>). The answer holds each image base64-encoded, decoded only when asked
    /// (<see cref="GeneratedImageData.GetBytes"/>, <see cref="GeneratedImageData.SaveAsync"/>); its
    /// <see cref="Usage.Cost"/> counts against the client's budget, if any.
    /// </summary>
    /// <param name="request">The model, the prompt and the options.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The generated images.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="ArgumentException">The request has no model or no prompt, or a count outside 1-10; nothing was sent.</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported an error, or the call timed out.</exception>
    public virtual Task<ImageGenerationResponse> GenerateAsync(ImageGenerationRequest request, CancellationToken cancellationToken = default)
    {
        Argument.NotNull(request);
        Argument.Requires(!string.IsNullOrWhiteSpace(request.Model), "An image generation request needs a model.", nameof(request));
        Argument.Requires(!string.IsNullOrWhiteSpace(request.Prompt), "An image generation request needs a prompt.", nameof(request));
        Argument.Requires(request.Count is null or (>= 1 and <= 10), $"ImageGenerationRequest.Count must be from 1 to 10; got {request.Count}.", nameof(request));
        Argument.Requires(request.OutputCompression is null or (>= 0 and <= 100),
            $"ImageGenerationRequest.OutputCompression must be from 0 to 100; got {request.OutputCompression}.", nameof(request));
        Argument.Requires(request.InputReferences is null || request.InputReferences.Count <= 16, "At most 16 input references can be sent.", nameof(request));
        byte[] body = JsonSerializer.SerializeToUtf8Bytes(request, OpenRouterJsonContext.Default.ImageGenerationRequest);
        return GenerateCoreAsync(body, cancellationToken);
    }

    /// <summary>Lists the image generation models (<c>GET /images/models</c>) with the parameters they accept.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The models, in the server's order.</returns>
    /// <exception cref="OpenRouterException">OpenRouter reported an error, or the call timed out.</exception>
    public virtual async Task<IReadOnlyList<ImageModel>> ListModelsAsync(CancellationToken cancellationToken = default) =>
        await Pipeline.GetDataAsync(ModelsPath, OpenRouterJsonContext.Default.DataEnvelopeListImageModel, OpenRouterCredential.ApiKey, cancellationToken)
            .ConfigureAwait(false);

    /// <summary>
    /// Lists the endpoints of an image model (<c>GET /images/models/{author}/{slug}/endpoints</c>): each provider's
    /// definitive parameters, passthrough options and prices.
    /// </summary>
    /// <param name="modelId">The model id, <c>author/slug</c>, for example <c>bytedance-seed/seedream-4.5</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The model's endpoints.</returns>
    /// <exception cref="ArgumentException"><paramref name="modelId"/> is not of the form <c>author/slug</c>; nothing was sent.</exception>
    /// <exception cref="OpenRouterNotFoundException">No such image model (404).</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported another error, or the call timed out.</exception>
    public virtual Task<ImageModelEndpoints> ListModelEndpointsAsync(string modelId, CancellationToken cancellationToken = default)
    {
        ApiPath path = EndpointsPath(modelId);
        return Pipeline.SendAsync(HttpMethod.Get, path, null, OpenRouterJsonContext.Default.ImageModelEndpoints,
            static r => OpenRouterPipeline.ErrorMember(r.AdditionalProperties), OpenRouterCredential.ApiKey, cancellationToken);
    }

    /// <summary>Validates <c>author/slug</c> and builds the endpoints path, each part one escaped segment.</summary>
    private static ApiPath EndpointsPath(string modelId)
    {
        Argument.NotNull(modelId);
        string[] parts = modelId.Split('/');
        Argument.Requires(parts.Length == 2 && !IsBlankSegment(parts[0]) && !IsBlankSegment(parts[1]),
            $"An image model id has the form 'author/slug' (for example 'bytedance-seed/seedream-4.5'); got '{modelId}'.", nameof(modelId));
        return ModelsPath.Segment(parts[0]).Segment(parts[1]).Then("endpoints");
    }

    private static bool IsBlankSegment(string segment) => string.IsNullOrWhiteSpace(segment) || segment == "." || segment == "..";

    private async Task<ImageGenerationResponse> GenerateCoreAsync(byte[] body, CancellationToken cancellationToken)
    {
        OpenRouterPipeline pipeline = Pipeline;
        OpenRouterBudgetGuard? budget = pipeline.Lifetime.Budget;
        if (budget is not null)
        {
            await budget.EnsureAvailableAsync(cancellationToken).ConfigureAwait(false);
        }

        ImageGenerationResponse response = await pipeline.SendAsync(HttpMethod.Post, ImagesPath, body, OpenRouterJsonContext.Default.ImageGenerationResponse,
            static r => OpenRouterPipeline.ErrorMember(r.AdditionalProperties), OpenRouterCredential.ApiKey, cancellationToken).ConfigureAwait(false);
        budget?.Record(response.Usage?.Cost);
        return response;
    }

    /// <summary>The API root this client sends to (null for a mock), reported by the Microsoft.Extensions.AI adapters' metadata.</summary>
    internal Uri? Endpoint => _pipeline?.Options.BaseUrl;

    /// <summary>The client's pipeline; a mock made with the protected constructor has none.</summary>
    private OpenRouterPipeline Pipeline => _pipeline ?? throw new NotSupportedException(
        $"This {GetType().Name} was made with the protected constructor, for mocking: override the methods the test calls.");
}
