using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenRouter.Emulator;

/// <summary>
/// An analytics query of <c>POST /analytics/query</c>, read and checked against the spec's limits, and run over the
/// generations an emulator served. Filters compare a dimension's value as text (ordinal order for <c>gt</c>, <c>gte</c>,
/// <c>lt</c>, <c>lte</c>); the default order is by time bucket, then by dimension values. Classifiers are not emulated:
/// a query that names one is a 400, as for a workspace without an active classifier.
/// </summary>
internal sealed class AnalyticsQuery
{
    /// <summary>A metric the emulator computes.</summary>
    public sealed record Metric(string Name, string Label, bool IsRate, string Format, Func<IReadOnlyCollection<GenerationRecord>, decimal> Compute);

    /// <summary>A dimension the emulator groups and filters by.</summary>
    public sealed record Dimension(string Name, string Label, Func<GenerationRecord, string> ValueOf);

    /// <summary>The metrics, as <c>GET /analytics/meta</c> lists them.</summary>
    public static IReadOnlyList<Metric> Metrics { get; } =
    [
        new("request_count", "Request Count", false, "number", g => g.Count),
        new("total_cost", "Total Cost", false, "currency", g => g.Sum(r => r.Cost)),
        new("prompt_tokens", "Prompt Tokens", false, "number", g => g.Sum(r => (long)r.PromptTokens)),
        new("completion_tokens", "Completion Tokens", false, "number", g => g.Sum(r => (long)r.CompletionTokens)),
        new("error_rate", "Error Rate", true, "percent",
            g => g.Count == 0 ? 0m : decimal.Round((decimal)g.Count(r => r.Cancelled || r.FinishReason == "error") / g.Count, 6)),
    ];

    /// <summary>The dimensions, as <c>GET /analytics/meta</c> lists them.</summary>
    public static IReadOnlyList<Dimension> Dimensions { get; } =
    [
        new("model", "Model", g => g.Model),
        new("provider", "Provider", g => g.Provider),
        new("workspace", "Workspace", _ => ActivityRoutes.DefaultWorkspaceId),
    ];

    private static readonly string[] Granularities = ["minute", "hour", "day", "week", "month"];

    private static readonly string[] ScalarOperators = ["eq", "neq", "gt", "gte", "lt", "lte"];

    private static readonly string[] ListOperators = ["in", "not_in"];

    private AnalyticsQuery()
    {
    }

    private List<Metric> RequestedMetrics { get; } = [];

    private List<Dimension> GroupBy { get; } = [];

    private List<(Dimension Field, string Operator, List<string> Values)> Filters { get; } = [];

    private string? Granularity { get; set; }

    private DateTimeOffset? Start { get; set; }

    private DateTimeOffset? End { get; set; }

    private (string Field, bool Descending)? Order { get; set; }

    private int Limit { get; set; } = 1000;

    private int? GroupLimit { get; set; }

    /// <summary>Reads a request body; a <see cref="FormatException"/> carries the 400 message.</summary>
    public static AnalyticsQuery Parse(JsonObject body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var query = new AnalyticsQuery();
        List<string> metrics = Strings(body["metrics"]) is { Count: > 0 } m ? m : throw new FormatException("metrics must hold at least one metric name");
        foreach (string name in metrics)
        {
            query.RequestedMetrics.Add(Metrics.FirstOrDefault(x => x.Name == name) ?? throw new FormatException($"Unknown metric: {name}"));
        }

        if (body["dimensions"] is { } dimensionsNode)
        {
            List<string> names = Strings(dimensionsNode) is { Count: <= 2 } d ? d : throw new FormatException("dimensions must hold at most 2 dimension names");
            query.GroupBy.AddRange(names.Select(FindDimension));
        }

        if (body["granularity"] is { } granularityNode)
        {
            query.Granularity = Text(granularityNode) is { } g && Granularities.Contains(g) ? g : throw new FormatException("granularity must be minute, hour, day, week or month");
        }

        if (body["time_range"] is { } range)
        {
            query.Start = Time(range["start"]) ?? throw new FormatException("time_range.start must be a date-time");
            query.End = Time(range["end"]) ?? throw new FormatException("time_range.end must be a date-time");
            if (query.End <= query.Start)
            {
                throw new FormatException("time_range.end must be after time_range.start");
            }
        }

        ReadFilters(body["filters"], query);
        if (body["classifier_dimensions"] is not null || body["classifier_filters"] is not null)
        {
            throw new FormatException("The workspace has no active classifier");
        }

        if (body["order_by"] is { } order)
        {
            string field = Text(order["field"]) ?? throw new FormatException("order_by.field is required");
            bool known = field is "date" or "request_count" || metrics.Contains(field) || query.GroupBy.Exists(d => d.Name == field);
            query.Order = known && Text(order["direction"]) is "asc" or "desc"
                ? (field, Text(order["direction"]) == "desc")
                : throw new FormatException("order_by needs a requested metric, request_count, a requested dimension or date, and a direction of asc or desc");
        }

        query.Limit = PositiveInt(body["limit"], "limit") ?? 1000;
        query.GroupLimit = PositiveInt(body["group_limit"], "group_limit");
        return query;
    }

