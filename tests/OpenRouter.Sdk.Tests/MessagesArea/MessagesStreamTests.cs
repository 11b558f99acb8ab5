using System.Text;
using FluentAssertions;
using OpenRouter.Sdk.Tests.Infrastructure;
using OpenRouter.Sdk.Tests.Streaming;
using Xunit;

namespace OpenRouter.Sdk.Tests.MessagesArea;

/// <summary>A streamed Messages API answer: each event kind typed, folding, tool input assembly, thinking, unknown events, errors, early ends, leaving early, cancellation.</summary>
public sealed class MessagesStreamTests
{
    internal const string Start = """{"type":"message_start","message":{"id":"msg_1","type":"message","role":"assistant","model":"anthropic/claude-sonnet-4","content":[],"stop_reason":null,"stop_sequence":null,"usage":{"input_tokens":12,"output_tokens":1,"cache_creation_input_tokens":0,"cache_read_input_tokens":4}}}""";
    internal const string TextStart = """{"type":"content_block_start","index":0,"content_block":{"type":"text","text":"","citations":null}}""";
    internal const string Hel = """{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Hel"}}""";
    internal const string Lo = """{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"lo"}}""";
    internal const string Ping = """{"type":"ping"}""";
    internal const string TextStop = """{"type":"content_block_stop","index":0}""";
    internal const string Delta = """{"type":"message_delta","delta":{"stop_reason":"end_turn","stop_sequence":null,"stop_details":null,"container":null},"usage":{"input_tokens":null,"output_tokens":7,"cache_creation_input_tokens":null,"cache_read_input_tokens":null,"output_tokens_details":null,"server_tool_use":null,"cost":0.00042,"is_byok":false}}""";
    internal const string Stop = """{"type":"message_stop"}""";

    internal static readonly string[] TextStream = [Start, TextStart, Hel, Ping, Lo, TextStop, Delta, Stop];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Anthropic's framing: an <c>event:</c> line naming the type, then the data line.</summary>
    internal static string Sse(params string[] events) =>
        string.Concat(events.Select(e => "event: " + System.Text.Json.JsonDocument.Parse(e).RootElement.GetProperty("type").GetString() + "\ndata: " + e + "\n\n"));

    private static (OpenRouterClient Client, ScriptedStream Body) Serve(string sse, bool hangAtEnd = false)
    {
        var body = new ScriptedStream(Encoding.UTF8.GetBytes(sse), hangAtEnd: hangAtEnd);
        return (TestClients.Create(ScriptedStream.Serve(new StubHandler(), body)), body);
    }

    private static MessagesRequest Request() => new() { Model = "m", MaxTokens = 100, Messages = [MessagesMessage.User("hi")] };

    private static async Task<List<MessagesStreamEvent>> CollectAsync(OpenRouterClient client, List<MessagesStreamEvent>? into = null)
    {
        var events = into ?? new List<MessagesStreamEvent>();
        await foreach (MessagesStreamEvent item in client.Messages.StreamAsync(Request(), Ct))
        {
            events.Add(item);
        }

        return events;
    }

