using System.Text;
using FluentAssertions;
using OpenRouter.Sdk.Tests.Infrastructure;
using Xunit;

namespace OpenRouter.Sdk.Tests.Streaming;

/// <summary>How a stream starts, ends, breaks and is abandoned.</summary>
public sealed class StreamLifecycleTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Hello = """{"id":"gen-l1","model":"m","object":"chat.completion.chunk","created":1,"choices":[{"index":0,"delta":{"role":"assistant","content":"Hello"},"finish_reason":null}]}""";
    private const string Finish = """{"id":"gen-l1","model":"m","object":"chat.completion.chunk","created":1,"choices":[{"index":0,"delta":{"content":""},"finish_reason":"stop"}]}""";

    private static ChatCompletionRequest Request() => new() { Model = "m", Messages = { new UserMessage("hi") } };

    private static (OpenRouterClient Client, ScriptedStream Body) Serve(string sse, bool hangAtEnd = false)
    {
        var body = new ScriptedStream(Encoding.UTF8.GetBytes(sse), hangAtEnd: hangAtEnd);
        return (TestClients.Create(ScriptedStream.Serve(new StubHandler(), body)), body);
    }

    private static async Task<List<ChatCompletionChunk>> CollectAsync(OpenRouterClient client, CancellationToken cancellationToken)
    {
        var chunks = new List<ChatCompletionChunk>();
        await foreach (ChatCompletionChunk chunk in client.StreamChatCompletionAsync(Request(), cancellationToken))
        {
            chunks.Add(chunk);
        }

        return chunks;
    }

    [Fact]
    public async Task Comments_before_and_between_events_yield_nothing()
    {
        var (client, _) = Serve(": OPENROUTER PROCESSING\n\n:\n\ndata: " + Hello + "\n\n: OPENROUTER PROCESSING\n\n: \n\ndata: " + Finish + "\n\n: trailing\n\ndata: [DONE]\n\n");
        using (client)
        {
            List<ChatCompletionChunk> chunks = await CollectAsync(client, Ct);

            chunks.Should().HaveCount(2);
            chunks[0].Choices[0].Delta!.Content.Should().Be("Hello");
            chunks[1].Choices[0].FinishReason.Should().Be(FinishReason.Stop);
        }
    }

    [Fact]
    public async Task Enumeration_ends_at_DONE_even_when_the_connection_stays_open()
    {
        var (client, body) = Serve("data: " + Hello + "\n\ndata: " + Finish + "\n\ndata: [DONE]\n\n", hangAtEnd: true);
        using (client)
        {
            Task<List<ChatCompletionChunk>> read = CollectAsync(client, Ct);
            Task first = await Task.WhenAny(read, Task.Delay(TimeSpan.FromSeconds(20), Ct));

            first.Should().BeSameAs(read, "[DONE] ends the stream without waiting for EOF");
            (await read).Should().HaveCount(2);
            body.Disposed.Should().BeTrue("the response is released once the stream is done");
        }
    }

    [Fact]
    public async Task EOF_without_DONE_and_without_a_finish_reason_is_a_stream_error()
    {
        var (client, _) = Serve("data: " + Hello + "\n\n");
        using (client)
        {
            var seen = new List<string?>();
            Func<Task> act = async () =>
            {
                await foreach (ChatCompletionChunk chunk in client.StreamChatCompletionAsync(Request(), Ct))
                {
                    seen.Add(chunk.Choices[0].Delta?.Content);
                }
            };

            OpenRouterStreamException e = (await act.Should().ThrowAsync<OpenRouterStreamException>()).Which;
            seen.Should().Equal("Hello");
            e.ReceivedContent.Should().Be("Hello");
            e.ChunksReceived.Should().Be(1);
            e.GenerationId.Should().Be("gen-l1");
        }
    }

    [Fact]
    public async Task EOF_without_DONE_after_a_finish_reason_is_an_error_that_keeps_the_finish_reason()
    {
        // The usage chunk (tokens, cost) comes after the finish chunk and before [DONE]: without [DONE] it may be lost.
        var (client, _) = Serve("data: " + Hello + "\n\ndata: " + Finish + "\n\n");
        using (client)
        {
            var seen = new List<ChatCompletionChunk>();
            Func<Task> act = async () =>
            {
                await foreach (ChatCompletionChunk chunk in client.StreamChatCompletionAsync(Request(), Ct))
                {
                    seen.Add(chunk);
                }
            };

            var thrown = await act.Should().ThrowAsync<OpenRouterStreamException>();
            seen.Should().HaveCount(2);
            thrown.Which.ChunksReceived.Should().Be(2);
            thrown.Which.FinishReason.Should().Be(FinishReason.Stop);
            thrown.Which.Message.Should().Contain("without [DONE]");
        }
    }

    [Fact]
    public async Task EOF_inside_an_event_is_an_error_and_the_partial_event_is_not_yielded()
    {
        // The second event is complete JSON but its terminating blank line never came.
        var (client, _) = Serve("data: " + Hello + "\n\ndata: " + Finish);
        using (client)
        {
            var seen = new List<ChatCompletionChunk>();
            Func<Task> act = async () =>
            {
                await foreach (ChatCompletionChunk chunk in client.StreamChatCompletionAsync(Request(), Ct))
                {
                    seen.Add(chunk);
                }
            };

            await act.Should().ThrowAsync<OpenRouterStreamException>();
            seen.Should().ContainSingle().Which.Choices[0].Delta!.Content.Should().Be("Hello");
        }
    }

    [Fact]
    public async Task Malformed_json_in_an_event_is_an_invalid_response_without_its_text()
    {
        const string secret = "sk-or-v1-leakedleakedleakedleaked";
        var (client, _) = Serve("data: " + Hello + "\n\ndata: {\"id\":\"gen-l1\",\"note\":\"" + secret + "\",\"choices\":[{\n\n");
        using (client)
        {
            Func<Task> act = () => CollectAsync(client, Ct);

            OpenRouterInvalidResponseException e = (await act.Should().ThrowAsync<OpenRouterInvalidResponseException>()).Which;
            e.Message.Should().Contain("after 1 chunks");
            e.ToString().Should().NotContain(secret).And.NotContain(TestClients.ApiKey);
            (e.ResponseBody ?? string.Empty).Should().NotContain(secret);
            e.GenerationId.Should().Be("gen-l1");
        }
    }

    [Fact]
    public async Task Breaking_out_early_disposes_the_response()
    {
        var (client, body) = Serve("data: " + Hello + "\n\n", hangAtEnd: true);
        using (client)
        {
            await foreach (ChatCompletionChunk _ in client.StreamChatCompletionAsync(Request(), Ct))
            {
                break;
            }

            body.Disposed.Should().BeTrue("leaving the loop closes the connection");
        }
    }

    [Fact]
    public async Task Cancellation_ends_a_waiting_stream_promptly()
    {
        var (client, body) = Serve("data: " + Hello + "\n\n", hangAtEnd: true);
        using (client)
        {
            using var cts = CancellationTokenSource.CreateLinkedTokenSource(Ct);
            var seen = 0;
            Func<Task> act = async () =>
            {
                await foreach (ChatCompletionChunk _ in client.StreamChatCompletionAsync(Request(), cts.Token))
                {
                    seen++;
                    cts.CancelAfter(TimeSpan.FromMilliseconds(50));
                }
            };

            var run = act.Should().ThrowAsync<OperationCanceledException>();
            (await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(20), Ct))).Should().BeSameAs(run);
            (await run).Which.CancellationToken.Should().Be(cts.Token, "the caller's own token is never wrapped or replaced");
            seen.Should().Be(1);
            body.Disposed.Should().BeTrue();
        }
    }

    [Fact]
    public async Task An_already_cancelled_token_throws_operation_cancelled()
    {
        var handler = new StubHandler().RespondStream(Fixture.Bytes("04-chat-stream-basic-gpt-4o.sse"));
        using var client = TestClients.Create(handler);
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        Func<Task> act = () => CollectAsync(client, cts.Token);

        (await act.Should().ThrowAsync<OperationCanceledException>()).Which.CancellationToken.Should().Be(cts.Token);
    }

    [Fact]
    public void A_null_request_throws_at_the_call_site_before_enumeration()
    {
        using var client = TestClients.Create(new StubHandler());

        Action act = () => client.StreamChatCompletionAsync(null!, Ct);

        act.Should().Throw<ArgumentNullException>().WithParameterName("request");
    }

    [Fact]
    public async Task A_request_without_messages_throws_at_the_call_site()
    {
        using var client = TestClients.Create(new StubHandler());

        Action stream = () => client.StreamChatCompletionAsync(new ChatCompletionRequest { Model = "m" }, Ct);
        Func<Task> unary = () => client.CreateChatCompletionAsync(new ChatCompletionRequest { Model = "m" }, Ct);

        stream.Should().Throw<ArgumentException>().WithParameterName("request");
        (await unary.Should().ThrowAsync<ArgumentException>()).Which.ParamName.Should().Be("request");
        Action nullUnary = () => client.CreateChatCompletionAsync(null!, Ct);
        nullUnary.Should().Throw<ArgumentNullException>("the unary call validates before it returns a task");
    }

    [Fact]
    public async Task The_token_given_to_the_enumeration_cancels_too_and_is_the_one_reported()
    {
        var (client, body) = Serve("data: " + Hello + "\n\n", hangAtEnd: true);
        using (client)
        {
            using var call = CancellationTokenSource.CreateLinkedTokenSource(Ct);
            using var enumeration = new CancellationTokenSource();
            var seen = 0;
            Func<Task> act = async () =>
            {
                await foreach (ChatCompletionChunk _ in client.StreamChatCompletionAsync(Request(), call.Token).WithCancellation(enumeration.Token))
                {
                    seen++;
                    enumeration.CancelAfter(TimeSpan.FromMilliseconds(50));
                }
            };

            var run = act.Should().ThrowAsync<OperationCanceledException>();
            (await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(20), Ct))).Should().BeSameAs(run);
            (await run).Which.CancellationToken.Should().Be(enumeration.Token);
            call.IsCancellationRequested.Should().BeFalse();
            seen.Should().Be(1);
            body.Disposed.Should().BeTrue();
        }
    }

    [Fact]
    public async Task The_token_given_to_the_call_still_cancels_when_the_enumeration_has_its_own()
    {
        var (client, body) = Serve("data: " + Hello + "\n\n", hangAtEnd: true);
        using (client)
        {
            using var call = new CancellationTokenSource();
            using var enumeration = CancellationTokenSource.CreateLinkedTokenSource(Ct);
            Func<Task> act = async () =>
            {
                await foreach (ChatCompletionChunk _ in client.StreamChatCompletionAsync(Request(), call.Token).WithCancellation(enumeration.Token))
                {
                    call.CancelAfter(TimeSpan.FromMilliseconds(50));
                }
            };

            var run = act.Should().ThrowAsync<OperationCanceledException>();
            (await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(20), Ct))).Should().BeSameAs(run);
            (await run).Which.CancellationToken.Should().Be(call.Token);
            body.Disposed.Should().BeTrue();
        }
    }

    [Fact]
    public async Task Each_enumeration_sends_its_own_request_and_reads_its_own_response()
    {
        var handler = new StubHandler()
            .RespondStream(Encoding.UTF8.GetBytes("data: " + Hello + "\n\ndata: " + Finish + "\n\ndata: [DONE]\n\n"))
            .RespondStream(Encoding.UTF8.GetBytes("data: " + Finish + "\n\ndata: [DONE]\n\n"));
        using var client = TestClients.Create(handler);
        IAsyncEnumerable<ChatCompletionChunk> stream = client.StreamChatCompletionAsync(Request(), Ct);

        var first = new List<ChatCompletionChunk>();
        await foreach (ChatCompletionChunk chunk in stream)
        {
            first.Add(chunk);
        }

        var second = new List<ChatCompletionChunk>();
        await foreach (ChatCompletionChunk chunk in stream)
        {
            second.Add(chunk);
        }

        handler.Requests.Should().HaveCount(2);
        first.Select(c => c.Choices[0].Delta!.Content).Should().Equal("Hello", "");
        second.Should().ContainSingle().Which.Choices[0].FinishReason.Should().Be(FinishReason.Stop);
    }

    [Fact]
    public async Task After_the_end_or_an_error_the_enumerator_stays_ended()
    {
        var handler = new StubHandler()
            .RespondStream(Encoding.UTF8.GetBytes("data: " + Hello + "\n\ndata: [DONE]\n\n"))
            .RespondStream(Encoding.UTF8.GetBytes("data: " + Hello + "\n\ndata: {\"error\":{\"code\":502,\"message\":\"upstream\"}}\n\n"));
        using var client = TestClients.Create(handler);

        await using (IAsyncEnumerator<ChatCompletionChunk> ended = client.StreamChatCompletionAsync(Request(), Ct).GetAsyncEnumerator(Ct))
        {
            (await ended.MoveNextAsync()).Should().BeTrue();
            ended.Current.Choices[0].Delta!.Content.Should().Be("Hello");
            (await ended.MoveNextAsync()).Should().BeFalse();
            (await ended.MoveNextAsync()).Should().BeFalse();
        }

        await using IAsyncEnumerator<ChatCompletionChunk> failed = client.StreamChatCompletionAsync(Request(), Ct).GetAsyncEnumerator(Ct);
        (await failed.MoveNextAsync()).Should().BeTrue();
        Func<Task> next = async () => await failed.MoveNextAsync();
        await next.Should().ThrowAsync<OpenRouterStreamException>();
        (await failed.MoveNextAsync()).Should().BeFalse();
        handler.Requests.Should().HaveCount(2);
    }
}
