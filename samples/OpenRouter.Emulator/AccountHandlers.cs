using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace OpenRouter.Emulator;

/// <summary>
/// <c>GET /models</c>, <c>/models/{author}/{slug}/endpoints</c>, <c>/providers</c>, <c>/generation</c>, <c>/key</c> and
/// <c>/credits</c>.
/// </summary>
internal sealed class AccountHandlers
{
    /// <summary>The user every key of the emulated account belongs to (<c>creator_user_id</c>).</summary>
    public const string EmulatorUser = "user_emulator0000000000000000";

    /// <summary>The daily requests to <c>:free</c> models of an account that has bought credits, as on OpenRouter.</summary>
    public const int FreeModelDailyLimit = 1000;

    private readonly EmulatorState _state;

    /// <summary>Creates the handlers.</summary>
    public AccountHandlers(EmulatorState state) => _state = state ?? throw new ArgumentNullException(nameof(state));

    /// <summary>
    /// <c>GET /models?supported_parameters=tools,...&amp;output_modalities=...&amp;offset=N&amp;limit=N</c>: the full list
    /// when neither <c>offset</c> nor <c>limit</c> is given, otherwise one page (at most 1000) with <c>links.next</c>.
    /// </summary>
    public Task ModelsAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        IQueryCollection query = context.Request.Query;
        string[] required = List(query["supported_parameters"]);
        string[] modalities = List(query["output_modalities"]) is { Length: > 0 } asked ? asked : ["text"];
        if (!TryReadInt(query, "offset", 0, int.MaxValue, out int? offset))
        {
            return WireJson.WriteErrorAsync(context, 400, "Invalid query parameter 'offset': expected an integer of at least 0");
        }

        if (!TryReadInt(query, "limit", 1, EmulatorCatalog.MaxPageSize, out int? limit))
        {
            return WireJson.WriteErrorAsync(context, 400, $"Invalid query parameter 'limit': expected an integer from 1 to {EmulatorCatalog.MaxPageSize}");
        }

