using FluentAssertions;
using Microsoft.Extensions.Logging;
using OpenRouter.Sdk.IntegrationTests.Infrastructure;

namespace OpenRouter.Sdk.IntegrationTests;

/// <summary>
/// A standalone client's first attempt of a non-streamed call goes straight to the socket handler and enters the
/// resilience pipeline only after a transient failure, which the pipeline then decides on as its own first attempt:
/// nothing is sent twice, the waits, logs and retry reports are the pipeline's, and the calls that need every attempt
/// in the pipeline (a circuit breaker, a rate limit, a stream's per-attempt timeout, a request the client did not
/// send) still get it. The pipeline's own telemetry is read from its logs (the client's logger factory), which no
/// other test shares.
/// </summary>
public sealed class FirstAttemptTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_call_answered_at_once_makes_one_attempt_without_running_the_pipeline()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Completion("at once"));
        var logs = new CapturingLoggerProvider();
        using var client = TestClients.Standalone(server, o => o.LoggerFactory = logs);

        ChatCompletion completion = await client.CreateChatCompletionAsync(Json.Request(), Ct);

        completion.Choices[0].Message.Content.Should().Be("at once");
        server.Attempts.Should().Be(1);
        PollyRecords(logs).Should().BeEmpty("a call answered at once never entered the pipeline");
        logs.Records.Should().ContainSingle(r => r.EventId.Name == "RequestCompleted")
            .Which.Message.Should().Contain("answered 200 after 1 attempt(s)");
    }

    [Fact]
    public async Task A_call_that_fails_for_good_at_once_is_not_retried_and_keeps_its_error()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Status(400, Json.Error(400, "Bad model")));
        var logs = new CapturingLoggerProvider();
        using var client = TestClients.Standalone(server, o => o.LoggerFactory = logs);

        Func<Task> call = () => client.CreateChatCompletionAsync(Json.Request(), Ct);

        (await call.Should().ThrowAsync<OpenRouterBadRequestException>()).Which.Message.Should().Contain("Bad model");
        server.Attempts.Should().Be(1);
        PollyRecords(logs).Should().BeEmpty();
    }

    [Fact]
    public async Task A_transient_first_answer_is_decided_by_the_pipeline_without_being_sent_again()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Status(503, Json.Error(503, "Overloaded"))).Then(Reply.Completion("second time"));
        var logs = new CapturingLoggerProvider();
        using var client = TestClients.Standalone(server, o => o.LoggerFactory = logs);

        ChatCompletion completion = await client.CreateChatCompletionAsync(Json.Request(), Ct);

        completion.Choices[0].Message.Content.Should().Be("second time");
        server.Attempts.Should().Be(2, "the 503 was handed to the pipeline, not sent again");
        IReadOnlyList<CapturingLoggerProvider.LogRecord> attempts = PollyRecords(logs).Where(r => r.EventId.Name == "ExecutionAttempt").ToArray();
        attempts.Should().HaveCount(2, "the pipeline reports the replayed first attempt and its own retry");
        attempts[0].Level.Should().Be(LogLevel.Warning, "the first attempt's 503 was handled");
        PollyRecords(logs).Should().ContainSingle(r => r.Message.Contains("OnRetry"));
        logs.Records.Should().ContainSingle(r => r.EventId.Name == "RetryScheduled");
        logs.Records.Should().ContainSingle(r => r.EventId.Name == "RequestCompleted")
            .Which.Message.Should().Contain("answered 200 after 2 attempt(s)", "the first attempt is counted once");
    }

    [Fact]
    public async Task Transient_answers_to_the_end_give_up_after_the_same_number_of_attempts()
    {
        await using var server = await ScriptedServer.StartAsync();
        for (int i = 0; i < 3; i++)
        {
            server.Then(Reply.Status(502, Json.Error(502, "Bad gateway")));
        }

        var logs = new CapturingLoggerProvider();
        using var client = TestClients.Standalone(server, o => o.LoggerFactory = logs);

        Func<Task> call = () => client.CreateChatCompletionAsync(Json.Request(), Ct);

        (await call.Should().ThrowAsync<OpenRouterException>()).Which.StatusCode.Should().Be(502);
        server.Attempts.Should().Be(3, "1 + MaxRetries (2), the first of them outside the pipeline");
        logs.Records.Where(r => r.EventId.Name == "RetryScheduled").Should().HaveCount(2);
        logs.Records.Should().ContainSingle(r => r.EventId.Name == "RequestFailed")
            .Which.Message.Should().Contain("after 3 attempt(s)");
    }

    [Fact]
    public async Task With_a_circuit_breaker_every_attempt_runs_through_the_pipeline()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Completion());
        var logs = new CapturingLoggerProvider();
        using var client = TestClients.Standalone(server, o =>
        {
            o.LoggerFactory = logs;
            o.CircuitBreaker = new OpenRouterCircuitBreaker { FailureRatio = 0.5, MinimumThroughput = 2, BreakDuration = TimeSpan.FromSeconds(30) };
        });

        await client.CreateChatCompletionAsync(Json.Request(), Ct);

        server.Attempts.Should().Be(1);
        PollyRecords(logs).Should().Contain(r => r.EventId.Name == "StrategyExecuting", "the breaker must count every attempt");
    }

    [Fact]
    public async Task A_stream_with_a_time_to_headers_limit_runs_every_attempt_through_the_pipeline()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Sse(Json.Chunk("Hi"), "[DONE]"));
        var logs = new CapturingLoggerProvider();
        using var client = TestClients.Standalone(server, o => o.LoggerFactory = logs);

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

    private static IReadOnlyList<CapturingLoggerProvider.LogRecord> PollyRecords(CapturingLoggerProvider logs) =>
        logs.Records.Where(r => r.Category == "Polly").ToArray();
}
