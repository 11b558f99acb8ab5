using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace OpenRouter.Emulator;

/// <summary>
/// The Observability area, kept in memory per emulator: create, list, get, update and delete observability
/// destinations. Like every management route it needs a bearer key and, when
/// <see cref="OpenRouterEmulatorOptions.ManagementKey"/> is set, that key. The secrets of a destination's config
/// (API keys, passwords, tokens) are kept as sent and answered masked, as OpenRouter answers them; an update that sends
/// a masked value back leaves the secret as it was. Deleting is a soft delete: the destination is gone from every route.
/// </summary>
internal static class ObservabilityRoutes
{
    /// <summary>The most destinations of one type a workspace may have.</summary>
    public const int MaxPerType = 5;

    /// <summary>The stable destination types the API accepts.</summary>
    public static IReadOnlyList<string> Types { get; } =
    [
        "arize", "braintrust", "clickhouse", "datadog", "grafana", "langfuse", "langsmith", "newrelic", "opik", "otel-collector", "posthog",
        "ramp", "s3", "sentry", "snowflake", "weave", "webhook",
    ];

    // The config members that hold secrets, which answers mask.
    private static readonly HashSet<string> SecretMembers = new(StringComparer.Ordinal)
    {
        "apiKey", "secretKey", "publicKey", "spaceKey", "licenseKey", "password", "token", "accessKeyId", "secretAccessKey", "sessionToken",
    };

    private static readonly string[] Flags = ["enabled", "privacy_mode", "broadcast_generation_cost", "broadcast_generation_identity", "broadcast_generation_request_context"];

