using System.Text.Json;

namespace OpenRouter.Sdk.ConformanceTests.Coverage;

/// <summary>
/// The arguments the registry calls the SDK with. Each request sets many fields, so that what the SDK sends for them
/// is checked against the spec (a field never set is never sent, and never checked).
/// </summary>
public static class SdkSamples
{
    public const string ModelId = "openai/gpt-4o";
    public const string GenerationId = "gen-1754000000-AbCdEfGhIjKlMnOpQrSt";

    private static readonly JsonElement WeatherSchema =
        JsonDocument.Parse("""{"type":"object","properties":{"city":{"type":"string"}},"required":["city"]}""").RootElement.Clone();

    /// <summary>A chat request with a whole conversation (every role, parts, tool calls), tools, routing and sampling fields.</summary>
    public static ChatCompletionRequest Chat() => new ChatRequestBuilder(ModelId)
        .AddSystemMessage("Be brief.")
        .AddDeveloperMessage("Answer in English.")
        .AddUserMessage(new TextPart("What is in this picture?"), new ImagePart("https://example.com/cat.png", ImageDetail.High))
        .AddAssistantMessage(null,
            new[] { new ToolCall { Id = "call_1", Type = "function", Function = new FunctionCall { Name = "get_weather", Arguments = """{"city":"Paris"}""" } } },
            null)
        .AddToolMessage("call_1", "Sunny, 24 C")
        .WithFallbackModels("anthropic/claude-3.5-haiku")
        .WithTool("get_weather", "Weather for a city", WeatherSchema)
        .WithToolChoice(ToolChoice.Auto)
        .WithParallelToolCalls(true)
        .WithTemperature(0.7)
        .WithTopP(0.9)
        .WithMaxTokens(256)
        .WithSeed(42)
        .WithStop("END")
        .WithFrequencyPenalty(0.1)
        .WithPresencePenalty(0.2)
        .WithResponseFormat(ResponseFormat.JsonObject)
        .WithProvider(p => p.Order("openai", "azure").AllowFallbacks().DataCollection(DataCollectionPolicy.Deny).Zdr())
        .WithReasoningEffort(ReasoningEffortLevel.High)
        .WithUser("user-123")
        .WithSessionId("session-1")
        .WithMetadata("purpose", "conformance")
        .Build();

    /// <summary>An embeddings request with every typed field.</summary>
    public static EmbeddingsRequest Embeddings() => new(
        "openai/text-embedding-3-small", EmbeddingInput.FromTexts(new[] { "first text", "second text" }))
    {
        Dimensions = 256,
        EncodingFormat = EmbeddingEncodingFormat.Float,
        InputType = "search_document",
        User = "user-123",
    };

    /// <summary>A Responses API request with the typed members set, so every member name the SDK sends is checked against the spec.</summary>
    public static ResponseRequest Responses() => new()
    {
        Model = ModelId,
        Models = ["anthropic/claude-3.5-haiku"],
        Input = new[]
        {
            ResponseItem.Message(MessageRole.System, "Be brief."),
            ResponseItem.UserMessage(new[] { ResponseContentPart.InputText("What is in this picture?"), ResponseContentPart.InputImage("https://example.com/cat.png", ImageDetail.High) }),
            ResponseItem.FunctionCall("call_1", "get_weather", """{"city":"Paris"}"""),
            ResponseItem.FunctionCallOutput("call_1", "Sunny, 24 C"),
        },
        Instructions = "Answer in English.",
        Tools = [ResponseTool.Function("get_weather", "Weather for a city", WeatherSchema, strict: true)],
        ToolChoice = ResponseToolChoice.Auto,
        ParallelToolCalls = true,
        MaxToolCalls = 5,
        Reasoning = new ReasoningConfig { Effort = ReasoningEffortLevel.Low, Summary = ReasoningSummary.Auto },
        Text = new ResponseTextOptions { Verbosity = Verbosity.Low },
        Include = ["reasoning.encrypted_content"],
        MaxOutputTokens = 256,
        Temperature = 0.7,
        TopP = 0.9,
        TopK = 40,
        TopLogprobs = 2,
        FrequencyPenalty = 0.1,
        PresencePenalty = 0.1,
        Provider = new ProviderPreferences { Only = ["openai"], AllowFallbacks = true },
        Plugins = [Plugin.ResponseHealing()],
        User = "user-123",
        SafetyIdentifier = "user-123",
        SessionId = "session-1",
        Metadata = new Dictionary<string, string> { ["purpose"] = "conformance" },
        PromptCacheKey = "cache-1",
        ServiceTier = ServiceTier.Auto,
    };

    /// <summary>A model-list query with every filter set, so every query parameter name the SDK can send is checked.</summary>
    public static ModelListQuery ModelQuery() => new()
    {
        Category = "programming",
        SupportedParameters = new[] { "tools", "structured_outputs" },
        InputModalities = new[] { Modality.Text, Modality.Image },
        OutputModalities = new[] { Modality.Text },
        Search = "gpt",
        Sort = "pricing-low-to-high",
        MinContextLength = 8000,
        MinPromptPricePerMillionTokens = 0.1m,
        MaxPromptPricePerMillionTokens = 10m,
        MinCompletionPricePerMillionTokens = 0.2m,
        MaxCompletionPricePerMillionTokens = 20m,
        Architecture = "GPT",
        Authors = new[] { "openai" },
        Providers = new[] { "openai" },
        Distillable = true,
        ZeroDataRetentionOnly = true,
        Region = "eu",
        MinAgeDays = 1,
        MaxAgeDays = 365,
        MinIntelligenceIndex = 10,
        MinCodingIndex = 10,
        MinAgenticIndex = 10,
        Offset = 0,
        Limit = 100,
    };
}
