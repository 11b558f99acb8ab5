using System.Globalization;
using System.Text.Json.Nodes;

namespace OpenRouter.Emulator;

/// <summary>One model of the emulated catalog, with prices in USD per token.</summary>
public sealed record EmulatedModel(string Id, string Name, string Description, decimal PromptPrice, decimal CompletionPrice,
    int ContextLength, IReadOnlyList<string> SupportedParameters);

/// <summary>The models <c>GET /models</c> lists, in the 2026 wire shape (recording 27).</summary>
public static class EmulatorCatalog
{
    /// <summary>When the emulated models were "created" (a fixed date keeps answers deterministic).</summary>
    public static readonly DateTimeOffset Created = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly string[] AllParameters =
    [
        "max_tokens", "temperature", "top_p", "stop", "seed", "response_format", "structured_outputs", "tools", "tool_choice",
    ];

    private static readonly string[] PlainParameters = ["max_tokens", "temperature", "top_p", "stop", "seed"];

    /// <summary>Every emulated model.</summary>
    public static IReadOnlyList<EmulatedModel> Models { get; } =
    [
        new(EmulatedModels.Echo, "Emulator: Echo", "Answers with your last message; calls the first tool when tools are given and fills JSON schemas.", 0.0000001m, 0.0000004m, 128_000, AllParameters),
        new(EmulatedModels.Lorem, "Emulator: Lorem", "Answers with lorem ipsum, cut at max_tokens words.", 0.00000005m, 0.0000002m, 32_000, PlainParameters),
        new(EmulatedModels.Slow, "Emulator: Slow", "Echoes with a pause before every chunk, for spinners, timeouts and cancellation.", 0.0000001m, 0.0000004m, 128_000, AllParameters),
        new(EmulatedModels.MidStreamError, "Emulator: Mid-stream error", "Streams some chunks, then an error chunk.", 0.0000001m, 0.0000004m, 128_000, PlainParameters),
        new(EmulatedModels.RateLimit, "Emulator: Rate limit", "Always fails with 429 and Retry-After.", 0m, 0m, 128_000, PlainParameters),
        new(EmulatedModels.ServerError, "Emulator: Server error", "Always fails with 503.", 0m, 0m, 128_000, PlainParameters),
        new(EmulatedModels.Unauthorized, "Emulator: Unauthorized", "Always fails with 401.", 0m, 0m, 128_000, PlainParameters),
        new(EmulatedModels.PaymentRequired, "Emulator: Payment required", "Always fails with 402.", 0m, 0m, 128_000, PlainParameters),
    ];

    /// <summary>Prices for <paramref name="modelId"/>; ids outside the catalog cost what <c>emulator/echo</c> costs.</summary>
    public static EmulatedModel Find(string modelId) =>
        Models.FirstOrDefault(m => string.Equals(m.Id, modelId, StringComparison.Ordinal)) ?? Models[0];

    /// <summary>The <c>GET /models</c> body, filtered by <paramref name="supportedParameters"/> (all must match).</summary>
    public static JsonObject ToListBody(IReadOnlyCollection<string> supportedParameters)
    {
        var data = new JsonArray();
        foreach (EmulatedModel model in Models.Where(m => supportedParameters.All(m.SupportedParameters.Contains)))
        {
            data.Add(ToWire(model));
        }

        return new JsonObject
        {
            ["data"] = data,
            ["total_count"] = data.Count,
            ["links"] = new JsonObject { ["next"] = null },
        };
    }

    private static JsonObject ToWire(EmulatedModel model)
    {
        var supported = new JsonArray();
        foreach (string parameter in model.SupportedParameters)
        {
            supported.Add(parameter);
        }

        return new JsonObject
        {
            ["id"] = model.Id,
            ["canonical_slug"] = model.Id + "-20260101",
            ["hugging_face_id"] = "",
            ["name"] = model.Name,
            ["created"] = Created.ToUnixTimeSeconds(),
            ["description"] = model.Description,
            ["context_length"] = model.ContextLength,
            ["architecture"] = new JsonObject
            {
                ["modality"] = "text->text",
                ["input_modalities"] = new JsonArray("text"),
                ["output_modalities"] = new JsonArray("text"),
                ["tokenizer"] = "Other",
                ["instruct_type"] = null,
            },
            ["pricing"] = new JsonObject
            {
                // Prices are decimal strings on the wire, unlike costs (numbers).
                ["prompt"] = model.PromptPrice.ToString(CultureInfo.InvariantCulture),
                ["completion"] = model.CompletionPrice.ToString(CultureInfo.InvariantCulture),
            },
            ["top_provider"] = new JsonObject
            {
                ["context_length"] = model.ContextLength,
                ["max_completion_tokens"] = 16_384,
                ["is_moderated"] = false,
            },
            ["per_request_limits"] = null,
            ["supported_parameters"] = supported,
            ["default_parameters"] = new JsonObject
            {
                ["temperature"] = null,
                ["top_p"] = null,
                ["top_k"] = null,
                ["frequency_penalty"] = null,
                ["presence_penalty"] = null,
                ["repetition_penalty"] = null,
            },
            ["supported_voices"] = null,
            ["knowledge_cutoff"] = null,
            ["expiration_date"] = null,
            ["links"] = new JsonObject { ["details"] = $"/api/v1/models/{model.Id}-20260101/endpoints" },
        };
    }
}
