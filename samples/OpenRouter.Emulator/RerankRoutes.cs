using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace OpenRouter.Emulator;

/// <summary>
/// <c>POST /rerank</c>, deterministic: a document's relevance is the share of the query's distinct words (case
/// ignored) that it contains; ties keep the documents' order; <c>top_n</c> cuts the list. Costs
/// <see cref="Cost"/>. Needs a bearer key.
/// </summary>
internal static class RerankRoutes
{
    /// <summary>What a rerank costs, in USD.</summary>
    public const decimal Cost = 0.001m;

    /// <summary>Maps the route under <see cref="EmulatorEndpoints.Prefix"/>.</summary>
    public static IEndpointRouteBuilder MapRerankRoutes(this IEndpointRouteBuilder endpoints, EmulatorState state)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(state);
        endpoints.MapPost(EmulatorEndpoints.Prefix + "/rerank", EmulatorEndpoints.Inference(state, RerankAsync));
        return endpoints;
    }

    /// <summary>The share of the distinct words of <paramref name="query"/> found in <paramref name="document"/>.</summary>
    public static double Score(string query, string document)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(document);
        HashSet<string> wanted = Words(query);
        if (wanted.Count == 0)
        {
            return 0;
        }

        HashSet<string> present = Words(document);
        return Math.Round((double)wanted.Count(present.Contains) / wanted.Count, 4);
    }

    private static HashSet<string> Words(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string(w.Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant())
            .Where(w => w.Length > 0)
            .ToHashSet(StringComparer.Ordinal);

    private static async Task RerankAsync(HttpContext context)
    {
        JsonObject? body = await MediaRequests.ReadObjectAsync(context).ConfigureAwait(false);
        string? model = body is null ? null : MediaRequests.Text(body, "model");
        string? query = body?["query"] is JsonValue q && q.TryGetValue(out string? text) ? text : null;
        if (body is null || model is null || query is null || body["documents"] is not JsonArray { Count: > 0 } documents)
        {
            await WireJson.WriteErrorAsync(context, 400, "A rerank request needs a model, a query and documents.").ConfigureAwait(false);
            return;
        }

        var ranked = new List<(int Index, double Score, JsonObject Document)>();
        for (int i = 0; i < documents.Count; i++)
        {
            JsonNode? item = documents[i];
            JsonObject echoed = item is JsonValue value && value.TryGetValue(out string? plain)
                ? new JsonObject { ["text"] = plain }
                : item is JsonObject structured ? (JsonObject)structured.DeepClone() : new JsonObject();
            string docText = echoed["text"] is JsonValue t && t.TryGetValue(out string? s) ? s : string.Empty;
            ranked.Add((i, Score(query, docText), echoed));
        }

        int topN = body["top_n"] is JsonValue n && n.TryGetValue(out int top) && top > 0 ? top : ranked.Count;
        var results = new JsonArray();
        foreach (var r in ranked.OrderByDescending(r => r.Score).ThenBy(r => r.Index).Take(topN))
        {
            results.Add((JsonNode)new JsonObject { ["index"] = r.Index, ["relevance_score"] = r.Score, ["document"] = r.Document });
        }

        await WireJson.WriteAsync(context, 200, new JsonObject
        {
            ["id"] = "gen-rerank-" + Guid.NewGuid().ToString("N")[..12],
            ["model"] = model,
            ["provider"] = "Cohere",
            ["results"] = results,
            ["usage"] = new JsonObject { ["search_units"] = 1, ["total_tokens"] = 150, ["cost"] = WireJson.Money(Cost) },
        }).ConfigureAwait(false);
    }
}