        return WireJson.WriteAsync(context, 200, EmulatorCatalog.ToListBody(required, modalities, offset, limit, context.Request.QueryString.Value ?? string.Empty));
    }

    /// <summary><c>GET /models/{author}/{slug}/endpoints</c>: the endpoints of a listed model (by id or permaslug), or 404.</summary>
    public static Task EndpointsAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        string id = $"{context.Request.RouteValues["author"]}/{context.Request.RouteValues["slug"]}";
        return EmulatorCatalog.Lookup(id) is { } model
            ? WireJson.WriteAsync(context, 200, EmulatorCatalog.ToEndpointsBody(model))
            : WireJson.WriteErrorAsync(context, 404, $"No endpoints found for {id}.");
    }

    /// <summary><c>GET /providers</c>.</summary>
    public static Task ProvidersAsync(HttpContext context) => WireJson.WriteAsync(context, 200, EmulatorProviders.ToListBody());

    private static string[] List(Microsoft.Extensions.Primitives.StringValues values) =>
        values.ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static bool TryReadInt(IQueryCollection query, string name, int min, int max, out int? value)
    {
        value = null;
        if (!query.TryGetValue(name, out Microsoft.Extensions.Primitives.StringValues raw) || raw.ToString().Length == 0)
        {
            return true;
        }

        if (int.TryParse(raw.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out int parsed) && parsed >= min && parsed <= max)
        {
            value = parsed;
            return true;
        }

        return false;
    }

    /// <summary><c>GET /generation?id=gen-...</c>: the stats of a generation this emulator served, or 404.</summary>
    public Task GenerationAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        string id = context.Request.Query["id"].ToString();
        if (id.Length == 0)
        {
            return WireJson.WriteErrorAsync(context, 400, "Missing required query parameter: id");
        }

        if (_state.Find(id) is not { } g)
        {
            return WireJson.WriteErrorAsync(context, 404, $"Generation {id} not found");
        }

        var data = new JsonObject
        {
            ["id"] = g.Id,
            ["upstream_id"] = "emulator-" + g.Id,
            ["total_cost"] = WireJson.Money(g.Cost),
            ["cache_discount"] = null,
            ["upstream_inference_cost"] = null,
            ["created_at"] = g.CreatedAt.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            ["model"] = g.Model,
            ["app_id"] = null,
            ["streamed"] = g.Streamed,
            ["cancelled"] = g.Cancelled,
            ["provider_name"] = g.Provider,
            ["latency"] = 5,
            ["moderation_latency"] = null,
            ["generation_time"] = 10,
            ["finish_reason"] = g.FinishReason,
            ["native_finish_reason"] = g.FinishReason,
            ["tokens_prompt"] = g.PromptTokens,
            ["tokens_completion"] = g.CompletionTokens,
            ["native_tokens_prompt"] = g.PromptTokens,
            ["native_tokens_completion"] = g.CompletionTokens,
            ["native_tokens_completion_images"] = 0,
            ["native_tokens_reasoning"] = 0,
            ["native_tokens_cached"] = 0,
            ["num_media_prompt"] = null,
            ["num_input_audio_prompt"] = null,
            ["num_media_completion"] = 0,
            ["num_search_results"] = 0,
            ["num_fetches"] = 0,
            ["origin"] = "",
            ["usage"] = WireJson.Money(g.Cost),
            ["is_byok"] = false,
            ["external_user"] = g.User,
            ["api_type"] = g.ApiType,
            ["router"] = null,
            ["data_region"] = "global",
            ["service_tier"] = null,
            ["web_search_engine"] = null,
            ["preset_id"] = null,
            ["user_agent"] = null,
            ["http_referer"] = null,
            ["workspace_id"] = ActivityRoutes.DefaultWorkspaceId,
            ["provider_responses"] = new JsonArray(new JsonObject
            {
                ["endpoint_id"] = "emulator-endpoint",
                ["id"] = "emulator-" + g.Id,
                ["is_byok"] = false,
                ["latency"] = 5,
                ["model_permaslug"] = g.Model + "-20260101",
                ["provider_name"] = g.Provider,
                ["status"] = 200,
            }),
        };
        return WireJson.WriteAsync(context, 200, new JsonObject { ["data"] = data });
    }

    /// <summary><c>GET /key</c> (and the legacy <c>/auth/key</c>): the calling key, labelled without revealing it.</summary>
    public Task KeyAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        decimal usage = _state.TotalUsage;
        string key = EmulatorEndpoints.BearerKeyOf(context) ?? string.Empty;
        bool management = _state.Options.ManagementKey is { Length: > 0 } managementKey && key == managementKey;
        int freeUsed = _state.FreeModelRequestsToday;
        var data = new JsonObject
        {
            ["label"] = Label(key),
            ["limit"] = _state.Options.KeyLimit is { } limit ? WireJson.Money(limit) : null,
            ["limit_remaining"] = _state.Options.KeyLimit is { } cap ? WireJson.Money(Math.Max(0m, cap - usage)) : null,
            ["limit_reset"] = null,
            ["include_byok_in_limit"] = false,
            ["usage"] = WireJson.Money(usage),
            ["usage_daily"] = WireJson.Money(usage),
            ["usage_weekly"] = WireJson.Money(usage),
            ["usage_monthly"] = WireJson.Money(usage),
            ["byok_usage"] = 0,
            ["byok_usage_daily"] = 0,
            ["byok_usage_weekly"] = 0,
            ["byok_usage_monthly"] = 0,
            ["is_free_tier"] = false,
            ["is_management_key"] = management,
            ["is_provisioning_key"] = management,
            ["expires_at"] = null,
            ["creator_user_id"] = EmulatorUser,
            ["allowed_data_regions"] = new JsonArray("global", "europe", "us"),
            ["free_model_daily_requests"] = new JsonObject
            {
                ["used"] = freeUsed,
                ["limit"] = FreeModelDailyLimit,
                ["remaining"] = Math.Max(0, FreeModelDailyLimit - freeUsed),
            },
            ["organization_id"] = null,
            ["workspace_id"] = ActivityRoutes.DefaultWorkspaceId,
            ["rate_limit"] = new JsonObject { ["requests"] = -1, ["interval"] = "10s", ["note"] = "This field is deprecated and safe to ignore." },
        };
        return WireJson.WriteAsync(context, 200, new JsonObject { ["data"] = data });
    }

    /// <summary><c>GET /credits</c> (a management route): the emulated account's credits and what was spent.</summary>
    public Task CreditsAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var data = new JsonObject
        {
            ["total_credits"] = WireJson.Money(_state.Options.TotalCredits),
            ["total_usage"] = WireJson.Money(_state.TotalUsage),
        };
        return WireJson.WriteAsync(context, 200, new JsonObject { ["data"] = data });
    }

    /// <summary>OpenRouter's key label shape (<c>sk-or-v1-0e6...1c96</c>): never more than a short prefix and suffix.</summary>
    public static string Label(string key) =>
        key.Length >= 24 ? $"{key[..12]}...{key[^4..]}" : $"{key[..Math.Min(3, key.Length)]}...";
}
