using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace OpenRouter.Emulator;

/// <summary>
/// The SCIM area, kept in memory per emulator: list the organization's SCIM groups, and list, create, get, update and
/// delete group-to-workspace mappings. Groups come from an identity provider, which the emulator has not, so each
/// emulator starts with the fixed groups <see cref="EngineeringGroupId"/> (the spec's example) and
/// <see cref="FinanceGroupId"/>. A mapping needs a known group, a workspace id and a role of <c>admin</c> or
/// <c>member</c>; the workspace is not looked up, and mapping does not change any workspace's members. Like every
/// management route it needs a bearer key and, when <see cref="OpenRouterEmulatorOptions.ManagementKey"/> is set, that key.
/// </summary>
internal static class ScimRoutes
{
    /// <summary>The organization the emulated groups and mappings belong to.</summary>
    public const string OrganizationId = "org_emulator";

    /// <summary>The seeded group of the spec's example: <c>Engineering</c>, external id <c>group-external-id</c>.</summary>
    public const string EngineeringGroupId = "550e8400-e29b-41d4-a716-446655440000";

    /// <summary>The second seeded group: <c>Finance</c>, without an external id.</summary>
    public const string FinanceGroupId = "550e8400-e29b-41d4-a716-446655440001";

    private static readonly string[] Roles = ["admin", "member"];

    /// <summary>Maps the area's routes under <see cref="EmulatorEndpoints.Prefix"/>.</summary>
    public static IEndpointRouteBuilder MapScimRoutes(this IEndpointRouteBuilder endpoints, EmulatorState state)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(state);
        var store = new Store(state.TimeProvider);
        const string root = EmulatorEndpoints.Prefix + "/scim";
        endpoints.MapGet(root + "/groups", EmulatorEndpoints.Management(state, store.ListGroupsAsync));
        endpoints.MapGet(root + "/group-mappings", EmulatorEndpoints.Management(state, store.ListMappingsAsync));
        endpoints.MapPost(root + "/group-mappings", EmulatorEndpoints.Management(state, store.CreateMappingAsync));
        endpoints.MapGet(root + "/group-mappings/{id}", EmulatorEndpoints.Management(state, store.GetMappingAsync));
        endpoints.MapMethods(root + "/group-mappings/{id}", ["PATCH"], EmulatorEndpoints.Management(state, store.UpdateMappingAsync));
        endpoints.MapDelete(root + "/group-mappings/{id}", EmulatorEndpoints.Management(state, store.DeleteMappingAsync));
        return endpoints;
    }

    /// <summary>The groups (read only) and mappings of one emulator; one lock guards the mappings.</summary>
    private sealed class Store(TimeProvider time)
    {
        private const string Seeded = "2026-01-05T09:00:00.000Z";

        private readonly object _gate = new();
        private readonly List<JsonObject> _mappings = [];
        private readonly List<JsonObject> _groups =
        [
            Group(EngineeringGroupId, "group-external-id", "Engineering"),
            Group(FinanceGroupId, null, "Finance"),
        ];

        private string Now => time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

        public Task ListGroupsAsync(HttpContext context) => WritePageAsync(context, _groups);

        public Task ListMappingsAsync(HttpContext context)
        {
            lock (_gate)
            {
                return WritePageAsync(context, _mappings.ToList());
            }
        }

        public async Task CreateMappingAsync(HttpContext context)
        {
            JsonObject? body = await ReadObjectAsync(context).ConfigureAwait(false);
            string? groupId = Text(body, "scim_group_id");
            string? workspaceId = Text(body, "workspace_id");
            string? role = Text(body, "role");
            if (groupId is null || workspaceId is null || role is null || !Roles.Contains(role))
            {
                await WireJson.WriteErrorAsync(context, 400, "scim_group_id, workspace_id and a role of admin or member are required").ConfigureAwait(false);
                return;
            }

            if (!_groups.Exists(g => (string?)g["id"] == groupId))
            {
                await NotFoundAsync(context).ConfigureAwait(false);
                return;
            }

            JsonObject? created = null;
            lock (_gate)
            {
                if (!_mappings.Exists(m => (string?)m["scim_group_id"] == groupId && (string?)m["workspace_id"] == workspaceId))
                {
                    string now = Now;
                    var mapping = new JsonObject
                    {
                        ["id"] = Guid.NewGuid().ToString(),
                        ["organization_id"] = OrganizationId,
                        ["scim_group_id"] = groupId,
                        ["workspace_id"] = workspaceId,
                        ["role"] = role,
                        ["created_at"] = now,
                        ["updated_at"] = now,
                    };
                    _mappings.Add(mapping);
                    created = (JsonObject)mapping.DeepClone();
                }
            }

            await (created is null
                ? WireJson.WriteErrorAsync(context, 409, "The group is already mapped to this workspace")
                : WireJson.WriteAsync(context, 201, new JsonObject { ["data"] = created })).ConfigureAwait(false);
        }

        public Task GetMappingAsync(HttpContext context)
        {
            lock (_gate)
            {
                return Find(context) is { } m ? WireJson.WriteAsync(context, 200, new JsonObject { ["data"] = m.DeepClone() }) : NotFoundAsync(context);
            }
        }

        public async Task UpdateMappingAsync(HttpContext context)
        {
            JsonObject? body = await ReadObjectAsync(context).ConfigureAwait(false);
            if (Text(body, "role") is not { } role || !Roles.Contains(role))
            {
                await WireJson.WriteErrorAsync(context, 400, "role must be admin or member").ConfigureAwait(false);
                return;
            }

            JsonNode? answer = null;
            lock (_gate)
            {
                if (Find(context) is { } m)
                {
                    m["role"] = role;
                    m["updated_at"] = Now;
                    answer = m.DeepClone();
                }
            }

            await (answer is null ? NotFoundAsync(context) : WireJson.WriteAsync(context, 200, new JsonObject { ["data"] = answer })).ConfigureAwait(false);
        }

        /// <summary><c>keep_members</c> is required, as on OpenRouter: without it the call is a 400, so nothing is removed by accident.</summary>
        public Task DeleteMappingAsync(HttpContext context)
        {
            string keep = context.Request.Query["keep_members"].ToString();
            if (keep is not ("true" or "false"))
            {
                return WireJson.WriteErrorAsync(context, 400, "keep_members is required: true or false");
            }

            lock (_gate)
            {
                if (Find(context) is not { } m)
                {
                    return NotFoundAsync(context);
                }

                _mappings.Remove(m);
                return WireJson.WriteAsync(context, 200, new JsonObject { ["deleted"] = true });
            }
        }

        private JsonObject? Find(HttpContext context)
        {
            string id = context.Request.RouteValues["id"]?.ToString() ?? "";
            return _mappings.Find(m => (string?)m["id"] == id);
        }

        private static JsonObject Group(string id, string? externalId, string name) => new()
        {
            ["id"] = id,
            ["organization_id"] = OrganizationId,
            ["external_id"] = externalId,
            ["display_name"] = name,
            ["created_at"] = Seeded,
            ["updated_at"] = Seeded,
        };

        private static string? Text(JsonObject? body, string name) =>
            body?[name] is JsonValue v && v.GetValueKind() == JsonValueKind.String && ((string)v!).Trim().Length > 0 ? (string)v! : null;

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
