using System.Net.Sockets;
using FluentAssertions;
using OpenRouter.Sdk.IntegrationTests.Infrastructure;

namespace OpenRouter.Sdk.IntegrationTests;

/// <summary>RELIABILITY.md "Retries and rate limits", on a real Kestrel server; retry waits on a fake clock.</summary>
public sealed class RetryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task R1_429_with_Retry_After_2_then_200_waits_2s_and_succeeds()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Status(429, Json.Error(429, "Rate limited"), ("Retry-After", "2"))).Then(Reply.Completion("after the wait"));
        var time = new FakeTimeProvider();
        using var client = TestClients.Standalone(server, TestClients.FakeClock(time));

        Task<ChatCompletion> call = client.CreateChatCompletionAsync(Json.Request(), Ct);
        TimeSpan wait = await time.WaitForRetryWaitAsync();
        server.Attempts.Should().Be(1);
        time.Advance(wait);
        ChatCompletion completion = await call;

        wait.Should().Be(TimeSpan.FromSeconds(2));
        server.Attempts.Should().Be(2);
        completion.Choices[0].Message.Content.Should().Be("after the wait");
    }

    [Fact]
    public async Task R2_retry_after_ms_1500_wins_over_Retry_After_10()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Status(429, Json.Error(429, "Rate limited"), ("retry-after-ms", "1500"), ("Retry-After", "10"))).Then(Reply.Completion());
        var time = new FakeTimeProvider();
        using var client = TestClients.Standalone(server, TestClients.FakeClock(time));

        Task<ChatCompletion> call = client.CreateChatCompletionAsync(Json.Request(), Ct);
        TimeSpan wait = await time.WaitForRetryWaitAsync();
        time.Advance(wait);
        await call;

        wait.Should().Be(TimeSpan.FromMilliseconds(1500));
        server.Attempts.Should().Be(2);
    }

    [Fact]
    public async Task R3_503_with_Retry_After_date_3s_ahead_waits_3s_and_a_past_date_uses_the_backoff()
    {
        await using var server = await ScriptedServer.StartAsync();
        var time = new FakeTimeProvider();
        string ahead = (time.GetUtcNow() + TimeSpan.FromSeconds(3)).ToString("r");
        string past = (time.GetUtcNow() - TimeSpan.FromSeconds(30)).ToString("r");
        server.Then(Reply.Status(503, Json.Error(503, "Overloaded"), ("Retry-After", ahead)))
            .Then(Reply.Status(503, Json.Error(503, "Overloaded"), ("Retry-After", past)))
            .Then(Reply.Completion());
        using var client = TestClients.Standalone(server, TestClients.FakeClock(time, jitter: 0));

        Task<ChatCompletion> call = client.CreateChatCompletionAsync(Json.Request(), Ct);
        TimeSpan first = await time.WaitForRetryWaitAsync();
        time.Advance(first);
        await server.WaitForAttemptsAsync(2);
        TimeSpan second = await time.WaitForRetryWaitAsync();
        time.Advance(second);
        await call;

        first.Should().Be(TimeSpan.FromSeconds(3));
        second.Should().Be(TimeSpan.FromSeconds(1), "retry 2 falls back to min(8 s, 0.5 s x 2^1) x (1 - 0.25 x 0)");
        server.Attempts.Should().Be(3);
    }

    [Fact]
    public async Task R4_429_with_Retry_After_above_the_cap_fails_at_once_with_the_wait()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Status(429, Json.Error(429, "Slow down"), ("Retry-After", "120")));
        using var client = TestClients.Standalone(server);

        Func<Task> call = () => client.CreateChatCompletionAsync(Json.Request(), Ct);

        var thrown = await call.Should().ThrowAsync<OpenRouterRateLimitException>();
        thrown.Which.RetryAfter.Should().Be(TimeSpan.FromSeconds(120));
        thrown.Which.StatusCode.Should().Be(429);
        server.Attempts.Should().Be(1);
    }

    [Fact]
    public async Task R4_a_503_with_Retry_After_above_the_cap_also_fails_at_once_with_the_wait()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Status(503, Json.Error(503, "Overloaded"), ("Retry-After", "300")));
        using var client = TestClients.Standalone(server);

        Func<Task> call = () => client.CreateChatCompletionAsync(Json.Request(), Ct);

        var thrown = await call.Should().ThrowAsync<OpenRouterException>();
        thrown.Which.StatusCode.Should().Be(503);
        thrown.Which.RetryAfter.Should().Be(TimeSpan.FromSeconds(300));
        server.Attempts.Should().Be(1);
    }

    [Theory]
    [InlineData("inf")]
    [InlineData("nan")]
    [InlineData("-10")]
    [InlineData("")]
    [InlineData("1234567890123456789012345")]
    [InlineData("Mon, 99 Foo 2026 25:61:61 GMT")]
    public async Task R5_junk_Retry_After_on_503_uses_the_backoff_and_keeps_the_status_error(string junk)
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Status(503, Json.Error(503, "Service overloaded"), ("Retry-After", junk)));
        var time = new FakeTimeProvider();
        using var client = TestClients.Standalone(server, TestClients.FakeClock(time, jitter: 0, o => o.MaxRetries = 1));

        Task<ChatCompletion> call = client.CreateChatCompletionAsync(Json.Request(), Ct);
        TimeSpan wait = await time.WaitForRetryWaitAsync();
        time.Advance(wait);
        Func<Task> result = () => call;

        var thrown = await result.Should().ThrowAsync<OpenRouterException>();
        wait.Should().Be(TimeSpan.FromSeconds(0.5));
        thrown.Which.StatusCode.Should().Be(503);
        thrown.Which.Message.Should().Contain("Service overloaded");
        server.Attempts.Should().Be(2);
    }

    [Fact]
    public async Task R6_500_500_200_waits_follow_the_backoff_formula_with_jitter_pinned()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Status(500, Json.Error(500, "Internal"))).Then(Reply.Status(500, Json.Error(500, "Internal"))).Then(Reply.Completion("third time"));
        var time = new FakeTimeProvider();
        using var client = TestClients.Standalone(server, TestClients.FakeClock(time, jitter: 0.5));

        Task<ChatCompletion> call = client.CreateChatCompletionAsync(Json.Request("same body every time"), Ct);
        TimeSpan first = await time.WaitForRetryWaitAsync();
        time.Advance(first);
        await server.WaitForAttemptsAsync(2);
        TimeSpan second = await time.WaitForRetryWaitAsync();
        time.Advance(second);
        ChatCompletion completion = await call;

        // delay(n) = min(RetryMaxDelay, RetryBaseDelay x 2^n) x (1 - 0.25 x r), r = 0.5
        // (timers have millisecond resolution)
        first.Should().BeCloseTo(TimeSpan.FromSeconds(0.5 * 0.875), TimeSpan.FromMilliseconds(1));
        second.Should().BeCloseTo(TimeSpan.FromSeconds(1.0 * 0.875), TimeSpan.FromMilliseconds(1));
        server.Attempts.Should().Be(3);
        completion.Choices[0].Message.Content.Should().Be("third time");
        server.Requests.Select(r => r.BodyText).Distinct().Should().ContainSingle().Which.Should().Contain("same body every time");
    }

    [Fact]
    public async Task R7_503_forever_gives_up_after_3_attempts_with_a_typed_error_and_disposes_every_response()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Status(503, Json.Error(503, "No capacity right now", """{"provider_name":"Lambda"}"""), ("X-Generation-Id", "gen-503")));
        OpenRouterClientOptions options = TestClients.Options(server, o => o.MaxRetries = 2);
        var recorder = new AttemptRecorder(new SocketsHttpHandler { AllowAutoRedirect = false });
        using var http = new HttpClient(new OpenRouterResilienceHandler(options, recorder)) { Timeout = Timeout.InfiniteTimeSpan };
        using var client = new OpenRouterClient(http, options);

        Func<Task> call = () => client.CreateChatCompletionAsync(Json.Request(), Ct);

        var thrown = await call.Should().ThrowAsync<OpenRouterException>();
        thrown.Which.StatusCode.Should().Be(503);
        thrown.Which.Message.Should().Contain("No capacity right now");
        thrown.Which.ProviderName.Should().Be("Lambda");
        thrown.Which.GenerationId.Should().Be("gen-503");
        server.Attempts.Should().Be(3);
        recorder.Contents.Should().HaveCount(3).And.OnlyContain(c => c.Disposed);
    }

    [Theory]
    [InlineData(400, """{"error":{"code":400,"message":"Invalid messages"}}""", typeof(OpenRouterBadRequestException), "400")]
    [InlineData(400, """{"error":{"code":"invalid_request","message":"Invalid messages"}}""", typeof(OpenRouterBadRequestException), "invalid_request")]
    [InlineData(401, """{"error":{"code":401,"message":"No auth credentials found"}}""", typeof(OpenRouterAuthenticationException), "401")]
    [InlineData(402, """{"error":{"code":402,"message":"Insufficient credits"}}""", typeof(OpenRouterPaymentRequiredException), "402")]
    [InlineData(403, """{"error":{"code":403,"message":"Input flagged","metadata":{"reasons":["violence","harassment"],"flagged_input":"some...text","provider_name":"OpenAI","model_slug":"openai/gpt-4o"}}}""", typeof(OpenRouterModerationException), "403")]
    [InlineData(404, """{"error":{"code":404,"message":"No endpoints found for meta-llama/llama-3.3-8b-instruct:free."}}""", typeof(OpenRouterNotFoundException), "404")]
    [InlineData(413, """{"error":{"code":413,"message":"Request too large"}}""", typeof(OpenRouterBadRequestException), "413")]
    [InlineData(422, """{"error":{"code":"unprocessable","message":"Unprocessable"}}""", typeof(OpenRouterBadRequestException), "unprocessable")]
    public async Task R8_client_errors_are_never_retried_and_map_to_their_exception(int status, string body, Type expected, string errorCode)
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Status(status, body));
        using var client = TestClients.Standalone(server);

        Func<Task> call = () => client.CreateChatCompletionAsync(Json.Request(), Ct);

        var thrown = await call.Should().ThrowAsync<OpenRouterException>();
        thrown.Which.Should().BeOfType(expected);
        thrown.Which.StatusCode.Should().Be(status);
        thrown.Which.ErrorCode.Should().Be(errorCode);
        server.Attempts.Should().Be(1);
        if (thrown.Which is OpenRouterModerationException moderation)
        {
            moderation.Reasons.Should().Equal("violence", "harassment");
            moderation.FlaggedInput.Should().Be("some...text");
            moderation.ModelSlug.Should().Be("openai/gpt-4o");
        }
    }

    [Fact]
    public async Task R9_connection_refused_three_times_sends_the_same_body_and_keeps_the_last_failure()
    {
        int port = FreePort();
        var options = new OpenRouterClientOptions
        {
            ApiKey = TestClients.ApiKey,
            BaseUrl = new Uri($"http://127.0.0.1:{port}/api/v1/"),
            RetryBaseDelay = TimeSpan.FromMilliseconds(1),
        };
        var recorder = new AttemptRecorder(new SocketsHttpHandler { AllowAutoRedirect = false });
        using var http = new HttpClient(new OpenRouterResilienceHandler(options, recorder)) { Timeout = Timeout.InfiniteTimeSpan };
        using var client = new OpenRouterClient(http, options);

        Func<Task> call = () => client.CreateChatCompletionAsync(Json.Request("resend me"), Ct);

        var thrown = await call.Should().ThrowAsync<OpenRouterConnectionException>();
        thrown.Which.InnerException.Should().BeOfType<HttpRequestException>();
        recorder.Bodies.Should().HaveCount(3);
        recorder.Bodies.Select(Convert.ToBase64String).Distinct().Should().ContainSingle();
        System.Text.Encoding.UTF8.GetString(recorder.Bodies.First()).Should().Contain("resend me");
    }

    [Fact]
    public async Task R10_no_headers_within_2s_is_retried_once_then_raises_a_timeout_not_a_cancellation()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Stall());
        var time = new FakeTimeProvider();
        using var client = TestClients.Standalone(server, TestClients.FakeClock(time, jitter: 0, o =>
        {
            o.MaxRetries = 1;
            o.StreamResponseTimeout = TimeSpan.FromSeconds(2);
        }));

        Task<ChatCompletion> call = client.StreamChatCompletionAsync(Json.Request(), Ct).ToChatCompletionAsync(Ct);
        await server.WaitForAttemptsAsync(1);
        (await time.WaitForTimerAsync(d => d == TimeSpan.FromSeconds(2))).Should().Be(TimeSpan.FromSeconds(2));
        time.Advance(TimeSpan.FromSeconds(2));
        TimeSpan wait = await time.WaitForTimerAsync(d => d < TimeSpan.FromSeconds(1));
        time.Advance(wait);
        await server.WaitForAttemptsAsync(2);
        await time.WaitForTimerAsync(d => d == TimeSpan.FromSeconds(2));
        time.Advance(TimeSpan.FromSeconds(2));
        Func<Task> result = () => call;

        var thrown = await result.Should().ThrowAsync<OpenRouterTimeoutException>();
        thrown.Which.Should().NotBeAssignableTo<OperationCanceledException>();
        thrown.Which.Timeout.Should().Be(TimeSpan.FromSeconds(2));
        server.Attempts.Should().Be(2);
    }

    [Fact]
    public async Task R11_caller_cancelling_during_a_retry_wait_throws_its_own_cancellation_at_once()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Status(503, Json.Error(503, "Overloaded"), ("Retry-After", "30"))).Then(Reply.Completion());
        var time = new FakeTimeProvider();
        using var client = TestClients.Standalone(server, TestClients.FakeClock(time));
        using var caller = CancellationTokenSource.CreateLinkedTokenSource(Ct);

        Task<ChatCompletion> call = client.CreateChatCompletionAsync(Json.Request(), caller.Token);
        await time.WaitForRetryWaitAsync();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        caller.Cancel();
        Func<Task> result = () => call;

        var thrown = await result.Should().ThrowAsync<OperationCanceledException>();
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(1));
        thrown.Which.CancellationToken.Should().Be(caller.Token);
        await Task.Delay(100, Ct);
        server.Attempts.Should().Be(1);
    }

    [Fact]
    public async Task R12_200_with_an_error_body_raises_the_same_exception_family()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Status(200, Json.Error(502, "Upstream provider failed", """{"provider_name":"Fireworks"}""")));
        using var client = TestClients.Standalone(server);

        Func<Task> call = () => client.CreateChatCompletionAsync(Json.Request(), Ct);

        var thrown = await call.Should().ThrowAsync<OpenRouterException>();
        thrown.Which.StatusCode.Should().Be(502);
        thrown.Which.Message.Should().Contain("Upstream provider failed");
        thrown.Which.ProviderName.Should().Be("Fireworks");
        server.Attempts.Should().Be(1);
    }

    [Fact]
    public async Task R13_an_html_502_page_gives_a_typed_error_with_the_status_and_a_truncated_body()
    {
        string html = "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>" + new string('x', 5000) + "</body></html>";
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Status(502, html));
        using var client = TestClients.Standalone(server, o => o.MaxRetries = 0);

        Func<Task> call = () => client.CreateChatCompletionAsync(Json.Request(), Ct);

        var thrown = await call.Should().ThrowAsync<OpenRouterException>();
        thrown.Which.StatusCode.Should().Be(502);
        thrown.Which.ResponseBody.Should().StartWith("<!DOCTYPE html>").And.Contain("502 Bad Gateway");
        thrown.Which.ResponseBody!.Length.Should().BeLessThan(html.Length).And.BeLessThanOrEqualTo(1100);
    }

    [Fact]
    public async Task PerCall_WithOptions_turns_retries_off_for_one_call_only()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Status(503, Json.Error(503, "Overloaded")));
        using var client = TestClients.Standalone(server);

        Func<Task> once = () => client.WithOptions(o => o.EnableRetries = false).CreateChatCompletionAsync(Json.Request(), Ct);
        await once.Should().ThrowAsync<OpenRouterException>();
        server.Attempts.Should().Be(1);

        Func<Task> withDefaults = () => client.CreateChatCompletionAsync(Json.Request(), Ct);
        await withDefaults.Should().ThrowAsync<OpenRouterException>();
        server.Attempts.Should().Be(4, "the client itself still retries twice");
    }

    [Fact]
    public async Task PerCall_WithOptions_raises_MaxRetries_for_one_call()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Status(500, Json.Error(500, "a"))).Then(Reply.Status(500, Json.Error(500, "b"))).Then(Reply.Status(500, Json.Error(500, "c")))
            .Then(Reply.Completion("fourth"));
        using var client = TestClients.Standalone(server, o => o.MaxRetries = 1);

        ChatCompletion completion = await client.WithOptions(o => o.MaxRetries = 3).CreateChatCompletionAsync(Json.Request(), Ct);

        completion.Choices[0].Message.Content.Should().Be("fourth");
        server.Attempts.Should().Be(4);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        int port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
