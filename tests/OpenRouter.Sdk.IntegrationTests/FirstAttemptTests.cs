using FluentAssertions;
using Microsoft.Extensions.Logging;
using OpenRouter.Sdk.IntegrationTests.Infrastructure;

namespace OpenRouter.Sdk.IntegrationTests;

/// <summary>
/// Once its handler has started (its first call runs through the pipeline), a standalone client's first attempt of a
/// non-streamed call goes straight to the socket handler and enters the resilience pipeline only after a transient
/// failure, which the pipeline then decides on as its own first attempt: nothing is sent twice, the waits, logs and
/// retry reports are the pipeline's, and the calls that need every attempt in the pipeline (a circuit breaker, a
/// stream's per-attempt timeout, a request the client did not send) still get it. The pipeline's own telemetry is read
/// from its logs (the client's logger factory), which no other test shares.
/// </summary>
public sealed class FirstAttemptTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_call_answered_at_once_makes_one_attempt_without_running_the_pipeline()
    {
        await using var server = await ScriptedServer.StartAsync();
        var logs = new CapturingLoggerProvider();
        using var client = await StartedClientAsync(server, logs);
        server.Then(Reply.Completion("at once"));

        ChatCompletion completion = await client.CreateChatCompletionAsync(Json.Request(), Ct);

        completion.Choices[0].Message.Content.Should().Be("at once");
        server.Attempts.Should().Be(2, "the call that started the handler, then this one");
        PollyRecords(logs).Should().BeEmpty("a call answered at once never entered the pipeline");
        logs.Records.Where(r => r.EventId.Name == "RequestCompleted").Last().Message.Should().Contain("answered 200 after 1 attempt(s)");
    }

    [Fact]
    public async Task A_call_that_fails_for_good_at_once_is_not_retried_and_keeps_its_error()
    {
        await using var server = await ScriptedServer.StartAsync();
        var logs = new CapturingLoggerProvider();
        using var client = await StartedClientAsync(server, logs);
        server.Then(Reply.Status(400, Json.Error(400, "Bad model")));

        Func<Task> call = () => client.CreateChatCompletionAsync(Json.Request(), Ct);

        (await call.Should().ThrowAsync<OpenRouterBadRequestException>()).Which.Message.Should().Contain("Bad model");
        server.Attempts.Should().Be(2);
        PollyRecords(logs).Should().BeEmpty();
    }

    [Fact]
    public async Task A_transient_first_answer_is_decided_by_the_pipeline_without_being_sent_again()
    {
        await using var server = await ScriptedServer.StartAsync();
        var logs = new CapturingLoggerProvider();
        using var client = await StartedClientAsync(server, logs);
        server.Then(Reply.Status(503, Json.Error(503, "Overloaded"))).Then(Reply.Completion("second time"));

        ChatCompletion completion = await client.CreateChatCompletionAsync(Json.Request(), Ct);

        completion.Choices[0].Message.Content.Should().Be("second time");
        server.Attempts.Should().Be(3, "after the start, the 503 was handed to the pipeline, not sent again");
        IReadOnlyList<CapturingLoggerProvider.LogRecord> attempts = PollyRecords(logs).Where(r => r.EventId.Name == "ExecutionAttempt").ToArray();
        attempts.Should().HaveCount(2, "the pipeline reports the replayed first attempt and its own retry");
        attempts[0].Level.Should().Be(LogLevel.Warning, "the first attempt's 503 was handled");
        PollyRecords(logs).Should().ContainSingle(r => r.Message.Contains("OnRetry"));
        logs.Records.Should().ContainSingle(r => r.EventId.Name == "RetryScheduled");
        logs.Records.Where(r => r.EventId.Name == "RequestCompleted").Last().Message
            .Should().Contain("answered 200 after 2 attempt(s)", "the first attempt is counted once");
    }

    [Fact]
    public async Task Transient_answers_to_the_end_give_up_after_the_same_number_of_attempts()
    {
        await using var server = await ScriptedServer.StartAsync();
        var logs = new CapturingLoggerProvider();
        using var client = await StartedClientAsync(server, logs);
        for (int i = 0; i < 3; i++)
        {
            server.Then(Reply.Status(502, Json.Error(502, "Bad gateway")));
        }


        Func<Task> call = () => client.CreateChatCompletionAsync(Json.Request(), Ct);

        (await call.Should().ThrowAsync<OpenRouterException>()).Which.StatusCode.Should().Be(502);
        server.Attempts.Should().Be(4, "after the start, 1 + MaxRetries (2), the first of them outside the pipeline");
        logs.Records.Where(r => r.EventId.Name == "RetryScheduled").Should().HaveCount(2);
        logs.Records.Should().ContainSingle(r => r.EventId.Name == "RequestFailed")
            .Which.Message.Should().Contain("after 3 attempt(s)");
    }

    [Fact]
    public async Task With_a_circuit_breaker_every_attempt_runs_through_the_pipeline()
    {
        await using var server = await ScriptedServer.StartAsync();
        var logs = new CapturingLoggerProvider();
        using var client = await StartedClientAsync(server, logs, o =>
            o.CircuitBreaker = new OpenRouterCircuitBreaker { FailureRatio = 0.5, MinimumThroughput = 2, BreakDuration = TimeSpan.FromSeconds(30) });
        server.Then(Reply.Completion());

        await client.CreateChatCompletionAsync(Json.Request(), Ct);

        server.Attempts.Should().Be(2);
        PollyRecords(logs).Should().Contain(r => r.EventId.Name == "StrategyExecuting", "the breaker must count every attempt");
    }

    [Fact]
    public async Task A_stream_with_a_time_to_headers_limit_runs_every_attempt_through_the_pipeline()
    {
        await using var server = await ScriptedServer.StartAsync();
        var logs = new CapturingLoggerProvider();
        using var client = await StartedClientAsync(server, logs);
        server.Then(Reply.Sse(Json.Chunk("Hi"), "[DONE]"));

        string text = string.Empty;
        await foreach (ChatCompletionChunk chunk in client.StreamChatCompletionAsync(Json.Request(), Ct))
        {
            text += chunk.Choices.Count > 0 ? chunk.Choices[0].Delta?.Content : null;
        }

        text.Should().Be("Hi");
        PollyRecords(logs).Should().Contain(r => r.EventId.Name == "StrategyExecuting", "the attempt's time-to-headers limit is the pipeline's");
    }

    [Fact]
    public async Task A_request_the_client_did_not_send_runs_through_the_pipeline_and_is_retried()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Status(503, Json.Error(503, "Overloaded"))).Then(Reply.Completion("raw"));
        var logs = new CapturingLoggerProvider();
        OpenRouterClientOptions options = TestClients.Options(server, o => o.LoggerFactory = logs);
        using var http = new HttpClient(new OpenRouterResilienceHandler(options, new SocketsHttpHandler()));

        using HttpResponseMessage response = await http.PostAsync(new Uri(server.BaseUrl, "chat/completions"),
            new StringContent("{\"model\":\"openai/gpt-4o-mini\",\"messages\":[]}", System.Text.Encoding.UTF8, "application/json"), Ct);

        ((int)response.StatusCode).Should().Be(200);
        server.Attempts.Should().Be(2);
        PollyRecords(logs).Should().Contain(r => r.EventId.Name == "StrategyExecuting");
    }

    [Fact]
    public async Task The_handlers_first_call_runs_through_the_pipeline_and_fixes_its_inner_handler()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Completion()).Then(Reply.Completion());
        var logs = new CapturingLoggerProvider();
        OpenRouterClientOptions options = TestClients.Options(server, o => o.LoggerFactory = logs);
        var handler = new OpenRouterResilienceHandler(options, new SocketsHttpHandler());
        using var client = new OpenRouterClient(new HttpClient(handler), options);

        await client.CreateChatCompletionAsync(Json.Request(), Ct);
        int afterFirst = PollyRecords(logs).Count;
        await client.CreateChatCompletionAsync(Json.Request(), Ct);

        afterFirst.Should().BeGreaterThan(0, "the first call starts the handler through its pipeline");
        PollyRecords(logs).Should().HaveCount(afterFirst, "the second call's first attempt went straight to the inner handler");
        Action replace = () => handler.InnerHandler = new SocketsHttpHandler();
        replace.Should().Throw<InvalidOperationException>("a started handler keeps its inner handler, as any DelegatingHandler");
    }

    [Fact]
    public async Task With_retries_off_for_the_call_a_transient_first_answer_is_the_answer()
    {
        await using var server = await ScriptedServer.StartAsync();
        var logs = new CapturingLoggerProvider();
        using var client = await StartedClientAsync(server, logs);
        server.Then(Reply.Status(503, Json.Error(503, "Overloaded"))).Then(Reply.Completion("must not be asked for"));

        Func<Task> call = () => client.WithOptions(o => o.MaxRetries = 0).CreateChatCompletionAsync(Json.Request(), Ct);

        (await call.Should().ThrowAsync<OpenRouterException>()).Which.StatusCode.Should().Be(503);
        server.Attempts.Should().Be(2, "the start, then the 503 once: the pipeline decided on it without sending it again");
        logs.Records.Should().NotContain(r => r.EventId.Name == "RetryScheduled");
    }

    [Fact]
    public async Task Cancelling_during_the_first_attempt_ends_the_call_with_the_callers_cancellation()
    {
        await using var server = await ScriptedServer.StartAsync();
        var logs = new CapturingLoggerProvider();
        using var client = await StartedClientAsync(server, logs);
        server.Then(async context => await Task.Delay(Timeout.Infinite, context.RequestAborted));
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Ct);

        Task<ChatCompletion> call = client.CreateChatCompletionAsync(Json.Request(), cancel.Token);
        await server.WaitForAttemptsAsync(2);
        await cancel.CancelAsync();

        await FluentActions.Awaiting(() => call).Should().ThrowAsync<OperationCanceledException>();
        server.Attempts.Should().Be(2, "a cancelled first attempt is not retried");
        PollyRecords(logs).Should().BeEmpty();
    }

    /// <summary>A standalone client whose handler has started: its first call (an extra answer scripted first) ran through the pipeline.</summary>
    private static async Task<OpenRouterClient> StartedClientAsync(ScriptedServer server, CapturingLoggerProvider logs,
        Action<OpenRouterClientOptions>? configure = null)
    {
        server.Then(Reply.Completion("started"));
        OpenRouterClient client = TestClients.Standalone(server, o =>
        {
            o.LoggerFactory = logs;
            configure?.Invoke(o);
        });
        await client.CreateChatCompletionAsync(Json.Request("start"), Ct);
        logs.Collector.Clear();
        return client;
    }

    private static IReadOnlyList<CapturingLoggerProvider.LogRecord> PollyRecords(CapturingLoggerProvider logs) =>
        logs.Records.Where(r => r.Category == "Polly").ToArray();
}
