using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace OpenRouter.Emulator;

/// <summary>
/// The Analytics area: <c>GET /activity</c>, <c>GET /analytics/meta</c> and <c>POST /analytics/query</c>, answered from
/// the generations the emulator served. Like every management route it needs a bearer key and, when
/// <see cref="OpenRouterEmulatorOptions.ManagementKey"/> is set, that key (others get OpenRouter's 403).
/// </summary>
internal static class ActivityRoutes
{
    /// <summary>The id of the emulated account's only workspace, the default one.</summary>
    public const string DefaultWorkspaceId = "00000000-0000-4000-8000-000000000001";

    /// <summary>Maps the area's routes under <see cref="EmulatorEndpoints.Prefix"/>.</summary>
    public static IEndpointRouteBuilder MapActivityRoutes(this IEndpointRouteBuilder endpoints, EmulatorState state)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(state);
        endpoints.MapGet(EmulatorEndpoints.Prefix + "/activity", EmulatorEndpoints.Management(state, context => ActivityAsync(context, state)));
        endpoints.MapGet(EmulatorEndpoints.Prefix + "/analytics/meta", EmulatorEndpoints.Management(state, AnalyticsMetaAsync));
        endpoints.MapPost(EmulatorEndpoints.Prefix + "/analytics/query", EmulatorEndpoints.Management(state, context => AnalyticsQueryAsync(context, state)));
        return endpoints;
    }

    /// <summary>
    /// <c>GET /activity</c>: the generations this emulator served, one row per UTC day, model and provider (split per
    /// workspace with <c>group_by=workspace</c>). Unlike OpenRouter, the current day is included, so a test sees its
    /// own traffic at once. <c>api_key_hash</c> and <c>user_id</c> are accepted and do not filter (one key, one user).
    /// </summary>
    public static Task ActivityAsync(HttpContext context, EmulatorState state)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(state);
        IQueryCollection query = context.Request.Query;
        string date = query["date"].ToString();
        if (date.Length > 0 && !DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return WireJson.WriteErrorAsync(context, 400, "Invalid date format. Use YYYY-MM-DD.");
        }

        string groupBy = query["group_by"].ToString();
        if (groupBy.Length > 0 && groupBy != "workspace")
        {
            return WireJson.WriteErrorAsync(context, 400, "Invalid group_by. The only value is 'workspace'.");
        }

        string workspace = query["workspace_id"].ToString();
        var rows = new JsonArray();
        if (workspace.Length == 0 || workspace == DefaultWorkspaceId)
        {
            var days = state.Generations
                .GroupBy(g => (Day: g.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), g.Model, g.Provider))
                .Where(group => date.Length == 0 || group.Key.Day == date)
                .OrderBy(group => group.Key.Day, StringComparer.Ordinal).ThenBy(group => group.Key.Model, StringComparer.Ordinal);
            foreach (var group in days)
            {
                var row = new JsonObject
                {
                    ["date"] = group.Key.Day,
                    ["model"] = group.Key.Model,
                    ["model_permaslug"] = group.Key.Model + "-20260101",
                    ["endpoint_id"] = "emulator-endpoint",
                    ["provider_name"] = group.Key.Provider,
                    ["usage"] = WireJson.Money(group.Sum(g => g.Cost)),
                    ["byok_usage_inference"] = 0,
                    ["requests"] = group.Count(),
                    ["prompt_tokens"] = group.Sum(g => (long)g.PromptTokens),
                    ["completion_tokens"] = group.Sum(g => (long)g.CompletionTokens),
                    ["reasoning_tokens"] = 0,
                };
                if (groupBy.Length > 0)
                {
                    row["workspace_id"] = DefaultWorkspaceId;
                }

                rows.Add((JsonNode)row);
            }
        }

        return WireJson.WriteAsync(context, 200, new JsonObject { ["data"] = rows });
    }

    /// <summary>
    /// <c>GET /analytics/meta</c>: every granularity and operator the spec lists, and the metrics and dimensions
    /// <see cref="AnalyticsQueryAsync"/> computes (<see cref="AnalyticsQuery.Metrics"/>, <see cref="AnalyticsQuery.Dimensions"/>).
    /// </summary>
    public static Task AnalyticsMetaAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        static JsonObject Labelled(string name, string label) => new() { ["name"] = name, ["display_label"] = label };
        static JsonObject Operator(string name, string valueType) => new() { ["name"] = name, ["value_type"] = valueType };

        var data = new JsonObject
        {
            ["metrics"] = new JsonArray(AnalyticsQuery.Metrics.Select(m =>
                (JsonNode)new JsonObject { ["name"] = m.Name, ["display_label"] = m.Label, ["is_rate"] = m.IsRate, ["display_format"] = m.Format }).ToArray()),
            ["dimensions"] = new JsonArray(AnalyticsQuery.Dimensions.Select(d => (JsonNode)Labelled(d.Name, d.Label)).ToArray()),
            ["operators"] = new JsonArray(
                Operator("eq", "scalar"), Operator("neq", "scalar"), Operator("in", "array"), Operator("not_in", "array"),
                Operator("gt", "scalar"), Operator("gte", "scalar"), Operator("lt", "scalar"), Operator("lte", "scalar")),
            ["granularities"] = new JsonArray(
                Labelled("minute", "Minute"), Labelled("hour", "Hour"), Labelled("day", "Day"), Labelled("week", "Week"), Labelled("month", "Month")),
        };
        return WireJson.WriteAsync(context, 200, new JsonObject { ["data"] = data });
    }

    /// <summary>
    /// <c>POST /analytics/query</c>: the generations this emulator served, grouped by the requested dimensions and time
    /// buckets (weeks start on Monday, UTC), with the requested metrics; see <see cref="AnalyticsQuery"/>. A query
    /// outside the spec's limits, or naming a metric or dimension that <c>GET /analytics/meta</c> does not list, is a 400.
    /// </summary>
    public static async Task AnalyticsQueryAsync(HttpContext context, EmulatorState state)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(state);
        long started = Stopwatch.GetTimestamp();
        JsonObject? body;
        try
        {
            body = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted).ConfigureAwait(false) as JsonObject;
        }
        catch (JsonException)
        {
            body = null;
        }

        if (body is null)
        {
            await WireJson.WriteErrorAsync(context, 400, "Invalid request body").ConfigureAwait(false);
            return;
        }

        AnalyticsQuery query;
        try
        {
            query = AnalyticsQuery.Parse(body);
        }
        catch (FormatException e)
        {
            await WireJson.WriteErrorAsync(context, 400, e.Message).ConfigureAwait(false);
            return;
        }

        JsonObject answer = query.Run(state.Generations);
        ((JsonObject)answer["metadata"]!)["query_time_ms"] = Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 3);
        await WireJson.WriteAsync(context, 200, new JsonObject { ["data"] = answer }).ConfigureAwait(false);
    }
}
