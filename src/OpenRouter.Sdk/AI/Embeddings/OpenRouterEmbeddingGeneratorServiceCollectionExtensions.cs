using System;
using Microsoft.Extensions.AI;
using OpenRouter.Sdk;
using OpenRouter.Sdk.Internal;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the OpenRouter <see cref="IEmbeddingGenerator{TInput, TEmbedding}"/> in a service collection.</summary>
public static class OpenRouterEmbeddingGeneratorServiceCollectionExtensions
{
    /// <summary>
    /// Registers a singleton <c>IEmbeddingGenerator&lt;string, Embedding&lt;float&gt;&gt;</c> over the
    /// <see cref="IOpenRouterClient"/> of the container, so call <c>AddOpenRouter(...)</c> as well.
    /// <paramref name="configure"/> wraps the generator in middleware, for example
    /// <c>(inner, sp) =&gt; inner.AsBuilder().UseOpenTelemetry().Build(sp)</c> with the Microsoft.Extensions.AI package.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="defaultModel">The model used when <c>EmbeddingGenerationOptions.ModelId</c> is not set.</param>
    /// <param name="configure">Optional: turns the OpenRouter generator into the one registered (a middleware pipeline).</param>
    /// <returns><paramref name="services"/>.</returns>
    public static IServiceCollection AddOpenRouterEmbeddingGenerator(this IServiceCollection services, string? defaultModel = null,
        Func<IEmbeddingGenerator<string, Embedding<float>>, IServiceProvider, IEmbeddingGenerator<string, Embedding<float>>>? configure = null)
    {
        Argument.NotNull(services);

        return services.AddSingleton(sp => Create(sp, defaultModel, configure));
    }

    /// <summary>
    /// Registers a keyed singleton <c>IEmbeddingGenerator&lt;string, Embedding&lt;float&gt;&gt;</c> over the
    /// <see cref="IOpenRouterClient"/> of the container (see <see cref="AddOpenRouterEmbeddingGenerator"/>), for apps
    /// that use several embedding models side by side.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="serviceKey">The key to resolve the generator with (<c>[FromKeyedServices(key)]</c>).</param>
    /// <param name="defaultModel">The model used when <c>EmbeddingGenerationOptions.ModelId</c> is not set.</param>
    /// <param name="configure">Optional: turns the OpenRouter generator into the one registered (a middleware pipeline).</param>
    /// <returns><paramref name="services"/>.</returns>
    public static IServiceCollection AddKeyedOpenRouterEmbeddingGenerator(this IServiceCollection services, object? serviceKey, string? defaultModel = null,
        Func<IEmbeddingGenerator<string, Embedding<float>>, IServiceProvider, IEmbeddingGenerator<string, Embedding<float>>>? configure = null)
    {
        Argument.NotNull(services);

        return services.AddKeyedSingleton(serviceKey, (sp, _) => Create(sp, defaultModel, configure));
    }

    private static IEmbeddingGenerator<string, Embedding<float>> Create(IServiceProvider services, string? defaultModel,
        Func<IEmbeddingGenerator<string, Embedding<float>>, IServiceProvider, IEmbeddingGenerator<string, Embedding<float>>>? configure)
    {
        IOpenRouterClient client = services.GetService<IOpenRouterClient>()
            ?? throw new InvalidOperationException("No IOpenRouterClient is registered: call services.AddOpenRouter(...) before resolving the OpenRouter embedding generator.");
        IEmbeddingGenerator<string, Embedding<float>> generator = client.AsIEmbeddingGenerator(defaultModel);
        return configure is null ? generator : configure(generator, services) ?? throw new InvalidOperationException("The configure callback of AddOpenRouterEmbeddingGenerator returned null.");
    }
}
