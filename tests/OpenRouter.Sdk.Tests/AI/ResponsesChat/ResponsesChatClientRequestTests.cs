using System.Text.Json;
using FluentAssertions;
using Microsoft.Extensions.AI;
using OpenRouter.Sdk.Tests.Infrastructure;
using Xunit;
using static OpenRouter.Sdk.Tests.AI.ResponsesChat.ResponsesChatTestSupport;
using MeaiReasoningEffort = Microsoft.Extensions.AI.ReasoningEffort;
using MeaiReasoningOptions = Microsoft.Extensions.AI.ReasoningOptions;

namespace OpenRouter.Sdk.Tests.AI.ResponsesChat;

/// <summary>The exact JSON the Responses-API IChatClient sends for Microsoft.Extensions.AI messages and options.</summary>
public sealed class ResponsesChatClientRequestTests
{
    [Fact]
    public async Task System_messages_and_instructions_become_instructions_and_the_rest_input_items()
    {
        string sent = await SentAsync(
            [
                new ChatMessage(ChatRole.System, "Be brief."),
                new ChatMessage(new ChatRole("developer"), "No emojis."),
                new ChatMessage(ChatRole.User, "Hi"),
                new ChatMessage(ChatRole.Assistant, "Hello!"),
                new ChatMessage(ChatRole.User, "Bye"),
            ],
            new ChatOptions { Instructions = "Answer in English." });

        JsonAssert.Equivalent("""
            {"model":"openai/gpt-5-nano","instructions":"Answer in English.\nBe brief.","input":[
              {"type":"message","role":"developer","content":"No emojis."},
              {"type":"message","role":"user","content":"Hi"},
              {"type":"message","role":"assistant","content":[{"type":"output_text","text":"Hello!"}]},
              {"type":"message","role":"user","content":"Bye"}]}
            """, sent);
    }

