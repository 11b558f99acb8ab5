using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace OpenRouter.Emulator;

/// <summary>
/// The Workspaces area, kept in memory per emulator: create, list, get (by id or slug), update and delete workspaces,
/// list, add and remove their members, and list, get, set and delete their budgets (one per interval: daily, weekly,
/// monthly, lifetime; limits must strictly decrease as the interval narrows, as on OpenRouter). Like every management
/// route it needs a bearer key and, when <see cref="OpenRouterEmulatorOptions.ManagementKey"/> is set, that key.
/// Settings are stored as sent. Budgets are stored, not enforced.
/// </summary>
internal static class WorkspacesRoutes
{
    /// <summary>The budget intervals, widest first: a budget's limit must be below every wider one's.</summary>
    private static readonly string[] Intervals = ["lifetime", "monthly", "weekly", "daily"];

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
        endpoints.MapGet(root + "/{id}/budgets", EmulatorEndpoints.Management(state, store.ListBudgetsAsync));
        endpoints.MapGet(root + "/{id}/budgets/{interval}", EmulatorEndpoints.Management(state, store.GetBudgetAsync));
        endpoints.MapPut(root + "/{id}/budgets/{interval}", EmulatorEndpoints.Management(state, store.SetBudgetAsync));
        endpoints.MapDelete(root + "/{id}/budgets/{interval}", EmulatorEndpoints.Management(state, store.DeleteBudgetAsync));
        return endpoints;
    }

    /// <summary>The workspaces, memberships and budgets of one emulator; one lock guards them all.</summary>
    private sealed class Store(TimeProvider time)
    {
        private readonly object _gate = new();
        private readonly List<JsonObject> _workspaces = [];
        private readonly List<JsonObject> _members = [];
        private readonly List<JsonObject> _budgets = [];

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
                _budgets.RemoveAll(b => (string?)b["workspace_id"] == (string?)w["id"]);
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

        public Task ListBudgetsAsync(HttpContext context)
        {
            lock (_gate)
            {
                if (Find(context) is not { } w)
                {
                    return NotFoundAsync(context);
                }

                var data = new JsonArray(BudgetsOf(w).Select(b => b.DeepClone()).ToArray());
                return WireJson.WriteAsync(context, 200, new JsonObject { ["data"] = data, ["include_byok_in_budgets"] = w["include_byok_in_budgets"]?.DeepClone() });
            }
        }

        public Task GetBudgetAsync(HttpContext context)
        {
            if (IntervalOf(context) is not { } interval)
            {
                return BadIntervalAsync(context);
            }

            lock (_gate)
            {
                if (Find(context) is not { } w || Budget(w, interval) is not { } budget)
                {
                    return NotFoundAsync(context);
                }

                return WireJson.WriteAsync(context, 200, BudgetAnswer(w, budget));
            }
        }

        /// <summary>Creates or replaces the budget of an interval; a limit not below every wider interval's (nor above every narrower one's) is a 400.</summary>
        public async Task SetBudgetAsync(HttpContext context)
        {
            if (IntervalOf(context) is not { } interval)
            {
                await BadIntervalAsync(context).ConfigureAwait(false);
                return;
            }

            JsonObject? body = await ReadObjectAsync(context).ConfigureAwait(false);
            JsonNode? byok = body?["include_byok_in_budgets"];
            if (body?["limit_usd"] is not JsonValue limitValue || !limitValue.TryGetValue(out decimal limit) || limit <= 0
                || (byok is not null && byok.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False)))
            {
                await WireJson.WriteErrorAsync(context, 400, "limit_usd must be a number greater than 0, include_byok_in_budgets a boolean").ConfigureAwait(false);
                return;
            }

            JsonObject? answer = null;
            string? refusal = null;
            lock (_gate)
            {
                if (Find(context) is { } w)
                {
                    refusal = OutOfOrder(w, interval, limit);
                    if (refusal is null)
                    {
                        JsonObject? budget = Budget(w, interval);
                        if (budget is null)
                        {
                            budget = new JsonObject
                            {
                                ["id"] = Guid.NewGuid().ToString(),
                                ["workspace_id"] = w["id"]!.DeepClone(),
                                ["limit_usd"] = 0,
                                ["reset_interval"] = interval == "lifetime" ? null : interval,
                                ["created_at"] = Now,
                                ["updated_at"] = Now,
                            };
                            _budgets.Add(budget);
                        }

                        budget["limit_usd"] = WireJson.Money(limit);
                        budget["updated_at"] = Now;
                        if (byok is not null)
                        {
                            w["include_byok_in_budgets"] = byok.DeepClone();
                        }

                        answer = BudgetAnswer(w, budget);
                    }
                }
            }

            await (refusal is not null ? WireJson.WriteErrorAsync(context, 400, refusal)
                : answer is null ? NotFoundAsync(context)
                : WireJson.WriteAsync(context, 200, answer)).ConfigureAwait(false);
        }

        /// <summary>Removes the budget of an interval; one that did not exist counts as removed, as on OpenRouter.</summary>
        public Task DeleteBudgetAsync(HttpContext context)
        {
            if (IntervalOf(context) is not { } interval)
            {
                return BadIntervalAsync(context);
            }

            lock (_gate)
            {
                if (Find(context) is not { } w)
                {
                    return NotFoundAsync(context);
                }

                if (Budget(w, interval) is { } budget)
                {
                    _budgets.Remove(budget);
                }

                return WireJson.WriteAsync(context, 200, new JsonObject { ["deleted"] = true });
            }
        }

        /// <summary>The budgets of a workspace, widest interval first.</summary>
        private List<JsonObject> BudgetsOf(JsonObject workspace) =>
            _budgets.Where(b => (string?)b["workspace_id"] == (string?)workspace["id"]).OrderBy(b => Array.IndexOf(Intervals, IntervalName(b))).ToList();

        private JsonObject? Budget(JsonObject workspace, string interval) => BudgetsOf(workspace).Find(b => IntervalName(b) == interval);

        /// <summary>Why <paramref name="limit"/> breaks lifetime &gt; monthly &gt; weekly &gt; daily, or null when it does not.</summary>
        private string? OutOfOrder(JsonObject workspace, string interval, decimal limit)
        {
            int rank = Array.IndexOf(Intervals, interval);
            foreach (JsonObject other in BudgetsOf(workspace))
            {
                int otherRank = Array.IndexOf(Intervals, IntervalName(other));
                decimal otherLimit = other["limit_usd"]!.GetValue<decimal>();
                if ((otherRank < rank && limit >= otherLimit) || (otherRank > rank && limit <= otherLimit))
                {
                    return $"Budget limits must strictly decrease as the interval narrows (lifetime > monthly > weekly > daily): {interval} {limit.ToString(CultureInfo.InvariantCulture)} conflicts with {IntervalName(other)} {otherLimit.ToString(CultureInfo.InvariantCulture)}.";
                }
            }

            return null;
        }

        private static string IntervalName(JsonObject budget) => (string?)budget["reset_interval"] ?? "lifetime";

        private static JsonObject BudgetAnswer(JsonObject workspace, JsonObject budget) =>
            new() { ["data"] = budget.DeepClone(), ["include_byok_in_budgets"] = workspace["include_byok_in_budgets"]?.DeepClone() };

        private static string? IntervalOf(HttpContext context) =>
            context.Request.RouteValues["interval"]?.ToString() is { } interval && Intervals.Contains(interval) ? interval : null;

        private static Task BadIntervalAsync(HttpContext context) =>
            WireJson.WriteErrorAsync(context, 400, "interval must be daily, weekly, monthly or lifetime");

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
