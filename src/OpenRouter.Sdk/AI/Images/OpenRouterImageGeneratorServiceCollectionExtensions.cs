using System;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.AI;
using OpenRouter.Sdk;
using OpenRouter.Sdk.AI;
using OpenRouter.Sdk.Internal;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Registers the OpenRouter <see cref="IImageGenerator"/> in a service collection. <see cref="IImageGenerator"/> is
/// experimental in Microsoft.Extensions.AI: using it reports the same diagnostic (<c>MEAI001</c>).
/// </summary>
[Experimental(MeaiExperimental.DiagnosticId, UrlFormat = MeaiExperimental.UrlFormat)]
public static class OpenRouterImageGeneratorServiceCollectionExtensions
{
    /// <summary>
    /// Registers a singleton <see cref="IImageGenerator"/> over the <see cref="OpenRouterImagesClient"/> of the
    /// container, so call <c>AddOpenRouter(...)</c> as well. <paramref name="configure"/> wraps the generator in
    /// middleware (a <c>DelegatingImageGenerator</c>).
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="defaultModel">The model used when <c>ImageGenerationOptions.ModelId</c> is not set.</param>
    /// <param name="configure">Optional: turns the OpenRouter generator into the one registered (a middleware pipeline).</param>
    /// <returns><paramref name="services"/>.</returns>
    public static IServiceCollection AddOpenRouterImageGenerator(this IServiceCollection services, string? defaultModel = null,
        Func<IImageGenerator, IServiceProvider, IImageGenerator>? configure = null)
    {
        Argument.NotNull(services);

        return services.AddSingleton(sp => Create(sp, defaultModel, configure));
    }

    /// <summary>
    /// Registers a keyed singleton <see cref="IImageGenerator"/> over the <see cref="OpenRouterImagesClient"/> of the
    /// container (see <see cref="AddOpenRouterImageGenerator"/>), for apps that use several image models side by side.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="serviceKey">The key to resolve the generator with (<c>[FromKeyedServices(key)]</c>).</param>
    /// <param name="defaultModel">The model used when <c>ImageGenerationOptions.ModelId</c> is not set.</param>
    /// <param name="configure">Optional: turns the OpenRouter generator into the one registered (a middleware pipeline).</param>
    /// <returns><paramref name="services"/>.</returns>
    public static IServiceCollection AddKeyedOpenRouterImageGenerator(this IServiceCollection services, object? serviceKey, string? defaultModel = null,
        Func<IImageGenerator, IServiceProvider, IImageGenerator>? configure = null)
    {
        Argument.NotNull(services);

        return services.AddKeyedSingleton(serviceKey, (sp, _) => Create(sp, defaultModel, configure));
    }

    private static IImageGenerator Create(IServiceProvider services, string? defaultModel, Func<IImageGenerator, IServiceProvider, IImageGenerator>? configure)
    {
        OpenRouterImagesClient images = services.GetService<OpenRouterImagesClient>()
            ?? throw new InvalidOperationException("No OpenRouterImagesClient is registered: call services.AddOpenRouter(...) before resolving the OpenRouter image generator.");
        IImageGenerator generator = images.AsIImageGenerator(defaultModel);
        return configure is null ? generator : configure(generator, services) ?? throw new InvalidOperationException("The configure callback of AddOpenRouterImageGenerator returned null.");
    }
}
