using Microsoft.Extensions.AI;
using OpenRouter.Sdk.AI;
using OpenRouter.Sdk.Internal;

namespace OpenRouter.Sdk;

/// <summary>Exposes an <see cref="IOpenRouterClient"/> as a Microsoft.Extensions.AI <see cref="IEmbeddingGenerator{TInput, TEmbedding}"/>.</summary>
public static class OpenRouterEmbeddingGeneratorExtensions
{
    /// <summary>
    /// Returns an <see cref="IEmbeddingGenerator{TInput, TEmbedding}"/> that embeds texts through
    /// <see cref="IOpenRouterClient.CreateEmbeddingsAsync"/>, one request for all the values of a call.
    /// <c>EmbeddingGenerationOptions.ModelId</c> and <c>Dimensions</c> are sent as <c>model</c> and <c>dimensions</c>;
    /// <c>encoding_format</c>, <c>input_type</c>, <c>user</c> and <c>provider</c> travel in
    /// <c>EmbeddingGenerationOptions.AdditionalProperties</c> (see <see cref="OpenRouterPropertyNames"/>), anything
    /// else in an <see cref="EmbeddingsRequest"/> returned by <c>RawRepresentationFactory</c>. The answer carries the
    /// token counts in <c>Usage</c> and the cost (a <see cref="decimal"/>, USD) under
    /// <see cref="OpenRouterPropertyNames.Cost"/> in its <c>AdditionalProperties</c>.
    /// </summary>
    /// <param name="client">The OpenRouter client; it is not disposed with the generator.</param>
    /// <param name="defaultModel">The model used when <c>EmbeddingGenerationOptions.ModelId</c> is not set, for example <c>openai/text-embedding-3-small</c>.</param>
    /// <param name="defaultDimensions">The vector length used when <c>EmbeddingGenerationOptions.Dimensions</c> is not set; null leaves it to the model.</param>
    /// <returns>
    /// The generator. <c>GetService&lt;EmbeddingGeneratorMetadata&gt;()</c> reports provider <c>openrouter</c>, the
    /// endpoint, the default model and dimensions; <c>GetService&lt;IOpenRouterClient&gt;()</c> returns <paramref name="client"/>.
    /// </returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="client"/> is null.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="defaultDimensions"/> is 0 or less.</exception>
    public static IEmbeddingGenerator<string, Embedding<float>> AsIEmbeddingGenerator(this IOpenRouterClient client, string? defaultModel = null, int? defaultDimensions = null)
    {
        Argument.NotNull(client);

        return new OpenRouterEmbeddingGenerator(client, defaultModel, defaultDimensions);
    }
}
