using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace OpenRouter.Emulator;

/// <summary>
/// The Presets management area, kept in memory per emulator: list and get presets and their versions. The API only
/// reads presets (they are made on openrouter.ai), so each emulator starts with the fixed presets of
/// <see cref="MyPresetSlug"/> (the spec's example, two versions, the second designated) and
/// <see cref="ArchivedPresetSlug"/>. Like every management route it needs a bearer key and, when
/// <see cref="OpenRouterEmulatorOptions.ManagementKey"/> is set, that key. The inference routes of a preset
/// (<c>/presets/{slug}/chat/completions</c> and the like) are not emulated.
/// </summary>
internal static class PresetsRoutes
{
    /// <summary>The slug of the seeded active preset (the spec's example): versions 1 and 2, version 2 designated.</summary>
    public const string MyPresetSlug = "my-preset";

    /// <summary>The slug of the seeded archived preset: one version, none designated.</summary>
    public const string ArchivedPresetSlug = "old-support-bot";

    private const string Creator = "user_emulator";

    /// <summary>Maps the area's routes under <see cref="EmulatorEndpoints.Prefix"/>.</summary>
    public static IEndpointRouteBuilder MapPresetsRoutes(this IEndpointRouteBuilder endpoints, EmulatorState state)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(state);
        var store = new Store();
        const string root = EmulatorEndpoints.Prefix + "/presets";
        endpoints.MapGet(root, EmulatorEndpoints.Management(state, store.ListAsync));
        endpoints.MapGet(root + "/{slug}", EmulatorEndpoints.Management(state, store.GetAsync));
        endpoints.MapGet(root + "/{slug}/versions", EmulatorEndpoints.Management(state, store.ListVersionsAsync));
        endpoints.MapGet(root + "/{slug}/versions/{version}", EmulatorEndpoints.Management(state, store.GetVersionAsync));
        return endpoints;
    }

    /// <summary>The presets of one emulator and their versions; read only, so no lock is needed.</summary>
    private sealed class Store
    {
        private readonly List<(JsonObject Preset, List<JsonObject> Versions)> _presets = [];

        public Store()
        {
            // Most recently updated first, as the server lists them.
            const string myId = "650e8400-e29b-41d4-a716-446655440001";
            JsonObject v1 = Version("550e8400-e29b-41d4-a716-446655440000", myId, 1, "You are a helpful assistant.",
                new JsonObject { ["model"] = "openai/gpt-4o", ["temperature"] = 0.7 }, "2026-04-20T10:00:00Z");
            JsonObject v2 = Version("550e8400-e29b-41d4-a716-446655440003", myId, 2, null,
                new JsonObject { ["model"] = "anthropic/claude-sonnet-4", ["temperature"] = 0.2, ["provider"] = new JsonObject { ["order"] = new JsonArray("anthropic") } },
                "2026-05-02T09:00:00Z");
            _presets.Add((Preset(myId, MyPresetSlug, "My preset", "active", (string)v2["id"]!, "2026-04-20T10:00:00Z", "2026-05-02T09:00:00Z", null), [v1, v2]));

            const string oldId = "650e8400-e29b-41d4-a716-446655440004";
            JsonObject old = Version("550e8400-e29b-41d4-a716-446655440005", oldId, 1, "You answer support questions.",
                new JsonObject { ["model"] = "openai/gpt-4o-mini" }, "2026-01-10T12:00:00Z");
            _presets.Add((Preset(oldId, ArchivedPresetSlug, "Old support bot", "archived", null, "2026-01-10T12:00:00Z", "2026-03-01T00:00:00Z", "2026-03-01T00:00:00Z"), [old]));
        }

        public Task ListAsync(HttpContext context) => WritePageAsync(context, _presets.Select(p => p.Preset).ToList());

        public Task GetAsync(HttpContext context)
        {
            if (Find(context) is not { } found)
            {
                return NotFoundAsync(context);
            }

            var preset = (JsonObject)found.Preset.DeepClone();
            string? designated = (string?)preset["designated_version_id"];
            preset["designated_version"] = found.Versions.Find(v => (string?)v["id"] == designated)?.DeepClone();
            return WireJson.WriteAsync(context, 200, new JsonObject { ["data"] = preset });
        }

        public Task ListVersionsAsync(HttpContext context) =>
            Find(context) is { } found ? WritePageAsync(context, found.Versions) : NotFoundAsync(context);

        public Task GetVersionAsync(HttpContext context)
        {
            string version = context.Request.RouteValues["version"]?.ToString() ?? "";
            JsonObject? match = Find(context)?.Versions.Find(v => ((int)v["version"]!).ToString(CultureInfo.InvariantCulture) == version);
            return match is null ? NotFoundAsync(context) : WireJson.WriteAsync(context, 200, new JsonObject { ["data"] = match.DeepClone() });
        }

        private (JsonObject Preset, List<JsonObject> Versions)? Find(HttpContext context)
        {
            string slug = context.Request.RouteValues["slug"]?.ToString() ?? "";
            int index = _presets.FindIndex(p => (string?)p.Preset["slug"] == slug);
            return index < 0 ? null : _presets[index];
        }

        private static JsonObject Preset(string id, string slug, string name, string status, string? designatedVersionId, string created, string updated, string? statusUpdated) =>
            new()
            {
                ["id"] = id, ["creator_user_id"] = Creator, ["workspace_id"] = ActivityRoutes.DefaultWorkspaceId, ["name"] = name, ["slug"] = slug,
                ["description"] = null, ["status"] = status, ["designated_version_id"] = designatedVersionId, ["created_at"] = created,
                ["updated_at"] = updated, ["status_updated_at"] = statusUpdated,
            };

        private static JsonObject Version(string id, string presetId, int number, string? systemPrompt, JsonObject config, string at) =>
            new()
            {
                ["id"] = id, ["preset_id"] = presetId, ["creator_id"] = Creator, ["version"] = number, ["system_prompt"] = systemPrompt,
                ["config"] = config, ["created_at"] = at, ["updated_at"] = at,
            };

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
    }
}