    [Fact]
    public async Task A_whole_stream_arrives_as_typed_events_and_folds_into_the_answer_with_usage_and_cost()
    {
        var (client, body) = Serve(Sse(TextStream));
        using (client)
        {
            List<MessagesStreamEvent> events = await CollectAsync(client);

            events.Select(e => e.GetType().Name).Should().Equal(
                nameof(MessagesStartEvent), nameof(MessagesContentBlockStartEvent), nameof(MessagesContentBlockDeltaEvent), nameof(MessagesPingEvent),
                nameof(MessagesContentBlockDeltaEvent), nameof(MessagesContentBlockStopEvent), nameof(MessagesDeltaEvent), nameof(MessagesStopEvent));
            events.OfType<MessagesContentBlockDeltaEvent>().Select(d => d.Delta.Type).Should().AllSatisfy(t => t.Should().Be(MessagesContentDeltaType.TextDelta));
            events.OfType<MessagesContentBlockDeltaEvent>().Select(d => d.Delta.Text).Should().Equal("Hel", "lo");
            events.OfType<MessagesDeltaEvent>().Single().Delta.StopReason.Should().Be(MessagesStopReason.EndTurn);
            events[0].Json.GetProperty("message").GetProperty("id").GetString().Should().Be("msg_1");

            var accumulator = new MessagesAccumulator();
            events.ForEach(accumulator.Add);
            accumulator.IsComplete.Should().BeTrue();
            accumulator.EventCount.Should().Be(8);
            MessagesResponse answer = accumulator.ToResponse();
            answer.Id.Should().Be("msg_1");
            answer.Model.Should().Be("anthropic/claude-sonnet-4");
            answer.Text.Should().Be("Hello");
            answer.Content.Should().ContainSingle().Which.Type.Should().Be(MessagesContentBlockType.Text);
            answer.StopReason.Should().Be(MessagesStopReason.EndTurn);
            answer.Usage!.InputTokens.Should().Be(12, "the input count of message_start stays when message_delta sends null");
            answer.Usage.CacheReadInputTokens.Should().Be(4);
            answer.Usage.OutputTokens.Should().Be(7);
            answer.Usage.Cost.Should().Be(0.00042m);
            body.Disposed.Should().BeTrue();
        }
    }

    [Fact]
    public async Task A_tool_calls_input_is_assembled_from_its_partial_json_pieces()
    {
        string sse = Sse(
            Start,
            """{"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}""",
            """{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Checking."}}""",
            """{"type":"content_block_stop","index":0}""",
            """{"type":"content_block_start","index":1,"content_block":{"type":"tool_use","id":"toolu_1","name":"get_weather","input":{}}}""",
            """{"type":"content_block_delta","index":1,"delta":{"type":"input_json_delta","partial_json":""}}""",
            """{"type":"content_block_delta","index":1,"delta":{"type":"input_json_delta","partial_json":"{\"city\": \"Pa"}}""",
            """{"type":"content_block_delta","index":1,"delta":{"type":"input_json_delta","partial_json":"ris\", \"days\": 2}"}}""",
            """{"type":"content_block_stop","index":1}""",
            """{"type":"message_delta","delta":{"stop_reason":"tool_use","stop_sequence":null},"usage":{"output_tokens":30}}""",
            Stop);
        var (client, _) = Serve(sse);
        using (client)
        {
            MessagesResponse answer = await client.Messages.StreamAsync(Request(), Ct).ToMessagesResponseAsync(Ct);

            answer.StopReason.Should().Be(MessagesStopReason.ToolUse);
            answer.Content.Should().HaveCount(2);
            answer.Content[0].Text.Should().Be("Checking.");
            MessagesContentBlock call = answer.Content[1];
            call.Type.Should().Be(MessagesContentBlockType.ToolUse);
            call.Id.Should().Be("toolu_1");
            call.Name.Should().Be("get_weather");
            call.Input!.Value.GetProperty("city").GetString().Should().Be("Paris");
            call.Input.Value.GetProperty("days").GetInt32().Should().Be(2);
        }
    }

    [Fact]
    public async Task Thinking_and_its_signature_fold_into_a_thinking_block_and_the_thinking_is_kept_by_the_progress()
    {
        string sse = Sse(
            Start,
            """{"type":"content_block_start","index":0,"content_block":{"type":"thinking","thinking":"","signature":""}}""",
            """{"type":"content_block_delta","index":0,"delta":{"type":"thinking_delta","thinking":"Two plus "}}""",
            """{"type":"content_block_delta","index":0,"delta":{"type":"thinking_delta","thinking":"two."}}""",
            """{"type":"content_block_delta","index":0,"delta":{"type":"signature_delta","signature":"EqQBCgIYAhIM"}}""",
            """{"type":"content_block_stop","index":0}""",
            """{"type":"content_block_start","index":1,"content_block":{"type":"text","text":""}}""",
            """{"type":"content_block_delta","index":1,"delta":{"type":"text_delta","text":"4"}}""",
            """{"type":"content_block_delta","index":1,"delta":{"type":"citations_delta","citation":{"type":"char_location","cited_text":"2+2"}}}""",
            """{"type":"content_block_stop","index":1}""",
            Delta, Stop);
        var (client, _) = Serve(sse);
        using (client)
        {
            List<MessagesStreamEvent> events = await CollectAsync(client);
            events.OfType<MessagesContentBlockDeltaEvent>().Select(d => d.Delta.Type.Value).Should().Equal("thinking_delta", "thinking_delta", "signature_delta", "text_delta", "citations_delta");

            var accumulator = new MessagesAccumulator();
            events.ForEach(accumulator.Add);
            MessagesResponse answer = accumulator.ToResponse();
            answer.Content[0].Type.Should().Be(MessagesContentBlockType.Thinking);
            answer.Content[0].Thinking.Should().Be("Two plus two.");
            answer.Content[0].Signature.Should().Be("EqQBCgIYAhIM");
            answer.Content[1].Text.Should().Be("4");
            answer.Content[1].Citations!.Value[0].GetProperty("cited_text").GetString().Should().Be("2+2");
            answer.Text.Should().Be("4");
        }
    }