    [Fact]
    public async Task Images_files_and_audio_map_to_input_parts()
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
                new HostedFileContent("file-123"),
            ]),
        ]);

        JsonAssert.Equivalent("""
            {"model":"openai/gpt-5-nano","input":[{"type":"message","role":"user","content":[
              {"type":"input_text","text":"Look:"},
              {"type":"input_image","image_url":"data:image/png;base64,AQID","detail":"high"},
              {"type":"input_image","image_url":"https://example.com/cat.jpg"},
              {"type":"input_file","file_data":"data:application/pdf;base64,BAU=","filename":"report.pdf"},
              {"type":"input_file","file_url":"https://example.com/docs/paper.pdf","filename":"paper.pdf"},
              {"type":"input_audio","input_audio":{"data":"Bg==","format":"wav"}},
              {"type":"input_file","file_id":"file-123"}]}]}
            """, sent);
    }

    [Fact]
    public async Task Function_calls_and_results_map_to_function_call_items_and_outputs()
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
            {"model":"openai/gpt-5-nano","input":[
              {"type":"message","role":"user","content":"Weather in Florence and Rome?"},
              {"type":"message","role":"assistant","content":[{"type":"output_text","text":"Checking."}]},
              {"type":"function_call","call_id":"call_1","name":"weather","arguments":"{\"location\":\"Florence\"}"},
              {"type":"function_call","call_id":"call_2","name":"weather","arguments":"{\"location\":\"Rome\",\"days\":2}"},
              {"type":"function_call_output","call_id":"call_1","output":"sunny"},
              {"type":"function_call_output","call_id":"call_2","output":"{\"sky\":\"rain\"}"}]}
            """, sent);
    }

    [Fact]
    public async Task Reasoning_without_its_item_goes_back_as_a_reasoning_item_with_text_and_encrypted_content()
    {
        string sent = await SentAsync(
        [
            new ChatMessage(ChatRole.User, "2+2?"),
            new ChatMessage(ChatRole.Assistant, [new TextReasoningContent("add them") { ProtectedData = "enc-blob" }, new TextContent("4")]),
            new ChatMessage(ChatRole.User, "and 3+3?"),
        ]);

        JsonAssert.Equivalent("""
            {"model":"openai/gpt-5-nano","input":[
              {"type":"message","role":"user","content":"2+2?"},
              {"type":"reasoning","content":[{"type":"reasoning_text","text":"add them"}],"summary":[],"encrypted_content":"enc-blob"},
              {"type":"message","role":"assistant","content":[{"type":"output_text","text":"4"}]},
              {"type":"message","role":"user","content":"and 3+3?"}]}
            """, sent);
    }

    [Fact]
    public async Task Every_sampling_option_and_reasoning_is_sent()
    {
        string sent = await SentAsync([new ChatMessage(ChatRole.User, "hi")], new ChatOptions
        {
            ModelId = "anthropic/claude-sonnet-4.5",
            Temperature = 0.7f,
            TopP = 0.9f,
            TopK = 40,
            MaxOutputTokens = 256,
            FrequencyPenalty = 0.5f,
            PresencePenalty = -0.25f,
            Reasoning = new MeaiReasoningOptions { Effort = MeaiReasoningEffort.High, Output = ReasoningOutput.Summary },
        });

        JsonAssert.Equivalent("""
            {"model":"anthropic/claude-sonnet-4.5","input":[{"type":"message","role":"user","content":"hi"}],
             "max_output_tokens":256,"temperature":0.7,"top_p":0.9,"top_k":40,
             "frequency_penalty":0.5,"presence_penalty":-0.25,"reasoning":{"effort":"high","summary":"auto"}}
            """, sent);
    }

    [Fact]
    public async Task Without_a_model_anywhere_none_is_sent_and_store_never_is()
    {
        string sent = await SentAsync([new ChatMessage(ChatRole.User, "hi")], defaultModel: null);

        sent.Should().Be("""{"input":[{"type":"message","role":"user","content":"hi"}]}""");
    }

    public static TheoryData<string, string> Formats => new()
    {
        { "text", """{"type":"text"}""" },
        { "json", """{"type":"json_object"}""" },
        { "schema", """{"type":"json_schema","name":"city_answer","description":"A city.","schema":{"type":"object","properties":{"city":{"type":"string"}},"required":["city"]}}""" },
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Response_formats_map_to_text_format(string kind, string expected)
    {
        using JsonDocument schema = JsonDocument.Parse("""{"type":"object","properties":{"city":{"type":"string"}},"required":["city"]}""");
        ChatResponseFormat format = kind switch
        {
            "text" => ChatResponseFormat.Text,
            "json" => ChatResponseFormat.Json,
            _ => ChatResponseFormat.ForJsonSchema(schema.RootElement, "city_answer", "A city."),
        };

        string sent = await SentAsync([new ChatMessage(ChatRole.User, "hi")], new ChatOptions { ResponseFormat = format });

        JsonAssert.Equivalent(expected, JsonDocument.Parse(sent).RootElement.GetProperty("text").GetProperty("format").GetRawText());
    }

    public static TheoryData<string, string> ToolModes => new()
    {
        { "auto", "\"auto\"" },
        { "none", "\"none\"" },
        { "required", "\"required\"" },
        { "weather", """{"type":"function","name":"weather"}""" },
    };

    [Theory]
    [MemberData(nameof(ToolModes))]
    public async Task Tools_and_tool_mode_map_to_flat_function_tools_and_tool_choice(string mode, string expectedChoice)
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
            {"model":"openai/gpt-5-nano","input":[{"type":"message","role":"user","content":"hi"}],
             "tools":[
               {"type":"function","name":"weather","description":"Gets the weather.",
                "parameters":{"type":"object","properties":{"location":{"type":"string"}},"required":["location"]}},
               {"type":"openrouter:web_search"}],
             "tool_choice":CHOICE,
             "parallel_tool_calls":false}
            """.Replace("CHOICE", expectedChoice, StringComparison.Ordinal), sent);
    }

    [Fact]
    public async Task Additional_properties_carry_openrouter_routing()
    {
        string sent = await SentAsync([new ChatMessage(ChatRole.User, "hi")], new ChatOptions
        {
            AdditionalProperties = new()
            {
                [OpenRouterPropertyNames.Provider] = new ProviderPreferences { Order = ["openai"], AllowFallbacks = false },
                [OpenRouterPropertyNames.Models] = new[] { "openai/gpt-5-mini" },
                [OpenRouterPropertyNames.User] = "user-7",
                [OpenRouterPropertyNames.SessionId] = "session-9",
                [OpenRouterPropertyNames.Route] = "fallback",
                [OpenRouterPropertyNames.Reasoning] = new ReasoningConfig { MaxTokens = 2000 },
            },
        });

        JsonAssert.Equivalent("""
            {"model":"openai/gpt-5-nano","models":["openai/gpt-5-mini"],"input":[{"type":"message","role":"user","content":"hi"}],
             "provider":{"order":["openai"],"allow_fallbacks":false},"user":"user-7","session_id":"session-9","route":"fallback",
             "reasoning":{"max_tokens":2000}}
            """, sent);
    }

    [Fact]
    public async Task A_shared_factory_request_is_the_starting_point_and_is_never_modified()
    {
        var shared = new ResponseRequest { Model = "openai/gpt-5", Temperature = 0.1, Include = ["reasoning.encrypted_content"] };
        var options = new ChatOptions { Temperature = 0.9f, RawRepresentationFactory = _ => shared };

        string first = await SentAsync([new ChatMessage(ChatRole.User, "one")], options);
        string second = await SentAsync([new ChatMessage(ChatRole.User, "two")], options);

        JsonAssert.Equivalent("""
            {"model":"openai/gpt-5","input":[{"type":"message","role":"user","content":"two"}],"include":["reasoning.encrypted_content"],"temperature":0.1}
            """, second);
        first.Should().Contain("\"one\"").And.NotContain("\"two\"");
        shared.Input.Should().BeNull("the factory's instance is copied, not filled in");
    }

    [Fact]
    public async Task A_conversation_id_is_refused_with_a_message_saying_the_api_is_stateless()
    {
        var (chat, handler, client) = CreateChat();
        using (client)
        {
            var options = new ChatOptions { ConversationId = "resp_123" };

            Func<Task> unary = () => chat.GetResponseAsync("hi", options, AiTestSupport.Ct);
            Action streaming = () => chat.GetStreamingResponseAsync("hi", options, AiTestSupport.Ct);

            (await unary.Should().ThrowAsync<NotSupportedException>())
                .WithMessage("*OpenRouter's Responses API is stateless*full history*");
            streaming.Should().Throw<NotSupportedException>().WithMessage("*stateless*");
            handler.Requests.Should().BeEmpty("nothing is sent when the conversation id would be ignored");
        }
    }
}
