using System.Net;
using System.Text.Json;
using FluentAssertions;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using OpenRouter.Sdk.Tests.Infrastructure;
using Xunit;
using static OpenRouter.Sdk.Tests.AI.AiTestSupport;
using static OpenRouter.Sdk.Tests.AI.ResponsesChat.ResponsesChatTestSupport;

namespace OpenRouter.Sdk.Tests.AI.ResponsesChat;

/// <summary>What the Responses-API IChatClient makes of responses and stream events: the recorded fixtures and scripted ones.</summary>
public sealed class ResponsesChatClientResponseTests
{
    private const string ReasoningOf30 = "The user asks: \"What is 2+2?\" They expect a straightforward answer: 4. Just answer 4.";

    private const string FunctionCallResponse = """
        {"id":"gen-fc","object":"response","created_at":1700000000,"model":"openai/gpt-5-nano","status":"completed",
         "output":[{"type":"function_call","id":"fc_1","call_id":"call_1","name":"weather","arguments":"{\"location\":\"Florence\"}","status":"completed"}],
         "usage":{"input_tokens":10,"output_tokens":5,"total_tokens":15,"cost":0.0002}}
        """;

    [Fact]
    public async Task Fixture_32_unary_maps_text_ids_usage_cache_and_cost()
    {
        var (chat, handler, client) = CreateChat("openai/gpt-5.6-sol");
        using var owned = client;
        handler.Respond(HttpStatusCode.OK, Fixture.Bytes(Fixture32));

        ChatResponse response = await chat.GetResponseAsync("Say OK", cancellationToken: Ct);

        response.Text.Should().Be("OK");
        response.ResponseId.Should().Be("gen-1784286312-3R0SU4Mb8ucOpEJ79d2o");
        response.ConversationId.Should().BeNull("the API is stateless: there is no conversation to continue by id");
        response.ModelId.Should().Be("openai/gpt-5.6-sol");
        response.CreatedAt.Should().Be(DateTimeOffset.FromUnixTimeSeconds(1784286312));
        response.FinishReason.Should().Be(ChatFinishReason.Stop);
        response.Usage!.InputTokenCount.Should().Be(4020);
        response.Usage.OutputTokenCount.Should().Be(5);
        response.Usage.TotalTokenCount.Should().Be(4025);
        response.Usage.CachedInputTokenCount.Should().Be(0);
        response.Usage.ReasoningTokenCount.Should().Be(0);
        response.Usage.AdditionalCounts!["cache_write_tokens"].Should().Be(4012);
        response.AdditionalProperties![OpenRouterPropertyNames.Cost].Should().Be(0.025265m);
        response.AdditionalProperties[OpenRouterPropertyNames.IsByok].Should().Be(false);
        response.RawRepresentation.Should().BeOfType<OpenRouterResponse>().Which.Id.Should().Be(response.ResponseId);
        ChatMessage message = response.Messages.Single();
        message.Role.Should().Be(ChatRole.Assistant);
        message.Contents.Should().ContainSingle().Which.Should().BeOfType<TextContent>();
        handler.Requests.Single().Uri.AbsolutePath.Should().EndWith("/responses");
        handler.Requests.Single().Body().TryGetProperty("stream", out _).Should().BeFalse();
    }

    [Fact]
    public async Task Fixture_30_stream_maps_text_and_reasoning_deltas_then_usage_and_keeps_every_event()
    {
        var (chat, handler, client) = CreateChat("openai/gpt-oss-20b");
        using var owned = client;
        handler.RespondStream(Fixture.Bytes(Fixture30), readSize: 97);

        List<ChatResponseUpdate> updates = await chat.GetStreamingResponseAsync("What is 2+2?", cancellationToken: Ct).ToListAsync();

        handler.Requests.Single().Body().GetProperty("stream").GetBoolean().Should().BeTrue();
        updates.Should().OnlyContain(u => u.RawRepresentation is ResponseStreamEvent, "every event, known or not, is handed on as an update");
        updates.Should().HaveCount(Fixture.Text(Fixture30).Split('\n').Count(l => l.StartsWith("data: {", StringComparison.Ordinal)));
        string.Concat(updates.SelectMany(u => u.Contents).OfType<TextContent>().Select(t => t.Text)).Should().Be("4");
        string.Concat(updates.SelectMany(u => u.Contents).OfType<TextReasoningContent>().Select(t => t.Text)).Should().Be(ReasoningOf30);
        updates.Should().OnlyContain(u => u.ResponseId == "gen-1764265411-Fu1iEX7h5MRWiL79lb94");
        updates.Last().ModelId.Should().Be("openai/gpt-oss-20b");

        ChatResponseUpdate last = updates.Last();
        last.RawRepresentation.Should().BeOfType<ResponseCompletedEvent>();
        last.FinishReason.Should().Be(ChatFinishReason.Stop);
        UsageDetails usage = last.Contents.OfType<UsageContent>().Single().Details;
        usage.InputTokenCount.Should().Be(78);
        usage.OutputTokenCount.Should().Be(37);
        usage.TotalTokenCount.Should().Be(115);
        usage.ReasoningTokenCount.Should().Be(22);
        last.AdditionalProperties![OpenRouterPropertyNames.Cost].Should().Be(0.0000113m);

        ChatResponse folded = updates.ToChatResponse();
        folded.Text.Should().Be("4");
        folded.Usage!.OutputTokenCount.Should().Be(37);
        folded.FinishReason.Should().Be(ChatFinishReason.Stop);
    }