    [Fact]
    public async Task An_unknown_event_type_is_handed_out_with_its_JSON_not_dropped()
    {
        var (client, _) = Serve(Sse(Start, """{"type":"openrouter_routing","provider":"Anthropic"}""", TextStart, Hel, TextStop, Delta, Stop));
        using (client)
        {
            List<MessagesStreamEvent> events = await CollectAsync(client);

            events.Should().HaveCount(7);
            UnknownMessagesStreamEvent unknown = events[1].Should().BeOfType<UnknownMessagesStreamEvent>().Subject;
            unknown.Type.Should().Be("openrouter_routing");
            unknown.Json.GetProperty("provider").GetString().Should().Be("Anthropic");
        }
    }

    [Fact]
    public async Task An_event_without_a_type_member_takes_its_SSE_event_name()
    {
        string sse = "event: message_start\ndata: " + Start + "\n\nevent: content_block_delta\ndata: {\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"x\"}}\n\n" + Sse(Stop);
        var (client, _) = Serve(sse);
        using (client)
        {
            List<MessagesStreamEvent> events = await CollectAsync(client);

            MessagesContentBlockDeltaEvent delta = events[1].Should().BeOfType<MessagesContentBlockDeltaEvent>().Subject;
            delta.Type.Should().Be("content_block_delta");
            delta.Delta.Text.Should().Be("x");
        }
    }

    [Fact]
    public async Task An_error_event_mid_stream_ends_it_with_the_text_received_so_far()
    {
        var (client, body) = Serve(Sse(Start, TextStart, Hel, Lo,
            """{"type":"error","error":{"type":"overloaded_error","message":"Overloaded","error_type":"server"}}""") + "data: [DONE]\n\n");
        using (client)
        {
            var received = new List<MessagesStreamEvent>();

            Func<Task> read = () => CollectAsync(client, received);

            OpenRouterStreamException error = (await read.Should().ThrowAsync<OpenRouterStreamException>()).Which;
            received.Should().HaveCount(4, "the events before the error were handed out");
            error.ReceivedContent.Should().Be("Hello");
            error.ErrorCode.Should().Be("overloaded_error");
            error.Message.Should().Contain("Overloaded");
            error.GenerationId.Should().Be("msg_1");
            error.ChunksReceived.Should().Be(4);
            error.Usage!.PromptTokens.Should().Be(12);
            error.MessagesErrorEvent!.Error!.ErrorType.Should().Be("server");
            body.Disposed.Should().BeTrue();

            var accumulator = new MessagesAccumulator();
            received.ForEach(accumulator.Add);
            accumulator.IsComplete.Should().BeFalse();
            accumulator.ToResponse().Text.Should().Be("Hello", "the partial answer can be folded from the events handed out");
        }
    }

    [Fact]
    public async Task A_key_echoed_in_an_error_event_does_not_reach_the_exception()
    {
        var (client, _) = Serve(Sse(Start, $$$"""{"type":"error","error":{"type":"authentication_error","message":"bad key {{{TestClients.ApiKey}}}"}}"""));
        using (client)
        {
            OpenRouterStreamException error = (await client.Invoking(c => CollectAsync(c, null)).Should().ThrowAsync<OpenRouterStreamException>()).Which;

            error.Message.Should().NotContain(TestClients.ApiKey);
            error.MessagesErrorEvent!.Error!.Message.Should().NotContain(TestClients.ApiKey);
            error.MessagesErrorEvent.Json.GetRawText().Should().NotContain(TestClients.ApiKey);
        }
    }

