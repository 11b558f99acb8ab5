using System.Net;
using System.Text.Json;
using FluentAssertions;
using OpenRouter.Sdk.Serialization;
using OpenRouter.Sdk.Tests.Infrastructure;
using Xunit;

namespace OpenRouter.Sdk.Tests.MessagesArea;

/// <summary>The answers of <c>POST /messages</c>: the spec's example, a schema-shaped answer with every block kind, errors, and the round trip of an answer's blocks.</summary>
public sealed class MessagesResponseTests
{
    /// <summary>The spec's example answer of <c>createMessages</c>.</summary>
    internal const string SpecExample = """
        {"container":null,"content":[{"citations":[],"text":"I'm doing well, thank you for asking! How can I help you today?","type":"text"}],
         "id":"msg_abc123","model":"anthropic/claude-sonnet-4","role":"assistant","stop_details":null,"stop_reason":"end_turn","stop_sequence":null,"type":"message",
         "usage":{"cache_creation":null,"cache_creation_input_tokens":null,"cache_read_input_tokens":null,"inference_geo":null,"input_tokens":12,"output_tokens":18,
                  "output_tokens_details":null,"server_tool_use":null,"service_tier":"standard"}}
        """;

    /// <summary>An answer shaped by the <c>MessagesResult</c> schema: thinking, text with a citation, a tool call, a server tool result, a block kind not known here, cost.</summary>
    internal const string SchemaShaped = """
        {"id":"gen-1","type":"message","role":"assistant","model":"anthropic/claude-4.5-sonnet-20250929","provider":"Anthropic","container":null,
         "content":[
           {"type":"thinking","thinking":"The user wants the weather.","signature":"EqQBCgIYAhIM"},
           {"type":"redacted_thinking","data":"EmwKAhgBEgy"},
           {"type":"text","text":"Let me check.","citations":[{"type":"char_location","cited_text":"Paris","document_index":0,"start_char_index":0,"end_char_index":5}]},
           {"type":"tool_use","id":"toolu_01A","name":"get_weather","input":{"city":"Paris","unit":"c"},"caller":{"type":"direct"}},
           {"type":"web_search_tool_result","tool_use_id":"srvtoolu_1","content":{"type":"web_search_tool_result_error","error_code":"max_uses_exceeded"}},
           {"type":"future_block","payload":{"x":1}}
         ],
         "stop_reason":"tool_use","stop_sequence":null,"stop_details":null,
         "usage":{"input_tokens":100,"output_tokens":50,"cache_creation_input_tokens":10,"cache_read_input_tokens":20,"cache_creation":{"ephemeral_5m_input_tokens":10,"ephemeral_1h_input_tokens":0},
                  "inference_geo":"us","output_tokens_details":null,"server_tool_use":{"web_search_requests":1,"web_fetch_requests":0},"service_tier":"standard",
                  "cost":0.00123,"is_byok":false,"cost_details":{"upstream_inference_cost":0.001},"speed":"standard"},
         "openrouter_metadata":{"pipeline":[]},"future_member":"kept"}
        """;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static MessagesResponse Read(string json) => JsonSerializer.Deserialize(json, OpenRouterJsonContext.Default.MessagesResponse)!;

    [Fact]
    public async Task The_specs_example_answer_is_read_with_its_text_stop_reason_and_usage()
    {
        var handler = new StubHandler().Respond(HttpStatusCode.OK, SpecExample);
        using OpenRouterClient client = TestClients.Create(handler);

        MessagesResponse answer = await client.Messages.CreateAsync(new MessagesRequest { Model = "anthropic/claude-sonnet-4", Messages = [MessagesMessage.User("Hello, how are you?")] }, Ct);

        answer.Id.Should().Be("msg_abc123");
        answer.Type.Should().Be("message");
        answer.Role.Should().Be(MessageRole.Assistant);
        answer.Model.Should().Be("anthropic/claude-sonnet-4");
        answer.Text.Should().Be("I'm doing well, thank you for asking! How can I help you today?");
        answer.Content.Should().ContainSingle().Which.Type.Should().Be(MessagesContentBlockType.Text);
        answer.StopReason.Should().Be(MessagesStopReason.EndTurn);
        answer.StopSequence.Should().BeNull();
        answer.Usage!.InputTokens.Should().Be(12);
        answer.Usage.OutputTokens.Should().Be(18);
        answer.Usage.ServiceTier.Should().Be("standard");
        answer.Usage.CacheReadInputTokens.Should().BeNull();
        answer.Usage.Cost.Should().BeNull();
    }

