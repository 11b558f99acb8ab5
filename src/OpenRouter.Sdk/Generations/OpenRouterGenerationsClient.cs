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
/// Generations beyond <see cref="IOpenRouterClient.GetGenerationAsync"/> (the spec's <c>GET /generation/content</c>
/// and <c>POST /generation/feedback</c>). Reached as <see cref="OpenRouterClient.Generations"/> or resolved from DI after
/// <c>services.AddOpenRouter(...)</c>. Thread-safe; it shares its client's connections, options and lifetime.
/// </summary>
/// <remarks>
/// To fake it in tests, derive from it (the protected constructor exists for that) and override the methods you use;
/// the methods are virtual.
/// </remarks>
public class OpenRouterGenerationsClient
{
    private static readonly ApiPath GenerationPath = ApiPath.Of("generation");

    private readonly OpenRouterPipeline? _pipeline;

    /// <summary>Creates an instance for mocking: a subclass overrides the methods it needs; the others throw.</summary>
    protected OpenRouterGenerationsClient()
    {
    }

    internal OpenRouterGenerationsClient(OpenRouterPipeline pipeline)
    {
        _pipeline = Argument.NotNull(pipeline);
    }

    /// <summary>
    /// Gets what OpenRouter stored of a generation (<c>GET /generation/content</c>): its prompt or messages, its
    /// completion and reasoning, and its error. Stored only when the account logs inputs and outputs; sent with the API key.
    /// </summary>
    /// <param name="generationId">The generation's id (<c>gen-...</c>), as <see cref="ChatCompletion.Id"/> gives it.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The stored content.</returns>
    /// <exception cref="ArgumentException"><paramref name="generationId"/> is null or blank.</exception>
    /// <exception cref="OpenRouterNotFoundException">No such generation, or nothing stored for it (404).</exception>
    /// <exception cref="OpenRouterPermissionDeniedException">The key may not read this generation's content (403).</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported another error, or the call timed out.</exception>
    public virtual Task<GenerationContent> GetContentAsync(string generationId, CancellationToken cancellationToken = default)
    {
        Argument.NotBlank(generationId, "A generation id (gen-...) is required.");
        ApiPath path = GenerationPath.Then("content").Query("id", generationId);
        return Pipeline.GetDataAsync(path, OpenRouterJsonContext.Default.DataEnvelopeGenerationContent, OpenRouterCredential.ApiKey, cancellationToken);
    }

    /// <summary>
    /// Sends feedback on a generation the account made (<c>POST /generation/feedback</c>). Needs a management key
    /// (<see cref="OpenRouterClientOptions.ManagementKey"/>). Completing is the confirmation.
    /// </summary>
    /// <param name="feedback">The generation, the category and an optional comment.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when OpenRouter has accepted the feedback.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="feedback"/> is null.</exception>
    /// <exception cref="ArgumentException">The generation id or category is missing, or the comment is longer than <see cref="GenerationFeedback.MaxCommentLength"/>.</exception>
    /// <exception cref="InvalidOperationException">No management key is configured; nothing was sent.</exception>
    /// <exception cref="OpenRouterNotFoundException">No such generation (404).</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported another error, or the call timed out.</exception>
    public virtual async Task SubmitFeedbackAsync(GenerationFeedback feedback, CancellationToken cancellationToken = default)
    {
        Argument.NotNull(feedback);
        Argument.Requires(!string.IsNullOrWhiteSpace(feedback.GenerationId), "GenerationFeedback.GenerationId is required (gen-...).", nameof(feedback));
        Argument.Requires(feedback.Category.Value.Length > 0, "GenerationFeedback.Category is required.", nameof(feedback));
        Argument.Requires(feedback.Comment is null || feedback.Comment.Length <= GenerationFeedback.MaxCommentLength,
            $"GenerationFeedback.Comment can have at most {GenerationFeedback.MaxCommentLength} characters.", nameof(feedback));
        byte[] body = JsonSerializer.SerializeToUtf8Bytes(feedback, OpenRouterJsonContext.Default.GenerationFeedback);
        DataEnvelope<GenerationFeedbackResult> answer = await Pipeline.SendAsync(HttpMethod.Post, GenerationPath.Then("feedback"), body,
            OpenRouterJsonContext.Default.DataEnvelopeGenerationFeedbackResult, static e => OpenRouterPipeline.ErrorMember(e.AdditionalProperties),
            OpenRouterCredential.ManagementKey, cancellationToken).ConfigureAwait(false);
        if (answer.Data is not { Success: true })
        {
            throw OpenRouterErrorFactory.MissingData("POST /generation/feedback");
        }
    }

    /// <summary>The client's pipeline; a mock made with the protected constructor has none.</summary>
    private OpenRouterPipeline Pipeline => _pipeline ?? throw new NotSupportedException(
        $"This {GetType().Name} was made with the protected constructor, for mocking: override the methods the test calls.");
}