    /// <summary>The answer's <c>data</c>: the rows and their metadata (<c>query_time_ms</c> is left for the caller to set).</summary>
    public JsonObject Run(IEnumerable<GenerationRecord> generations)
    {
        ArgumentNullException.ThrowIfNull(generations);
        var groups = generations
            .Where(g => (Start is null || g.CreatedAt >= Start) && (End is null || g.CreatedAt < End) && Filters.TrueForAll(f => Passes(f, g)))
            .GroupBy(g => (Bucket: Granularity is null ? (DateTimeOffset?)null : BucketOf(g.CreatedAt, Granularity),
                Key: string.Join("\u0001", GroupBy.Select(d => d.ValueOf(g)))))
            .Select(group => (group.Key.Bucket, Values: GroupBy.Select(d => d.ValueOf(group.First())).ToList(), Records: (IReadOnlyCollection<GenerationRecord>)group.ToList()))
            .ToList();

        IEnumerable<(DateTimeOffset? Bucket, List<string> Values, IReadOnlyCollection<GenerationRecord> Records)> ordered = Order is { } order
            ? Sorted(groups, order.Field, order.Descending)
            : groups.OrderBy(r => r.Bucket).ThenBy(r => string.Join("\u0001", r.Values), StringComparer.Ordinal);
        var rows = ordered.ToList();
        bool truncated = false;
        if (GroupLimit is { } perGroup && GroupBy.Count > 0)
        {
            var kept = rows.GroupBy(r => string.Join("\u0001", r.Values)).SelectMany(g => g.Take(perGroup)).ToHashSet();
            truncated = kept.Count < rows.Count;
            rows = rows.Where(kept.Contains).ToList();
        }

        if (rows.Count > Limit)
        {
            rows = rows.Take(Limit).ToList();
            truncated = true;
        }

        var data = new JsonArray();
        foreach (var row in rows)
        {
            var json = new JsonObject();
            if (row.Bucket is { } bucket)
            {
                json["date__" + Granularity] = bucket.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
            }

            for (int i = 0; i < GroupBy.Count; i++)
            {
                json[GroupBy[i].Name] = row.Values[i];
            }

            foreach (Metric metric in RequestedMetrics)
            {
                json[metric.Name] = WireJson.Money(metric.Compute(row.Records));
            }

            data.Add((JsonNode)json);
        }

        return new JsonObject
        {
            ["data"] = data,
            ["metadata"] = new JsonObject { ["query_time_ms"] = 0, ["row_count"] = data.Count, ["truncated"] = truncated },
        };
    }

    private IEnumerable<(DateTimeOffset? Bucket, List<string> Values, IReadOnlyCollection<GenerationRecord> Records)> Sorted(
        List<(DateTimeOffset? Bucket, List<string> Values, IReadOnlyCollection<GenerationRecord> Records)> rows, string field, bool descending)
    {
        int dimension = GroupBy.FindIndex(d => d.Name == field);
        Metric? metric = Metrics.FirstOrDefault(m => m.Name == field);
        Func<(DateTimeOffset? Bucket, List<string> Values, IReadOnlyCollection<GenerationRecord> Records), IComparable?> key =
            field == "date" ? r => r.Bucket
            : dimension >= 0 ? r => r.Values[dimension]
            : r => metric!.Compute(r.Records);
        return descending ? rows.OrderByDescending(key, Comparer<IComparable?>.Default) : rows.OrderBy(key, Comparer<IComparable?>.Default);
    }

