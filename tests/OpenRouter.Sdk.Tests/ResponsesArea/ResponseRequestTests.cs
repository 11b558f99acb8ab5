using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;
using OpenRouter.Sdk.Serialization;
using OpenRouter.Sdk.Tests.Infrastructure;
using Xunit;

namespace OpenRouter.Sdk.Tests.ResponsesArea;

/// <summary><c>POST /responses</c>: the exact body of every request member, the recorded requests rebuilt, the key, the stateless rules.</summary>
public sealed class ResponseRequestTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    internal static string Serialize(ResponseRequest request) => JsonSerializer.Serialize(request, OpenRouterJsonContext.Default.ResponseRequest);

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();

    [Fact]
    public void Every_member_is_written_under_its_wire_name()
    {
        var request = new ResponseRequest
        {
            Model = "openai/gpt-5-nano",
            Models = ["anthropic/claude-haiku-4.5"],
            Input = new ResponseItem[]
            {
                ResponseItem.Message(MessageRole.System, "Be brief."),
                ResponseItem.UserMessage(new[]
                {
                    ResponseContentPart.InputText("What is in this image and file?"),
                    ResponseContentPart.InputImage("https://example.com/cat.png", ImageDetail.High),
                    ResponseContentPart.InputFile("report.pdf", "data:application/pdf;base64,JVBERi0="),
                }),
                ResponseItem.FunctionCall("call_1", "get_weather", """{"city":"Paris"}"""),
                ResponseItem.FunctionCallOutput("call_1", """{"temp":21}"""),
                new ResponseItem { Type = ResponseItemType.Message, Role = MessageRole.Assistant, Content = new[] { ResponseContentPart.OutputText("It is 21 degrees.") } },
            },
            Instructions = "Answer in French.",
            Tools =
            [
                ResponseTool.Function("get_weather", "Weather of a city", """{"type":"object","properties":{"city":{"type":"string"}},"required":["city"]}""", strict: true),
                ResponseTool.Server("openrouter:web_search", new JsonObject { ["parameters"] = new JsonObject { ["max_results"] = 3 } }),
            ],
            ToolChoice = ResponseToolChoice.Function("get_weather"),
            ParallelToolCalls = false,
            MaxToolCalls = 5,
            Reasoning = new ReasoningConfig { Effort = ReasoningEffortLevel.Minimal, Summary = ReasoningSummary.Auto },
            Text = new ResponseTextOptions
            {
                Format = ResponseTextFormat.JsonSchema("answer", Json("""{"type":"object","properties":{"text":{"type":"string"}}}"""), "The answer", strict: true),
                Verbosity = Verbosity.Low,
            },
            Include = ["reasoning.encrypted_content"],
            MaxOutputTokens = 128,
            Temperature = 0.5,
            TopP = 0.9,
            TopK = 40,
            TopLogprobs = 2,
            FrequencyPenalty = 0.1,
            PresencePenalty = 0.2,
            Provider = new ProviderPreferences { Only = ["openai"], AllowFallbacks = false },
            Plugins = [Plugin.ResponseHealing()],
            User = "user-42",
            SafetyIdentifier = "hash-42",
            SessionId = "session-7",
            Metadata = new Dictionary<string, string> { ["ticket"] = "T-1" },
            PromptCacheKey = "cache-1",
            PromptCacheOptions = new PromptCacheOptions { Mode = "explicit", Ttl = "30m" },
            ServiceTier = ServiceTier.Flex,
            Truncation = "auto",
            AdditionalProperties = new JsonObject { ["trace"] = new JsonObject { ["trace_id"] = "t-1" } },
        };

        JsonAssert.Equivalent("""
            {
              "model": "openai/gpt-5-nano",
              "models": ["anthropic/claude-haiku-4.5"],
              "input": [
                {"type": "message", "role": "system", "content": "Be brief."},
                {"type": "message", "role": "user", "content": [
                  {"type": "input_text", "text": "What is in this image and file?"},
                  {"type": "input_image", "image_url": "https://example.com/cat.png", "detail": "high"},
                  {"type": "input_file", "filename": "report.pdf", "file_data": "data:application/pdf;base64,JVBERi0="}
                ]},
                {"type": "function_call", "call_id": "call_1", "name": "get_weather", "arguments": "{\"city\":\"Paris\"}"},
                {"type": "function_call_output", "call_id": "call_1", "output": "{\"temp\":21}"},
                {"type": "message", "role": "assistant", "content": [{"type": "output_text", "text": "It is 21 degrees."}]}
              ],
              "instructions": "Answer in French.",
              "tools": [
                {"type": "function", "name": "get_weather", "description": "Weather of a city", "parameters": {"type":"object","properties":{"city":{"type":"string"}},"required":["city"]}, "strict": true},
                {"type": "openrouter:web_search", "parameters": {"max_results": 3}}
              ],
              "tool_choice": {"type": "function", "name": "get_weather"},
              "parallel_tool_calls": false,
              "max_tool_calls": 5,
              "reasoning": {"effort": "minimal", "summary": "auto"},
              "text": {"format": {"type": "json_schema", "name": "answer", "description": "The answer", "schema": {"type":"object","properties":{"text":{"type":"string"}}}, "strict": true}, "verbosity": "low"},
              "include": ["reasoning.encrypted_content"],
              "max_output_tokens": 128,
              "temperature": 0.5,
              "top_p": 0.9,
              "top_k": 40,
              "top_logprobs": 2,
              "frequency_penalty": 0.1,
              "presence_penalty": 0.2,
              "provider": {"only": ["openai"], "allow_fallbacks": false},
              "plugins": [{"id": "response-healing"}],
              "user": "user-42",
              "safety_identifier": "hash-42",
              "session_id": "session-7",
              "metadata": {"ticket": "T-1"},
              "prompt_cache_key": "cache-1",
              "prompt_cache_options": {"mode": "explicit", "ttl": "30m"},
              "service_tier": "flex",
              "truncation": "auto",
              "trace": {"trace_id": "t-1"}
            }
            """, Serialize(request));
    }

    [Theory]
    [InlineData("auto", "\"auto\"")]
    [InlineData("none", "\"none\"")]
    [InlineData("required", "\"required\"")]
    public void Tool_choice_modes_are_strings(string mode, string expected)
    {
        ResponseToolChoice choice = mode switch { "auto" => ResponseToolChoice.Auto, "none" => ResponseToolChoice.None, _ => ResponseToolChoice.Required };

        Serialize(new ResponseRequest { Input = "x", ToolChoice = choice }).Should().Be("{\"input\":\"x\",\"tool_choice\":" + expected + "}");
    }

    [Fact]
    public void Text_formats_plain_and_json_object_are_their_type_only()
    {
        Serialize(new ResponseRequest { Input = "x", Text = new ResponseTextOptions { Format = ResponseTextFormat.Text() } })
            .Should().Be("""{"input":"x","text":{"format":{"type":"text"}}}""");
        Serialize(new ResponseRequest { Input = "x", Text = new ResponseTextOptions { Format = ResponseTextFormat.JsonObject() } })
            .Should().Be("""{"input":"x","text":{"format":{"type":"json_object"}}}""");
    }

    /// <summary>The typed equivalent of each recorded request body (without <c>stream</c>, which the client sets).</summary>
    public static Dictionary<string, Func<ResponseRequest>> Typed { get; } = new()
    {
        ["30"] = () => new ResponseRequest
        {
            Model = "openai/gpt-oss-20b",
            Input = new[] { new ResponseItem { Role = MessageRole.User, Content = "What is 2+2?" } },
        },
        ["31"] = () => new ResponseRequest
        {
            Model = "openai/gpt-5-nano",
            Include = ["reasoning.encrypted_content"],
            Input = new[] { new ResponseItem { Role = MessageRole.User, Content = "What is 2 + 2? Reply with the number only." } },
            MaxOutputTokens = 128,
            Reasoning = new ReasoningConfig { Summary = ReasoningSummary.Auto, Effort = ReasoningEffortLevel.Minimal },
            AdditionalProperties = new JsonObject { ["store"] = false },
        },
        ["32"] = () =>
        {
            using JsonDocument recorded = JsonDocument.Parse(Fixture.Text("32-responses-nonstream-prompt-cache.request.json"));
            JsonElement part = recorded.RootElement.GetProperty("input")[0].GetProperty("content")[0];
            return new ResponseRequest
            {
                Model = "openai/gpt-5.6-sol",
                Include = ["reasoning.encrypted_content"],
                Input = new[]
                {
                    new ResponseItem
                    {
                        Role = MessageRole.User,
                        Content = new[]
                        {
                            new ResponseContentPart
                            {
                                Type = ResponseContentPartType.InputText,
                                Text = part.GetProperty("text").GetString(),
                                AdditionalProperties = new JsonObject { ["prompt_cache_breakpoint"] = new JsonObject { ["mode"] = "explicit" } },
                            },
                            ResponseContentPart.InputText("Reply with exactly: OK"),
                        },
                    },
                },
                PromptCacheOptions = new PromptCacheOptions { Mode = "explicit", Ttl = "30m" },
                Provider = new ProviderPreferences { Only = ["openai"] },
            };
        },
    };

    public static TheoryData<string> Recorded { get; } = new(Typed.Keys);

    [Theory]
    [MemberData(nameof(Recorded))]
    public async Task The_client_sends_the_recorded_body(string number)
    {
        ResponseRequest request = Typed[number]();
        JsonNode expected = JsonNode.Parse(Fixture.Text(Fixture.Named(number, ".request.json")))!;
        bool streaming = expected["stream"]!.GetValue<bool>();
        var handler = new StubHandler();
        using OpenRouterClient client = TestClients.Create(handler);

        if (streaming)
        {
            handler.RespondStream(Fixture.Bytes(Fixture.Named(number, ".sse")));
            await client.Responses.StreamAsync(request, Ct).ToResponseAsync(Ct);
        }
        else
        {
            handler.Respond(HttpStatusCode.OK, Fixture.Bytes("32-responses-nonstream-prompt-cache.json"));
            await client.Responses.CreateAsync(request, Ct);

            // A unary call leaves "stream" out (false is the default) instead of sending "stream":false.
            expected.AsObject().Remove("stream");
        }

        RecordedRequest sent = handler.Requests.Single();
        sent.Method.Should().Be(HttpMethod.Post);
        sent.Uri.AbsoluteUri.Should().Be(MockApi.BaseUrl + "responses");
        sent.Header("Authorization").Should().Be("Bearer " + TestClients.ApiKey);
        JsonAssert.Equivalent(expected.ToJsonString(), sent.BodyText);
    }

    [Fact]
    public async Task The_callers_request_is_not_changed_by_streaming()
    {
        var handler = new StubHandler().RespondStream(Fixture.Bytes("30-responses-stream-gpt-oss-20b-reasoning-text.sse"));
        using OpenRouterClient client = TestClients.Create(handler);
        var request = new ResponseRequest { Model = "m", Input = "hi" };

        await client.Responses.StreamAsync(request, Ct).ToResponseAsync(Ct);

        Serialize(request).Should().Be("""{"model":"m","input":"hi"}""");
        handler.Requests.Single().BodyText.Should().Be("""{"model":"m","input":"hi","stream":true}""");
    }

    [Fact]
    public async Task A_request_without_input_is_refused_before_sending()
    {
        using OpenRouterClient client = TestClients.Create(new StubHandler());

        Func<Task> create = () => client.Responses.CreateAsync(new ResponseRequest { Model = "m" }, Ct);
        Action stream = () => client.Responses.StreamAsync(new ResponseRequest { Model = "m" }, Ct);

        await create.Should().ThrowAsync<ArgumentException>().WithMessage("*input*");
        stream.Should().Throw<ArgumentException>().WithMessage("*input*");
    }

    [Fact]
    public async Task Stored_state_is_refused_because_the_API_is_stateless()
    {
        var handler = new StubHandler();
        using OpenRouterClient client = TestClients.Create(handler);

        Func<Task> previous = () => client.Responses.CreateAsync(new ResponseRequest { Input = "x", AdditionalProperties = new JsonObject { ["previous_response_id"] = "gen-1" } }, Ct);
        Func<Task> store = () => client.Responses.CreateAsync(new ResponseRequest { Input = "x", AdditionalProperties = new JsonObject { ["store"] = true } }, Ct);

        await previous.Should().ThrowAsync<ArgumentException>().WithMessage("*stateless*previous_response_id*");
        await store.Should().ThrowAsync<ArgumentException>().WithMessage("*stateless*store: true*");
        handler.Requests.Should().BeEmpty();
        typeof(ResponseRequest).GetProperties().Select(p => p.Name).Should().NotContain(["PreviousResponseId", "Store"]);
    }

    [Fact]
    public void A_string_input_and_string_content_are_written_as_strings()
    {
        Serialize(new ResponseRequest { Input = "Tell me a joke", Model = "openai/gpt-4o" }).Should().Be("""{"model":"openai/gpt-4o","input":"Tell me a joke"}""");
    }

    [Fact]
    public void The_area_is_one_instance_per_client()
    {
        using OpenRouterClient client = TestClients.Create(new StubHandler());

        client.Responses.Should().BeSameAs(client.Responses);
    }

    [Fact]
    public async Task AddOpenRouter_registers_the_responses_client_unkeyed_and_keyed_as_the_clients_own()
    {
        var services = new ServiceCollection();
        services.AddOpenRouter(o => o.ApiKey = TestClients.ApiKey);
        services.AddOpenRouter("second", o => o.ApiKey = TestClients.ApiKey);
        await using ServiceProvider provider = services.BuildServiceProvider();

        provider.GetRequiredService<OpenRouterResponsesClient>().Should().BeSameAs(provider.GetRequiredService<OpenRouterClient>().Responses);
        provider.GetRequiredKeyedService<OpenRouterResponsesClient>("second").Should().BeSameAs(provider.GetRequiredKeyedService<OpenRouterClient>("second").Responses);
        provider.GetRequiredKeyedService<OpenRouterResponsesClient>("second").Should().NotBeSameAs(provider.GetRequiredService<OpenRouterResponsesClient>());
    }

    [Fact]
    public async Task A_fake_made_by_deriving_from_the_area_serves_code_under_test_without_HTTP()
    {
        OpenRouterResponsesClient responses = new FakeResponses();

        OpenRouterResponse response = await responses.CreateAsync(new ResponseRequest { Input = "hi" }, Ct);

        response.OutputText.Should().Be("faked");
        Action stream = () => responses.StreamAsync(new ResponseRequest { Input = "hi" }, Ct);
        stream.Should().Throw<NotSupportedException>();
    }

    private sealed class FakeResponses : OpenRouterResponsesClient
    {
        public override Task<OpenRouterResponse> CreateAsync(ResponseRequest request, CancellationToken cancellationToken = default) =>
            Task.FromResult(new OpenRouterResponse { Output = [ResponseItem.Message(MessageRole.Assistant, new[] { ResponseContentPart.OutputText("faked") })] });
    }
}