    /// <summary>Maps the area's routes under <see cref="EmulatorEndpoints.Prefix"/>.</summary>
    public static IEndpointRouteBuilder MapObservabilityRoutes(this IEndpointRouteBuilder endpoints, EmulatorState state)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(state);
        var store = new Store(state.TimeProvider);
        const string root = EmulatorEndpoints.Prefix + "/observability/destinations";
        endpoints.MapGet(root, EmulatorEndpoints.Management(state, store.ListAsync));
        endpoints.MapPost(root, EmulatorEndpoints.Management(state, store.CreateAsync));
        endpoints.MapGet(root + "/{id}", EmulatorEndpoints.Management(state, store.GetAsync));
        endpoints.MapMethods(root + "/{id}", ["PATCH"], EmulatorEndpoints.Management(state, store.UpdateAsync));
        endpoints.MapDelete(root + "/{id}", EmulatorEndpoints.Management(state, store.DeleteAsync));
        return endpoints;
    }

    /// <summary>The first and last four characters of a secret, as OpenRouter shows one (<c>sk-l...AbCd</c>).</summary>
    public static string Mask(string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return secret.Length <= 8 ? "********" : secret[..4] + "..." + secret[^4..];
    }

    /// <summary>The destinations of one emulator, with their unmasked configs; one lock guards them.</summary>
    private sealed class Store(TimeProvider time)
    {
        private readonly object _gate = new();

        // In creation order; the config here is the one sent, with its secrets. Soft-deleted ones are removed.
        private readonly List<JsonObject> _destinations = [];

        private string Now => time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

        public Task ListAsync(HttpContext context)
        {
            IQueryCollection query = context.Request.Query;
            string workspace = query["workspace_id"].ToString();
            workspace = workspace.Length == 0 ? ActivityRoutes.DefaultWorkspaceId : workspace;
            int offset = int.TryParse(query["offset"], CultureInfo.InvariantCulture, out int o) && o >= 0 ? o : 0;
            int limit = int.TryParse(query["limit"], CultureInfo.InvariantCulture, out int l) ? l : 50;
            if (limit is < 1 or > 100)
            {
                return WireJson.WriteErrorAsync(context, 400, "limit must be between 1 and 100");
            }

            lock (_gate)
            {
                List<JsonObject> matching = _destinations.Where(d => (string?)d["workspace_id"] == workspace).ToList();
                var data = new JsonArray(matching.Skip(offset).Take(limit).Select(Answer).ToArray());
                return WireJson.WriteAsync(context, 200, new JsonObject { ["data"] = data, ["total_count"] = matching.Count });
            }
        }

        public async Task CreateAsync(HttpContext context)
        {
            JsonObject? body = await ReadObjectAsync(context).ConfigureAwait(false);
            string? type = StringOf(body?["type"]);
            string? error = body is null ? "Invalid request body"
                : type is null || !Types.Contains(type) ? "type must be one of the stable destination types"
                : string.IsNullOrWhiteSpace(StringOf(body["name"])) ? "name is required"
                : body["config"] is not JsonObject ? "config must be an object"
                : SettingsError(body);
            if (error is not null)
            {
                await WireJson.WriteErrorAsync(context, 400, error).ConfigureAwait(false);
                return;
            }

            string now = Now;
            var destination = new JsonObject
            {
                ["id"] = Guid.NewGuid().ToString(),
                ["workspace_id"] = StringOf(body!["workspace_id"]) ?? ActivityRoutes.DefaultWorkspaceId,
                ["name"] = StringOf(body["name"]),
                ["type"] = type,
                ["enabled"] = body["enabled"]?.GetValueKind() != JsonValueKind.False,
                ["privacy_mode"] = false,
                ["broadcast_generation_cost"] = false,
                ["broadcast_generation_identity"] = false,
                ["broadcast_generation_request_context"] = false,
                ["sampling_rate"] = 1,
                ["api_key_hashes"] = null,
                ["filter_rules"] = null,
                ["config"] = body["config"]!.DeepClone(),
                ["created_at"] = now,
                ["updated_at"] = now,
            };
            Apply(body, destination);
            JsonNode answer;
            lock (_gate)
            {
                if (_destinations.Count(d => (string?)d["type"] == type && (string?)d["workspace_id"] == (string?)destination["workspace_id"]) >= MaxPerType)
                {
                    answer = WireJson.ErrorBody(400, $"A maximum of {MaxPerType} destinations per type is allowed");
                }
                else
                {
                    _destinations.Add(destination);
                    answer = new JsonObject { ["data"] = Answer(destination) };
                }
            }

            await WireJson.WriteAsync(context, answer["error"] is null ? 201 : 400, answer).ConfigureAwait(false);
        }

        public Task GetAsync(HttpContext context)
        {
            lock (_gate)
            {
                return Find(context) is { } d ? WireJson.WriteAsync(context, 200, new JsonObject { ["data"] = Answer(d) }) : NotFoundAsync(context);
            }
        }

        public async Task UpdateAsync(HttpContext context)
        {
            JsonObject? body = await ReadObjectAsync(context).ConfigureAwait(false);
            string? error = body is null ? "Invalid request body"
                : body.ContainsKey("name") && string.IsNullOrWhiteSpace(StringOf(body["name"])) ? "name must be a non-empty string"
                : body.ContainsKey("config") && body["config"] is not JsonObject ? "config must be an object"
                : SettingsError(body);
            if (error is not null)
            {
                await WireJson.WriteErrorAsync(context, 400, error).ConfigureAwait(false);
                return;
            }

            JsonNode? answer = null;
            lock (_gate)
            {
                if (Find(context) is { } d)
                {
                    if (StringOf(body!["name"]) is { } name)
                    {
                        d["name"] = name;
                    }

                    if (body["config"] is JsonObject config)
                    {
                        MergeConfig((JsonObject)d["config"]!, config);
                    }

                    Apply(body, d);
                    d["updated_at"] = Now;
                    answer = Answer(d);
                }
            }

            await (answer is null ? NotFoundAsync(context) : WireJson.WriteAsync(context, 200, new JsonObject { ["data"] = answer })).ConfigureAwait(false);
        }

        public Task DeleteAsync(HttpContext context)
        {
            lock (_gate)
            {
                if (Find(context) is not { } d)
                {
                    return NotFoundAsync(context);
                }

                _destinations.Remove(d);
                return WireJson.WriteAsync(context, 200, new JsonObject { ["deleted"] = true });
            }
        }

        private JsonObject? Find(HttpContext context)
        {
            string id = context.Request.RouteValues["id"]?.ToString() ?? "";
            return _destinations.Find(d => (string?)d["id"] == id);
        }

        /// <summary>A copy of the destination to answer with, its secrets masked.</summary>
        private static JsonObject Answer(JsonObject destination)
        {
            var copy = (JsonObject)destination.DeepClone();
            var config = (JsonObject)copy["config"]!;
            foreach (string name in config.Select(p => p.Key).Where(SecretMembers.Contains).ToList())
            {
                if (StringOf(config[name]) is { } secret)
                {
                    config[name] = Mask(secret);
                }
            }

            return copy;
        }

        /// <summary>Each member sent replaces the stored one, except a masked secret sent back, which keeps the secret.</summary>
        private static void MergeConfig(JsonObject stored, JsonObject changes)
        {
            foreach ((string name, JsonNode? value) in changes)
            {
                bool masked = SecretMembers.Contains(name) && StringOf(value) is { } text && StringOf(stored[name]) is { } secret && text == Mask(secret);
                if (!masked)
                {
                    stored[name] = value?.DeepClone();
                }
            }
        }

        /// <summary>Copies the flags, sampling rate, key allowlist and filter rules the body sends (an explicit null clears the last two).</summary>
        private static void Apply(JsonObject body, JsonObject destination)
        {
            foreach (string flag in Flags)
            {
                if (body[flag] is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False)
                {
                    destination[flag] = v.GetValueKind() == JsonValueKind.True;
                }
            }

            if (body["sampling_rate"] is JsonValue rate && rate.GetValueKind() == JsonValueKind.Number)
            {
                destination["sampling_rate"] = rate.DeepClone();
            }

            foreach (string name in (string[])["api_key_hashes", "filter_rules"])
            {
                if (body.TryGetPropertyValue(name, out JsonNode? value))
                {
                    destination[name] = value?.DeepClone();
                }
            }
        }

        /// <summary>The checks create and update share: the sampling rate, the key allowlist and the filter rules' shape.</summary>
        private static string? SettingsError(JsonObject body)
        {
            if (body.TryGetPropertyValue("sampling_rate", out JsonNode? rate)
                && (rate is not JsonValue v || v.GetValueKind() != JsonValueKind.Number || v.GetValue<double>() is < 0.0001 or > 1))
            {
                return "sampling_rate must be a number between 0.0001 and 1";
            }

            if (body.TryGetPropertyValue("api_key_hashes", out JsonNode? hashes) && hashes is not null
                && (hashes is not JsonArray list || list.Count == 0 || list.Any(h => StringOf(h) is null)))
            {
                return "api_key_hashes must be null or a non-empty array of strings";
            }

            if (body.TryGetPropertyValue("filter_rules", out JsonNode? rules) && rules is not null
                && (rules is not JsonObject o || o["groups"] is not JsonArray groups || groups.Any(g => g?["rules"] is not JsonArray)))
            {
                return "filter_rules must be null or an object whose groups each have rules";
            }

            return null;
        }

        private static string? StringOf(JsonNode? node) =>
            node is JsonValue v && v.GetValueKind() == JsonValueKind.String ? (string)v! : null;

        private static Task NotFoundAsync(HttpContext context) => WireJson.WriteErrorAsync(context, 404, "Resource not found");

        private static async Task<JsonObject?> ReadObjectAsync(HttpContext context)
        {
            try
            {
                return await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted).ConfigureAwait(false) as JsonObject;
            }
            catch (JsonException)
            {
                return null;
            }
        }
    }
}
