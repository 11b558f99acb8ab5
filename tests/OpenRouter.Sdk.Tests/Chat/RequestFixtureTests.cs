using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using FluentAssertions;
using OpenRouter.Sdk.Serialization;
using OpenRouter.Sdk.Tests.Infrastructure;
using OpenRouter.Sdk.Tests.Streaming;
using Xunit;

namespace OpenRouter.Sdk.Tests.Chat;

/// <summary>
/// Every recorded chat request body rebuilt through the typed model and compared with the recorded JSON, and every
/// recorded body read into the model and written back unchanged.
/// </summary>
public sealed class RequestFixtureTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string WeatherSchema = """{"properties":{"location":{"description":"the city","type":"string"}},"required":["location"],"type":"object"}""";
    private const string TwoNumbersSchema = """{"properties":{"a":{"description":"first number","type":"integer"},"b":{"description":"second number","type":"integer"}},"required":["a","b"],"type":"object"}""";

    private static ChatTool Weather() => ChatTool.CreateFunction("weather", "Get weather information for a location", WeatherSchema, strict: false);

    private static ChatCompletionRequest Simple(string model, string text, bool? stream = null) => new()
    {
        Model = model,
        Messages = { new UserMessage(text) },
        Stream = stream,
    };

    private static ChatCompletionRequest StreamWithUsage(string model, string text) => new()
    {
        Model = model,
        Messages = { new UserMessage(text) },
        Stream = true,
        StreamOptions = new StreamOptions { IncludeUsage = true },
    };

    /// <summary>The 2026 Go-client shape: system + user, stream options, the deprecated usage.include.</summary>
    private static ChatCompletionRequest Assistant(string model, string user, bool stream, int? maxTokens = null, int? maxCompletionTokens = null, params ChatTool[] tools)
    {
        var request = new ChatCompletionRequest
        {
            Model = model,
            Messages = { new SystemMessage("You are a helpful assistant"), new UserMessage(user) },
            MaxTokens = maxTokens,
            MaxCompletionTokens = maxCompletionTokens,
            Usage = new UsageOptions { Include = true },
        };
        if (stream)
        {
            request.Stream = true;
            request.StreamOptions = new StreamOptions { IncludeUsage = true };
        }

        if (tools.Length > 0)
        {
            request.Tools = tools.ToList();
            request.ToolChoice = ToolChoice.Auto;
        }

        return request;
    }

    /// <summary>The typed equivalent of each recorded request body.</summary>
    public static Dictionary<string, Func<ChatCompletionRequest>> Typed { get; } = new()
    {
        ["01"] = () => Simple("openai/gpt-4o", "Say hello in one word"),
        ["02"] = () => Simple("openai/o1", "What is 2+2?"),
        ["03"] = () => new ChatCompletionRequest { Model = "anthropic/claude-3-5-sonnet-20241022", Messages = { new UserMessage("Say hello") }, Temperature = 0.5 },
        ["04"] = () => StreamWithUsage("openai/gpt-4o", "Say hello in one word"),
        ["05"] = () => StreamWithUsage("anthropic/claude-3-5-sonnet-20241022", "Say hello in one word"),
        ["06"] = () => Assistant("openai/gpt-5.4-nano", "Say hi in Portuguese", stream: true, maxCompletionTokens: 4000),
        ["07"] = () => Assistant("anthropic/claude-haiku-4.5", "What's the weather in Florence,Italy?", stream: true, maxTokens: 4000, tools: Weather()),
        ["08"] = () =>
        {
            ChatCompletionRequest request = Assistant("x-ai/grok-4.1-fast", "Add and multiply the number 2 and 3", stream: true, maxTokens: 4000,
                tools: new[]
                {
                    ChatTool.CreateFunction("add", "Add two numbers", TwoNumbersSchema, strict: false),
                    ChatTool.CreateFunction("multiply", "Multiply two numbers", TwoNumbersSchema, strict: false),
                });
            request.Messages[0] = new SystemMessage("You are a helpful assistant. Always use both add and multiply at the same time.");
            return request;
        },
        ["09"] = () => Assistant("google/gemini-3.1-flash-lite-preview", "What's the weather in Florence,Italy?", stream: true, maxTokens: 4000, tools: Weather()),
        ["10"] = () =>
        {
            ChatCompletionRequest request = Assistant("anthropic/claude-haiku-4.5", "What's the weather in Florence, Italy?", stream: true, tools: Weather());
            request.Reasoning = new ReasoningConfig { Effort = ReasoningEffortLevel.Medium };
            return request;
        },
        ["11"] = () => Assistant("moonshotai/kimi-k2.5", "Say hi in Portuguese", stream: true, maxTokens: 4000),
        ["12"] = () => Assistant("openai/gpt-5", "Say hi in Portuguese", stream: true, maxCompletionTokens: 4000),
        ["13"] = () => Assistant("google/gemini-3-pro-preview", "What's the weather in Florence,Italy?", stream: true, maxTokens: 4000, tools: Weather()),
        ["14"] = () =>
        {
            ChatCompletionRequest request = StreamWithUsage("minimax/minimax-m2:free", "Hello there");
            request.MaxCompletionTokens = 10;
            return request;
        },
        ["15"] = () =>
        {
            ChatCompletionRequest request = StreamWithUsage("deepseek/deepseek-chat", "Use web search to find Pydantic AI's GitHub repository and answer with its URL only.");
            request.Tools = new List<ChatTool> { ChatTool.CreateServerTool("openrouter:web_search", new JsonObject { ["max_uses"] = 1, ["search_context_size"] = "medium" }) };
            return request;
        },
        ["16"] = () =>
        {
            ChatCompletionRequest request = StreamWithUsage("anthropic/claude-sonnet-4.5", "What is 2+2?");
            request.Reasoning = new ReasoningConfig { Enabled = true };
            return request;
        },
        ["17"] = () => StreamWithUsage("openai/o3", "Who are you"),
        ["18"] = () =>
        {
            ChatCompletionRequest request = StreamWithUsage("openai/gpt-4.1-mini", "What is the current llm version?");
            request.Tools = new List<ChatTool> { ChatTool.CreateFunction("llm_version", "Return the installed version of llm", """{"properties":{},"type":"object"}""") };
            return request;
        },
        ["19"] = () =>
        {
            ChatCompletionRequest request = StreamWithUsage("google/gemini-2.5-flash-image-preview", "A dog");
            request.Modalities = new List<Modality> { Modality.Image, Modality.Text };
            request.ImageConfig = new JsonObject { ["aspect_ratio"] = "3:2" };
            return request;
        },
        ["20"] = () => Assistant("anthropic/claude-haiku-4.5", "What's the weather in Florence,Italy?", stream: false, maxTokens: 4000, tools: Weather()),
        ["21"] = () => Assistant("x-ai/grok-4.1-fast", "Say hi in Portuguese", stream: false, maxTokens: 4000),
        ["22"] = () =>
        {
            ChatCompletionRequest request = Simple("deepseek/deepseek-chat", "Use web search to find Pydantic AI's GitHub repository and answer with its URL only.", stream: false);
            request.Tools = new List<ChatTool> { ChatTool.CreateServerTool("openrouter:web_search", new JsonObject { ["max_uses"] = 1, ["search_context_size"] = "medium" }) };
            return request;
        },
        ["23"] = () => new ChatCompletionRequest
        {
            Model = "openai/gpt-5.1-codex-mini",
            Stream = false,
            Messages =
            {
                new UserMessage(
                    new TextPart("What does this PDF contain? Answer in one short sentence."),
                    FilePart.FromBytes("filename.pdf", RecordedPdfBytes())),
            },
        },
        ["24"] = () => new ChatCompletionRequest
        {
            Model = "openai/gpt-5-image-mini",
            Stream = false,
            Messages = { new UserMessage("Use get_color tool to get a color.") },
            Modalities = new List<Modality> { Modality.Text, Modality.Image },
            ImageConfig = new JsonObject(),
            ToolChoice = ToolChoice.Auto,
            Tools = new List<ChatTool> { ChatTool.CreateFunction("get_color", "Get a color name.", """{"additionalProperties":false,"properties":{},"type":"object"}""") },
        },
        ["25"] = () => new ChatCompletionRequest
        {
            Model = "google/gemini-2.0-flash-exp:free",
            Stream = false,
            Messages = { new SystemMessage("Be helpful."), new UserMessage("Tell me a joke.") },
        },
        ["26"] = () => new ChatCompletionRequest
        {
            Model = "openai/o3",
            Stream = false,
            Messages = { new UserMessage("Reply with the single word: ok") },
            Reasoning = new ReasoningConfig { Effort = ReasoningEffortLevel.None },
        },
        ["33"] = () => new ChatCompletionRequest
        {
            Model = "google/gemini-2.5-flash:free",
            Stream = false,
            Messages = { new SystemMessage("Be helpful."), new UserMessage("Tell me a joke.") },
        },
        ["34"] = () => new ChatCompletionRequest
        {
            Model = "google/gemini-2.0-flash-exp:free",
            Models = new List<string> { "x-ai/grok-4" },
            Provider = new ProviderPreferences { Only = new List<string> { "xai" } },
            Transforms = new List<string> { "middle-out" },
            Stream = false,
            Messages = { new UserMessage("Who are you") },
        },
        ["35"] = () => new ChatCompletionRequest
        {
            Model = "google/gemini-2.5-flash-lite",
            Preset = "@preset/comedian",
            Stream = false,
            Messages = { new UserMessage("Trains") },
        },
    };

    /// <summary>The PDF that fixture 23 sent, decoded from its data URL (the bytes a caller would have on disk).</summary>
    private static byte[] RecordedPdfBytes()
    {
        using JsonDocument document = JsonDocument.Parse(Fixture.Text("23-chat-nonstream-file-annotations-pdf.request.json"));
        string dataUrl = document.RootElement.GetProperty("messages")[0].GetProperty("content")[1].GetProperty("file").GetProperty("file_data").GetString()!;
        return Convert.FromBase64String(dataUrl.Substring("data:application/pdf;base64,".Length));
    }

    public static TheoryData<string> ChatRequests { get; } = new(
        Fixture.All("*.request.json").Where(n => n.Contains("-chat-", StringComparison.Ordinal) || n.Contains("-error-", StringComparison.Ordinal)));

    public static TheoryData<string> TypedNumbers { get; } = new(Typed.Keys);

    [Fact]
    public void Every_recorded_chat_request_has_a_typed_equivalent()
    {
        ChatRequests.Should().HaveCount(29);
        Typed.Keys.Should().BeEquivalentTo(Fixture.All("*.request.json")
            .Where(n => n.Contains("-chat-", StringComparison.Ordinal) || n.Contains("-error-", StringComparison.Ordinal))
            .Select(n => n.Substring(0, 2)));
    }

    [Theory]
    [MemberData(nameof(TypedNumbers))]
    public void The_typed_request_serializes_to_the_recorded_body(string number)
    {
        ChatCompletionRequest request = Typed[number]();

        JsonAssert.Equivalent(Fixture.Text(Fixture.Named(number, ".request.json")), WireJson.Serialize(request));
    }

    [Theory]
    [MemberData(nameof(TypedNumbers))]
    public async Task The_client_sends_the_recorded_body(string number)
    {
        ChatCompletionRequest request = Typed[number]();
        bool streaming = request.Stream == true;
        var handler = new StubHandler();
        using var client = TestClients.Create(handler);

        if (streaming)
        {
            handler.RespondStream(Fixture.Bytes("04-chat-stream-basic-gpt-4o.sse"));
            await client.StreamChatCompletionAsync(request, Ct).ToChatCompletionAsync(Ct);
        }
        else
        {
            handler.Respond(HttpStatusCode.OK, Fixture.Bytes("01-chat-nonstream-basic-gpt-4o.json"));
            await client.CreateChatCompletionAsync(request, Ct);
        }

        // A unary call omits "stream" (false is the default) instead of sending "stream":false.
        JsonNode expected = JsonNode.Parse(Fixture.Text(Fixture.Named(number, ".request.json")))!;
        expected.AsObject().Remove("stream");
        if (streaming)
        {
            expected["stream"] = true;
        }

        RecordedRequest sent = handler.Requests.Single();
        sent.Method.Should().Be(HttpMethod.Post);
        sent.Uri.AbsolutePath.Should().EndWith("/chat/completions");
        JsonAssert.Equivalent(expected.ToJsonString(), sent.BodyText);
    }

    [Theory]
    [MemberData(nameof(ChatRequests))]
    public void A_recorded_request_read_into_the_model_writes_back_unchanged(string fixture)
    {
        string recorded = Fixture.Text(fixture);

        ChatCompletionRequest request = JsonSerializer.Deserialize(recorded, OpenRouterJsonContext.Default.ChatCompletionRequest)!;

        request.Messages.Should().NotBeEmpty();
        JsonAssert.Equivalent(recorded, WireJson.Serialize(request));
    }

    [Fact]
    public void Typed_messages_and_parts_come_back_as_their_types()
    {
        ChatCompletionRequest request = JsonSerializer.Deserialize(Fixture.Text("23-chat-nonstream-file-annotations-pdf.request.json"), OpenRouterJsonContext.Default.ChatCompletionRequest)!;

        UserMessage user = request.Messages.Should().ContainSingle().Which.Should().BeOfType<UserMessage>().Subject;
        user.Content!.Parts.Should().HaveCount(2);
        user.Content.Parts![0].Should().BeOfType<TextPart>().Which.Text.Should().Be("What does this PDF contain? Answer in one short sentence.");
        FilePart file = user.Content.Parts[1].Should().BeOfType<FilePart>().Subject;
        file.File.Filename.Should().Be("filename.pdf");
        file.File.FileData.Should().StartWith("data:application/pdf;base64,JVBERi0xLjQK");
    }

    [Fact]
    public void Unmodelled_request_fields_survive_the_round_trip_as_extra_top_level_fields()
    {
        const string recorded = """{"model":"m","messages":[{"role":"user","content":"x"}],"future_knob":{"level":3},"another":[1,2]}""";

        ChatCompletionRequest request = JsonSerializer.Deserialize(recorded, OpenRouterJsonContext.Default.ChatCompletionRequest)!;

        request.AdditionalProperties.Should().NotBeNull();
        request.AdditionalProperties!["future_knob"]!["level"]!.GetValue<int>().Should().Be(3);
        JsonAssert.Equivalent(recorded, WireJson.Serialize(request));
    }

    [Fact]
    public void Additional_properties_set_in_code_are_sent_as_top_level_fields()
    {
        ChatCompletionRequest request = Simple("m", "x");
        request.AdditionalProperties = new JsonObject { ["preset_override"] = "v" };

        JsonAssert.Equivalent("""{"model":"m","messages":[{"role":"user","content":"x"}],"preset_override":"v"}""", WireJson.Serialize(request));
    }

    [Fact]
    public void Nested_additional_properties_are_written_as_members_of_their_object_and_read_back()
    {
        ChatCompletionRequest request = Simple("m", "x");
        request.Provider = new ProviderPreferences { Only = new List<string> { "xai" }, AdditionalProperties = new JsonObject { ["new_rule"] = true } };
        request.Reasoning = new ReasoningConfig { Effort = ReasoningEffortLevel.Low, AdditionalProperties = new JsonObject { ["budget"] = new JsonArray(1, 2) } };
        ChatTool tool = Weather();
        tool.AdditionalProperties = new JsonObject { ["defer_loading"] = false };
        request.Tools = new List<ChatTool> { tool };
        string expected =
            "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]," +
            "\"provider\":{\"only\":[\"xai\"],\"new_rule\":true}," +
            "\"reasoning\":{\"effort\":\"low\",\"budget\":[1,2]}," +
            "\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"weather\",\"description\":\"Get weather information for a location\",\"parameters\":" + WeatherSchema + ",\"strict\":false},\"defer_loading\":false}]}";

        string json = WireJson.Serialize(request);

        JsonAssert.Equivalent(expected, json);
        ChatCompletionRequest back = JsonSerializer.Deserialize(json, OpenRouterJsonContext.Default.ChatCompletionRequest)!;
        back.Provider!.AdditionalProperties!["new_rule"]!.GetValue<bool>().Should().BeTrue();
        back.Tools![0].AdditionalProperties!["defer_loading"]!.GetValue<bool>().Should().BeFalse();
        back.AdditionalProperties.Should().BeNull("nothing unknown was at the top level");
        JsonAssert.Equivalent(expected, WireJson.Serialize(back));
    }
}
