using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace OpenRouter.Emulator;

/// <summary>
/// OpenRouter's public datasets over fixed, deterministic data: <c>GET /datasets/session-cost</c>,
/// <c>GET /datasets/app-rankings</c>, <c>GET /datasets/rankings-daily</c>, <c>GET /benchmarks</c> and
/// <c>GET /classifications/task</c>. Filters, limits and offsets are applied and checked as the spec describes them
/// (400 when out of range); the daily rankings give every emulated model a fixed token count per day, plus an
/// <c>other</c> row. Dates default to the 30 days ending yesterday on the emulator's clock. Needs a bearer key.
/// </summary>
internal static class DatasetsRoutes
{
    /// <summary>The tokens the <c>other</c> row of every day has.</summary>
    public const long OtherTokensPerDay = 1_000;

    /// <summary>The apps of the app rankings, most tokens first: (id, name, subcategory, tokens, requests).</summary>
    public static IReadOnlyList<(long Id, string Name, string Subcategory, long Tokens, long Requests)> Apps { get; } =
    [
        (12345, "Cline", "ide-extension", 12_345_678, 4321),
        (67890, "Roo Code", "ide-extension", 9_876_543, 2109),
        (24680, "Hermes Agent", "cli-agent", 5_432_100, 1500),
        (13579, "Story Forge", "creative-writing", 1_234_567, 800),
    ];

    private static readonly DateTime Floor = new(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private static readonly string[] TurnRanges = ["1-turn", "2-9-turns", "10-49-turns", "50-plus-turns"];

    /// <summary>Maps the area's routes under <see cref="EmulatorEndpoints.Prefix"/>.</summary>
    public static IEndpointRouteBuilder MapDatasetsRoutes(this IEndpointRouteBuilder endpoints, EmulatorState state)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(state);
        endpoints.MapGet(EmulatorEndpoints.Prefix + "/datasets/session-cost", EmulatorEndpoints.Authorized(context => SessionCostAsync(context, state)));
        endpoints.MapGet(EmulatorEndpoints.Prefix + "/datasets/app-rankings", EmulatorEndpoints.Authorized(context => AppRankingsAsync(context, state)));
        endpoints.MapGet(EmulatorEndpoints.Prefix + "/datasets/rankings-daily", EmulatorEndpoints.Authorized(context => RankingsDailyAsync(context, state)));
        endpoints.MapGet(EmulatorEndpoints.Prefix + "/benchmarks", EmulatorEndpoints.Authorized(context => BenchmarksAsync(context, state)));
        endpoints.MapGet(EmulatorEndpoints.Prefix + "/classifications/task", EmulatorEndpoints.Authorized(context => TaskClassificationsAsync(context, state)));
        return endpoints;
    }

    /// <summary>The tokens the daily rankings give <paramref name="modelId"/> each day: 1,000,000 less 100,000 per place in the catalog.</summary>
    public static long DailyTokens(string modelId)
    {
        int index = EmulatorCatalog.Models.Select(m => m.Id).ToList().IndexOf(modelId);
        return index < 0 ? 0 : 1_000_000 - (100_000L * index);
    }