    [Fact]
    public async Task Fixture_31_encrypted_reasoning_goes_back_unchanged_on_the_next_turn()
    {
        var (chat, handler, client) = CreateChat("openai/gpt-5-nano");
        using var owned = client;
        handler.RespondStream(Fixture.Bytes(Fixture31), readSize: 61);
        handler.RespondJson(HiResponse);
        var history = new List<ChatMessage> { new(ChatRole.User, "What is 2+2?") };

        ChatResponse first = (await chat.GetStreamingResponseAsync(history, cancellationToken: Ct).ToListAsync()).ToChatResponse();
        TextReasoningContent reasoning = first.Messages.SelectMany(m => m.Contents).OfType<TextReasoningContent>().Single(r => r.ProtectedData is not null);
        reasoning.ProtectedData.Should().StartWith("gAAAAABqcmhG");
        first.Text.Should().Be("4");

        history.AddRange(first.Messages);
        history.Add(new ChatMessage(ChatRole.User, "And 3+3?"));
        await chat.GetResponseAsync(history, cancellationToken: Ct);

        JsonElement input = handler.Requests[1].Body().GetProperty("input");
        input.GetArrayLength().Should().Be(4);
        input[0].GetProperty("content").GetString().Should().Be("What is 2+2?");
        input[1].GetProperty("type").GetString().Should().Be("reasoning");
        input[1].GetProperty("id").GetString().Should().Be("rs_067d9e9761f303d7016a72684624808192a8620d7939381d57");
        input[1].GetProperty("encrypted_content").GetString().Should().Be(reasoning.ProtectedData);
        input[2].GetProperty("type").GetString().Should().Be("message");
        input[2].GetProperty("role").GetString().Should().Be("assistant");
        input[2].GetProperty("content")[0].GetProperty("text").GetString().Should().Be("4");
        input[3].GetProperty("content").GetString().Should().Be("And 3+3?");
    }

    [Fact]
    public async Task A_unary_reasoning_item_maps_to_reasoning_content_and_goes_back_as_it_was()
    {
        const string withReasoning = """
            {"id":"gen-r","object":"response","created_at":1700000000,"model":"openai/gpt-oss-20b","status":"completed",
             "output":[{"type":"reasoning","id":"rs_1","summary":[{"type":"summary_text","text":"Adding."}],"content":[{"type":"reasoning_text","text":"2 plus 2"}]},
                       {"type":"message","id":"msg_1","role":"assistant","status":"completed","content":[{"type":"output_text","text":"4"}]}]}
            """;
        var (chat, handler, client) = CreateChat();
        using var owned = client;
        handler.RespondJson(withReasoning).RespondJson(HiResponse);

        ChatResponse response = await chat.GetResponseAsync("2+2?", cancellationToken: Ct);
        TextReasoningContent reasoning = response.Messages.Single().Contents.OfType<TextReasoningContent>().Single();
        reasoning.Text.Should().Be("2 plus 2");
        reasoning.ProtectedData.Should().BeNull();
        await chat.GetResponseAsync([new ChatMessage(ChatRole.User, "2+2?"), .. response.Messages], cancellationToken: Ct);

        JsonAssert.Equivalent("""
            {"type":"reasoning","id":"rs_1","summary":[{"type":"summary_text","text":"Adding."}],"content":[{"type":"reasoning_text","text":"2 plus 2"}]}
            """, handler.Requests[1].Body().GetProperty("input")[1].GetRawText());
    }

