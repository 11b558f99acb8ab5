using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace OpenRouter.Emulator;

/// <summary>
/// The Workspaces area, kept in memory per emulator: create, list, get (by id or slug), update and delete workspaces,
/// and list, add and remove their members. Like every management route it needs a bearer key and, when
/// <see cref="OpenRouterEmulatorOptions.ManagementKey"/> is set, that key. Settings are stored as sent.
/// </summary>
public static class WorkspacesRoutes
{
    private static readonly string[] Settings =
    [
        "name", "slug", "description", "default_text_model", "default_image_model", "default_provider_sort", "is_observability_io_logging_enabled",
        "is_observability_broadcast_enabled", "is_data_discount_logging_enabled", "io_logging_sampling_rate", "io_logging_api_key_ids",
    ];

    /// <summary>Maps the area's routes under <see cref="EmulatorEndpoints.Prefix"/>.</summary>
    public static IEndpointRouteBuilder MapWorkspacesRoutes(this IEndpointRouteBuilder endpoints, EmulatorState state)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(state);
        var store = new Store(state.TimeProvider);
        const string root = EmulatorEndpoints.Prefix + "/workspaces";
        endpoints.MapGet(root, EmulatorEndpoints.Management(state, store.ListAsync));
        endpoints.MapPost(root, EmulatorEndpoints.Management(state, store.CreateAsync));
        endpoints.MapGet(root + "/{id}", EmulatorEndpoints.Management(state, store.GetAsync));
        endpoints.MapMethods(root + "/{id}", ["PATCH"], EmulatorEndpoints.Management(state, store.UpdateAsync));
        endpoints.MapDelete(root + "/{id}", EmulatorEndpoints.Management(state, store.DeleteAsync));
        endpoints.MapGet(root + "/{id}/members", EmulatorEndpoints.Management(state, store.ListMembersAsync));
        endpoints.MapPost(root + "/{id}/members/add", EmulatorEndpoints.Management(state, c => store.ChangeMembersAsync(c, add: true)));
        endpoints.MapPost(root + "/{id}/members/remove", EmulatorEndpoints.Management(state, c => store.ChangeMembersAsync(c, add: false)));
        return endpoints;
    }

    /// <summary>The workspaces and memberships of one emulator; one lock guards both.</summary>
    private sealed class Store(TimeProvider time)
    {
        private readonly object _gate = new();
        private readonly List<JsonObject> _workspaces = [];
        private readonly List<JsonObject> _members = [];

        private string Now => time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

        public Task ListAsync(HttpContext context)
        {
            lock (_gate)
            {
                return WritePageAsync(context, _workspaces.ToList());
            }
        }

        public async Task CreateAsync(HttpContext context)
        {
            JsonObject? body = await ReadObjectAsync(context).ConfigureAwait(false);
            if (Text(body, "name") is null || Text(body, "slug") is not { } slug)
            {
                await WireJson.WriteErrorAsync(context, 400, "name and slug are required").ConfigureAwait(false);
                return;
            }

            string id = Guid.NewGuid().ToString();
            var workspace = new JsonObject
            {
                ["id"] = id,
                ["default_guardrail_id"] = Guid.NewGuid().ToString(),
                ["description"] = null,
                ["default_text_model"] = null,
                ["default_image_model"] = null,
                ["default_provider_sort"] = null,
                ["is_observability_io_logging_enabled"] = false,
                ["is_observability_broadcast_enabled"] = false,
                ["is_data_discount_logging_enabled"] = true,
                ["io_logging_sampling_rate"] = 1,
                ["io_logging_api_key_ids"] = null,
                ["include_byok_in_budgets"] = false,
                ["created_at"] = Now,
                ["updated_at"] = null,
                ["created_by"] = null,
            };
            CopySettings(body!, workspace);
            lock (_gate)
            {
                if (_workspaces.Exists(w => (string?)w["slug"] == slug))
                {
                    workspace = null!;
                }
                else
                {
                    _workspaces.Add(workspace);
                    workspace = (JsonObject)workspace.DeepClone();
                }
            }

            await (workspace is null
                ? WireJson.WriteErrorAsync(context, 400, "slug is already in use")
                : WireJson.WriteAsync(context, 201, new JsonObject { ["data"] = workspace })).ConfigureAwait(false);
        }

        public Task GetAsync(HttpContext context)
        {
            lock (_gate)
            {
                return Find(context) is { } w ? WireJson.WriteAsync(context, 200, new JsonObject { ["data"] = w.DeepClone() }) : NotFoundAsync(context);
            }
        }

        public async Task UpdateAsync(HttpContext context)
        {
            JsonObject? body = await ReadObjectAsync(context).ConfigureAwait(false);
            if (body is null)
            {
                await WireJson.WriteErrorAsync(context, 400, "Invalid request body").ConfigureAwait(false);
                return;
            }

            JsonNode? answer = null;
            lock (_gate)
            {
                if (Find(context) is { } w)
                {
                    CopySettings(body, w);
                    w["updated_at"] = Now;
                    answer = w.DeepClone();
                }
            }

            await (answer is null ? NotFoundAsync(context) : WireJson.WriteAsync(context, 200, new JsonObject { ["data"] = answer })).ConfigureAwait(false);
        }

        public Task DeleteAsync(HttpContext context)
        {
            lock (_gate)
            {
                if (Find(context) is not { } w)
                {
                    return NotFoundAsync(context);
                }

                _workspaces.Remove(w);
                _members.RemoveAll(m => (string?)m["workspace_id"] == (string?)w["id"]);
                return WireJson.WriteAsync(context, 200, new JsonObject { ["deleted"] = true });
            }
        }

        public Task ListMembersAsync(HttpContext context)
        {
            lock (_gate)
            {
                return Find(context) is { } w
                    ? WritePageAsync(context, _members.Where(m => (string?)m["workspace_id"] == (string?)w["id"]).ToList())
                    : NotFoundAsync(context);
            }
        }

        public async Task ChangeMembersAsync(HttpContext context, bool add)
        {
            JsonObject? body = await ReadObjectAsync(context).ConfigureAwait(false);
            List<string>? userIds = (body?["user_ids"] as JsonArray)?.Select(n => n is JsonValue v && v.GetValueKind() == JsonValueKind.String ? (string)v! : "").ToList();
            if (userIds is null || userIds.Count is < 1 or > 100 || userIds.Exists(string.IsNullOrWhiteSpace))
            {
                await WireJson.WriteErrorAsync(context, 400, "user_ids must hold 1 to 100 user ids").ConfigureAwait(false);
                return;
            }

            JsonObject? answer = null;
            lock (_gate)
            {
                if (Find(context) is { } w)
                {
                    string workspaceId = (string)w["id"]!;
                    bool Matches(JsonObject m, string user) => (string?)m["workspace_id"] == workspaceId && (string?)m["user_id"] == user;
                    if (add)
                    {
                        var added = new JsonArray();
                        foreach (string user in userIds.Distinct())
                        {
                            JsonObject? member = _members.Find(m => Matches(m, user));
                            if (member is null)
                            {
                                member = new JsonObject { ["id"] = Guid.NewGuid().ToString(), ["workspace_id"] = workspaceId, ["user_id"] = user, ["role"] = "member", ["created_at"] = Now };
                                _members.Add(member);
                            }

                            added.Add(member.DeepClone());
                        }

                        answer = new JsonObject { ["added_count"] = added.Count, ["data"] = added };
                    }
                    else
                    {
                        int removed = _members.RemoveAll(m => (string?)m["workspace_id"] == workspaceId && userIds.Contains((string?)m["user_id"] ?? ""));
                        answer = new JsonObject { ["removed_count"] = removed };
                    }
                }
            }

            await (answer is null ? NotFoundAsync(context) : WireJson.WriteAsync(context, 200, answer)).ConfigureAwait(false);
        }

        /// <summary>The workspace named by the route's id, matched against its id or its slug.</summary>
        private JsonObject? Find(HttpContext context)
        {
            string id = context.Request.RouteValues["id"]?.ToString() ?? "";
            return _workspaces.Find(w => (string?)w["id"] == id || (string?)w["slug"] == id);
        }

        private static string? Text(JsonObject? body, string name) =>
            body?[name] is JsonValue v && v.GetValueKind() == JsonValueKind.String && ((string)v!).Trim().Length > 0 ? (string)v! : null;

        private static void CopySettings(JsonObject from, JsonObject to)
        {
            foreach (string name in Settings)
            {
                if (from.TryGetPropertyValue(name, out JsonNode? value))
                {
                    to[name] = value?.DeepClone();
                }
            }
        }

        private static Task NotFoundAsync(HttpContext context) => WireJson.WriteErrorAsync(context, 404, "Resource not found");

        /// <summary>Writes one page (<c>offset</c>, <c>limit</c> up to 100, default 50) and the total count.</summary>
        private static Task WritePageAsync(HttpContext context, List<JsonObject> all)
        {
            IQueryCollection query = context.Request.Query;
            int offset = int.TryParse(query["offset"], CultureInfo.InvariantCulture, out int o) && o >= 0 ? o : 0;
            int limit = int.TryParse(query["limit"], CultureInfo.InvariantCulture, out int l) ? l : 50;
            if (limit is < 1 or > 100)
            {
                return WireJson.WriteErrorAsync(context, 400, "limit must be between 1 and 100");
            }

            var data = new JsonArray(all.Skip(offset).Take(limit).Select(a => a.DeepClone()).ToArray());
            return WireJson.WriteAsync(context, 200, new JsonObject { ["data"] = data, ["total_count"] = all.Count });
        }

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
