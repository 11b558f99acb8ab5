using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace OpenRouter.Emulator;

/// <summary>Maps the emulated OpenRouter API onto any ASP.NET Core app.</summary>
internal static class EmulatorEndpoints
{
    /// <summary>The path the API lives under, as on openrouter.ai.</summary>
    public const string Prefix = "/api/v1";

    /// <summary>
    /// Maps <c>POST chat/completions</c>, <c>embeddings</c>, <c>GET models</c>, <c>models/{author}/{slug}/endpoints</c>,
    /// <c>providers</c>, <c>generation</c>, <c>key</c> (and <c>auth/key</c>), <c>credits</c>, <c>responses</c>
    /// (<see cref="ResponsesRoutes"/>) and the area routes (<see cref="ActivityRoutes"/>) under <see cref="Prefix"/>. As on
    /// OpenRouter, the catalog (<c>models</c>, endpoints, <c>providers</c>) is public; every other request needs an
    /// <c>Authorization: Bearer</c> value (any non-empty key is accepted), and management routes (<c>credits</c>, ...)
    /// the <see cref="OpenRouterEmulatorOptions.ManagementKey"/> when one is set.
    /// </summary>
    public static IEndpointRouteBuilder MapOpenRouterEmulator(this IEndpointRouteBuilder endpoints, EmulatorState state)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var chat = new ChatCompletionsHandler(state);
        var account = new AccountHandlers(state);
        endpoints.MapPost(Prefix + "/chat/completions", Inference(state, chat.HandleAsync));
        endpoints.MapPost(Prefix + "/embeddings", Inference(state, new EmbeddingsHandler(state).HandleAsync));
        endpoints.MapGet(Prefix + "/models", account.ModelsAsync);
        endpoints.MapGet(Prefix + "/models/{author}/{slug}/endpoints", AccountHandlers.EndpointsAsync);
        endpoints.MapGet(Prefix + "/providers", AccountHandlers.ProvidersAsync);
        endpoints.MapGet(Prefix + "/generation", Authorized(account.GenerationAsync));
        endpoints.MapGet(Prefix + "/key", Authorized(account.KeyAsync));
        endpoints.MapGet(Prefix + "/auth/key", Authorized(account.KeyAsync));
        endpoints.MapGet(Prefix + "/credits", Management(state, account.CreditsAsync));
        endpoints.MapActivityRoutes(state);
        endpoints.MapGuardrailsRoutes(state);
        endpoints.MapKeysRoutes(state);
        endpoints.MapByokRoutes(state);
        endpoints.MapSignInRoutes(state);
        endpoints.MapPresetsRoutes(state);
        endpoints.MapWorkspacesRoutes(state);
        endpoints.MapScimRoutes(state);
        endpoints.MapObservabilityRoutes(state);
        endpoints.MapOrganizationRoutes(state);
        endpoints.MapVideosRoutes(state);
        endpoints.MapFilesRoutes(state);
        endpoints.MapResponsesRoutes(state);
        endpoints.MapImagesRoutes(state);
        endpoints.MapAudioRoutes(state);
        endpoints.MapRerankRoutes(state);
        endpoints.MapCatalogRoutes(state);
        endpoints.MapGenerationsRoutes(state);
        endpoints.MapDatasetsRoutes(state);
        endpoints.MapMessagesRoutes(state);
        endpoints.Map(Prefix + "/{**path}", Authorized(context =>
            WireJson.WriteErrorAsync(context, 404, $"The emulator does not implement {context.Request.Method} {context.Request.Path}.")));
        return endpoints;
    }

    /// <summary>The key of an <c>Authorization: Bearer &lt;key&gt;</c> header, or null.</summary>
    public static string? BearerKeyOf(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        string header = context.Request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        return header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) && header[scheme.Length..].Trim() is { Length: > 0 } key ? key : null;
    }

    /// <summary>Answers 401 to a request without a bearer key, as OpenRouter does; otherwise runs <paramref name="handler"/>.</summary>
    public static RequestDelegate Authorized(RequestDelegate handler) => context =>
        BearerKeyOf(context) is null
            ? WireJson.WriteErrorAsync(context, 401, "No auth credentials found")
            : handler(context);

    /// <summary>
    /// An inference route (chat, embeddings, Responses, images, audio, rerank, videos): 401 without a bearer key; 403
    /// when the key is the <see cref="OpenRouterEmulatorOptions.ManagementKey"/>, because OpenRouter's management keys
    /// administer an account and cannot call the inference endpoints.
    /// </summary>
    public static RequestDelegate Inference(EmulatorState state, RequestDelegate handler)
    {
        ArgumentNullException.ThrowIfNull(state);
        return Authorized(context =>
            state.Options.ManagementKey is { Length: > 0 } management && BearerKeyOf(context) == management
                ? WireJson.WriteErrorAsync(context, 403, ManagementKeyInferenceMessage)
                : handler(context));
    }

    /// <summary>The 403 message of an inference request made with the management key.</summary>
    public const string ManagementKeyInferenceMessage =
        "Management keys cannot be used for inference; use an API key for this endpoint";

    /// <summary>
    /// A management route: 401 without a bearer key; 403 with OpenRouter's message when
    /// <see cref="OpenRouterEmulatorOptions.ManagementKey"/> is set and the key is another one.
    /// </summary>
    public static RequestDelegate Management(EmulatorState state, RequestDelegate handler)
    {
        ArgumentNullException.ThrowIfNull(state);
        return Authorized(context =>
            state.Options.ManagementKey is { Length: > 0 } required && BearerKeyOf(context) != required
                ? WireJson.WriteErrorAsync(context, 403, "Only management keys can perform this operation")
                : handler(context));
    }
}
