using System.Net;
using FluentAssertions;
using Microsoft.Extensions.Logging;
using OpenRouter.Sdk.IntegrationTests.Infrastructure;

namespace OpenRouter.Sdk.IntegrationTests;

/// <summary>
/// RELIABILITY.md S15 with R4/R5: a valid server wait longer than <see cref="OpenRouterClientOptions.MaxRetryAfter"/>,
/// however long, fails the call at once and reports the wait; junk still falls back to the backoff.
/// </summary>
public sealed class LongRetryAfterTests
{
    private static readonly TimeSpan TwoDays = TimeSpan.FromDays(2);

    /// <summary>A failing call that would wait on the fake clock never ends; this bounds the test instead.</summary>
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(10);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("seconds", 429, false)]
    [InlineData("seconds", 429, true)]
    [InlineData("seconds", 503, false)]
    [InlineData("seconds", 503, true)]
    [InlineData("date", 429, false)]
    [InlineData("date", 429, true)]
    [InlineData("date", 503, false)]
    [InlineData("date", 503, true)]
    [InlineData("ms", 429, false)]
    [InlineData("ms", 429, true)]
    [InlineData("ms", 503, false)]
    [InlineData("ms", 503, true)]
    public async Task S15_a_Retry_After_of_two_days_fails_at_once_with_the_wait_and_logs_it(string form, int status, bool stream)
    {
        await using var server = await ScriptedServer.StartAsync();
        var time = new FakeTimeProvider();
        server.Then(Reply.Status(status, Json.Error(status, "Come back later"), WaitHeader(form, TwoDays, time))).Then(Reply.Completion());
        var logs = new CapturingLoggerProvider();
        using var client = TestClients.Standalone(server, TestClients.FakeClock(time, more: o => o.LoggerFactory = logs));

        Func<Task> call = () => Call(client, stream).WaitAsync(Guard, Ct);

        var thrown = await call.Should().ThrowAsync<OpenRouterException>();
        thrown.Which.Should().BeOfType(status == 429 ? typeof(OpenRouterRateLimitException) : typeof(OpenRouterException));
        thrown.Which.StatusCode.Should().Be(status);
        thrown.Which.RetryAfter.Should().Be(TwoDays);
        thrown.Which.Message.Should().Contain("Come back later");
        server.Attempts.Should().Be(1);
        time.GetUtcNow().Should().Be(new FakeTimeProvider().GetUtcNow(), "nothing waited");
        logs.Records.Should().ContainSingle(r => r.EventId.Name == "RetryAfterAboveCap")
            .Which.Should().Match<CapturingLoggerProvider.LogRecord>(r => r.Level == LogLevel.Warning
                && r.State.Contains($"StatusCode={status}") && r.State.Contains("RetryAfterMs=172800000") && r.State.Contains("MaxRetryAfterMs=60000"));
    }

    [Theory]
    [InlineData("seconds", 429, false)]
    [InlineData("date", 429, false)]
    [InlineData("ms", 429, false)]
    [InlineData("seconds", 503, true)]
    [InlineData("date", 503, true)]
    [InlineData("ms", 429, true)]
    public async Task S15_a_wait_equal_to_MaxRetryAfter_of_two_days_is_honoured_and_retried(string form, int status, bool stream)
    {
        await using var server = await ScriptedServer.StartAsync();
        var time = new FakeTimeProvider();
        server.Then(Reply.Status(status, Json.Error(status, "Come back later"), WaitHeader(form, TwoDays, time)))
            .Then(stream ? Reply.Sse(Json.Chunk("after two days", "stop"), "[DONE]") : Reply.Completion("after two days"));
        var logs = new CapturingLoggerProvider();
        using var client = TestClients.Standalone(server, TestClients.FakeClock(time, more: o =>
        {
            o.MaxRetryAfter = TwoDays;
            o.RequestTimeout = TimeSpan.FromDays(3);
            o.LoggerFactory = logs;
        }));

        Task<ChatCompletion> call = Call(client, stream);
        TimeSpan wait = await time.WaitForTimerAsync(d => d == TwoDays);
        server.Attempts.Should().Be(1);
        time.Advance(wait);
        ChatCompletion completion = await call.WaitAsync(Guard, Ct);

        completion.Choices[0].Message.Content.Should().Be("after two days");
        server.Attempts.Should().Be(2);
        logs.Records.Should().NotContain(r => r.EventId.Name == "RetryAfterAboveCap");
    }

    [Fact]
    public async Task S15_a_wait_of_ten_thousand_days_is_a_valid_wait_and_fails_at_once()
    {
        TimeSpan tenThousandDays = TimeSpan.FromDays(10_000);
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Status(429, Json.Error(429, "Slow down"), ("Retry-After", "864000000"))).Then(Reply.Completion());
        var time = new FakeTimeProvider();
        using var client = TestClients.Standalone(server, TestClients.FakeClock(time));

        Func<Task> call = () => client.CreateChatCompletionAsync(Json.Request(), Ct).WaitAsync(Guard, Ct);

        var thrown = await call.Should().ThrowAsync<OpenRouterRateLimitException>();
        thrown.Which.RetryAfter.Should().Be(tenThousandDays);
        server.Attempts.Should().Be(1);
    }

    [Fact]
    public async Task S15_a_hand_built_handler_whose_cap_is_beyond_the_timer_limit_gives_up_instead_of_overflowing_the_wait()
    {
        // Options given straight to the handler are not validated, so its cap may exceed what a timer can wait.
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Status(429, Json.Error(429, "Slow down"), ("Retry-After", "5184000"))).Then(Reply.Completion());
        var time = new FakeTimeProvider();
        var logs = new CapturingLoggerProvider();
        var options = new OpenRouterClientOptions { MaxRetryAfter = TimeSpan.FromDays(100), TimeProvider = time, LoggerFactory = logs };
        using var http = new HttpClient(new OpenRouterResilienceHandler(options, new SocketsHttpHandler { AllowAutoRedirect = false }));

        using HttpResponseMessage response = await http.GetAsync(new Uri(server.BaseUrl, "models"), Ct).WaitAsync(Guard, Ct);

        response.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        server.Attempts.Should().Be(1);
        logs.Records.Should().ContainSingle(r => r.EventId.Name == "RetryAfterAboveCap");
    }

    [Theory]
    [InlineData("1234567890123456789012345")]
    [InlineData("inf")]
    [InlineData("-10")]
    public async Task R5_junk_retry_after_ms_on_503_uses_the_backoff(string junk)
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Status(503, Json.Error(503, "Service overloaded"), ("retry-after-ms", junk))).Then(Reply.Completion("after the backoff"));
        var time = new FakeTimeProvider();
        using var client = TestClients.Standalone(server, TestClients.FakeClock(time, jitter: 0));

        Task<ChatCompletion> call = client.CreateChatCompletionAsync(Json.Request(), Ct);
        TimeSpan wait = await time.WaitForRetryWaitAsync();
        time.Advance(wait);
        ChatCompletion completion = await call.WaitAsync(Guard, Ct);

        wait.Should().Be(TimeSpan.FromSeconds(0.5));
        completion.Choices[0].Message.Content.Should().Be("after the backoff");
        server.Attempts.Should().Be(2);
    }

    private static (string Name, string Value) WaitHeader(string form, TimeSpan wait, FakeTimeProvider time) => form switch
    {
        "seconds" => ("Retry-After", ((long)wait.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture)),
        "date" => ("Retry-After", (time.GetUtcNow() + wait).ToString("r", System.Globalization.CultureInfo.InvariantCulture)),
        "ms" => ("retry-after-ms", ((long)wait.TotalMilliseconds).ToString(System.Globalization.CultureInfo.InvariantCulture)),
        _ => throw new ArgumentOutOfRangeException(nameof(form)),
    };

    private static Task<ChatCompletion> Call(OpenRouterClient client, bool stream) => stream
        ? client.StreamChatCompletionAsync(Json.Request(), Ct).ToChatCompletionAsync(Ct)
        : client.CreateChatCompletionAsync(Json.Request(), Ct);
}