    [Fact]
    public void A_schema_shaped_answer_keeps_every_block_kind_and_the_cost_as_decimal()
    {
        MessagesResponse answer = Read(SchemaShaped);

        answer.Provider.Should().Be("Anthropic");
        answer.StopReason.Should().Be(MessagesStopReason.ToolUse);
        answer.Content.Select(b => b.Type.Value).Should().Equal("thinking", "redacted_thinking", "text", "tool_use", "web_search_tool_result", "future_block");
        answer.Content[0].Thinking.Should().Be("The user wants the weather.");
        answer.Content[0].Signature.Should().Be("EqQBCgIYAhIM");
        answer.Content[1].Data.Should().Be("EmwKAhgBEgy");
        answer.Content[2].Citations!.Value[0].GetProperty("cited_text").GetString().Should().Be("Paris");
        MessagesContentBlock call = answer.Content[3];
        call.Id.Should().Be("toolu_01A");
        call.Name.Should().Be("get_weather");
        call.Input!.Value.GetProperty("city").GetString().Should().Be("Paris");
        call.AdditionalProperties!["caller"]!["type"]!.GetValue<string>().Should().Be("direct");
        MessagesContent error = answer.Content[4].Content!;
        error.Json!.Value.GetProperty("error_code").GetString().Should().Be("max_uses_exceeded", "content of a shape other than a string or blocks is kept");
        answer.Content[5].AdditionalProperties!["payload"]!["x"]!.GetValue<int>().Should().Be(1);
        answer.Text.Should().Be("Let me check.");

        MessagesUsage usage = answer.Usage!;
        usage.Cost.Should().Be(0.00123m);
        usage.CostDetails!.UpstreamInferenceCost.Should().Be(0.001m);
        usage.IsByok.Should().BeFalse();
        usage.CacheCreationInputTokens.Should().Be(10);
        usage.CacheReadInputTokens.Should().Be(20);
        usage.CacheCreation!.Value.GetProperty("ephemeral_5m_input_tokens").GetInt32().Should().Be(10);
        usage.ServerToolUse!.Value.GetProperty("web_search_requests").GetInt32().Should().Be(1);
        usage.InferenceGeo.Should().Be("us");
        usage.Speed.Should().Be("standard");
        answer.OpenRouterMetadata!.Value.GetProperty("pipeline").GetArrayLength().Should().Be(0);
        answer.AdditionalProperties!["future_member"]!.GetValue<string>().Should().Be("kept");
    }

    [Fact]
    public void An_answers_blocks_go_back_as_an_assistant_message_unchanged()
    {
        MessagesResponse answer = Read(SchemaShaped);
        var next = new MessagesRequest { Model = "m", Messages = [MessagesMessage.Assistant(answer)] };

        using JsonDocument sent = JsonDocument.Parse(MessagesRequestTests.Serialize(next));
        using JsonDocument received = JsonDocument.Parse(SchemaShaped);
        JsonAssert.Equivalent(received.RootElement.GetProperty("content").GetRawText(), sent.RootElement.GetProperty("messages")[0].GetProperty("content").GetRawText());
        sent.RootElement.GetProperty("messages")[0].GetProperty("role").GetString().Should().Be("assistant");
    }

    [Fact]
    public async Task An_anthropic_shaped_error_answer_is_the_SDKs_typed_exception()
    {
        var handler = new StubHandler().Respond(HttpStatusCode.BadRequest,
            """{"error":{"message":"Invalid request: messages is required","type":"invalid_request_error"},"request_id":null,"type":"error"}""");
        using OpenRouterClient client = TestClients.Create(handler);

        OpenRouterException e = (await client.Messages.Invoking(m => m.CreateAsync(new MessagesRequest { Model = "m", Messages = [] }, Ct))
            .Should().ThrowAsync<OpenRouterException>()).Which;

        e.StatusCode.Should().Be(400);
        e.Message.Should().Contain("Invalid request: messages is required");
    }

    [Fact]
    public async Task A_200_whose_body_is_an_error_object_is_an_exception_not_an_empty_message()
    {
        var handler = new StubHandler().Respond(HttpStatusCode.OK,
            """{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"},"request_id":"req_1"}""");
        using OpenRouterClient client = TestClients.Create(handler);

        OpenRouterException e = (await client.Messages.Invoking(m => m.CreateAsync(new MessagesRequest { Model = "m", Messages = [] }, Ct))
            .Should().ThrowAsync<OpenRouterException>()).Which;

        e.Message.Should().Contain("Overloaded");
    }

    [Fact]
    public async Task A_preset_is_made_from_a_messages_request_with_the_management_key()
    {
        var handler = new PresetsArea.PresetsHandler(PresetsArea.PresetsSpecExamples.PresetEnvelope);
        using OpenRouterClient client = PresetsArea.PresetsTestSupport.Client(handler);
        var request = new MessagesRequest { Model = "anthropic/claude-4.6-sonnet", MaxTokens = 1024, System = "You are a helpful assistant.", Messages = [MessagesMessage.User("Hello!")] };

        Preset preset = await client.Presets.CreateFromMessagesRequestAsync(PresetsArea.PresetsTestSupport.AwkwardSlug, request, Ct);

        HttpRequestMessage sent = handler.Requests.Should().ContainSingle().Subject;
        sent.Method.Should().Be(HttpMethod.Post);
        sent.RequestUri!.AbsoluteUri.Should().Be(PresetsArea.PresetsTestSupport.Base + "presets/" + PresetsArea.PresetsTestSupport.EscapedAwkwardSlug + "/messages");
        sent.Headers.Authorization!.Parameter.Should().Be(PresetsArea.PresetsTestSupport.ManagementKey);
        JsonAssert.Equivalent("""
            {"model":"anthropic/claude-4.6-sonnet","max_tokens":1024,"system":"You are a helpful assistant.","messages":[{"role":"user","content":"Hello!"}]}
            """, handler.Bodies[0]!);
        preset.Slug.Should().Be("my-preset");
        preset.DesignatedVersion!.Id.Should().Be(preset.DesignatedVersionId);

        using OpenRouterClient noKey = PresetsArea.PresetsTestSupport.Client(handler, managementKey: null);
        await noKey.Presets.Invoking(p => p.CreateFromMessagesRequestAsync("my-preset", request, Ct)).Should().ThrowAsync<InvalidOperationException>();
        await client.Presets.Invoking(p => p.CreateFromMessagesRequestAsync("my-preset", null!, Ct)).Should().ThrowAsync<ArgumentNullException>();
        handler.Requests.Should().ContainSingle();
    }
}
