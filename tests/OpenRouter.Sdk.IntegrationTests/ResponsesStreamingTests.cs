using System.Diagnostics;
using FluentAssertions;
using OpenRouter.Sdk.IntegrationTests.Infrastructure;

namespace OpenRouter.Sdk.IntegrationTests;

/// <summary>The Responses API stream on a real socket: events arrive as they are sent, errors, drops, idle timeouts, leaving early, cancelling.</summary>
[Collection(WallClockCollection.Name)]
public sealed class ResponsesStreamingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Created = """{"type":"response.created","response":{"object":"response","id":"gen-resp-1","created_at":1,"status":"in_progress","output":[],"model":"m"},"sequence_number":0}""";
    private const string Completed = """{"type":"response.completed","response":{"object":"response","id":"gen-resp-1","created_at":1,"status":"completed","output":[{"type":"message","id":"msg_1","role":"assistant","status":"completed","content":[{"type":"output_text","text":"one two","annotations":[]}]}],"model":"m","usage":{"input_tokens":2,"output_tokens":2,"total_tokens":4,"cost":0.00001}},"sequence_number":9}""";

    private static string Delta(string text, int sequence) =>
        "{\"type\":\"response.output_text.delta\",\"output_index\":0,\"item_id\":\"msg_1\",\"content_index\":0,\"delta\":\"" + text + "\",\"sequence_number\":" + sequence + "}";

    private static ResponseRequest Request() => new() { Model = "m", Input = "hi" };

    [Fact]
    public async Task The_first_event_reaches_the_consumer_before_the_rest_is_sent()
    {
        await using var server = await ScriptedServer.StartAsync();
        var firstConsumed = new TaskCompletionSource();
        bool restWaited = false;
        server.Then(Reply.Stream(async (response, ct) =>
        {
            await Reply.WriteEventAsync(response, Created);
            await Reply.WriteEventAsync(response, Delta("one ", 1));
            restWaited = await Task.WhenAny(firstConsumed.Task, Task.Delay(TimeSpan.FromSeconds(5), ct)) == firstConsumed.Task;
            await Reply.WriteEventAsync(response, Delta("two", 2));
            await Reply.WriteEventAsync(response, Completed);
            await Reply.WriteEventAsync(response, "[DONE]");
        }));
        using var client = TestClients.Standalone(server);

        var deltas = new List<string>();
        var clock = Stopwatch.StartNew();
        await foreach (ResponseStreamEvent item in client.Responses.StreamAsync(Request(), Ct))
        {
            if (item is ResponseOutputTextDeltaEvent delta)
            {
                deltas.Add(delta.Delta);
                firstConsumed.TrySetResult();
            }
        }

        restWaited.Should().BeTrue("the server sent the rest only after the consumer had the first delta");
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(4));
        deltas.Should().Equal("one ", "two");
        ReceivedRequest sent = server.Requests.Single();
        sent.Path.Should().EndWith("/responses");
        sent.BodyText.Should().Contain("\"stream\":true");
    }

    [Fact]
    public async Task An_error_event_mid_stream_raises_a_stream_exception_with_the_text_received()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Sse(Created, Delta("par", 1), Delta("tial", 2),
            """{"type":"error","code":"server_error","message":"Provider disconnected","param":null,"sequence_number":3}""", "[DONE]"));
        using var client = TestClients.Standalone(server);

        Func<Task> read = () => client.Responses.StreamAsync(Request(), Ct).ToResponseAsync(Ct);

        var thrown = await read.Should().ThrowAsync<OpenRouterStreamException>();
        thrown.Which.ReceivedContent.Should().Be("partial");
        thrown.Which.ErrorCode.Should().Be("server_error");
        thrown.Which.Message.Should().Contain("Provider disconnected");
        thrown.Which.GenerationId.Should().Be("gen-resp-1");
        server.Attempts.Should().Be(1);
    }

    [Fact]
    public async Task A_connection_reset_mid_stream_raises_a_stream_exception_and_is_never_replayed()
    {
        await using var server = await ScriptedServer.StartAsync();
        var consumed = new TaskCompletionSource();
        server.Then(async context =>
        {
            await Reply.Stream(async (response, ct) =>
            {
                await Reply.WriteEventAsync(response, Created);
                await Reply.WriteEventAsync(response, Delta("one", 1));
                await consumed.Task.WaitAsync(TimeSpan.FromSeconds(5), ct);
                context.Abort();
            })(context);
        });
        using var client = TestClients.Standalone(server);

        Func<Task> read = async () =>
        {
            await foreach (ResponseStreamEvent item in client.Responses.StreamAsync(Request(), Ct))
            {
                if (item is ResponseOutputTextDeltaEvent)
                {
                    consumed.TrySetResult();
                }
            }
        };

        var thrown = await read.Should().ThrowAsync<OpenRouterStreamException>();
        thrown.Which.ReceivedContent.Should().Be("one");
        thrown.Which.ChunksReceived.Should().Be(2);
        server.Attempts.Should().Be(1);
    }

    [Fact]
    public async Task A_stalled_stream_times_out_after_the_idle_limit()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Stream(async (response, ct) =>
        {
            await Reply.WriteEventAsync(response, Created);
            await Task.Delay(Timeout.Infinite, ct);
        }));
        using var client = TestClients.Standalone(server, o => o.StreamIdleTimeout = TimeSpan.FromSeconds(1));

        var clock = new Stopwatch();
        Func<Task> read = async () =>
        {
            await foreach (ResponseStreamEvent unused in client.Responses.StreamAsync(Request(), Ct))
            {
                clock.Start();
            }
        };

        var thrown = await read.Should().ThrowAsync<OpenRouterTimeoutException>();
        thrown.Which.Timeout.Should().Be(TimeSpan.FromSeconds(1));
        clock.Elapsed.Should().BeGreaterThan(TimeSpan.FromMilliseconds(900)).And.BeLessThan(TimeSpan.FromSeconds(2.5));
    }

    [Fact]
    public async Task Breaking_out_early_closes_the_connection()
    {
        await using var server = await ScriptedServer.StartAsync();
        var disconnected = new TaskCompletionSource();
        server.Then(Reply.Stream(async (response, ct) =>
        {
            using var registration = ct.Register(() => disconnected.TrySetResult());
            await Reply.WriteEventAsync(response, Created);
            for (int i = 1; ; i++)
            {
                await Reply.WriteEventAsync(response, Delta("tick ", i));
                await Task.Delay(10, ct);
            }
        }));
        using var client = TestClients.Standalone(server);

        int seen = 0;
        await foreach (ResponseStreamEvent unused in client.Responses.StreamAsync(Request(), Ct))
        {
            if (++seen == 3)
            {
                break;
            }
        }

        (await Task.WhenAny(disconnected.Task, Task.Delay(TimeSpan.FromSeconds(2), Ct))).Should().BeSameAs(disconnected.Task, "the server sees the disconnect");
    }

    [Fact]
    public async Task Cancelling_while_a_read_is_blocked_throws_with_the_callers_token_and_closes_the_connection()
    {
        await using var server = await ScriptedServer.StartAsync();
        var aborted = new TaskCompletionSource();
        server.Then(Reply.Stream(async (response, ct) =>
        {
            using var registration = ct.Register(() => aborted.TrySetResult());
            await Reply.WriteEventAsync(response, Created);
            await Task.Delay(Timeout.Infinite, ct);
        }));
        using var client = TestClients.Standalone(server);
        using var caller = CancellationTokenSource.CreateLinkedTokenSource(Ct);

        Func<Task> read = async () =>
        {
            await foreach (ResponseStreamEvent unused in client.Responses.StreamAsync(Request(), caller.Token))
            {
                caller.CancelAfter(100);
            }
        };

        var thrown = await read.Should().ThrowAsync<OperationCanceledException>();
        thrown.Which.CancellationToken.Should().Be(caller.Token);
        (await Task.WhenAny(aborted.Task, Task.Delay(TimeSpan.FromSeconds(2), Ct))).Should().BeSameAs(aborted.Task, "the connection is closed");
    }

    [Fact]
    public async Task A_completed_stream_returns_its_connection_to_the_pool()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Sse(Created, Delta("one two", 1), Completed, "[DONE]"));
        using var client = TestClients.Standalone(server);

        for (int i = 0; i < 3; i++)
        {
            OpenRouterResponse response = await client.Responses.StreamAsync(Request(), Ct).ToResponseAsync(Ct);
            response.OutputText.Should().Be("one two");
            response.Usage!.Cost.Should().Be(0.00001m);
        }

        server.Attempts.Should().Be(3);
        server.AcceptedConnections.Should().Be(1);
    }
}
