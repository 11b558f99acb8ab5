using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace OpenRouter.Emulator;

/// <summary>
/// The API Keys area: <c>GET</c>/<c>POST /keys</c> and <c>GET</c>/<c>PATCH</c>/<c>DELETE /keys/{hash}</c>, over keys kept
/// in memory for the life of the emulator. Like every management route it needs a bearer key and, when
/// <see cref="OpenRouterEmulatorOptions.ManagementKey"/> is set, that key (others get OpenRouter's 403). The keys it
/// creates are not checked by the inference routes, which accept any key.
/// </summary>
internal static class KeysRoutes
{
    /// <summary>How many keys one <c>GET /keys</c> page holds (OpenRouter does not document its own page size).</summary>
    public const int PageSize = 25;

    private static readonly string[] ResetIntervals = ["daily", "weekly", "monthly"];

    /// <summary>Maps the area's routes under <see cref="EmulatorEndpoints.Prefix"/>, with a key store of their own.</summary>
    public static IEndpointRouteBuilder MapKeysRoutes(this IEndpointRouteBuilder endpoints, EmulatorState state)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(state);
        var store = new KeyStore(state.TimeProvider);
        string keys = EmulatorEndpoints.Prefix + "/keys";
        endpoints.MapGet(keys, EmulatorEndpoints.Management(state, store.ListAsync));
        endpoints.MapPost(keys, EmulatorEndpoints.Management(state, store.CreateAsync));
        endpoints.MapGet(keys + "/{hash}", EmulatorEndpoints.Management(state, store.GetAsync));
        endpoints.MapMethods(keys + "/{hash}", ["PATCH"], EmulatorEndpoints.Management(state, store.UpdateAsync));
        endpoints.MapDelete(keys + "/{hash}", EmulatorEndpoints.Management(state, store.DeleteAsync));
        return endpoints;
    }

    /// <summary>The emulated account's keys, in creation order, each as its spec-shaped JSON object.</summary>
    private sealed class KeyStore(TimeProvider time)
    {
        private readonly object _gate = new();
        private readonly List<JsonObject> _keys = [];

        public Task ListAsync(HttpContext context)
        {
            IQueryCollection query = context.Request.Query;
            string offsetText = query["offset"].ToString();
            int offset = 0;
            if (offsetText.Length > 0 && (!int.TryParse(offsetText, NumberStyles.None, CultureInfo.InvariantCulture, out offset) || offset < 0))
            {
                return WireJson.WriteErrorAsync(context, 400, "Invalid request parameters");
            }

            bool includeDisabled = string.Equals(query["include_disabled"].ToString(), "true", StringComparison.OrdinalIgnoreCase);
            string workspace = query["workspace_id"].ToString() is { Length: > 0 } w ? w : ActivityRoutes.DefaultWorkspaceId;
            var page = new JsonArray();
            lock (_gate)
            {
                foreach (JsonObject key in _keys
                    .Where(k => includeDisabled || !k["disabled"]!.GetValue<bool>())
                    .Where(k => k["workspace_id"]!.GetValue<string>() == workspace)
                    .Skip(offset).Take(PageSize))
                {
                    page.Add(key.DeepClone());
                }
            }

            return WireJson.WriteAsync(context, 200, new JsonObject { ["data"] = page });
        }

        public async Task CreateAsync(HttpContext context)
        {
            JsonObject? body = await ReadObjectAsync(context);
            string? problem = body is null ? "Invalid request parameters" : Invalid(body) ?? (body["name"] is null ? "name is required" : null);
            if (problem is not null)
            {
                await WireJson.WriteErrorAsync(context, 400, problem);
                return;
            }

            string plaintext = "sk-or-v1-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(32)).ToLowerInvariant();
            string name = body!["name"]!.GetValue<string>();
            decimal? limit = body["limit"]?.GetValue<decimal>();
            var key = new JsonObject
            {
                ["hash"] = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(plaintext))).ToLowerInvariant(),
                ["name"] = name,
                ["label"] = plaintext[..12] + "..." + plaintext[^4..],
                ["disabled"] = false,
                ["limit"] = limit is { } l ? WireJson.Money(l) : null,
                ["limit_remaining"] = limit is { } r ? WireJson.Money(r) : null,
                ["limit_reset"] = body["limit_reset"]?.GetValue<string>(),
                ["include_byok_in_limit"] = body["include_byok_in_limit"]?.GetValue<bool>() ?? false,
                ["usage"] = 0, ["usage_daily"] = 0, ["usage_weekly"] = 0, ["usage_monthly"] = 0,
                ["byok_usage"] = 0, ["byok_usage_daily"] = 0, ["byok_usage_weekly"] = 0, ["byok_usage_monthly"] = 0,
                ["created_at"] = Now(),
                ["updated_at"] = null,
                ["expires_at"] = body["expires_at"]?.GetValue<string>(),
                ["creator_user_id"] = body["creator_user_id"]?.GetValue<string>() ?? "user_emulator",
                // Sent by OpenRouter (and required by the official SDKs) beyond the 2026-08 spec: the `external.user` of the create request.
                ["external_user"] = body["external"]?["user"]?.GetValue<string>(),
                ["workspace_id"] = body["workspace_id"]?.GetValue<string>() ?? ActivityRoutes.DefaultWorkspaceId,
            };
            lock (_gate)
            {
                _keys.Add(key);
            }

            await WireJson.WriteAsync(context, 201, new JsonObject { ["data"] = key.DeepClone(), ["key"] = plaintext });
        }

        public Task GetAsync(HttpContext context)
        {
            JsonNode? key;
            lock (_gate)
            {
                key = Find(context)?.DeepClone();
            }

            return key is null ? NotFoundAsync(context) : WireJson.WriteAsync(context, 200, new JsonObject { ["data"] = key });
        }

        public async Task UpdateAsync(HttpContext context)
        {
            JsonObject? body = await ReadObjectAsync(context);
            string? problem = body is null ? "Invalid request parameters" : Invalid(body);
            if (problem is not null)
            {
                await WireJson.WriteErrorAsync(context, 400, problem);
                return;
            }

            JsonNode? updated;
            lock (_gate)
            {
                JsonObject? key = Find(context);
                if (key is not null)
                {
                    foreach (string member in new[] { "name", "disabled", "limit_reset", "include_byok_in_limit" })
                    {
                        if (body!.TryGetPropertyValue(member, out JsonNode? value))
                        {
                            key[member] = value?.DeepClone();
                        }
                    }

                    if (body!.TryGetPropertyValue("limit", out JsonNode? limit))
                    {
                        key["limit"] = limit?.DeepClone();
                        key["limit_remaining"] = limit is null ? null : WireJson.Money(limit.GetValue<decimal>() - key["usage"]!.GetValue<decimal>());
                    }

                    key["updated_at"] = Now();
                }

                updated = key?.DeepClone();
            }

            await (updated is null ? NotFoundAsync(context) : WireJson.WriteAsync(context, 200, new JsonObject { ["data"] = updated }));
        }

        public Task DeleteAsync(HttpContext context)
        {
            bool removed;
            lock (_gate)
            {
                JsonObject? key = Find(context);
                removed = key is not null && _keys.Remove(key);
            }

            return removed ? WireJson.WriteAsync(context, 200, new JsonObject { ["deleted"] = true }) : NotFoundAsync(context);
        }

        /// <summary>What the spec forbids in a create or update body, or null when it is acceptable.</summary>
        private static string? Invalid(JsonObject body)
        {
            if (body["name"] is JsonValue name && (name.GetValueKind() != JsonValueKind.String || string.IsNullOrWhiteSpace(name.GetValue<string>())))
            {
                return "name must be a non-empty string";
            }

            if (body["limit_reset"] is JsonValue reset && (reset.GetValueKind() != JsonValueKind.String || !ResetIntervals.Contains(reset.GetValue<string>())))
            {
                return "limit_reset must be daily, weekly, monthly or null";
            }

            if (body["limit"] is JsonValue limit && (limit.GetValueKind() != JsonValueKind.Number || limit.GetValue<decimal>() < 0))
            {
                return "limit must be a non-negative number or null";
            }

            if (body["expires_at"] is JsonValue expires && (expires.GetValueKind() != JsonValueKind.String || !expires.GetValue<string>().EndsWith('Z')))
            {
                return "expires_at must be a UTC ISO 8601 timestamp";
            }

            return null;
        }

        private JsonObject? Find(HttpContext context) =>
            context.Request.RouteValues["hash"] is string hash ? _keys.FirstOrDefault(k => k["hash"]!.GetValue<string>() == hash) : null;

        private string Now() => time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

        private static Task NotFoundAsync(HttpContext context) => WireJson.WriteErrorAsync(context, 404, "Resource not found");

        private static async Task<JsonObject?> ReadObjectAsync(HttpContext context)
        {
            try
            {
                return await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted) as JsonObject;
            }
            catch (JsonException)
            {
                return null;
            }
        }
    }
}
