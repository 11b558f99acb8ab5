using System.Diagnostics;
using System.Text;
using FluentAssertions;
using Microsoft.AspNetCore.Http;
using OpenRouter.Sdk.IntegrationTests.Infrastructure;

namespace OpenRouter.Sdk.IntegrationTests;

/// <summary>
/// RELIABILITY.md D1: disposing the client ends every call in flight at once and closes its connection. Wall-clock
/// bounds (200 ms to end the call, 2 s for the server to see the close), so it runs with the other such tests, alone.
/// </summary>
[Collection(WallClockCollection.Name)]
public sealed class DisposeWhileInFlightTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact(Timeout = 20_000)]
    public async Task D1_dispose_while_a_stream_read_is_blocked_ends_it_with_ObjectDisposedException_and_closes_the_connection()
    {
        await using var server = await ScriptedServer.StartAsync();
        var aborted = new TaskCompletionSource();
        server.Then(Reply.Stream(async (response, ct) =>
        {
            using var registration = ct.Register(() => aborted.TrySetResult());
            await Reply.WriteEventAsync(response, Json.Chunk("one"));
            await Task.Delay(Timeout.Infinite, ct);
        }));
        var client = TestClients.Standalone(server);
        var received = new List<string?>();
        var clock = new Stopwatch();

        Func<Task> read = async () =>
        {
            await foreach (ChatCompletionChunk chunk in client.StreamChatCompletionAsync(Json.Request(), Ct))
            {
                received.Add(chunk.Choices[0].Delta?.Content);
                _ = Task.Delay(100, Ct).ContinueWith(_ =>
                {
                    clock.Start();
                    client.Dispose();
                }, TaskScheduler.Default);
            }
        };

        var thrown = await read.Should().ThrowExactlyAsync<ObjectDisposedException>();
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromMilliseconds(200));
        thrown.Which.ObjectName.Should().Be(nameof(OpenRouterClient));
        received.Should().Equal("one");
        (await Task.WhenAny(aborted.Task, Task.Delay(TimeSpan.FromSeconds(2), Ct))).Should().BeSameAs(aborted.Task, "the connection is closed so generation stops");
    }

    [Fact(Timeout = 20_000)]
    public async Task D1_dispose_while_a_unary_body_is_arriving_ends_the_call_with_ObjectDisposedException()
    {
        await using var server = await ScriptedServer.StartAsync();
        var headersSent = new TaskCompletionSource();
        var aborted = new TaskCompletionSource();
        server.Then(async context =>
        {
            using var registration = context.RequestAborted.Register(() => aborted.TrySetResult());
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/json";
            context.Response.ContentLength = 10_000;
            await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes("{\"id\":\"gen-1\","), context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            headersSent.TrySetResult();
            try
            {
                await Task.Delay(Timeout.Infinite, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
            }
        });
        var client = TestClients.Standalone(server);

        Task<ChatCompletion> call = client.CreateChatCompletionAsync(Json.Request(), Ct);
        await headersSent.Task.WaitAsync(TimeSpan.FromSeconds(5), Ct);
        await Task.Delay(50, Ct);
        var clock = Stopwatch.StartNew();
        client.Dispose();

        Func<Task> act = () => call;
        await act.Should().ThrowExactlyAsync<ObjectDisposedException>();
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromMilliseconds(200));
        (await Task.WhenAny(aborted.Task, Task.Delay(TimeSpan.FromSeconds(2), Ct))).Should().BeSameAs(aborted.Task);
    }

    [Fact(Timeout = 20_000)]
    public async Task D1_dispose_during_a_backoff_wait_ends_the_call_without_another_attempt()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Status(503, Json.Error(503, "Overloaded"), ("Retry-After", "30")));
        var time = new FakeTimeProvider();
        var client = TestClients.Standalone(server, TestClients.FakeClock(time));

        Task<ChatCompletion> call = client.CreateChatCompletionAsync(Json.Request(), Ct);
        (await time.WaitForRetryWaitAsync()).Should().Be(TimeSpan.FromSeconds(30));
        var clock = Stopwatch.StartNew();
        client.Dispose();

        Func<Task> act = () => call;
        await act.Should().ThrowExactlyAsync<ObjectDisposedException>();
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromMilliseconds(200));
        time.Advance(TimeSpan.FromMinutes(1));
        await Task.Delay(50, Ct);
        server.Attempts.Should().Be(1, "the wait was abandoned, not served");
    }

    [Theory(Timeout = 20_000)]
    [InlineData(false)]
    [InlineData(true)]
    public async Task D1_dispose_while_waiting_for_headers_ends_the_call_with_ObjectDisposedException_never_a_timeout(bool stream)
    {
        await using var server = await ScriptedServer.StartAsync();
        var aborted = new TaskCompletionSource();
        server.Then(async context =>
        {
            using var registration = context.RequestAborted.Register(() => aborted.TrySetResult());
            await Reply.Stall()(context);
        });
        var client = TestClients.Standalone(server);

        Task call = stream
            ? Task.Run(async () =>
            {
                await foreach (ChatCompletionChunk _ in client.StreamChatCompletionAsync(Json.Request(), Ct))
                {
                }
            }, Ct)
            : client.CreateChatCompletionAsync(Json.Request(), Ct);
        await server.WaitForAttemptsAsync(1);
        var clock = Stopwatch.StartNew();
        client.Dispose();

        Func<Task> act = () => call;
        var thrown = await act.Should().ThrowExactlyAsync<ObjectDisposedException>();
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromMilliseconds(200));
        thrown.Which.Message.Should().Contain("disposed");
        (await Task.WhenAny(aborted.Task, Task.Delay(TimeSpan.FromSeconds(2), Ct))).Should().BeSameAs(aborted.Task);
    }

    [Fact(Timeout = 20_000)]
    public async Task D1_dispose_ends_calls_of_a_WithOptions_client_and_of_a_caller_owned_HttpClient()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Stall());
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(100) };
        var owner = new OpenRouterClient(http, TestClients.Options(server));
        OpenRouterClient derived = owner.WithOptions(o => o.MaxRetries = 0);

        Task<ChatCompletion> first = owner.CreateChatCompletionAsync(Json.Request(), Ct);
        Task<ChatCompletion> second = derived.CreateChatCompletionAsync(Json.Request(), Ct);
        await server.WaitForAttemptsAsync(2);
        owner.Dispose();

        await ((Func<Task>)(() => first)).Should().ThrowExactlyAsync<ObjectDisposedException>();
        await ((Func<Task>)(() => second)).Should().ThrowExactlyAsync<ObjectDisposedException>();

        // The caller's HttpClient is left usable, and a later call through the disposed client is refused at once.
        Func<Task> later = () => derived.CreateChatCompletionAsync(Json.Request(), Ct);
        await later.Should().ThrowExactlyAsync<ObjectDisposedException>();
        server.Attempts.Should().Be(2);
        http.Timeout.Should().Be(TimeSpan.FromSeconds(100));
    }

    [Fact(Timeout = 20_000)]
    public async Task D1_dispose_during_the_generation_lookup_wait_ends_it_with_ObjectDisposedException()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Status(404, Json.Error(404, "Generation not found")));
        var time = new FakeTimeProvider();
        var client = TestClients.Standalone(server, o => o.TimeProvider = time);

        Task<GenerationInfo> lookup = client.GetGenerationAsync("gen-1", Ct);
        await time.WaitForTimerAsync(d => d == TimeSpan.FromMilliseconds(250));
        client.Dispose();

        await ((Func<Task>)(() => lookup)).Should().ThrowExactlyAsync<ObjectDisposedException>();
        server.Attempts.Should().Be(1);
    }

    [Fact(Timeout = 20_000)]
    public async Task The_callers_cancellation_during_the_generation_lookup_wait_carries_the_callers_token()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Status(404, Json.Error(404, "Generation not found")));
        var time = new FakeTimeProvider();
        using var client = TestClients.Standalone(server, o => o.TimeProvider = time);
        using var caller = new CancellationTokenSource();

        Task<GenerationInfo> lookup = client.GetGenerationAsync("gen-1", caller.Token);
        await time.WaitForTimerAsync(d => d == TimeSpan.FromMilliseconds(250));
        caller.Cancel();

        Func<Task> act = () => lookup;
        (await act.Should().ThrowAsync<OperationCanceledException>()).Which.CancellationToken.Should().Be(caller.Token);
    }

    [Fact(Timeout = 20_000)]
    public async Task D1_dispose_inside_the_loop_body_hands_out_no_buffered_chunk_after_it()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Stream(async (response, ct) =>
        {
            var text = new StringBuilder();
            for (int i = 0; i < 5; i++)
            {
                text.Append("data: ").Append(Json.Chunk("c" + i)).Append("\n\n");
            }

            await response.Body.WriteAsync(Encoding.UTF8.GetBytes(text.ToString()), ct);
            await response.Body.FlushAsync(ct);
            await Task.Delay(Timeout.Infinite, ct);
        }));
        var client = TestClients.Standalone(server);
        var received = new List<string?>();

        Func<Task> read = async () =>
        {
            await foreach (ChatCompletionChunk chunk in client.StreamChatCompletionAsync(Json.Request(), Ct))
            {
                received.Add(chunk.Choices[0].Delta?.Content);
                client.Dispose();
            }
        };

        await read.Should().ThrowExactlyAsync<ObjectDisposedException>();
        received.Should().Equal("c0");
    }

    [Theory(Timeout = 20_000)]
    [InlineData(true)]
    [InlineData(false)]
    public async Task D1_on_a_transport_that_reports_end_of_body_when_closed_dispose_and_cancellation_keep_their_meaning(bool dispose)
    {
        byte[] first = Encoding.UTF8.GetBytes("data: " + Json.Chunk("one") + "\n\n");
        using var http = new HttpClient(new EofOnCloseHandler(first));
        var client = new OpenRouterClient(http, new OpenRouterClientOptions { ApiKey = TestClients.ApiKey });
        using var caller = CancellationTokenSource.CreateLinkedTokenSource(Ct);

        Func<Task> read = async () =>
        {
            await foreach (ChatCompletionChunk chunk in client.StreamChatCompletionAsync(Json.Request(), caller.Token))
            {
                _ = Task.Delay(50, Ct).ContinueWith(_ =>
                {
                    if (dispose)
                    {
                        client.Dispose();
                    }
                    else
                    {
                        caller.Cancel();
                    }
                }, TaskScheduler.Default);
            }
        };

        if (dispose)
        {
            await read.Should().ThrowExactlyAsync<ObjectDisposedException>();
        }
        else
        {
            (await read.Should().ThrowAsync<OperationCanceledException>()).Which.CancellationToken.Should().Be(caller.Token);
        }
    }

    /// <summary>Answers with a stream that sends its first bytes, then ignores tokens and ends (0) only when closed.</summary>
    private sealed class EofOnCloseHandler(byte[] first) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = new StreamContent(new EofOnCloseStream(first)), RequestMessage = request };
            response.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/event-stream");
            return Task.FromResult(response);
        }
    }

    private sealed class EofOnCloseStream(byte[] first) : Stream
    {
        private readonly TaskCompletionSource<int> _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private bool _sent;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (!_sent)
            {
                _sent = true;
                first.CopyTo(buffer);
                return first.Length;
            }

            return await _closed.Task;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            _closed.TrySetResult(0);
            base.Dispose(disposing);
        }
    }
}
