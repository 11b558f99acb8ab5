using System;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.AI;
using OpenRouter.Sdk;
using OpenRouter.Sdk.AI;
using OpenRouter.Sdk.Internal;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Registers the OpenRouter <see cref="ITextToSpeechClient"/> and <see cref="ISpeechToTextClient"/> in a service
/// collection. Both are experimental in Microsoft.Extensions.AI: using them reports the same diagnostic (<c>MEAI001</c>).
/// </summary>
[Experimental(MeaiExperimental.DiagnosticId, UrlFormat = MeaiExperimental.UrlFormat)]
public static class OpenRouterSpeechClientServiceCollectionExtensions
{
    /// <summary>
    /// Registers a singleton <see cref="ITextToSpeechClient"/> over the <see cref="OpenRouterAudioClient"/> of the
    /// container, so call <c>AddOpenRouter(...)</c> as well.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="defaultModel">The model used when <c>TextToSpeechOptions.ModelId</c> is not set.</param>
    /// <param name="configure">Optional: turns the OpenRouter client into the one registered (a middleware pipeline).</param>
    /// <returns><paramref name="services"/>.</returns>
    public static IServiceCollection AddOpenRouterTextToSpeechClient(this IServiceCollection services, string? defaultModel = null,
        Func<ITextToSpeechClient, IServiceProvider, ITextToSpeechClient>? configure = null)
    {
        Argument.NotNull(services);

        return services.AddSingleton(sp => Configure(AudioOf(sp).AsITextToSpeechClient(defaultModel), sp, configure));
    }

    /// <summary>Registers a keyed singleton <see cref="ITextToSpeechClient"/> (see <see cref="AddOpenRouterTextToSpeechClient"/>).</summary>
    /// <param name="services">The services.</param>
    /// <param name="serviceKey">The key to resolve the client with (<c>[FromKeyedServices(key)]</c>).</param>
    /// <param name="defaultModel">The model used when <c>TextToSpeechOptions.ModelId</c> is not set.</param>
    /// <param name="configure">Optional: turns the OpenRouter client into the one registered (a middleware pipeline).</param>
    /// <returns><paramref name="services"/>.</returns>
    public static IServiceCollection AddKeyedOpenRouterTextToSpeechClient(this IServiceCollection services, object? serviceKey, string? defaultModel = null,
        Func<ITextToSpeechClient, IServiceProvider, ITextToSpeechClient>? configure = null)
    {
        Argument.NotNull(services);

        return services.AddKeyedSingleton(serviceKey, (sp, _) => Configure(AudioOf(sp).AsITextToSpeechClient(defaultModel), sp, configure));
    }

    /// <summary>
    /// Registers a singleton <see cref="ISpeechToTextClient"/> over the <see cref="OpenRouterAudioClient"/> of the
    /// container, so call <c>AddOpenRouter(...)</c> as well.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="defaultModel">The model used when <c>SpeechToTextOptions.ModelId</c> is not set.</param>
    /// <param name="configure">Optional: turns the OpenRouter client into the one registered (a middleware pipeline).</param>
    /// <returns><paramref name="services"/>.</returns>
    public static IServiceCollection AddOpenRouterSpeechToTextClient(this IServiceCollection services, string? defaultModel = null,
        Func<ISpeechToTextClient, IServiceProvider, ISpeechToTextClient>? configure = null)
    {
        Argument.NotNull(services);

        return services.AddSingleton(sp => Configure(AudioOf(sp).AsISpeechToTextClient(defaultModel), sp, configure));
    }

    /// <summary>Registers a keyed singleton <see cref="ISpeechToTextClient"/> (see <see cref="AddOpenRouterSpeechToTextClient"/>).</summary>
    /// <param name="services">The services.</param>
    /// <param name="serviceKey">The key to resolve the client with (<c>[FromKeyedServices(key)]</c>).</param>
    /// <param name="defaultModel">The model used when <c>SpeechToTextOptions.ModelId</c> is not set.</param>
    /// <param name="configure">Optional: turns the OpenRouter client into the one registered (a middleware pipeline).</param>
    /// <returns><paramref name="services"/>.</returns>
    public static IServiceCollection AddKeyedOpenRouterSpeechToTextClient(this IServiceCollection services, object? serviceKey, string? defaultModel = null,
        Func<ISpeechToTextClient, IServiceProvider, ISpeechToTextClient>? configure = null)
    {
        Argument.NotNull(services);

        return services.AddKeyedSingleton(serviceKey, (sp, _) => Configure(AudioOf(sp).AsISpeechToTextClient(defaultModel), sp, configure));
    }

    private static OpenRouterAudioClient AudioOf(IServiceProvider services) =>
        services.GetService<OpenRouterAudioClient>()
        ?? throw new InvalidOperationException("No OpenRouterAudioClient is registered: call services.AddOpenRouter(...) before resolving an OpenRouter speech client.");

    private static T Configure<T>(T client, IServiceProvider services, Func<T, IServiceProvider, T>? configure)
        where T : class =>
        configure is null ? client : configure(client, services) ?? throw new InvalidOperationException("The configure callback of the OpenRouter speech client registration returned null.");
}