    [Fact]
    public async Task A_function_call_maps_to_function_call_content_with_tool_calls_finish()
    {
        var (chat, handler, client) = CreateChat();
        using var owned = client;
        handler.RespondJson(FunctionCallResponse);

        ChatResponse response = await chat.GetResponseAsync("Weather in Florence?", cancellationToken: Ct);

        FunctionCallContent call = response.Messages.Single().Contents.OfType<FunctionCallContent>().Single();
        call.CallId.Should().Be("call_1");
        call.Name.Should().Be("weather");
        call.Arguments!["location"]!.ToString().Should().Be("Florence");
        response.FinishReason.Should().Be(ChatFinishReason.ToolCalls);
        response.AdditionalProperties![OpenRouterPropertyNames.Cost].Should().Be(0.0002m);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_full_tool_loop_sends_the_call_and_its_output_back(bool streaming)
    {
        var (chat, handler, client) = CreateChat();
        using var owned = client;
        if (streaming)
        {
            handler.RespondEvents(
                """{"type":"response.created","response":{"id":"gen-fc","object":"response","created_at":1700000000,"model":"openai/gpt-5-nano","status":"in_progress","output":[]},"sequence_number":0}""",
                """{"type":"response.output_item.added","output_index":0,"item":{"type":"function_call","id":"fc_1","call_id":"call_1","name":"weather","arguments":"","status":"in_progress"},"sequence_number":1}""",
                """{"type":"response.function_call_arguments.delta","item_id":"fc_1","output_index":0,"delta":"{\"location\":","sequence_number":2}""",
                """{"type":"response.function_call_arguments.delta","item_id":"fc_1","output_index":0,"delta":"\"Florence\"}","sequence_number":3}""",
                """{"type":"response.output_item.done","output_index":0,"item":{"type":"function_call","id":"fc_1","call_id":"call_1","name":"weather","arguments":"{\"location\":\"Florence\"}","status":"completed"},"sequence_number":4}""",
                """{"type":"response.completed","response":{"id":"gen-fc","object":"response","created_at":1700000000,"model":"openai/gpt-5-nano","status":"completed","output":[],"usage":{"input_tokens":10,"output_tokens":5,"total_tokens":15}},"sequence_number":5}""");
        }
        else
        {
            handler.RespondJson(FunctionCallResponse);
        }

        handler.RespondJson(HiResponse);
        var asked = new List<string>();
        var options = new ChatOptions
        {
            Tools = [AIFunctionFactory.Create((string location) => { asked.Add(location); return $"22 C in {location}"; }, "weather", "Gets the weather.")],
        };
        var history = new List<ChatMessage> { new(ChatRole.User, "Weather in Florence?") };

        ChatResponse first = streaming
            ? (await chat.GetStreamingResponseAsync(history, options, Ct).ToListAsync()).ToChatResponse()
            : await chat.GetResponseAsync(history, options, Ct);
        first.FinishReason.Should().Be(ChatFinishReason.ToolCalls);
        history.AddRange(first.Messages);
        var results = new List<AIContent>();
        foreach (FunctionCallContent call in first.Messages.SelectMany(m => m.Contents).OfType<FunctionCallContent>())
        {
            AIFunction function = options.Tools.OfType<AIFunction>().Single(f => f.Name == call.Name);
            results.Add(new FunctionResultContent(call.CallId, await function.InvokeAsync(new AIFunctionArguments(call.Arguments), Ct)));
        }

        history.Add(new ChatMessage(ChatRole.Tool, results));
        ChatResponse second = await chat.GetResponseAsync(history, options, Ct);

        asked.Should().Equal("Florence");
        second.Text.Should().Be("Hi");
        JsonElement input = handler.Requests[1].Body().GetProperty("input");
        input.GetArrayLength().Should().Be(3);
        input[1].GetProperty("type").GetString().Should().Be("function_call");
        input[1].GetProperty("call_id").GetString().Should().Be("call_1");
        input[1].GetProperty("name").GetString().Should().Be("weather");
        input[1].GetProperty("arguments").GetString().Should().Be("{\"location\":\"Florence\"}");
        JsonAssert.Equivalent("""{"type":"function_call_output","call_id":"call_1","output":"\"22 C in Florence\""}""", input[2].GetRawText());
    }

    [Fact]
    public async Task Url_citations_of_the_text_become_citation_annotations()
    {
        var (chat, handler, client) = CreateChat();
        using var owned = client;
        handler.RespondJson("""
            {"id":"gen-c","object":"response","created_at":1700000000,"model":"m","status":"completed",
             "output":[{"type":"message","id":"msg_1","role":"assistant","status":"completed","content":[{"type":"output_text","text":"OpenRouter unifies LLM APIs.",
               "annotations":[{"type":"url_citation","url":"https://openrouter.ai/docs","title":"OpenRouter Documentation","content":"A unified API.","start_index":0,"end_index":10}]}]}]}
            """);

        ChatResponse response = await chat.GetResponseAsync("What is OpenRouter?", cancellationToken: Ct);

        TextContent text = response.Messages.Single().Contents.OfType<TextContent>().Single();
        CitationAnnotation citation = text.Annotations.Should().ContainSingle().Which.Should().BeOfType<CitationAnnotation>().Subject;
        citation.Url.Should().Be(new Uri("https://openrouter.ai/docs"));
        citation.Title.Should().Be("OpenRouter Documentation");
        citation.Snippet.Should().Be("A unified API.");
        TextSpanAnnotatedRegion region = citation.AnnotatedRegions.Should().ContainSingle().Which.Should().BeOfType<TextSpanAnnotatedRegion>().Subject;
        region.StartIndex.Should().Be(0);
        region.EndIndex.Should().Be(10);
    }

    [Fact]
    public async Task A_stream_maps_summary_deltas_keeps_unknown_events_and_ends_incomplete_with_length()
    {
        var (chat, handler, client) = CreateChat();
        using var owned = client;
        handler.RespondEvents(
            """{"type":"response.created","response":{"id":"gen-s","object":"response","created_at":1700000000,"model":"openai/gpt-5-nano","status":"in_progress","output":[]},"sequence_number":0}""",
            """{"type":"response.reasoning_summary_text.delta","item_id":"rs_1","output_index":0,"summary_index":0,"delta":"Thinking ","sequence_number":1}""",
            """{"type":"response.reasoning_summary_text.delta","item_id":"rs_1","output_index":0,"summary_index":0,"delta":"briefly.","sequence_number":2}""",
            """{"type":"response.future_event","detail":"new","sequence_number":3}""",
            """{"type":"response.output_text.delta","item_id":"msg_1","output_index":1,"content_index":0,"delta":"Once","sequence_number":4}""",
            """{"type":"response.incomplete","response":{"id":"gen-s","object":"response","created_at":1700000000,"model":"openai/gpt-5-nano","status":"incomplete","incomplete_details":{"reason":"max_output_tokens"},"output":[],"usage":{"input_tokens":4,"output_tokens":2,"total_tokens":6,"cost":0.00003}},"sequence_number":5}""");

        List<ChatResponseUpdate> updates = await chat.GetStreamingResponseAsync("Tell a story", cancellationToken: Ct).ToListAsync();

        updates.Should().HaveCount(6);
        string.Concat(updates.SelectMany(u => u.Contents).OfType<TextReasoningContent>().Select(r => r.Text)).Should().Be("Thinking briefly.");
        ChatResponseUpdate unknown = updates[3];
        unknown.Contents.Should().BeEmpty();
        unknown.RawRepresentation.Should().BeOfType<UnknownResponseStreamEvent>().Which.Json.GetProperty("detail").GetString().Should().Be("new");
        updates[4].Text.Should().Be("Once");
        updates[5].FinishReason.Should().Be(ChatFinishReason.Length);
        updates[5].Contents.OfType<UsageContent>().Single().Details.TotalTokenCount.Should().Be(6);
        updates[5].AdditionalProperties![OpenRouterPropertyNames.Cost].Should().Be(0.00003m);
    }

    [Fact]
    public async Task An_incomplete_response_finishes_with_length()
    {
        var (chat, handler, client) = CreateChat();
        using var owned = client;
        handler.RespondJson("""
            {"id":"gen-i","object":"response","created_at":1700000000,"model":"m","status":"incomplete","incomplete_details":{"reason":"max_output_tokens"},
             "output":[{"type":"message","id":"msg_1","role":"assistant","status":"incomplete","content":[{"type":"output_text","text":"Once upon"}]}]}
            """);

        ChatResponse response = await chat.GetResponseAsync("Tell a story", new ChatOptions { MaxOutputTokens = 3 }, Ct);

        response.FinishReason.Should().Be(ChatFinishReason.Length);
        response.Text.Should().Be("Once upon");
        handler.Requests.Single().Body().GetProperty("max_output_tokens").GetInt32().Should().Be(3);
    }

    [Fact]
    public async Task A_server_tool_item_is_kept_as_raw_content_and_sent_back_unchanged()
    {
        var (chat, handler, client) = CreateChat();
        using var owned = client;
        handler.RespondJson("""
            {"id":"gen-w","object":"response","created_at":1700000000,"model":"m","status":"completed",
             "output":[{"type":"openrouter:web_search","id":"ws_1","status":"completed","query":"weather florence"},
                       {"type":"message","id":"msg_1","role":"assistant","status":"completed","content":[{"type":"output_text","text":"Sunny."}]}]}
            """).RespondJson(HiResponse);

        ChatResponse response = await chat.GetResponseAsync("Weather?", new ChatOptions { Tools = [new HostedWebSearchTool()] }, Ct);
        AIContent search = response.Messages.Single().Contents[0];
        search.RawRepresentation.Should().BeOfType<ResponseItem>().Which.Type.Should().Be(new ResponseItemType("openrouter:web_search"));
        await chat.GetResponseAsync([new ChatMessage(ChatRole.User, "Weather?"), .. response.Messages], cancellationToken: Ct);

        JsonAssert.Equivalent("""{"type":"openrouter:web_search","id":"ws_1","status":"completed","query":"weather florence"}""",
            handler.Requests[1].Body().GetProperty("input")[1].GetRawText());
    }

    [Fact]
    public void GetService_returns_metadata_and_the_underlying_responses_client()
    {
        using var client = TestClients.Create(new StubHandler(), o => o.BaseUrl = new Uri("http://127.0.0.1:5050/api/v1/"));
        IChatClient chat = client.Responses.AsIChatClient("openai/gpt-5-mini");

        ChatClientMetadata metadata = chat.GetService<ChatClientMetadata>()!;
        metadata.ProviderName.Should().Be("openrouter");
        metadata.ProviderUri.Should().Be(new Uri("http://127.0.0.1:5050/api/v1/"));
        metadata.DefaultModelId.Should().Be("openai/gpt-5-mini");
        chat.GetService<OpenRouterResponsesClient>().Should().BeSameAs(client.Responses);
        chat.GetService<IChatClient>().Should().BeSameAs(chat);
        chat.GetService<ChatClientMetadata>("some-key").Should().BeNull();
        chat.GetService<IOpenRouterClient>().Should().BeNull();
    }

    [Fact]
    public async Task AddOpenRouterResponsesChatClient_builds_on_the_registered_responses_client()
    {
        var handler = new StubHandler().RespondJson(HiResponse);
        using var client = TestClients.Create(handler);
        var services = new ServiceCollection();
        services.AddSingleton(client.Responses);
        services.AddOpenRouterResponsesChatClient("openai/gpt-5-nano");
        services.AddKeyedOpenRouterResponsesChatClient("cheap", "openai/gpt-5-mini", (inner, _) => new ConfiguredChatClient(inner));
        using ServiceProvider provider = services.BuildServiceProvider();

        IChatClient resolved = provider.GetRequiredService<IChatClient>();
        (await resolved.GetResponseAsync("hi", cancellationToken: Ct)).Text.Should().Be("Hi");
        handler.Requests.Single().Uri.AbsolutePath.Should().EndWith("/responses");
        handler.Requests.Single().Body().GetProperty("model").GetString().Should().Be("openai/gpt-5-nano");

        IChatClient keyed = provider.GetRequiredKeyedService<IChatClient>("cheap");
        keyed.Should().BeOfType<ConfiguredChatClient>();
        keyed.GetService<ChatClientMetadata>()!.DefaultModelId.Should().Be("openai/gpt-5-mini");
    }

    [Fact]
    public void AddOpenRouterResponsesChatClient_without_an_openrouter_client_says_what_is_missing()
    {
        using ServiceProvider provider = new ServiceCollection().AddOpenRouterResponsesChatClient().BuildServiceProvider();
        Action resolve = () => provider.GetRequiredService<IChatClient>();
        resolve.Should().Throw<InvalidOperationException>().WithMessage("*AddOpenRouter*");
    }

    private sealed class ConfiguredChatClient(IChatClient inner) : DelegatingChatClient(inner);
}
