using System.Globalization;
using System.Text.Json.Nodes;

namespace OpenRouter.Emulator;

/// <summary>One model of the emulated catalog, with prices in USD per token.</summary>
internal sealed record EmulatedModel(string Id, string Name, string Description, decimal PromptPrice, decimal CompletionPrice,
    int ContextLength, IReadOnlyList<string> SupportedParameters)
{
    /// <summary>What the model produces: <c>text</c>, or <c>embeddings</c> for embedding models.</summary>
    public string OutputModality { get; init; } = "text";

    /// <summary>The permaslug (<c>canonical_slug</c>): the id with a release date.</summary>
    public string CanonicalSlug => Id + "-20260101";
}

/// <summary>The models <c>GET /models</c> lists, in the 2026 wire shape (recording 27).</summary>
internal static class EmulatorCatalog
{
    /// <summary>When the emulated models were "created" (a fixed date keeps answers deterministic).</summary>
    public static readonly DateTimeOffset Created = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The most records one <c>GET /models</c> page holds, as on OpenRouter.</summary>
    public const int MaxPageSize = 1000;

    /// <summary>The page size when only <c>offset</c> is given, as on OpenRouter.</summary>
    public const int DefaultPageSize = 500;

    /// <summary>The embedding model <c>POST /embeddings</c> serves by default.</summary>
    public const string EmbeddingModel = "openai/text-embedding-3-small";

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
        // Well-known ids, so that samples and third-party clients written for real models run unchanged; they answer and cost like emulator/echo.
        StandIn("openai/gpt-4o-mini", "OpenAI: GPT-4o-mini"),
        StandIn("openai/gpt-4o", "OpenAI: GPT-4o"),
        StandIn("openai/gpt-4.1", "OpenAI: GPT-4.1"),
        StandIn("openai/gpt-5-nano", "OpenAI: GPT-5 Nano"),
        StandIn("openai/gpt-5.2", "OpenAI: GPT-5.2"),
        StandIn("anthropic/claude-sonnet-4", "Anthropic: Claude Sonnet 4"),
        StandIn("anthropic/claude-sonnet-4.5", "Anthropic: Claude Sonnet 4.5"),
        StandIn("anthropic/claude-3.5-sonnet", "Anthropic: Claude 3.5 Sonnet"),
        StandIn("anthropic/claude-3.5-haiku", "Anthropic: Claude 3.5 Haiku"),
        StandIn("google/gemini-2.0-flash-001", "Google: Gemini 2.0 Flash"),
        StandIn("meta-llama/llama-3.1-70b-instruct", "Meta: Llama 3.1 70B Instruct"),
        StandIn("qwen/qwen-2.5-72b-instruct", "Qwen2.5 72B Instruct"),
        StandIn("mistralai/mistral-7b-instruct", "Mistral: Mistral 7B Instruct"),
        StandIn("deepseek/deepseek-chat", "DeepSeek: DeepSeek V3"),
        StandIn("openrouter/auto", "Auto Router"),
        new(EmbeddingModel, "OpenAI: Text Embedding 3 Small", "Emulated: deterministic vectors derived from the input text.", 0.00000002m, 0m, 8_192, [])
        {
            OutputModality = "embeddings",
        },
    ];

    /// <summary>Prices for <paramref name="modelId"/>; ids outside the catalog (other <c>emulator/*</c> ids) cost what <c>emulator/echo</c> costs.</summary>
    public static EmulatedModel Find(string modelId) => Lookup(modelId) ?? Models[0];

    /// <summary>
    /// The listed model <paramref name="modelId"/> names, ignoring a variant suffix (<c>:free</c>, <c>:nitro</c>, ...)
    /// and accepting the permaslug (<c>canonical_slug</c>); null when the catalog has no such model.
    /// </summary>
    public static EmulatedModel? Lookup(string modelId)
    {
        ArgumentNullException.ThrowIfNull(modelId);
        int colon = modelId.IndexOf(':', StringComparison.Ordinal);
        string id = colon < 0 ? modelId : modelId[..colon];
        return Models.FirstOrDefault(m => string.Equals(m.Id, id, StringComparison.Ordinal) || string.Equals(m.CanonicalSlug, id, StringComparison.Ordinal));
    }

    /// <summary>
    /// Whether the emulator answers <paramref name="modelId"/> with <paramref name="modality"/> output: any
    /// <c>emulator/*</c> id, or a listed model of that modality (variants such as <c>:free</c> included).
    /// </summary>
    public static bool Serves(string modelId, string modality = "text")
    {
        ArgumentNullException.ThrowIfNull(modelId);
        return modelId.StartsWith("emulator/", StringComparison.Ordinal) && modelId.Length > "emulator/".Length
            || Lookup(modelId) is { } model && model.OutputModality == modality;
    }

    /// <summary>The <c>GET /models</c> body, filtered by <paramref name="supportedParameters"/> (all must match), every text model.</summary>
    public static JsonObject ToListBody(IReadOnlyCollection<string> supportedParameters) =>
        ToListBody(supportedParameters, ["text"], offset: null, limit: null, query: string.Empty);

    /// <summary>
    /// One page of the <c>GET /models</c> body: the models whose output modality is one of
    /// <paramref name="outputModalities"/> (<c>all</c> for every one) and that support every one of
    /// <paramref name="supportedParameters"/>, from <paramref name="offset"/>, at most <paramref name="limit"/> of them
    /// (the full list when both are null), with <c>total_count</c> and a <c>links.next</c> that keeps
    /// <paramref name="query"/>'s other parameters, or null on the last page.
    /// </summary>
    public static JsonObject ToListBody(IReadOnlyCollection<string> supportedParameters, IReadOnlyCollection<string> outputModalities, int? offset, int? limit, string query)
    {
        ArgumentNullException.ThrowIfNull(supportedParameters);
        ArgumentNullException.ThrowIfNull(outputModalities);
        List<EmulatedModel> matching = Models
            .Where(m => outputModalities.Contains("all") || outputModalities.Contains(m.OutputModality))
            .Where(m => supportedParameters.All(m.SupportedParameters.Contains))
            .ToList();
        int start = Math.Min(offset ?? 0, matching.Count);
        int size = offset is null && limit is null ? matching.Count : limit ?? DefaultPageSize;
        List<EmulatedModel> page = matching.Skip(start).Take(size).ToList();
        int next = start + page.Count;

        var data = new JsonArray();
        foreach (EmulatedModel model in page)
        {
            data.Add((JsonNode)ToWire(model));
        }

        return new JsonObject
        {
            ["data"] = data,
            ["total_count"] = matching.Count,
            ["links"] = new JsonObject { ["next"] = next < matching.Count ? NextLink(query, next, size) : null },
        };
    }

    private static string NextLink(string query, int offset, int limit)
    {
        IEnumerable<string> others = query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !p.StartsWith("offset=", StringComparison.Ordinal) && !p.StartsWith("limit=", StringComparison.Ordinal)
                && p != "offset" && p != "limit");
        string rest = string.Concat(others.Select(p => "&" + p));
        return string.Create(CultureInfo.InvariantCulture, $"{EmulatorEndpoints.Prefix}/models?offset={offset}&limit={limit}{rest}");
    }

    /// <summary>The <c>GET /models/{author}/{slug}/endpoints</c> body of <paramref name="model"/>: one endpoint, served by the emulator.</summary>
    public static JsonObject ToEndpointsBody(EmulatedModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var endpoint = new JsonObject
        {
            ["name"] = $"{EmulatedModels.ProviderName} | {model.CanonicalSlug}",
            ["model_id"] = model.Id,
            ["model_name"] = model.Name,
            ["context_length"] = model.ContextLength,
            ["pricing"] = Pricing(model),
            ["provider_name"] = EmulatedModels.ProviderName,
            ["tag"] = EmulatorProviders.EmulatorSlug,
            ["quantization"] = null,
            ["max_completion_tokens"] = model.OutputModality == "text" ? 16_384 : null,
            ["max_prompt_tokens"] = null,
            ["supported_parameters"] = Strings(model.SupportedParameters),
            ["status"] = 0,
            ["uptime_last_5m"] = 100,
            ["uptime_last_30m"] = 100,
            ["uptime_last_1d"] = 100,
            ["supports_implicit_caching"] = false,
            ["supports_tool_choice"] = new JsonObject
            {
                ["auto"] = model.SupportedParameters.Contains("tool_choice"),
                ["function"] = model.SupportedParameters.Contains("tool_choice"),
                ["none"] = model.SupportedParameters.Contains("tool_choice"),
                ["required"] = model.SupportedParameters.Contains("tool_choice"),
            },
            ["supports_voice_cloning"] = false,
            ["latency_last_30m"] = Percentiles(5),
            ["throughput_last_30m"] = Percentiles(1000),
        };
        return new JsonObject
        {
            ["data"] = new JsonObject
            {
                ["id"] = model.Id,
                ["name"] = model.Name,
                ["created"] = Created.ToUnixTimeSeconds(),
                ["description"] = model.Description,
                ["architecture"] = Architecture(model),
                ["endpoints"] = new JsonArray(endpoint),
            },
        };
    }

    private static EmulatedModel StandIn(string id, string name) =>
        new(id, name, $"Emulated {name}: answers and costs like {EmulatedModels.Echo}.", 0.0000001m, 0.0000004m, 128_000, AllParameters);

    private static JsonObject Percentiles(double value) => new() { ["p50"] = value, ["p75"] = value, ["p90"] = value, ["p99"] = value };

    private static JsonArray Strings(IEnumerable<string> values)
    {
        var array = new JsonArray();
        foreach (string value in values)
        {
            array.Add((JsonNode?)value);
        }

        return array;
    }

    private static JsonObject Architecture(EmulatedModel model) => new()
    {
        ["modality"] = "text->" + model.OutputModality,
        ["input_modalities"] = new JsonArray("text"),
        ["output_modalities"] = new JsonArray(model.OutputModality),
        ["tokenizer"] = "Other",
        ["instruct_type"] = null,
    };

    private static JsonObject Pricing(EmulatedModel model) => new()
    {
        // Prices are decimal strings on the wire, unlike costs (numbers).
        ["prompt"] = model.PromptPrice.ToString(CultureInfo.InvariantCulture),
        ["completion"] = model.CompletionPrice.ToString(CultureInfo.InvariantCulture),
    };

    private static JsonObject ToWire(EmulatedModel model) => new()
    {
        ["id"] = model.Id,
        ["canonical_slug"] = model.CanonicalSlug,
        ["hugging_face_id"] = "",
        ["name"] = model.Name,
        ["created"] = Created.ToUnixTimeSeconds(),
        ["description"] = model.Description,
        ["context_length"] = model.ContextLength,
        ["architecture"] = Architecture(model),
        ["pricing"] = Pricing(model),
        ["top_provider"] = new JsonObject
        {
            ["context_length"] = model.ContextLength,
            ["max_completion_tokens"] = model.OutputModality == "text" ? 16_384 : null,
            ["is_moderated"] = false,
        },
        ["per_request_limits"] = null,
        ["supported_parameters"] = Strings(model.SupportedParameters),
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
        ["links"] = new JsonObject { ["details"] = $"{EmulatorEndpoints.Prefix}/models/{model.CanonicalSlug}/endpoints" },
    };
}

