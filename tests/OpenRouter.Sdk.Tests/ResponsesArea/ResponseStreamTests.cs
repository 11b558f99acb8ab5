using System.Text;
using FluentAssertions;
using OpenRouter.Sdk.Tests.Infrastructure;
using OpenRouter.Sdk.Tests.Streaming;
using Xunit;

namespace OpenRouter.Sdk.Tests.ResponsesArea;

/// <summary>How a Responses API stream handles function calls, unknown events, errors, early ends, leaving early and cancellation.</summary>
public sealed class ResponseStreamTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    internal const string Created = """{"type":"response.created","response":{"object":"response","id":"gen-r1","created_at":1,"status":"in_progress","output":[],"model":"m"},"sequence_number":0}""";
    internal const string MessageAdded = """{"type":"response.output_item.added","output_index":0,"item":{"type":"message","status":"in_progress","content":[],"id":"msg_1","role":"assistant"},"sequence_number":1}""";
    internal const string Hel = """{"type":"response.output_text.delta","output_index":0,"item_id":"msg_1","content_index":0,"delta":"Hel","sequence_number":2}""";
    internal const string Lo = """{"type":"response.output_text.delta","output_index":0,"item_id":"msg_1","content_index":0,"delta":"lo","sequence_number":3}""";
    internal const string Completed = """{"type":"response.completed","response":{"object":"response","id":"gen-r1","created_at":1,"status":"completed","output":[{"type":"message","status":"completed","content":[{"type":"output_text","text":"Hello","annotations":[]}],"id":"msg_1","role":"assistant"}],"model":"m","usage":{"input_tokens":3,"output_tokens":2,"total_tokens":5,"cost":0.0001}},"sequence_number":9}""";

    private static string Sse(params string[] events) => string.Concat(events.Select(e => "data: " + e + "\n\n"));

    private static (OpenRouterClient Client, ScriptedStream Body) Serve(string sse, bool hangAtEnd = false)
    {
        var body = new ScriptedStream(Encoding.UTF8.GetBytes(sse), hangAtEnd: hangAtEnd);
        return (TestClients.Create(ScriptedStream.Serve(new StubHandler(), body)), body);
    }

    private static ResponseRequest Request() => new() { Model = "m", Input = "hi" };

    private static async Task<List<ResponseStreamEvent>> CollectAsync(OpenRouterClient client, List<ResponseStreamEvent>? into = null)
    {
        var events = into ?? new List<ResponseStreamEvent>();
        await foreach (ResponseStreamEvent item in client.Responses.StreamAsync(Request(), Ct))
        {
            events.Add(item);
        }

        return events;
    }

    [Fact]
    public async Task A_function_call_arrives_as_its_item_and_argument_deltas_and_folds_into_name_and_arguments()
    {
        string sse = Sse(
            Created,
            """{"type":"response.output_item.added","output_index":0,"item":{"type":"function_call","id":"fc_1","call_id":"call_1","name":"get_weather","arguments":"","status":"in_progress"},"sequence_number":1}""",
            """{"type":"response.function_call_arguments.delta","item_id":"fc_1","output_index":0,"delta":"{\"city\":","sequence_number":2}""",
            """{"type":"response.function_call_arguments.delta","item_id":"fc_1","output_index":0,"delta":"\"Paris\"}","sequence_number":3}""",
            """{"type":"response.function_call_arguments.done","item_id":"fc_1","output_index":0,"name":"get_weather","arguments":"{\"city\":\"Paris\"}","sequence_number":4}""",
            """{"type":"response.output_item.done","output_index":0,"item":{"type":"function_call","id":"fc_1","call_id":"call_1","name":"get_weather","arguments":"{\"city\":\"Paris\"}","status":"completed"},"sequence_number":5}""",
            """{"type":"response.completed","response":{"object":"response","id":"gen-r1","created_at":1,"status":"completed","output":[],"model":"m"},"sequence_number":6}""") + "data: [DONE]\n\n";
        var (client, _) = Serve(sse);
        using (client)
        {
            List<ResponseStreamEvent> events = await CollectAsync(client);

            events.OfType<ResponseFunctionCallArgumentsDeltaEvent>().Select(d => d.Delta).Should().Equal("{\"city\":", "\"Paris\"}");
            ResponseFunctionCallArgumentsDoneEvent done = events.OfType<ResponseFunctionCallArgumentsDoneEvent>().Single();
            done.Name.Should().Be("get_weather");
            done.Arguments.Should().Be("{\"city\":\"Paris\"}");
            done.ItemId.Should().Be("fc_1");

            var partial = new ResponseAccumulator();
            events.Take(4).ToList().ForEach(partial.Add);
            ResponseItem call = partial.ToResponse().Output.Single();
            call.Type.Should().Be(ResponseItemType.FunctionCall);
            call.CallId.Should().Be("call_1");
            call.Name.Should().Be("get_weather");
            call.Arguments.Should().Be("{\"city\":\"Paris\"}", "the deltas are joined before the item is done");

            var whole = new ResponseAccumulator();
            events.ForEach(whole.Add);
            ResponseItem final = whole.ToResponse().Output.Single();
            final.Arguments.Should().Be("{\"city\":\"Paris\"}", "a final response with an empty output is filled from the events");
            final.Status.Should().Be(ResponseStatus.Completed);
        }
    }

    [Fact]
    public async Task An_unknown_event_type_is_handed_out_with_its_JSON_not_dropped()
    {
        var (client, _) = Serve(Sse(Created, """{"type":"response.fusion_call.in_progress","item_id":"fu_1","sequence_number":1}""", Completed) + "data: [DONE]\n\n");
        using (client)
        {
            List<ResponseStreamEvent> events = await CollectAsync(client);

            events.Should().HaveCount(3);
            UnknownResponseStreamEvent unknown = events[1].Should().BeOfType<UnknownResponseStreamEvent>().Subject;
            unknown.Type.Should().Be("response.fusion_call.in_progress");
            unknown.SequenceNumber.Should().Be(1);
            unknown.Json.GetProperty("item_id").GetString().Should().Be("fu_1");
        }
    }

    [Fact]
    public async Task Summary_deltas_are_typed_and_fold_into_the_reasoning_items_summary()
    {
        string sse = Sse(
            Created,
            """{"type":"response.output_item.added","output_index":0,"item":{"type":"reasoning","id":"rs_1","summary":[]},"sequence_number":1}""",
            """{"type":"response.reasoning_summary_text.delta","item_id":"rs_1","output_index":0,"summary_index":0,"delta":"Adding ","sequence_number":2}""",
            """{"type":"response.reasoning_summary_text.delta","item_id":"rs_1","output_index":0,"summary_index":0,"delta":"numbers.","sequence_number":3}""",
            Completed);
        var (client, _) = Serve(sse);
        using (client)
        {
            List<ResponseStreamEvent> events = await CollectAsync(client);

            events.OfType<ResponseReasoningSummaryTextDeltaEvent>().Select(d => d.Delta).Should().Equal("Adding ", "numbers.");
            var accumulator = new ResponseAccumulator();
            events.Take(4).ToList().ForEach(accumulator.Add);
            accumulator.ToResponse().Output.Single().Summary!.Single().Text.Should().Be("Adding numbers.");
        }
    }

    [Fact]
    public async Task An_error_event_ends_the_stream_with_the_text_received_so_far()
    {
        var (client, body) = Serve(Sse(Created, MessageAdded, Hel, Lo,
            """{"type":"error","code":"server_error","message":"Upstream failed","param":null,"sequence_number":4}""") + "data: [DONE]\n\n");
        using (client)
        {
            var received = new List<ResponseStreamEvent>();

            Func<Task> read = () => CollectAsync(client, received);

            OpenRouterStreamException error = (await read.Should().ThrowAsync<OpenRouterStreamException>()).Which;
            received.Should().HaveCount(4, "the events before the error were handed out");
            error.ReceivedContent.Should().Be("Hello");
            error.ErrorCode.Should().Be("server_error");
            error.Message.Should().Contain("Upstream failed");
            error.GenerationId.Should().Be("gen-r1");
            error.ChunksReceived.Should().Be(4);
            error.ErrorEvent.Should().BeOfType<ResponseErrorEvent>().Which.Message.Should().Be("Upstream failed");
            body.Disposed.Should().BeTrue();
        }
    }

    [Fact]
    public async Task A_failed_response_ends_the_stream_with_its_error_and_reasoning_so_far()
    {
        var (client, _) = Serve(Sse(Created,
            """{"type":"response.reasoning_text.delta","output_index":0,"item_id":"rs_1","content_index":0,"delta":"Thinking","sequence_number":1}""",
            """{"type":"response.failed","response":{"object":"response","id":"gen-r1","created_at":1,"status":"failed","error":{"code":"rate_limit_exceeded","message":"Too many requests"},"output":[],"model":"m","usage":{"input_tokens":3,"output_tokens":1,"total_tokens":4,"cost":0.00002}},"sequence_number":2}"""));
        using (client)
        {
            Func<Task> read = () => CollectAsync(client);

            OpenRouterStreamException error = (await read.Should().ThrowAsync<OpenRouterStreamException>()).Which;
            error.ErrorCode.Should().Be("rate_limit_exceeded");
            error.Message.Should().Contain("Too many requests");
            error.ReceivedReasoning.Should().Be("Thinking");
            error.Usage!.Cost.Should().Be(0.00002m);
            error.Usage.PromptTokens.Should().Be(3);
            error.ErrorEvent.Should().BeOfType<ResponseFailedEvent>().Which.Response.Status.Should().Be(ResponseStatus.Failed);
        }
    }

    [Fact]
    public async Task A_key_echoed_in_an_error_event_does_not_reach_the_exception()
    {
        var (client, _) = Serve(Sse(Created, """{"type":"error","code":"bad_key","message":"Key """ + TestClients.ApiKey + """ is invalid","sequence_number":1}"""));
        using (client)
        {
            Func<Task> read = () => CollectAsync(client);

            OpenRouterStreamException error = (await read.Should().ThrowAsync<OpenRouterStreamException>()).Which;
            error.Message.Should().NotContain(TestClients.ApiKey).And.Contain("is invalid");
            ((ResponseErrorEvent)error.ErrorEvent!).Message.Should().NotContain(TestClients.ApiKey);
            error.ErrorEvent!.Json.GetRawText().Should().NotContain(TestClients.ApiKey);
        }
    }

    [Fact]
    public async Task A_body_that_ends_before_response_completed_is_a_broken_stream_with_the_text_so_far()
    {
        var (client, _) = Serve(Sse(Created, MessageAdded, Hel));
        using (client)
        {
            Func<Task> read = () => CollectAsync(client);

            OpenRouterStreamException error = (await read.Should().ThrowAsync<OpenRouterStreamException>()).Which;
            error.Message.Should().Contain("without response.completed");
            error.ReceivedContent.Should().Be("Hel");
            error.ErrorEvent.Should().BeNull();
        }
    }

    [Fact]
    public async Task Response_completed_ends_the_stream_even_when_the_connection_stays_open()
    {
        var (client, body) = Serve(Sse(Created, MessageAdded, Hel, Lo, Completed), hangAtEnd: true);
        using (client)
        {
            Task<List<ResponseStreamEvent>> read = CollectAsync(client);
            Task first = await Task.WhenAny(read, Task.Delay(TimeSpan.FromSeconds(20), Ct));

            first.Should().BeSameAs(read, "response.completed is the last event");
            (await read).Should().HaveCount(5);
            body.Disposed.Should().BeTrue();
        }
    }

    [Fact]
    public async Task Leaving_the_loop_early_closes_the_connection()
    {
        var (client, body) = Serve(Sse(Created, MessageAdded, Hel), hangAtEnd: true);
        using (client)
        {
            await foreach (ResponseStreamEvent item in client.Responses.StreamAsync(Request(), Ct))
            {
                item.Should().BeOfType<ResponseCreatedEvent>();
                break;
            }

            body.Disposed.Should().BeTrue();
        }
    }

    [Fact]
    public async Task Cancelling_while_waiting_for_the_next_event_ends_with_the_callers_token()
    {
        var (client, body) = Serve(Sse(Created), hangAtEnd: true);
        using (client)
        {
            using var cts = CancellationTokenSource.CreateLinkedTokenSource(Ct);
            int seen = 0;
            Func<Task> read = async () =>
            {
                await foreach (ResponseStreamEvent unused in client.Responses.StreamAsync(Request(), cts.Token))
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
    public async Task The_final_events_cost_is_charged_to_the_budget_streamed_and_unary()
    {
        var handler = new StubHandler()
            .RespondStream(Encoding.UTF8.GetBytes(Sse(Created, Completed)))
            .Respond(System.Net.HttpStatusCode.OK, Fixture.Bytes("32-responses-nonstream-prompt-cache.json"));
        using OpenRouterClient client = BudgetArea.BudgetTestSupport.Client(handler, new BudgetArea.ManualClock(), limit: 1m);

        await client.Responses.StreamAsync(Request(), Ct).ToResponseAsync(Ct);
        client.Budget!.Spent.Should().Be(0.0001m);
        await client.Responses.CreateAsync(Request(), Ct);
        client.Budget.Spent.Should().Be(0.0001m + 0.025265m);
    }
}
