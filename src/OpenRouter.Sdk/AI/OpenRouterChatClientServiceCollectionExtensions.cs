using System;
using Microsoft.Extensions.AI;
using OpenRouter.Sdk;
using OpenRouter.Sdk.Internal;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the OpenRouter <see cref="IChatClient"/> in a service collection.</summary>
public static class OpenRouterChatClientServiceCollectionExtensions
{
    /// <summary>
    /// Registers a singleton <see cref="IChatClient"/> over the <see cref="IOpenRouterClient"/> of the container, so
    /// call <c>AddOpenRouter(...)</c> as well. <paramref name="configure"/> wraps the client in middleware, for example
    /// <c>(inner, sp) =&gt; inner.AsBuilder().UseFunctionInvocation().UseOpenTelemetry().Build(sp)</c> with the
    /// Microsoft.Extensions.AI package; or register it yourself with
    /// <c>services.AddChatClient(sp =&gt; sp.GetRequiredService&lt;IOpenRouterClient&gt;().AsIChatClient(model))</c>,
    /// which returns a <c>ChatClientBuilder</c>.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="defaultModel">The model used when <c>ChatOptions.ModelId</c> is not set.</param>
    /// <param name="configure">Optional: turns the OpenRouter chat client into the one registered (a middleware pipeline).</param>
    /// <returns><paramref name="services"/>.</returns>
    public static IServiceCollection AddOpenRouterChatClient(this IServiceCollection services, string? defaultModel = null,
        Func<IChatClient, IServiceProvider, IChatClient>? configure = null)
    {
        Argument.NotNull(services);

        return services.AddSingleton(sp => Create(sp, defaultModel, configure));
    }

    /// <summary>
    /// Registers a keyed singleton <see cref="IChatClient"/> over the <see cref="IOpenRouterClient"/> of the container
    /// (see <see cref="AddOpenRouterChatClient"/>), for apps that use several models side by side.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="serviceKey">The key to resolve the chat client with (<c>[FromKeyedServices(key)]</c>).</param>
    /// <param name="defaultModel">The model used when <c>ChatOptions.ModelId</c> is not set.</param>
    /// <param name="configure">Optional: turns the OpenRouter chat client into the one registered (a middleware pipeline).</param>
    /// <returns><paramref name="services"/>.</returns>
    public static IServiceCollection AddKeyedOpenRouterChatClient(this IServiceCollection services, object? serviceKey, string? defaultModel = null,
        Func<IChatClient, IServiceProvider, IChatClient>? configure = null)
    {
        Argument.NotNull(services);

        return services.AddKeyedSingleton(serviceKey, (sp, _) => Create(sp, defaultModel, configure));
    }

    /// <summary>
    /// Registers a singleton <see cref="IChatClient"/> over OpenRouter's Responses API: the
    /// <see cref="OpenRouterResponsesClient"/> of the container (so call <c>AddOpenRouter(...)</c> as well) through
    /// <see cref="OpenRouterResponsesChatClientExtensions.AsIChatClient"/>. <paramref name="configure"/> wraps it in
    /// middleware, as for <see cref="AddOpenRouterChatClient"/>.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="defaultModel">The model used when <c>ChatOptions.ModelId</c> is not set.</param>
    /// <param name="configure">Optional: turns the OpenRouter chat client into the one registered (a middleware pipeline).</param>
    /// <returns><paramref name="services"/>.</returns>
    public static IServiceCollection AddOpenRouterResponsesChatClient(this IServiceCollection services, string? defaultModel = null,
        Func<IChatClient, IServiceProvider, IChatClient>? configure = null)
    {
        Argument.NotNull(services);

        return services.AddSingleton(sp => CreateResponses(sp, defaultModel, configure));
    }

    /// <summary>
    /// Registers a keyed singleton <see cref="IChatClient"/> over OpenRouter's Responses API (see
    /// <see cref="AddOpenRouterResponsesChatClient"/>), for apps that use several models or both APIs side by side.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="serviceKey">The key to resolve the chat client with (<c>[FromKeyedServices(key)]</c>).</param>
    /// <param name="defaultModel">The model used when <c>ChatOptions.ModelId</c> is not set.</param>
    /// <param name="configure">Optional: turns the OpenRouter chat client into the one registered (a middleware pipeline).</param>
    /// <returns><paramref name="services"/>.</returns>
    public static IServiceCollection AddKeyedOpenRouterResponsesChatClient(this IServiceCollection services, object? serviceKey, string? defaultModel = null,
        Func<IChatClient, IServiceProvider, IChatClient>? configure = null)
    {
        Argument.NotNull(services);

        return services.AddKeyedSingleton(serviceKey, (sp, _) => CreateResponses(sp, defaultModel, configure));
    }

    private static IChatClient CreateResponses(IServiceProvider services, string? defaultModel, Func<IChatClient, IServiceProvider, IChatClient>? configure)
    {
        OpenRouterResponsesClient responses = services.GetService<OpenRouterResponsesClient>()
            ?? throw new InvalidOperationException("No OpenRouterResponsesClient is registered: call services.AddOpenRouter(...) before resolving the OpenRouter Responses chat client.");
        IChatClient chatClient = responses.AsIChatClient(defaultModel);
        return configure is null ? chatClient : configure(chatClient, services) ?? throw new InvalidOperationException("The configure callback of AddOpenRouterResponsesChatClient returned null.");
    }

    private static IChatClient Create(IServiceProvider services, string? defaultModel, Func<IChatClient, IServiceProvider, IChatClient>? configure)
    {
        IOpenRouterClient client = services.GetService<IOpenRouterClient>()
            ?? throw new InvalidOperationException("No IOpenRouterClient is registered: call services.AddOpenRouter(...) before resolving the OpenRouter chat client.");
        IChatClient chatClient = client.AsIChatClient(defaultModel);
        return configure is null ? chatClient : configure(chatClient, services) ?? throw new InvalidOperationException("The configure callback of AddOpenRouterChatClient returned null.");
    }
}
