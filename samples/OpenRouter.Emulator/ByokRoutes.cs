using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace OpenRouter.Emulator;

/// <summary>
/// The BYOK area, kept in memory per emulator: create, list, get, update and delete bring-your-own-key provider
/// credentials. Like every management route it needs a bearer key and, when
/// <see cref="OpenRouterEmulatorOptions.ManagementKey"/> is set, that key. The raw provider key is kept apart from
/// the credential and never written back: answers carry only its masked label, as OpenRouter's do.
/// </summary>
internal static class ByokRoutes
{
    private static readonly string[] Lists = ["allowed_models", "allowed_user_ids", "allowed_api_key_hashes"];

    /// <summary>Maps the area's routes under <see cref="EmulatorEndpoints.Prefix"/>.</summary>
    public static IEndpointRouteBuilder MapByokRoutes(this IEndpointRouteBuilder endpoints, EmulatorState state)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(state);
        var store = new Store(state.TimeProvider);
        const string root = EmulatorEndpoints.Prefix + "/byok";
        endpoints.MapGet(root, EmulatorEndpoints.Management(state, store.ListAsync));
        endpoints.MapPost(root, EmulatorEndpoints.Management(state, store.CreateAsync));
        endpoints.MapGet(root + "/{id}", EmulatorEndpoints.Management(state, store.GetAsync));
        endpoints.MapMethods(root + "/{id}", ["PATCH"], EmulatorEndpoints.Management(state, store.UpdateAsync));
        endpoints.MapDelete(root + "/{id}", EmulatorEndpoints.Management(state, store.DeleteAsync));
        return endpoints;
    }

    /// <summary>The credentials of one emulator and their raw keys; one lock guards both.</summary>
    private sealed class Store(TimeProvider time)
    {
        private readonly object _gate = new();
        private readonly List<JsonObject> _credentials = [];

        // The raw keys by credential id: stored, never answered.
        private readonly Dictionary<string, string> _secrets = new(StringComparer.Ordinal);

        private string Now => time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

        public Task ListAsync(HttpContext context)
        {
            IQueryCollection query = context.Request.Query;
            string workspace = query["workspace_id"].ToString();
            workspace = workspace.Length == 0 ? ActivityRoutes.DefaultWorkspaceId : workspace;
            string provider = query["provider"].ToString();
            int offset = int.TryParse(query["offset"], CultureInfo.InvariantCulture, out int o) && o >= 0 ? o : 0;
            int limit = int.TryParse(query["limit"], CultureInfo.InvariantCulture, out int l) ? l : 50;
            if (limit is < 1 or > 100)
            {
                return WireJson.WriteErrorAsync(context, 400, "limit must be between 1 and 100");
            }

            lock (_gate)
            {
                List<JsonObject> matching = _credentials
                    .Where(c => (string?)c["workspace_id"] is null || (string?)c["workspace_id"] == workspace)
                    .Where(c => provider.Length == 0 || (string?)c["provider"] == provider)
                    .ToList();
                var data = new JsonArray(matching.Skip(offset).Take(limit).Select(c => c.DeepClone()).ToArray());
                return WireJson.WriteAsync(context, 200, new JsonObject { ["data"] = data, ["total_count"] = matching.Count });
            }
        }

        public async Task CreateAsync(HttpContext context)
        {
            JsonObject? body = await ReadObjectAsync(context).ConfigureAwait(false);
            string? provider = StringOf(body?["provider"]);
            string? key = StringOf(body?["key"]);
            if (body is null || string.IsNullOrWhiteSpace(provider) || string.IsNullOrEmpty(key))
            {
                await WireJson.WriteErrorAsync(context, 400, "provider and key are required").ConfigureAwait(false);
                return;
            }

            if (ListError(body) is { } listError)
            {
                await WireJson.WriteErrorAsync(context, 400, listError).ConfigureAwait(false);
                return;
            }

            var credential = new JsonObject
            {
                ["id"] = Guid.NewGuid().ToString(),
                ["provider"] = provider,
                ["workspace_id"] = StringOf(body["workspace_id"]) ?? ActivityRoutes.DefaultWorkspaceId,
                ["label"] = Mask(key),
                ["name"] = StringOf(body["name"]),
                ["disabled"] = body["disabled"]?.GetValueKind() == JsonValueKind.True,
                ["is_fallback"] = body["is_fallback"]?.GetValueKind() == JsonValueKind.True,
                // Members OpenRouter sends (and the official SDKs require) beyond the 2026-08 spec.
                ["is_byok_only"] = body["is_byok_only"]?.GetValueKind() == JsonValueKind.True,
                ["is_required"] = body["is_required"]?.GetValueKind() == JsonValueKind.True,
                ["declared_zdr"] = body["declared_zdr"] is JsonValue zdr && zdr.GetValueKind() is JsonValueKind.True or JsonValueKind.False
                    ? zdr.GetValueKind() == JsonValueKind.True
                    : null,
                ["allowed_models"] = null,
                ["allowed_api_key_hashes"] = null,
                ["allowed_user_ids"] = null,
                ["sort_order"] = 0,
                ["created_at"] = Now,
            };
            CopyLists(body, credential);
            lock (_gate)
            {
                credential["sort_order"] = _credentials.Count(c => (string?)c["provider"] == provider);
                _credentials.Add(credential);
                _secrets[(string)credential["id"]!] = key;
                credential = (JsonObject)credential.DeepClone();
            }

            await WireJson.WriteAsync(context, 201, new JsonObject { ["data"] = credential }).ConfigureAwait(false);
        }

        public Task GetAsync(HttpContext context)
        {
            lock (_gate)
            {
                return Find(context) is { } c ? WireJson.WriteAsync(context, 200, new JsonObject { ["data"] = c.DeepClone() }) : NotFoundAsync(context);
            }
        }

        public async Task UpdateAsync(HttpContext context)
        {
            JsonObject? body = await ReadObjectAsync(context).ConfigureAwait(false);
            string? error = body is null ? "Invalid request body" : ListError(body);
            if (body is not null && body.ContainsKey("key") && string.IsNullOrEmpty(StringOf(body["key"])))
            {
                error = "key must be a non-empty string";
            }

            if (error is not null)
            {
                await WireJson.WriteErrorAsync(context, 400, error).ConfigureAwait(false);
                return;
            }

            JsonNode? answer = null;
            lock (_gate)
            {
                if (Find(context) is { } c)
                {
                    if (body!.TryGetPropertyValue("name", out JsonNode? name))
                    {
                        c["name"] = StringOf(name);
                    }

                    foreach (string flag in (string[])["disabled", "is_fallback", "is_byok_only", "is_required"])
                    {
                        if (body[flag] is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False)
                        {
                            c[flag] = v.GetValueKind() == JsonValueKind.True;
                        }
                    }

                    if (StringOf(body["key"]) is { } rotated)
                    {
                        _secrets[(string)c["id"]!] = rotated;
                        c["label"] = Mask(rotated);
                    }

                    CopyLists(body, c);
                    answer = c.DeepClone();
                }
            }

            await (answer is null ? NotFoundAsync(context) : WireJson.WriteAsync(context, 200, new JsonObject { ["data"] = answer })).ConfigureAwait(false);
        }

        public Task DeleteAsync(HttpContext context)
        {
            lock (_gate)
            {
                if (Find(context) is not { } c)
                {
                    return NotFoundAsync(context);
                }

                _credentials.Remove(c);
                _secrets.Remove((string)c["id"]!);
                return WireJson.WriteAsync(context, 200, new JsonObject { ["deleted"] = true });
            }
        }

        private JsonObject? Find(HttpContext context)
        {
            string id = context.Request.RouteValues["id"]?.ToString() ?? "";
            return _credentials.Find(c => (string?)c["id"] == id);
        }

        /// <summary>The first few and last four characters, as OpenRouter's <c>label</c> shows a key.</summary>
        private static string Mask(string key) => key.Length <= 8 ? "..." : key[..3] + "..." + key[^4..];

        private static string? StringOf(JsonNode? node) =>
            node is JsonValue v && v.GetValueKind() == JsonValueKind.String ? (string)v! : null;

        /// <summary>A restriction list is null or an array of strings; the key hash list needs at least one.</summary>
        private static string? ListError(JsonObject body)
        {
            foreach (string name in Lists)
            {
                if (!body.TryGetPropertyValue(name, out JsonNode? value) || value is null)
                {
                    continue;
                }

                if (value is not JsonArray array || array.Any(i => StringOf(i) is null) || array.Count > 100)
                {
                    return $"{name} must be null or an array of at most 100 strings";
                }

                if (name == "allowed_api_key_hashes" && array.Count == 0)
                {
                    return "allowed_api_key_hashes must contain at least one hash";
                }
            }

            return null;
        }

        private static void CopyLists(JsonObject from, JsonObject to)
        {
            foreach (string name in Lists)
            {
                if (from.TryGetPropertyValue(name, out JsonNode? value))
                {
                    to[name] = value?.DeepClone();
                }
            }
        }

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
