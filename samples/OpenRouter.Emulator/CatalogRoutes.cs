using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace OpenRouter.Emulator;

/// <summary>
/// The catalog beyond <c>GET /models</c>, over the emulated models of <see cref="EmulatorCatalog"/>:
/// <c>GET /model/{author}/{slug}</c> (a <c>:variant</c> suffix resolves to the base model), <c>GET /models/count</c>,
/// <c>GET /models/user</c> (every emulated model: the emulator has no provider preferences), <c>GET /embeddings/models</c>
/// (one model, <see cref="EmbeddingModelId"/>) and <c>GET /endpoints/zdr</c> (one zero-data-retention endpoint per
/// emulated model, served by <see cref="Provider"/>). The lists page with <c>offset</c> and <c>limit</c> (1 to 1000)
/// and answer the whole list when both are missing. Needs a bearer key.
/// </summary>
internal static class CatalogRoutes
{
    /// <summary>The only model <c>GET /embeddings/models</c> lists.</summary>
    public const string EmbeddingModelId = EmulatorCatalog.EmbeddingModel;

    /// <summary>The provider of the emulated endpoints.</summary>
    public const string Provider = "Emulator";

    /// <summary>Maps the area's routes under <see cref="EmulatorEndpoints.Prefix"/>.</summary>
    public static IEndpointRouteBuilder MapCatalogRoutes(this IEndpointRouteBuilder endpoints, EmulatorState state)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(state);
        endpoints.MapGet(EmulatorEndpoints.Prefix + "/model/{author}/{slug}", EmulatorEndpoints.Authorized(ModelAsync));
        endpoints.MapGet(EmulatorEndpoints.Prefix + "/models/count", EmulatorEndpoints.Authorized(CountAsync));
        endpoints.MapGet(EmulatorEndpoints.Prefix + "/models/user", EmulatorEndpoints.Authorized(context => PageAsync(context, "models/user", Models())));
        endpoints.MapGet(EmulatorEndpoints.Prefix + "/embeddings/models", EmulatorEndpoints.Authorized(context => PageAsync(context, "embeddings/models", [EmbeddingModel()])));
        endpoints.MapGet(EmulatorEndpoints.Prefix + "/endpoints/zdr", EmulatorEndpoints.Authorized(ZdrAsync));
        return endpoints;
    }

    /// <summary>Every emulated model in its <c>GET /models</c> wire shape.</summary>
    private static List<JsonObject> Models() =>
        EmulatorCatalog.ToListBody([])["data"]!.AsArray().Select(m => (JsonObject)m!.DeepClone()).ToList();

    private static Task ModelAsync(HttpContext context)
    {
        string author = (string)context.Request.RouteValues["author"]!;
        string slug = (string)context.Request.RouteValues["slug"]!;
        int variant = slug.IndexOf(':', StringComparison.Ordinal);
        string id = author + "/" + (variant < 0 ? slug : slug[..variant]);
        JsonObject? model = Models().Concat([EmbeddingModel()]).FirstOrDefault(m => (string?)m["id"] == id);
        return model is null
            ? WireJson.WriteErrorAsync(context, 404, $"Model {author}/{slug} not found")
            : WireJson.WriteAsync(context, 200, new JsonObject { ["data"] = model });
    }

    private static Task CountAsync(HttpContext context)
    {
        // The same filter as GET /models: text models unless output_modalities says otherwise ("all" for every one).
        string[] wanted = context.Request.Query["output_modalities"].ToString()
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        int count = OfModalities(wanted.Length == 0 ? ["text"] : wanted).Count;
        return WireJson.WriteAsync(context, 200, new JsonObject { ["data"] = new JsonObject { ["count"] = count } });
    }

    /// <summary>The emulated models with one of <paramref name="modalities"/> as output, in their <c>GET /models</c> wire shape.</summary>
    private static List<JsonObject> OfModalities(IReadOnlyCollection<string> modalities) =>
        EmulatorCatalog.ToListBody([], modalities, null, null, "")["data"]!.AsArray().Select(m => (JsonObject)m!.DeepClone()).ToList();

    private static Task PageAsync(HttpContext context, string path, IReadOnlyList<JsonObject> all)
    {
        IQueryCollection query = context.Request.Query;
        bool paged = query.ContainsKey("offset") || query.ContainsKey("limit");
        int offset = 0;
        int limit = all.Count;
        if (paged)
        {
            if ((query.ContainsKey("offset") && (!int.TryParse(query["offset"], CultureInfo.InvariantCulture, out offset) || offset < 0))
                || !TryLimit(query, out limit))
            {
                return WireJson.WriteErrorAsync(context, 400, "offset must be 0 or more and limit from 1 to 1000");
            }
        }

        var data = new JsonArray(all.Skip(offset).Take(limit).Select(m => m.DeepClone()).ToArray());
        int next = offset + limit;
        return WireJson.WriteAsync(context, 200, new JsonObject
        {
            ["data"] = data,
            ["total_count"] = all.Count,
            ["links"] = new JsonObject
            {
                ["next"] = paged && next < all.Count
                    ? string.Create(CultureInfo.InvariantCulture, $"{EmulatorEndpoints.Prefix}/{path}?offset={next}&limit={limit}")
                    : null,
            },
        });
    }

    private static bool TryLimit(IQueryCollection query, out int limit)
    {
        limit = 500;
        return !query.ContainsKey("limit") || (int.TryParse(query["limit"], CultureInfo.InvariantCulture, out limit) && limit is >= 1 and <= 1000);
    }

    private static Task ZdrAsync(HttpContext context)
    {
        var data = new JsonArray();
        foreach (EmulatedModel model in EmulatorCatalog.Models)
        {
            var parameters = new JsonArray(model.SupportedParameters.Select(p => (JsonNode?)JsonValue.Create(p)).ToArray());
            data.Add((JsonNode)new JsonObject
            {
                ["name"] = $"{Provider} | {model.Id}",
                ["model_id"] = model.Id,
                ["model_name"] = model.Name,
                ["context_length"] = model.ContextLength,
                ["pricing"] = new JsonObject
                {
                    ["prompt"] = model.PromptPrice.ToString(CultureInfo.InvariantCulture),
                    ["completion"] = model.CompletionPrice.ToString(CultureInfo.InvariantCulture),
                },
                ["provider_name"] = Provider,
                ["tag"] = "emulator",
                ["quantization"] = "unknown",
                ["max_completion_tokens"] = 16_384,
                ["max_prompt_tokens"] = null,
                ["supported_parameters"] = parameters,
                ["status"] = 0,
                ["uptime_last_30m"] = 100,
                ["uptime_last_5m"] = 100,
                ["uptime_last_1d"] = 100,
                ["supports_implicit_caching"] = false,
                ["supports_tool_choice"] = new JsonObject
                {
                    ["auto"] = model.SupportedParameters.Contains("tool_choice"),
                    ["function"] = model.SupportedParameters.Contains("tool_choice"),
                    ["none"] = model.SupportedParameters.Contains("tool_choice"),
                    ["required"] = model.SupportedParameters.Contains("tool_choice"),
                },
                ["latency_last_30m"] = null,
                ["throughput_last_30m"] = null,
            });
        }

        return WireJson.WriteAsync(context, 200, new JsonObject { ["data"] = data });
    }

    private static JsonObject EmbeddingModel() => OfModalities(["embeddings"]).Single(m => (string?)m["id"] == EmbeddingModelId);
}
