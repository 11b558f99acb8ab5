using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace OpenRouter.Emulator;

/// <summary>
/// <c>GET /generation/content</c> and <c>POST /generation/feedback</c>. The emulator logs no prompts or completions:
/// the content of a generation it served is 404 (as OpenRouter answers when input/output logging is off), and only
/// <see cref="ExampleGenerationId"/> has content (the spec's example). Feedback is a management route; it is accepted
/// for a generation the emulator served or the example one, checked as OpenRouter checks it (category, comment length),
/// and kept per emulator (<see cref="FeedbackFor"/>).
/// </summary>
internal static class GenerationsRoutes
{
    /// <summary>The generation whose stored content is the spec's example.</summary>
    public const string ExampleGenerationId = "gen-emulator-content-example";

    private static readonly string[] Categories = ["latency", "incoherence", "incorrect_response", "formatting", "billing", "api_error", "other"];

    private static readonly ConditionalWeakTable<EmulatorState, ConcurrentQueue<JsonObject>> Feedback = new();

    /// <summary>The feedback the emulator with <paramref name="state"/> accepted, oldest first, as sent.</summary>
    public static IReadOnlyList<JsonObject> FeedbackFor(EmulatorState state) =>
        Feedback.TryGetValue(state, out ConcurrentQueue<JsonObject>? queue) ? queue.ToArray() : [];

    /// <summary>Maps the area's routes under <see cref="EmulatorEndpoints.Prefix"/>.</summary>
    public static IEndpointRouteBuilder MapGenerationsRoutes(this IEndpointRouteBuilder endpoints, EmulatorState state)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(state);
        endpoints.MapGet(EmulatorEndpoints.Prefix + "/generation/content", EmulatorEndpoints.Authorized(context => ContentAsync(context, state)));
        endpoints.MapPost(EmulatorEndpoints.Prefix + "/generation/feedback", EmulatorEndpoints.Management(state, context => FeedbackAsync(context, state)));
        return endpoints;
    }

    private static Task ContentAsync(HttpContext context, EmulatorState state)
    {
        string id = context.Request.Query["id"].ToString();
        if (id.Length == 0)
        {
            return WireJson.WriteErrorAsync(context, 400, "Missing required query parameter: id");
        }

        if (id == ExampleGenerationId)
        {
            return WireJson.WriteAsync(context, 200, new JsonObject
            {
                ["data"] = new JsonObject
                {
                    ["input"] = new JsonObject { ["messages"] = new JsonArray(new JsonObject { ["role"] = "user", ["content"] = "What is the meaning of life?" }) },
                    ["output"] = new JsonObject { ["completion"] = "The meaning of life is a philosophical question...", ["reasoning"] = null },
                    ["error"] = null,
                },
            });
        }

        return state.Find(id) is null
            ? WireJson.WriteErrorAsync(context, 404, $"Generation {id} not found")
            : WireJson.WriteErrorAsync(context, 404, $"No content is stored for generation {id}: input and output logging is off");
    }

    private static async Task FeedbackAsync(HttpContext context, EmulatorState state)
    {
        JsonObject? body = await MediaRequests.ReadObjectAsync(context).ConfigureAwait(false);
        string? id = body is null ? null : MediaRequests.Text(body, "generation_id");
        string? category = body is null ? null : MediaRequests.Text(body, "category");
        string? comment = body?["comment"] is JsonValue c && c.TryGetValue(out string? text) ? text : null;
        if (body is null || id is null || category is null || !Categories.Contains(category, StringComparer.Ordinal) || comment is { Length: > 1000 })
        {
            await WireJson.WriteErrorAsync(context, 400, "Feedback needs a generation_id, a category (" + string.Join(", ", Categories) + ") and a comment of at most 1000 characters.")
                .ConfigureAwait(false);
            return;
        }

        if (id != ExampleGenerationId && state.Find(id) is null)
        {
            await WireJson.WriteErrorAsync(context, 404, $"Generation {id} not found").ConfigureAwait(false);
            return;
        }

        Feedback.GetOrCreateValue(state).Enqueue(body);
        await WireJson.WriteAsync(context, 200, new JsonObject { ["data"] = new JsonObject { ["success"] = true } }).ConfigureAwait(false);
    }
}