    [Fact]
    public async Task A_stream_cut_before_message_stop_is_a_broken_stream_with_the_partial_output()
    {
        var (client, _) = Serve(Sse(Start, TextStart, Hel,
            """{"type":"content_block_start","index":1,"content_block":{"type":"tool_use","id":"toolu_1","name":"f","input":{}}}""",
            """{"type":"content_block_delta","index":1,"delta":{"type":"input_json_delta","partial_json":"{\"a\":"}}"""));
        using (client)
        {
            var received = new List<MessagesStreamEvent>();

            OpenRouterStreamException error = (await client.Invoking(c => CollectAsync(c, received)).Should().ThrowAsync<OpenRouterStreamException>()).Which;

            error.Message.Should().Contain("without message_stop");
            error.ReceivedContent.Should().Be("Hel");
            error.MessagesErrorEvent.Should().BeNull();
            var accumulator = new MessagesAccumulator();
            received.ForEach(accumulator.Add);
            MessagesResponse partial = accumulator.ToResponse();
            partial.Text.Should().Be("Hel");
            partial.Content[1].Input!.Value.EnumerateObject().Should().BeEmpty("an input cut mid-JSON keeps the input the block started with");
        }
    }

    [Fact]
    public async Task Message_stop_ends_the_stream_even_when_the_connection_stays_open()
    {
        var (client, body) = Serve(Sse(TextStream), hangAtEnd: true);
        using (client)
        {
            Task<List<MessagesStreamEvent>> read = CollectAsync(client);
            Task first = await Task.WhenAny(read, Task.Delay(TimeSpan.FromSeconds(20), Ct));

            first.Should().BeSameAs(read, "message_stop is the last event");
            (await read).Should().HaveCount(8);
            body.Disposed.Should().BeTrue();
        }
    }

    [Fact]
    public async Task Leaving_the_loop_early_closes_the_connection()
    {
        var (client, body) = Serve(Sse(Start, TextStart, Hel), hangAtEnd: true);
        using (client)
        {
            await foreach (MessagesStreamEvent item in client.Messages.StreamAsync(Request(), Ct))
            {
                item.Should().BeOfType<MessagesStartEvent>();
                break;
            }

            body.Disposed.Should().BeTrue();
        }
    }

    [Fact]
    public async Task Cancelling_while_waiting_for_the_next_event_ends_with_the_callers_token()
    {
        var (client, body) = Serve(Sse(Start), hangAtEnd: true);
        using (client)
        {
            using var cts = CancellationTokenSource.CreateLinkedTokenSource(Ct);
            int seen = 0;
            Func<Task> read = async () =>
            {
                await foreach (MessagesStreamEvent unused in client.Messages.StreamAsync(Request(), cts.Token))
                {
                    seen++;
                    cts.Cancel();
                }
            };

            (await read.Should().ThrowAsync<OperationCanceledException>()).Which.CancellationToken.Should().Be(cts.Token);
            seen.Should().Be(1);
            body.Disposed.Should().BeTrue();
        }
    }

    [Fact]
    public async Task The_cost_is_charged_to_the_budget_streamed_and_unary()
    {
        var handler = new StubHandler()
            .RespondStream(Encoding.UTF8.GetBytes(Sse(TextStream)))
            .Respond(System.Net.HttpStatusCode.OK, MessagesResponseTests.SchemaShaped);
        using OpenRouterClient client = BudgetArea.BudgetTestSupport.Client(handler, new BudgetArea.ManualClock(), limit: 1m);

        await client.Messages.StreamAsync(Request(), Ct).ToMessagesResponseAsync(Ct);
        client.Budget!.Spent.Should().Be(0.00042m);
        await client.Messages.CreateAsync(Request(), Ct);
        client.Budget.Spent.Should().Be(0.00042m + 0.00123m);
    }
}
