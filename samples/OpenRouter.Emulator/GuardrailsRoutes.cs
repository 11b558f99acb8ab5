using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace OpenRouter.Emulator;

/// <summary>
/// The Guardrails area, kept in memory per emulator: create, list, get, update and delete guardrails, and assign API
/// keys and members to them. Like every management route it needs a bearer key and, when
/// <see cref="OpenRouterEmulatorOptions.ManagementKey"/> is set, that key. Settings are stored as sent, so a
/// guardrail reads back what the client wrote; nothing is enforced on chat completions.
/// </summary>
internal static class GuardrailsRoutes
{
    private static readonly string[] Settings =
    [
        "description", "limit_usd", "reset_interval", "include_byok_in_budgets", "allowed_models", "allowed_providers", "ignored_models",
        "ignored_providers", "content_filter_builtins", "content_filters", "enable_free_model_publication", "enable_free_model_training",
        "enable_paid_model_training", "enforce_zdr_anthropic", "enforce_zdr_openai", "enforce_zdr_google", "enforce_zdr_xai", "enforce_zdr_other",
    ];

    /// <summary>Maps the area's routes under <see cref="EmulatorEndpoints.Prefix"/>.</summary>
    public static IEndpointRouteBuilder MapGuardrailsRoutes(this IEndpointRouteBuilder endpoints, EmulatorState state)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(state);
        var store = new Store(state.TimeProvider);
        const string root = EmulatorEndpoints.Prefix + "/guardrails";
        endpoints.MapGet(root, EmulatorEndpoints.Management(state, store.ListAsync));
        endpoints.MapPost(root, EmulatorEndpoints.Management(state, store.CreateAsync));
        endpoints.MapGet(root + "/assignments/keys", EmulatorEndpoints.Management(state, c => store.ListAssignmentsAsync(c, store.Keys, null)));
        endpoints.MapGet(root + "/assignments/members", EmulatorEndpoints.Management(state, c => store.ListAssignmentsAsync(c, store.Members, null)));
        endpoints.MapGet(root + "/{id}", EmulatorEndpoints.Management(state, store.GetAsync));
        endpoints.MapMethods(root + "/{id}", ["PATCH"], EmulatorEndpoints.Management(state, store.UpdateAsync));
        endpoints.MapDelete(root + "/{id}", EmulatorEndpoints.Management(state, store.DeleteAsync));
        endpoints.MapGet(root + "/{id}/assignments/keys", EmulatorEndpoints.Management(state, c => store.ListForAsync(c, store.Keys)));
        endpoints.MapPost(root + "/{id}/assignments/keys", EmulatorEndpoints.Management(state, c => store.AssignAsync(c, store.Keys, "key_hashes", assign: true)));
        endpoints.MapPost(root + "/{id}/assignments/keys/remove", EmulatorEndpoints.Management(state, c => store.AssignAsync(c, store.Keys, "key_hashes", assign: false)));
        endpoints.MapGet(root + "/{id}/assignments/members", EmulatorEndpoints.Management(state, c => store.ListForAsync(c, store.Members)));
        endpoints.MapPost(root + "/{id}/assignments/members", EmulatorEndpoints.Management(state, c => store.AssignAsync(c, store.Members, "member_user_ids", assign: true)));
        endpoints.MapPost(root + "/{id}/assignments/members/remove", EmulatorEndpoints.Management(state, c => store.AssignAsync(c, store.Members, "member_user_ids", assign: false)));
        return endpoints;
    }

    /// <summary>The guardrails and assignments of one emulator; one lock guards all of them.</summary>
    private sealed class Store(TimeProvider time)
    {
        private readonly object _gate = new();
        private readonly List<JsonObject> _guardrails = [];

        /// <summary>Key assignments: one per key hash (a key holds at most one guardrail).</summary>
        public List<JsonObject> Keys { get; } = [];

        /// <summary>Member assignments: one per member and guardrail.</summary>
        public List<JsonObject> Members { get; } = [];

        private string Now => time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

        public Task ListAsync(HttpContext context)
        {
            string workspace = context.Request.Query["workspace_id"].ToString();
            workspace = workspace.Length == 0 ? ActivityRoutes.DefaultWorkspaceId : workspace;
            lock (_gate)
            {
                return WritePageAsync(context, _guardrails.Where(g => (string?)g["workspace_id"] == workspace).ToList());
            }
        }

        public async Task CreateAsync(HttpContext context)
        {
            JsonObject? body = await ReadObjectAsync(context).ConfigureAwait(false);
            if (body?["name"] is not JsonValue nameValue || nameValue.GetValueKind() != JsonValueKind.String || ((string)nameValue!).Trim().Length == 0)
            {
                await WireJson.WriteErrorAsync(context, 400, "name is required").ConfigureAwait(false);
                return;
            }

            var guardrail = new JsonObject
            {
                ["id"] = Guid.NewGuid().ToString(),
                ["name"] = (string)nameValue!,
                ["description"] = null,
                ["limit_usd"] = null,
                ["reset_interval"] = null,
                ["include_byok_in_budgets"] = false,
                ["allowed_models"] = null,
                ["allowed_providers"] = null,
                ["ignored_models"] = null,
                ["ignored_providers"] = null,
                ["content_filter_builtins"] = null,
                ["content_filters"] = null,
                ["workspace_id"] = body["workspace_id"]?.GetValue<string>() ?? ActivityRoutes.DefaultWorkspaceId,
                ["created_at"] = Now,
                ["updated_at"] = null,
            };
            CopySettings(body, guardrail);
            lock (_gate)
            {
                _guardrails.Add(guardrail);
                guardrail = (JsonObject)guardrail.DeepClone();
            }

            await WireJson.WriteAsync(context, 201, new JsonObject { ["data"] = guardrail }).ConfigureAwait(false);
        }

        public Task GetAsync(HttpContext context)
        {
            lock (_gate)
            {
                return Find(context) is { } g ? WireJson.WriteAsync(context, 200, new JsonObject { ["data"] = g.DeepClone() }) : NotFoundAsync(context);
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

            JsonNode? answer;
            lock (_gate)
            {
                if (Find(context) is not { } g)
                {
                    answer = null;
                }
                else
                {
                    if (body["name"] is JsonValue name && name.GetValueKind() == JsonValueKind.String)
                    {
                        g["name"] = (string)name!;
                    }

                    CopySettings(body, g);
                    g["updated_at"] = Now;
                    answer = g.DeepClone();
                }
            }

            await (answer is null ? NotFoundAsync(context) : WireJson.WriteAsync(context, 200, new JsonObject { ["data"] = answer })).ConfigureAwait(false);
        }

        public Task DeleteAsync(HttpContext context)
        {
            lock (_gate)
            {
                if (Find(context) is not { } g)
                {
                    return NotFoundAsync(context);
                }

                string id = (string)g["id"]!;
                _guardrails.Remove(g);
                Keys.RemoveAll(a => (string?)a["guardrail_id"] == id);
                Members.RemoveAll(a => (string?)a["guardrail_id"] == id);
                return WireJson.WriteAsync(context, 200, new JsonObject { ["deleted"] = true });
            }
        }

        public Task ListForAsync(HttpContext context, List<JsonObject> assignments)
        {
            lock (_gate)
            {
                return Find(context) is { } g ? ListAssignmentsAsync(context, assignments, (string)g["id"]!) : NotFoundAsync(context);
            }
        }

        public Task ListAssignmentsAsync(HttpContext context, List<JsonObject> assignments, string? guardrailId)
        {
            lock (_gate)
            {
                return WritePageAsync(context, assignments.Where(a => guardrailId is null || (string?)a["guardrail_id"] == guardrailId).ToList());
            }
        }

        public async Task AssignAsync(HttpContext context, List<JsonObject> assignments, string member, bool assign)
        {
            JsonObject? body = await ReadObjectAsync(context).ConfigureAwait(false);
            List<string>? values = (body?[member] as JsonArray)?.Select(v => v is JsonValue s && s.GetValueKind() == JsonValueKind.String ? (string)s! : "").ToList();
            if (values is null || values.Count == 0 || values.Exists(v => v.Trim().Length == 0))
            {
                await WireJson.WriteErrorAsync(context, 400, $"{member} must be a non-empty array of non-empty strings").ConfigureAwait(false);
                return;
            }

            bool keys = member == "key_hashes";
            string field = keys ? "key_hash" : "user_id";
            int count = 0;
            lock (_gate)
            {
                if (Find(context) is not { } g)
                {
                    count = -1;
                }
                else
                {
                    string id = (string)g["id"]!;
                    foreach (string value in values.Distinct(StringComparer.Ordinal))
                    {
                        // A key holds one guardrail: assigning replaces its assignment to any other.
                        int removed = assignments.RemoveAll(a => (string?)a[field] == value && (keys || (string?)a["guardrail_id"] == id) && (assign || (string?)a["guardrail_id"] == id));
                        if (assign)
                        {
                            assignments.Add(keys
                                ? new JsonObject { ["id"] = Guid.NewGuid().ToString(), ["key_hash"] = value, ["guardrail_id"] = id, ["key_name"] = "Emulated key", ["key_label"] = "emulated", ["assigned_by"] = "user_emulator", ["created_at"] = Now }
                                : new JsonObject { ["id"] = Guid.NewGuid().ToString(), ["user_id"] = value, ["organization_id"] = "org_emulator", ["guardrail_id"] = id, ["assigned_by"] = "user_emulator", ["created_at"] = Now });
                            count++;
                        }
                        else
                        {
                            count += removed;
                        }
                    }
                }
            }

            await (count < 0
                ? NotFoundAsync(context)
                : WireJson.WriteAsync(context, 200, new JsonObject { [assign ? "assigned_count" : "unassigned_count"] = count })).ConfigureAwait(false);
        }

        private JsonObject? Find(HttpContext context)
        {
            string id = context.Request.RouteValues["id"]?.ToString() ?? "";
            return _guardrails.Find(g => (string?)g["id"] == id);
        }

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
