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
/// <see cref="OpenRouterEmulatorOptions.ManagementKey"/> is set, that key. <c>POST /presets/{slug}/chat/completions</c>,
/// <c>/responses</c> and <c>/messages</c> store an inference request's settings as a new version of the preset
/// (created when the slug is new) and designate it, as OpenRouter does: the conversation and <c>stream</c> are dropped,
/// the system prompt (a chat system message, <c>instructions</c>, <c>system</c>) becomes the version's system prompt.
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
        endpoints.MapPost(root + "/{slug}/chat/completions", EmulatorEndpoints.Management(state, c => store.CreateFromRequestAsync(c, state, "chat")));
        endpoints.MapPost(root + "/{slug}/responses", EmulatorEndpoints.Management(state, c => store.CreateFromRequestAsync(c, state, "responses")));
        endpoints.MapPost(root + "/{slug}/messages", EmulatorEndpoints.Management(state, c => store.CreateFromRequestAsync(c, state, "messages")));
        return endpoints;
    }

    /// <summary>The presets of one emulator and their versions; one lock guards them, as presets made from requests change them.</summary>
    private sealed class Store
    {
        /// <summary>The members of an inference request that are the conversation or the call, not settings a preset keeps.</summary>
        private static readonly HashSet<string> NotSettings = ["messages", "input", "prompt", "stream", "system", "instructions"];

        private readonly List<(JsonObject Preset, List<JsonObject> Versions)> _presets = [];
        private readonly object _lock = new();

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

        public Task ListAsync(HttpContext context)
        {
            lock (_lock)
            {
                return WritePageAsync(context, _presets.Select(p => p.Preset).ToList());
            }
        }

        public Task GetAsync(HttpContext context)
        {
            lock (_lock)
            {
                return Find(context) is { } found ? WireJson.WriteAsync(context, 200, new JsonObject { ["data"] = WithDesignated(found) }) : NotFoundAsync(context);
            }
        }

        public Task ListVersionsAsync(HttpContext context)
        {
            lock (_lock)
            {
                return Find(context) is { } found ? WritePageAsync(context, found.Versions) : NotFoundAsync(context);
            }
        }

        public Task GetVersionAsync(HttpContext context)
        {
            string version = context.Request.RouteValues["version"]?.ToString() ?? "";
            lock (_lock)
            {
                JsonObject? match = Find(context)?.Versions.Find(v => ((int)v["version"]!).ToString(CultureInfo.InvariantCulture) == version);
                return match is null ? NotFoundAsync(context) : WireJson.WriteAsync(context, 200, new JsonObject { ["data"] = match.DeepClone() });
            }
        }

        /// <summary>Stores the settings of a chat, Responses or Messages request as a new designated version of the slug's preset.</summary>
        public async Task CreateFromRequestAsync(HttpContext context, EmulatorState state, string kind)
        {
            JsonObject? request;
            try
            {
                request = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted) as JsonObject;
            }
            catch (System.Text.Json.JsonException)
            {
                request = null;
            }

            if (request is null)
            {
                await WireJson.WriteErrorAsync(context, 400, "Invalid request parameters");
                return;
            }

            var config = new JsonObject();
            foreach (KeyValuePair<string, JsonNode?> member in request.Where(m => !NotSettings.Contains(m.Key)))
            {
                config[member.Key] = member.Value?.DeepClone();
            }

            string? systemPrompt = SystemPromptOf(request, kind);
            string slug = context.Request.RouteValues["slug"]?.ToString() ?? "";
            string at = state.TimeProvider.GetUtcNow().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
            JsonObject answer;
            lock (_lock)
            {
                int index = _presets.FindIndex(p => (string?)p.Preset["slug"] == slug);
                if (index < 0)
                {
                    string presetId = Guid.NewGuid().ToString();
                    _presets.Insert(0, (Preset(presetId, slug, slug, "active", null, at, at, null), []));
                    index = 0;
                }

                (JsonObject preset, List<JsonObject> versions) = _presets[index];
                JsonObject version = Version(Guid.NewGuid().ToString(), (string)preset["id"]!, versions.Count + 1, systemPrompt, config, at);
                versions.Add(version);
                preset["designated_version_id"] = (string)version["id"]!;
                preset["updated_at"] = at;
                answer = WithDesignated(_presets[index]);
            }

            await WireJson.WriteAsync(context, 200, new JsonObject { ["data"] = answer });
        }

        /// <summary>The system prompt of a request: a chat request's first system message, <c>instructions</c>, or <c>system</c> (a string or text blocks).</summary>
        private static string? SystemPromptOf(JsonObject request, string kind)
        {
            JsonNode? prompt = kind switch
            {
                "chat" => (request["messages"] as JsonArray)?.OfType<JsonObject>().FirstOrDefault(m => (string?)m["role"] is "system" or "developer")?["content"],
                "responses" => request["instructions"],
                _ => request["system"],
            };
            return prompt switch
            {
                JsonValue value when value.TryGetValue(out string? text) => text,
                JsonArray blocks => string.Concat(blocks.OfType<JsonObject>().Select(b => (string?)b["text"])),
                _ => null,
            };
        }

        private static JsonObject WithDesignated((JsonObject Preset, List<JsonObject> Versions) found)
        {
            var preset = (JsonObject)found.Preset.DeepClone();
            string? designated = (string?)preset["designated_version_id"];
            preset["designated_version"] = found.Versions.Find(v => (string?)v["id"] == designated)?.DeepClone();
            return preset;
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