    private static string AsOf(EmulatorState state) =>
        state.TimeProvider.GetUtcNow().UtcDateTime.Date.AddHours(2).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Day(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static bool TryInt(IQueryCollection query, string name, int min, int max, int fallback, out int value)
    {
        value = fallback;
        return !query.ContainsKey(name) || (int.TryParse(query[name], CultureInfo.InvariantCulture, out value) && value >= min && value <= max);
    }

    /// <summary>Reads the date window; false (with the message) when a date is malformed or before the dataset begins.</summary>
    private static bool TryWindow(HttpContext context, EmulatorState state, out DateTime start, out DateTime end, out string? error)
    {
        IQueryCollection query = context.Request.Query;
        error = null;
        end = state.TimeProvider.GetUtcNow().UtcDateTime.Date.AddDays(-1);
        start = default;
        if (query.ContainsKey("end_date")
            && !DateTime.TryParseExact(query["end_date"], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out end))
        {
            error = "end_date must be YYYY-MM-DD";
            return false;
        }

        if (end < Floor)
        {
            error = "end_date must be on or after 2025-01-01";
            return false;
        }

        start = end.AddDays(-29);
        if (query.ContainsKey("start_date")
            && !DateTime.TryParseExact(query["start_date"], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out start))
        {
            error = "start_date must be YYYY-MM-DD";
            return false;
        }

        start = start < Floor ? Floor : start;
        if (start > end)
        {
            error = "start_date must not be after end_date";
            return false;
        }

        return true;
    }

    private static JsonObject WindowMeta(EmulatorState state, DateTime start, DateTime end) => new()
    {
        ["as_of"] = AsOf(state),
        ["version"] = "v1",
        ["start_date"] = Day(start),
        ["end_date"] = Day(end),
    };

    private static Task SessionCostAsync(HttpContext context, EmulatorState state)
    {
        IQueryCollection query = context.Request.Query;
        if (!TryInt(query, "limit", 1, 500, 100, out int limit) || !TryInt(query, "offset", 0, 5000, 0, out int offset))
        {
            return WireJson.WriteErrorAsync(context, 400, "limit must be from 1 to 500 and offset from 0 to 5000");
        }

        string? turnRange = query.ContainsKey("turn_range") ? query["turn_range"].ToString() : null;
        if (turnRange is not null && !TurnRanges.Contains(turnRange, StringComparer.Ordinal))
        {
            return WireJson.WriteErrorAsync(context, 400, "turn_range must be one of " + string.Join(", ", TurnRanges));
        }

        var cells = new List<JsonObject>();
        foreach (var app in Apps.Where(a => a.Subcategory == "cli-agent" || a.Subcategory == "ide-extension"))
        {
            string slug = app.Name.ToLowerInvariant().Replace(' ', '-');
            for (int m = 0; m < 2; m++)
            {
                EmulatedModel model = EmulatorCatalog.Models[m];
                for (int t = 0; t < TurnRanges.Length; t++)
                {
                    cells.Add(new JsonObject
                    {
                        ["app_slug"] = slug,
                        ["app_name"] = app.Name,
                        ["turn_range"] = TurnRanges[t],
                        ["model_permaslug"] = model.Id,
                        ["median_session_cost_usd"] = Math.Round(0.05 * (t + 1) * (m + 1), 2),
                    });
                }
            }
        }

        IEnumerable<JsonObject> matching = cells
            .Where(c => !query.ContainsKey("app_slug") || (string?)c["app_slug"] == query["app_slug"])
            .Where(c => !query.ContainsKey("model") || (string?)c["model_permaslug"] == query["model"])
            .Where(c => turnRange is null || (string?)c["turn_range"] == turnRange);
        DateTime windowEnd = state.TimeProvider.GetUtcNow().UtcDateTime.Date.AddDays(-1);
        return WireJson.WriteAsync(context, 200, new JsonObject
        {
            ["data"] = new JsonArray(matching.Skip(offset).Take(limit).ToArray<JsonNode?>()),
            ["meta"] = new JsonObject { ["as_of"] = AsOf(state), ["version"] = "v1", ["window_days"] = 30, ["window_end_date"] = Day(windowEnd) },
        });
    }

    private static Task AppRankingsAsync(HttpContext context, EmulatorState state)
    {
        IQueryCollection query = context.Request.Query;
        if (!TryInt(query, "limit", 1, 100, 50, out int limit) || !TryInt(query, "offset", 0, 100, 0, out int offset))
        {
            return WireJson.WriteErrorAsync(context, 400, "limit must be from 1 to 100 and offset from 0 to 100");
        }

        if (!TryWindow(context, state, out DateTime start, out DateTime end, out string? error))
        {
            return WireJson.WriteErrorAsync(context, 400, error!);
        }

        string? category = query.ContainsKey("category") ? query["category"].ToString() : null;
        string? subcategory = query.ContainsKey("subcategory") ? query["subcategory"].ToString() : null;
        string[] coding = ["cli-agent", "ide-extension", "cloud-agent", "programming-app", "native-app-builder"];
        var ranked = Apps
            .Where(a => subcategory is null || a.Subcategory == subcategory)
            .Where(a => category is null || category != "coding" || coding.Contains(a.Subcategory))
            .Where(a => category is null || category == "coding" || !coding.Contains(a.Subcategory))
            .OrderByDescending(a => a.Tokens)
            .Select((a, i) => new JsonObject
            {
                ["rank"] = i + 1,
                ["app_id"] = a.Id,
                ["app_name"] = a.Name,
                ["total_tokens"] = a.Tokens.ToString(CultureInfo.InvariantCulture),
                ["total_requests"] = a.Requests,
            });
        return WireJson.WriteAsync(context, 200, new JsonObject
        {
            ["data"] = new JsonArray(ranked.Skip(offset).Take(limit).ToArray<JsonNode?>()),
            ["meta"] = WindowMeta(state, start, end),
        });
    }

    private static Task RankingsDailyAsync(HttpContext context, EmulatorState state)
    {
        IQueryCollection query = context.Request.Query;
        if (!TryWindow(context, state, out DateTime start, out DateTime end, out string? error))
        {
            return WireJson.WriteErrorAsync(context, 400, error!);
        }

        bool sampled = query.ContainsKey("category") || query.ContainsKey("language_type");
        bool exact = query.ContainsKey("modality") || query.ContainsKey("context_bucket");
        string period = query.ContainsKey("period") ? query["period"].ToString() : sampled ? "week" : "day";
        if ((sampled && exact) || (query.ContainsKey("category") && query.ContainsKey("language_type")))
        {
            return WireJson.WriteErrorAsync(context, 400, "category and language_type cannot be combined with each other or with modality or context_bucket");
        }

        if (period is not ("day" or "week" or "month") || (sampled && period == "day"))
        {
            return WireJson.WriteErrorAsync(context, 400, sampled ? "period must be week or month with category or language_type" : "period must be day, week or month");
        }

        var totals = new SortedDictionary<DateTime, Dictionary<string, long>>();
        for (DateTime day = start; day <= end; day = day.AddDays(1))
        {
            DateTime bucket = period switch
            {
                "week" => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
                "month" => new DateTime(day.Year, day.Month, 1, 0, 0, 0, DateTimeKind.Utc),
                _ => day,
            };
            if (!totals.TryGetValue(bucket, out Dictionary<string, long>? rows))
            {
                totals[bucket] = rows = new Dictionary<string, long>(StringComparer.Ordinal);
            }

            foreach (EmulatedModel model in EmulatorCatalog.Models)
            {
                rows[model.Id] = rows.GetValueOrDefault(model.Id) + DailyTokens(model.Id);
            }

            rows["other"] = rows.GetValueOrDefault("other") + OtherTokensPerDay;
        }

        var data = new JsonArray();
        foreach ((DateTime date, Dictionary<string, long> rows) in totals)
        {
            IEnumerable<KeyValuePair<string, long>> ordered = rows.Where(r => r.Key != "other").Where(r => r.Value > 0)
                .OrderByDescending(r => r.Value).ThenBy(r => r.Key, StringComparer.Ordinal)
                .Append(new KeyValuePair<string, long>("other", rows["other"]));
            foreach ((string model, long tokens) in ordered)
            {
                data.Add((JsonNode)new JsonObject { ["date"] = Day(date), ["model_permaslug"] = model, ["total_tokens"] = tokens.ToString(CultureInfo.InvariantCulture) });
            }
        }

        return WireJson.WriteAsync(context, 200, new JsonObject { ["data"] = data, ["meta"] = WindowMeta(state, start, end) });
    }

    private static Task BenchmarksAsync(HttpContext context, EmulatorState state)
    {
        IQueryCollection query = context.Request.Query;
        if (!TryInt(query, "max_results", 1, int.MaxValue, int.MaxValue, out int max))
        {
            return WireJson.WriteErrorAsync(context, 400, "max_results must be 1 or more");
        }

        string? source = query.ContainsKey("source") ? query["source"].ToString() : null;
        if (source is not (null or "artificial-analysis" or "design-arena" or "openrouter"))
        {
            return WireJson.WriteErrorAsync(context, 400, "source must be artificial-analysis, design-arena or openrouter");
        }

        EmulatedModel echo = EmulatorCatalog.Models[0];
        JsonObject Pricing() => new()
        {
            ["prompt"] = echo.PromptPrice.ToString(CultureInfo.InvariantCulture),
            ["completion"] = echo.CompletionPrice.ToString(CultureInfo.InvariantCulture),
        };

        var items = new List<JsonObject>
        {
            new()
            {
                ["source"] = "artificial-analysis", ["model_permaslug"] = echo.Id, ["display_name"] = echo.Name,
                ["intelligence_index"] = 71.2, ["coding_index"] = 65.8, ["agentic_index"] = 58.3, ["pricing"] = Pricing(),
            },
            new()
            {
                ["source"] = "design-arena", ["model_permaslug"] = echo.Id, ["display_name"] = echo.Name, ["arena"] = "models", ["category"] = "website",
                ["elo"] = 1385.2, ["win_rate"] = 62.5, ["avg_generation_time_ms"] = 1200.0,
                ["tournament_stats"] = new JsonObject { ["first_place"] = 3, ["second_place"] = 2, ["third_place"] = 1, ["fourth_place"] = 0, ["total"] = 6 },
                ["pricing"] = Pricing(),
            },
            new()
            {
                ["source"] = "openrouter", ["model_permaslug"] = echo.Id, ["display_name"] = echo.Name, ["benchmark_type"] = "gpqa_diamond",
                ["accuracy"] = 0.72, ["accuracy_stddev"] = 0.03, ["avg_cost_per_task"] = 0.002, ["total_tasks"] = 300, ["last_run_timestamp"] = AsOf(state),
            },
        };
        List<JsonObject> matching = items.Where(i => source is null || (string?)i["source"] == source).Take(max).ToList();
        return WireJson.WriteAsync(context, 200, new JsonObject
        {
            ["data"] = new JsonArray(matching.ToArray<JsonNode?>()),
            ["meta"] = new JsonObject
            {
                ["as_of"] = AsOf(state),
                ["version"] = "v1",
                ["source"] = source,
                ["source_url"] = source switch
                {
                    "artificial-analysis" => "https://artificialanalysis.ai",
                    "design-arena" => "https://www.designarena.ai",
                    _ => null,
                },
                ["citation"] = null,
                ["model_count"] = matching.Select(i => (string?)i["model_permaslug"]).Distinct().Count(),
                ["task_type"] = query.ContainsKey("task_type") ? query["task_type"].ToString() : null,
            },
        });
    }

    private static Task TaskClassificationsAsync(HttpContext context, EmulatorState state)
    {
        if (context.Request.Query.ContainsKey("window") && context.Request.Query["window"] != "7d")
        {
            return WireJson.WriteErrorAsync(context, 400, "window must be 7d");
        }

        string echo = EmulatorCatalog.Models[0].Id;
        return WireJson.WriteAsync(context, 200, new JsonObject
        {
            ["data"] = new JsonObject
            {
                ["window_days"] = 7,
                ["as_of"] = Day(state.TimeProvider.GetUtcNow().UtcDateTime.Date.AddDays(-1)),
                ["classifications"] = new JsonArray(
                    new JsonObject
                    {
                        ["tag"] = "code:general_impl", ["display_name"] = "Code Generation", ["macro_category"] = "code",
                        ["usage_share"] = 0.6, ["token_share"] = 0.7, ["category_usage_share"] = 1.0, ["category_token_share"] = 1.0,
                        ["models"] = new JsonArray(new JsonObject { ["id"] = echo, ["tag_usage_share"] = 1.0, ["tag_token_share"] = 1.0 }),
                    },
                    new JsonObject
                    {
                        ["tag"] = "general:chat", ["display_name"] = "General Chat", ["macro_category"] = "general",
                        ["usage_share"] = 0.4, ["token_share"] = 0.3, ["category_usage_share"] = 1.0, ["category_token_share"] = 1.0,
                        ["models"] = new JsonArray(new JsonObject { ["id"] = echo, ["tag_usage_share"] = 1.0, ["tag_token_share"] = 1.0 }),
                    }),
                ["macro_categories"] = new JsonArray(
                    new JsonObject { ["key"] = "code", ["label"] = "Code", ["usage_share"] = 0.6, ["token_share"] = 0.7 },
                    new JsonObject { ["key"] = "general", ["label"] = "General", ["usage_share"] = 0.4, ["token_share"] = 0.3 }),
            },
        });
    }
}