    private static bool Passes((Dimension Field, string Operator, List<string> Values) filter, GenerationRecord generation)
    {
        string value = filter.Field.ValueOf(generation);
        int compared = string.CompareOrdinal(value, filter.Values[0]);
        return filter.Operator switch
        {
            "eq" => compared == 0,
            "neq" => compared != 0,
            "in" => filter.Values.Contains(value),
            "not_in" => !filter.Values.Contains(value),
            "gt" => compared > 0,
            "gte" => compared >= 0,
            "lt" => compared < 0,
            _ => compared <= 0,
        };
    }

    private static void ReadFilters(JsonNode? node, AnalyticsQuery query)
    {
        if (node is null)
        {
            return;
        }

        if (node is not JsonArray filters || filters.Count > 20)
        {
            throw new FormatException("filters must be an array of at most 20 filters");
        }

        foreach (JsonNode? filter in filters)
        {
            Dimension field = FindDimension(Text(filter?["field"]) ?? throw new FormatException("a filter needs a field"));
            string op = Text(filter!["operator"]) ?? throw new FormatException("a filter needs an operator");
            JsonNode? value = filter["value"];
            List<string>? values = ListOperators.Contains(op) ? (value is JsonArray ? Scalars(value) : null)
                : ScalarOperators.Contains(op) ? (value is JsonValue && Scalar(value) is { } one ? [one] : null)
                : throw new FormatException($"Unknown operator: {op}");
            query.Filters.Add((field, op, values ?? throw new FormatException($"the value of a '{op}' filter must be {(ListOperators.Contains(op) ? "an array" : "a string or a number")}")));
        }
    }

    private static Dimension FindDimension(string name) =>
        Dimensions.FirstOrDefault(d => d.Name == name) ?? throw new FormatException($"Unknown dimension: {name}");

    private static DateTimeOffset BucketOf(DateTimeOffset time, string granularity)
    {
        DateTime t = time.UtcDateTime;
        DateTime start = granularity switch
        {
            "minute" => new DateTime(t.Year, t.Month, t.Day, t.Hour, t.Minute, 0, DateTimeKind.Utc),
            "hour" => new DateTime(t.Year, t.Month, t.Day, t.Hour, 0, 0, DateTimeKind.Utc),
            "day" => t.Date,
            "week" => t.Date.AddDays(-(((int)t.DayOfWeek + 6) % 7)),
            _ => new DateTime(t.Year, t.Month, 1, 0, 0, 0, DateTimeKind.Utc),
        };
        return new DateTimeOffset(DateTime.SpecifyKind(start, DateTimeKind.Utc));
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.String && ((string)v!).Trim().Length > 0 ? (string)v! : null;

    private static string? Scalar(JsonNode? node) => node?.GetValueKind() switch
    {
        JsonValueKind.String => (string)node!,
        JsonValueKind.Number => node!.ToJsonString(),
        _ => null,
    };

    private static List<string>? Strings(JsonNode? node) =>
        node is JsonArray array && array.All(n => Text(n) is not null) ? array.Select(n => Text(n)!).ToList() : null;

    private static List<string>? Scalars(JsonNode node) =>
        node is JsonArray array && array.Count > 0 && array.All(n => Scalar(n) is not null) ? array.Select(n => Scalar(n)!).ToList() : null;

    private static DateTimeOffset? Time(JsonNode? node) =>
        Text(node) is { } text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset t) ? t : null;

    private static int? PositiveInt(JsonNode? node, string name)
    {
        if (node is null)
        {
            return null;
        }

        return node is JsonValue v && v.TryGetValue(out int n) && n >= 1 ? n : throw new FormatException($"{name} must be an integer of at least 1");
    }
}
