using System.Text.Json;
using FluentAssertions;
using Microsoft.Extensions.AI;
using OpenRouter.Sdk.Tests.Infrastructure;
using Xunit;
using static OpenRouter.Sdk.Tests.AI.AiTestSupport;
using MeaiReasoningEffort = Microsoft.Extensions.AI.ReasoningEffort;
using MeaiReasoningOptions = Microsoft.Extensions.AI.ReasoningOptions;

namespace OpenRouter.Sdk.Tests.AI;

/// <summary>The exact JSON the IChatClient sends for Microsoft.Extensions.AI messages and options.</summary>
public sealed class ChatClientRequestMappingTests
{
    private static async Task<string> SentAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, string? defaultModel = "openai/gpt-4o")
    {
        var (chat, handler, client) = Create(defaultModel);
        using (client)
        {
            handler.RespondFixture("01");
            await chat.GetResponseAsync(messages, options, Ct);
            return handler.Requests.Single().BodyText;
        }
    }

    [Fact]
    public async Task Text_messages_of_every_role_map_to_string_content()
    {
        string sent = await SentAsync(
            [
                new ChatMessage(ChatRole.System, "Be brief."),
                new ChatMessage(new ChatRole("developer"), "No emojis."),
                new ChatMessage(ChatRole.User, "Hi") { AuthorName = "ana" },
                new ChatMessage(ChatRole.Assistant, "Hello!"),
                new ChatMessage(ChatRole.User, "Bye"),
            ],
            new ChatOptions { Instructions = "Answer in English." });

        JsonAssert.Equivalent("""
            {"model":"openai/gpt-4o","messages":[
              {"role":"system","content":"Answer in English."},
              {"role":"system","content":"Be brief."},
              {"role":"developer","content":"No emojis."},
              {"role":"user","content":"Hi","name":"ana"},
              {"role":"assistant","content":"Hello!"},
              {"role":"user","content":"Bye"}]}
            """, sent);
    }

    [Fact]
    public async Task Images_files_and_audio_map_to_content_parts()
    {
        byte[] png = [1, 2, 3];
        byte[] pdf = [4, 5];
        byte[] wav = [6];
        string sent = await SentAsync(
        [
            new ChatMessage(ChatRole.User,
            [
                new TextContent("Look:"),
                new DataContent(png, "image/png") { AdditionalProperties = new() { ["detail"] = "high" } },
                new UriContent("https://example.com/cat.jpg", "image/jpeg"),
                new DataContent(pdf, "application/pdf") { Name = "report.pdf" },
                new UriContent("https://example.com/docs/paper.pdf", "application/pdf"),
                new DataContent(wav, "audio/wav"),
                new DataContent(wav, "audio/mpeg"),
                new HostedFileContent("file-123"),
            ]),
        ]);

        JsonAssert.Equivalent("""
            {"model":"openai/gpt-4o","messages":[{"role":"user","content":[
              {"type":"text","text":"Look:"},
              {"type":"image_url","image_url":{"url":"data:image/png;base64,AQID","detail":"high"}},
              {"type":"image_url","image_url":{"url":"https://example.com/cat.jpg"}},
              {"type":"file","file":{"filename":"report.pdf","file_data":"data:application/pdf;base64,BAU="}},
              {"type":"file","file":{"filename":"paper.pdf","file_data":"https://example.com/docs/paper.pdf"}},
              {"type":"input_audio","input_audio":{"data":"Bg==","format":"wav"}},
              {"type":"input_audio","input_audio":{"data":"Bg==","format":"mp3"}},
              {"type":"file","file":{"file_id":"file-123"}}]}]}
            """, sent);
    }

    [Fact]
    public async Task Function_calls_and_results_map_to_tool_calls_and_tool_messages()
    {
        string sent = await SentAsync(
        [
            new ChatMessage(ChatRole.User, "Weather in Florence and Rome?"),
            new ChatMessage(ChatRole.Assistant,
            [
                new TextContent("Checking."),
                new FunctionCallContent("call_1", "weather", new Dictionary<string, object?> { ["location"] = "Florence" }),
                new FunctionCallContent("call_2", "weather", new Dictionary<string, object?> { ["location"] = "Rome", ["days"] = 2 }),
            ]),
            new ChatMessage(ChatRole.Tool,
            [
                new FunctionResultContent("call_1", "sunny"),
                new FunctionResultContent("call_2", new Dictionary<string, object?> { ["sky"] = "rain" }),
            ]),
        ]);

        JsonAssert.Equivalent("""
            {"model":"openai/gpt-4o","messages":[
              {"role":"user","content":"Weather in Florence and Rome?"},
              {"role":"assistant","content":"Checking.","tool_calls":[
                {"id":"call_1","type":"function","function":{"name":"weather","arguments":"{\"location\":\"Florence\"}"}},
                {"id":"call_2","type":"function","function":{"name":"weather","arguments":"{\"location\":\"Rome\",\"days\":2}"}}]},
              {"role":"tool","content":"sunny","tool_call_id":"call_1"},
              {"role":"tool","content":"{\"sky\":\"rain\"}","tool_call_id":"call_2"}]}
            """, sent);
    }

    [Fact]
    public async Task Assistant_reasoning_goes_back_with_its_reasoning_details()
    {
        var details = new List<ReasoningDetail>
        {
            new() { Type = ReasoningDetailType.Text, Text = "think", Signature = "sig", Format = "anthropic-claude-v1", Index = 0 },
        };
        string sent = await SentAsync(
        [
            new ChatMessage(ChatRole.User, "q"),
            new ChatMessage(ChatRole.Assistant,
            [
                new TextReasoningContent("think") { ProtectedData = "sig" },
                new FunctionCallContent("c1", "f", new Dictionary<string, object?>()),
            ])
            {
                AdditionalProperties = new() { [OpenRouterPropertyNames.ReasoningDetails] = details },
            },
            new ChatMessage(ChatRole.Tool, [new FunctionResultContent("c1", "ok")]),
        ]);

        JsonAssert.Equivalent("""
            {"model":"openai/gpt-4o","messages":[
              {"role":"user","content":"q"},
              {"role":"assistant","tool_calls":[{"id":"c1","type":"function","function":{"name":"f","arguments":"{}"}}],
               "reasoning":"think",
               "reasoning_details":[{"type":"reasoning.text","format":"anthropic-claude-v1","index":0,"text":"think","signature":"sig"}]},
              {"role":"tool","content":"ok","tool_call_id":"c1"}]}
            """, sent);
    }

    [Fact]
    public async Task Reasoning_details_survive_a_json_round_trip_of_the_history()
    {
        // Apps persist chat history as JSON; the details then come back as a JsonElement.
        var message = new ChatMessage(ChatRole.Assistant, "answer")
        {
            AdditionalProperties = new()
            {
                [OpenRouterPropertyNames.ReasoningDetails] = new List<ReasoningDetail> { new() { Type = ReasoningDetailType.Encrypted, Data = "blob", Id = "rs_1" } },
            },
        };
        string persisted = JsonSerializer.Serialize(message, AIJsonUtilities.DefaultOptions);
        ChatMessage restored = JsonSerializer.Deserialize<ChatMessage>(persisted, AIJsonUtilities.DefaultOptions)!;

        string sent = await SentAsync([new ChatMessage(ChatRole.User, "q"), restored, new ChatMessage(ChatRole.User, "more")]);

        JsonDocument.Parse(sent).RootElement.GetProperty("messages")[1].GetProperty("reasoning_details").GetRawText()
            .Should().Be("""[{"type":"reasoning.encrypted","id":"rs_1","data":"blob"}]""");
    }

    [Fact]
    public async Task Every_sampling_option_is_sent()
    {
        string sent = await SentAsync([new ChatMessage(ChatRole.User, "hi")], new ChatOptions
        {
            ModelId = "anthropic/claude-sonnet-4.5",
            Temperature = 0.7f,
            TopP = 0.9f,
            TopK = 40,
            MaxOutputTokens = 256,
            StopSequences = ["END", "STOP"],
            Seed = 42,
            FrequencyPenalty = 0.5f,
            PresencePenalty = -0.25f,
        });

        JsonAssert.Equivalent("""
            {"model":"anthropic/claude-sonnet-4.5","messages":[{"role":"user","content":"hi"}],
             "max_completion_tokens":256,"temperature":0.7,"top_p":0.9,"top_k":40,
             "frequency_penalty":0.5,"presence_penalty":-0.25,"seed":42,"stop":["END","STOP"]}
            """, sent);
    }

    [Fact]
    public async Task Without_a_model_anywhere_none_is_sent()
    {
        string sent = await SentAsync([new ChatMessage(ChatRole.User, "hi")], defaultModel: null);
        sent.Should().Be("""{"messages":[{"role":"user","content":"hi"}]}""");
    }

    [Fact]
    public async Task Json_schema_response_format_maps_to_json_schema()
    {
        using JsonDocument schema = JsonDocument.Parse("""{"type":"object","properties":{"city":{"type":"string"}},"required":["city"]}""");
        string sent = await SentAsync([new ChatMessage(ChatRole.User, "hi")], new ChatOptions
        {
            ResponseFormat = ChatResponseFormat.ForJsonSchema(schema.RootElement, "city_answer", "A city."),
            AdditionalProperties = new() { [OpenRouterPropertyNames.StrictJsonSchema] = true },
        });

        JsonAssert.Equivalent("""
            {"model":"openai/gpt-4o","messages":[{"role":"user","content":"hi"}],
             "response_format":{"type":"json_schema","json_schema":{"name":"city_answer","description":"A city.","strict":true,
               "schema":{"type":"object","properties":{"city":{"type":"string"}},"required":["city"],"additionalProperties":false}}}}
            """, sent);
    }

    [Fact]
    public async Task Json_and_text_response_formats_map_to_their_types()
    {
        (await SentAsync([new ChatMessage(ChatRole.User, "hi")], new ChatOptions { ResponseFormat = ChatResponseFormat.Json }))
            .Should().Contain("\"response_format\":{\"type\":\"json_object\"}");
        (await SentAsync([new ChatMessage(ChatRole.User, "hi")], new ChatOptions { ResponseFormat = ChatResponseFormat.Text }))
            .Should().Contain("\"response_format\":{\"type\":\"text\"}");
    }

    public static TheoryData<string, string> ToolModes => new()
    {
        { "auto", "\"auto\"" },
        { "none", "\"none\"" },
        { "required", "\"required\"" },
        { "weather", """{"type":"function","function":{"name":"weather"}}""" },
    };

    [Theory]
    [MemberData(nameof(ToolModes))]
    public async Task Tools_and_tool_mode_map_to_tools_and_tool_choice(string mode, string expectedChoice)
    {
        using JsonDocument schema = JsonDocument.Parse("""{"type":"object","properties":{"location":{"type":"string"}},"required":["location"]}""");
        ChatToolMode toolMode = mode switch
        {
            "auto" => ChatToolMode.Auto,
            "none" => ChatToolMode.None,
            "required" => ChatToolMode.RequireAny,
            _ => ChatToolMode.RequireSpecific(mode),
        };

        string sent = await SentAsync([new ChatMessage(ChatRole.User, "hi")], new ChatOptions
        {
            Tools = [AIFunctionFactory.CreateDeclaration("weather", "Gets the weather.", schema.RootElement), new HostedWebSearchTool()],
            ToolMode = toolMode,
            AllowMultipleToolCalls = false,
        });

        JsonAssert.Equivalent("""
            {"model":"openai/gpt-4o","messages":[{"role":"user","content":"hi"}],
             "tools":[
               {"type":"function","function":{"name":"weather","description":"Gets the weather.",
                 "parameters":{"type":"object","properties":{"location":{"type":"string"}},"required":["location"]}}},
               {"type":"openrouter:web_search"}],
             "tool_choice":CHOICE,
             "parallel_tool_calls":false}
            """.Replace("CHOICE", expectedChoice, StringComparison.Ordinal), sent);
    }

    [Fact]
    public async Task A_function_created_from_a_delegate_sends_its_generated_schema()
    {
        AIFunction function = AIFunctionFactory.Create((string location) => "sunny", "weather", "Gets the weather.");
        string sent = await SentAsync([new ChatMessage(ChatRole.User, "hi")], new ChatOptions { Tools = [function] });

        JsonElement tool = JsonDocument.Parse(sent).RootElement.GetProperty("tools")[0];
        tool.GetProperty("function").GetProperty("name").GetString().Should().Be("weather");
        JsonAssert.Equivalent(function.JsonSchema.GetRawText(), tool.GetProperty("function").GetProperty("parameters").GetRawText());
    }

    public static TheoryData<MeaiReasoningEffort?, ReasoningOutput?, string> ReasoningCases => new()
    {
        { MeaiReasoningEffort.Low, null, """{"effort":"low"}""" },
        { MeaiReasoningEffort.Medium, null, """{"effort":"medium"}""" },
        { MeaiReasoningEffort.High, ReasoningOutput.Full, """{"effort":"high","exclude":false}""" },
        { MeaiReasoningEffort.ExtraHigh, null, """{"effort":"xhigh"}""" },
        { MeaiReasoningEffort.None, null, """{"effort":"none"}""" },
        { null, ReasoningOutput.None, """{"exclude":true}""" },
        { null, ReasoningOutput.Summary, """{"summary":"auto"}""" },
        { null, null, """{"enabled":true}""" },
    };

    [Theory]
    [MemberData(nameof(ReasoningCases))]
    public async Task Reasoning_options_map_to_reasoning(MeaiReasoningEffort? effort, ReasoningOutput? output, string expected)
    {
        string sent = await SentAsync([new ChatMessage(ChatRole.User, "hi")], new ChatOptions
        {
            Reasoning = new MeaiReasoningOptions { Effort = effort, Output = output },
        });

        JsonDocument.Parse(sent).RootElement.GetProperty("reasoning").GetRawText().Should().Be(expected);
    }

    [Fact]
    public async Task Additional_properties_carry_openrouter_routing()
    {
        string sent = await SentAsync([new ChatMessage(ChatRole.User, "hi")], new ChatOptions
        {
            AdditionalProperties = new()
            {
                [OpenRouterPropertyNames.Provider] = new ProviderPreferences { Order = ["anthropic", "openai"], AllowFallbacks = false },
                [OpenRouterPropertyNames.Models] = new[] { "openai/gpt-4o-mini", "google/gemini-2.0-flash-001" },
                [OpenRouterPropertyNames.Plugins] = new List<Plugin> { new("web") { MaxResults = 3 } },
                [OpenRouterPropertyNames.Transforms] = new List<string> { "middle-out" },
                [OpenRouterPropertyNames.Route] = "fallback",
                [OpenRouterPropertyNames.Reasoning] = new ReasoningConfig { MaxTokens = 2000 },
                [OpenRouterPropertyNames.User] = "user-7",
                [OpenRouterPropertyNames.SessionId] = "s-1",
                [OpenRouterPropertyNames.Preset] = "@preset/fast",
                ["unrelated_middleware_key"] = "not sent",
            },
        });

        JsonAssert.Equivalent("""
            {"model":"openai/gpt-4o","models":["openai/gpt-4o-mini","google/gemini-2.0-flash-001"],
             "messages":[{"role":"user","content":"hi"}],
             "reasoning":{"max_tokens":2000},
             "provider":{"order":["anthropic","openai"],"allow_fallbacks":false},
             "plugins":[{"id":"web","max_results":3}],
             "transforms":["middle-out"],"route":"fallback","user":"user-7","session_id":"s-1","preset":"@preset/fast"}
            """, sent);
    }

    [Fact]
    public async Task Additional_properties_accept_wire_json()
    {
        using JsonDocument provider = JsonDocument.Parse("""{"only":["groq"],"sort":"throughput"}""");
        using JsonDocument plugins = JsonDocument.Parse("""[{"id":"response-healing"}]""");
        using JsonDocument models = JsonDocument.Parse("""["a/b"]""");
        string sent = await SentAsync([new ChatMessage(ChatRole.User, "hi")], new ChatOptions
        {
            AdditionalProperties = new()
            {
                [OpenRouterPropertyNames.Provider] = provider.RootElement,
                [OpenRouterPropertyNames.Plugins] = plugins.RootElement,
                [OpenRouterPropertyNames.Models] = models.RootElement,
            },
        });

        JsonAssert.Equivalent("""
            {"model":"openai/gpt-4o","models":["a/b"],"messages":[{"role":"user","content":"hi"}],
             "provider":{"only":["groq"],"sort":"throughput"},"plugins":[{"id":"response-healing"}]}
            """, sent);
    }

    [Fact]
    public async Task Raw_representation_factory_request_is_the_starting_point()
    {
        string sent = await SentAsync([new ChatMessage(ChatRole.User, "hi")], new ChatOptions
        {
            Temperature = 0.1f,
            TopK = 5,
            RawRepresentationFactory = _ => new ChatCompletionRequest
            {
                Temperature = 1.5,
                Provider = new ProviderPreferences { Zdr = true },
                Transforms = [],
                Messages = { new SystemMessage("from the factory") },
            },
        });

        JsonAssert.Equivalent("""
            {"model":"openai/gpt-4o","messages":[{"role":"system","content":"from the factory"},{"role":"user","content":"hi"}],
             "temperature":1.5,"top_k":5,"provider":{"zdr":true},"transforms":[]}
            """, sent);
    }

    [Fact]
    public async Task A_shared_factory_request_is_never_modified_so_calls_do_not_accumulate_messages()
    {
        var shared = new ChatCompletionRequest { Messages = { new SystemMessage("shared") } };
        var (chat, handler, client) = Create("openai/gpt-4o");
        using (client)
        {
            handler.RespondFixture("01");
            var options = new ChatOptions { Temperature = 0.5f, RawRepresentationFactory = _ => shared };

            await chat.GetResponseAsync([new ChatMessage(ChatRole.User, "one")], options, Ct);
            await chat.GetResponseAsync([new ChatMessage(ChatRole.User, "two")], options, Ct);

            shared.Messages.Should().ContainSingle();
            shared.Temperature.Should().BeNull();
            shared.Model.Should().BeNull();
            JsonAssert.Equivalent(
                """{"model":"openai/gpt-4o","messages":[{"role":"system","content":"shared"},{"role":"user","content":"two"}],"temperature":0.5}""",
                handler.Requests[1].BodyText);
        }
    }
}
