using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace OpenRouter.Emulator;

/// <summary>
/// The Analytics area: <c>GET /activity</c> and <c>GET /analytics/meta</c>. Like every management route it needs a bearer key and, when
/// <see cref="OpenRouterEmulatorOptions.ManagementKey"/> is set, that key (others get OpenRouter's 403).
/// </summary>
public static class ActivityRoutes
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

                rows.Add(row);
            }
        }

        return WireJson.WriteAsync(context, 200, new JsonObject { ["data"] = rows });
    }

    /// <summary><c>GET /analytics/meta</c>: every granularity, operator and display format the spec lists, and common metrics and dimensions.</summary>
    public static Task AnalyticsMetaAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        static JsonObject Labelled(string name, string label) => new() { ["name"] = name, ["display_label"] = label };
        static JsonObject Metric(string name, string label, bool isRate, string format) =>
            new() { ["name"] = name, ["display_label"] = label, ["is_rate"] = isRate, ["display_format"] = format };
        static JsonObject Operator(string name, string valueType) => new() { ["name"] = name, ["value_type"] = valueType };

        var data = new JsonObject
        {
            ["metrics"] = new JsonArray(
                Metric("request_count", "Request Count", false, "number"),
                Metric("total_cost", "Total Cost", false, "currency"),
                Metric("error_rate", "Error Rate", true, "percent"),
                Metric("avg_latency", "Average Latency", true, "latency"),
                Metric("avg_throughput", "Average Throughput", true, "throughput")),
            ["dimensions"] = new JsonArray(Labelled("model", "Model"), Labelled("provider", "Provider"), Labelled("api_key", "API Key")),
            ["operators"] = new JsonArray(
                Operator("eq", "scalar"), Operator("neq", "scalar"), Operator("in", "array"), Operator("not_in", "array"),
                Operator("gt", "scalar"), Operator("gte", "scalar"), Operator("lt", "scalar"), Operator("lte", "scalar")),
            ["granularities"] = new JsonArray(
                Labelled("minute", "Minute"), Labelled("hour", "Hour"), Labelled("day", "Day"), Labelled("week", "Week"), Labelled("month", "Month")),
        };
        return WireJson.WriteAsync(context, 200, new JsonObject { ["data"] = data });
    }
}