/// <summary>The providers <c>GET /providers</c> lists: the emulator itself, and those <c>provider.order</c> commonly names.</summary>
internal static class EmulatorProviders
{
    /// <summary>The slug of the emulator's own provider (the <c>tag</c> of every endpoint).</summary>
    public const string EmulatorSlug = "emulator";

    /// <summary>The <c>GET /providers</c> body.</summary>
    public static JsonObject ToListBody()
    {
        var data = new JsonArray(
            Provider(EmulatedModels.ProviderName, EmulatorSlug, null),
            Provider("OpenAI", "openai", "https://openai.com/policies/privacy-policy/"),
            Provider("Anthropic", "anthropic", "https://www.anthropic.com/legal/privacy"),
            Provider("Azure", "azure", "https://www.microsoft.com/en-us/privacy/privacystatement"),
            Provider("Google", "google-vertex", "https://cloud.google.com/terms/cloud-privacy-notice"));
        return new JsonObject { ["data"] = data };
    }

    private static JsonObject Provider(string name, string slug, string? privacyPolicy) => new()
    {
        ["name"] = name,
        ["slug"] = slug,
        ["privacy_policy_url"] = privacyPolicy,
        ["terms_of_service_url"] = null,
        ["status_page_url"] = null,
        ["headquarters"] = "US",
        ["datacenters"] = new JsonArray("US"),
    };
}
