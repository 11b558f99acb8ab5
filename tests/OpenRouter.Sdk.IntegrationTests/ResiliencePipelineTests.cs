using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Net;
using System.Text;
using FluentAssertions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenRouter.Sdk.IntegrationTests.Infrastructure;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace OpenRouter.Sdk.IntegrationTests;

/// <summary>
/// The SDK's pipeline on Microsoft.Extensions.Http.Resilience beyond RELIABILITY.md R1-R13: the opt-in circuit
/// breaker, OpenRouter's rate-limit headers, a server wait longer than the call's time left, the public predicates and
/// the resilience.polly.* metrics of the named pipeline.
/// </summary>
public sealed class ResiliencePipelineTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_circuit_breaker_is_off_by_default()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Status(503, Json.Error(503, "Overloaded")));
        using var client = TestClients.Standalone(server, o => o.MaxRetries = 0);

        for (int i = 0; i < 12; i++)
        {
            Func<Task> call = () => client.CreateChatCompletionAsync(Json.Request(), Ct);
            (await call.Should().ThrowExactlyAsync<OpenRouterException>()).Which.StatusCode.Should().Be(503);
        }

        server.Attempts.Should().Be(12);
    }

    [Fact]
    public async Task An_opted_in_circuit_breaker_opens_on_transient_failures_refuses_at_once_and_closes_after_a_good_trial()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Status(503, Json.Error(503, "Overloaded"))).Then(Reply.Status(502, Json.Error(502, "Bad gateway"))).Then(Reply.Completion("recovered"));
        var time = new FakeTimeProvider();
        using var client = TestClients.Standalone(server, TestClients.FakeClock(time, more: o =>
        {
            o.MaxRetries = 0;
            o.CircuitBreaker = new OpenRouterCircuitBreaker { FailureRatio = 0.5, MinimumThroughput = 2, BreakDuration = TimeSpan.FromSeconds(30) };
        }));

        Func<Task> call = () => client.CreateChatCompletionAsync(Json.Request(), Ct);
        await call.Should().ThrowExactlyAsync<OpenRouterException>();
        await call.Should().ThrowExactlyAsync<OpenRouterException>();

        var refused = await call.Should().ThrowExactlyAsync<OpenRouterCircuitOpenException>();
        refused.Which.StatusCode.Should().BeNull();
        refused.Which.Message.Should().Contain("OpenRouterClientOptions.CircuitBreaker").And.Contain("30 s");
        refused.Which.InnerException.Should().BeAssignableTo<BrokenCircuitException>();
        server.Attempts.Should().Be(2, "an open circuit sends nothing");

        time.Advance(TimeSpan.FromSeconds(30));
        ChatCompletion trial = await client.CreateChatCompletionAsync(Json.Request(), Ct);
        ChatCompletion after = await client.CreateChatCompletionAsync(Json.Request(), Ct);

        trial.Choices[0].Message.Content.Should().Be("recovered");
        after.Choices[0].Message.Content.Should().Be("recovered");
        server.Attempts.Should().Be(4);
    }

    [Fact]
    public async Task Client_errors_never_open_the_circuit()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Status(400, Json.Error(400, "Invalid messages")));
        using var client = TestClients.Standalone(server, o => o.CircuitBreaker = new OpenRouterCircuitBreaker { FailureRatio = 0.1, MinimumThroughput = 2 });

        for (int i = 0; i < 5; i++)
        {
            Func<Task> call = () => client.CreateChatCompletionAsync(Json.Request(), Ct);
            await call.Should().ThrowExactlyAsync<OpenRouterBadRequestException>();
        }

        server.Attempts.Should().Be(5);
    }

    [Fact]
    public async Task The_CircuitBreaker_section_turns_the_breaker_on_with_defaults_for_missing_keys()
    {
        IConfiguration configuration = Configuration("""
            { "OpenRouter": { "ApiKey": "sk-or-v1-x", "CircuitBreaker": { "BreakDuration": "00:00:10", "MinimumThroughput": "4" } } }
            """);
        var services = new ServiceCollection();
        services.AddOpenRouter(configuration.GetSection("OpenRouter"));
        await using ServiceProvider provider = services.BuildServiceProvider();

        OpenRouterCircuitBreaker breaker = provider.GetRequiredService<IOptionsMonitor<OpenRouterClientOptions>>().Get("OpenRouter").CircuitBreaker!;

        breaker.BreakDuration.Should().Be(TimeSpan.FromSeconds(10));
        breaker.MinimumThroughput.Should().Be(4);
        breaker.FailureRatio.Should().Be(0.5);
        breaker.SamplingDuration.Should().Be(TimeSpan.FromSeconds(30));
    }

    [Theory]
    [InlineData("""{ "OpenRouter": { "ApiKey": "sk-or-v1-x", "CircuitBreaker": { "FailureRatio": "1.5" } } }""", "OpenRouter:CircuitBreaker:FailureRatio")]
    [InlineData("""{ "OpenRouter": { "ApiKey": "sk-or-v1-x", "CircuitBreaker": { "MinimumThroughput": "1" } } }""", "OpenRouter:CircuitBreaker:MinimumThroughput")]
    [InlineData("""{ "OpenRouter": { "ApiKey": "sk-or-v1-x", "CircuitBreaker": { "BreakDuration": "00:00:00.1" } } }""", "OpenRouter:CircuitBreaker:BreakDuration")]
    [InlineData("""{ "OpenRouter": { "ApiKey": "sk-or-v1-x", "CircuitBreaker": { "SamplingDuration": "soon" } } }""", "OpenRouter:CircuitBreaker:SamplingDuration")]
    public async Task Bad_circuit_breaker_settings_fail_at_start_naming_the_key(string json, string key)
    {
        var services = new ServiceCollection();
        services.AddOpenRouter(Configuration(json).GetSection("OpenRouter"));
        await using ServiceProvider provider = services.BuildServiceProvider();

        Action start = () => provider.GetRequiredService<IStartupValidator>().Validate();

        start.Should().Throw<Exception>().Which.Message.Should().Contain(key);
    }

    [Fact]
    public async Task A_429_with_only_X_RateLimit_Reset_waits_until_the_reset_and_retries()
    {
        await using var server = await ScriptedServer.StartAsync();
        var time = new FakeTimeProvider();
        long reset = (time.GetUtcNow() + TimeSpan.FromSeconds(2)).ToUnixTimeMilliseconds();
        server.Then(Reply.Status(429, Json.Error(429, "Rate limit exceeded: free-models-per-min."),
                ("X-RateLimit-Limit", "20"), ("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset", reset.ToString(System.Globalization.CultureInfo.InvariantCulture))))
            .Then(Reply.Completion("after the reset"));
        using var client = TestClients.Standalone(server, TestClients.FakeClock(time));

        Task<ChatCompletion> call = client.CreateChatCompletionAsync(Json.Request(), Ct);
        TimeSpan wait = await time.WaitForRetryWaitAsync();
        time.Advance(wait);
        ChatCompletion completion = await call;

        wait.Should().Be(TimeSpan.FromSeconds(2));
        completion.Choices[0].Message.Content.Should().Be("after the reset");
        server.Attempts.Should().Be(2);
    }

    [Fact]
    public async Task A_429_whose_window_resets_beyond_MaxRetryAfter_fails_at_once_with_the_rate_limit_headers()
    {
        await using var server = await ScriptedServer.StartAsync();
        var time = new FakeTimeProvider();
        DateTimeOffset reset = time.GetUtcNow() + TimeSpan.FromHours(5);
        server.Then(Reply.Status(429, Json.Error(429, "Rate limit exceeded: free-models-per-day."),
            ("X-RateLimit-Limit", "50"), ("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset", reset.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture))));
        using var client = TestClients.Standalone(server, TestClients.FakeClock(time));

        Func<Task> call = () => client.CreateChatCompletionAsync(Json.Request(), Ct).WaitAsync(TimeSpan.FromSeconds(10), Ct);

        var thrown = await call.Should().ThrowExactlyAsync<OpenRouterRateLimitException>();
        thrown.Which.RetryAfter.Should().Be(TimeSpan.FromHours(5));
        thrown.Which.RateLimit.Should().Be(50);
        thrown.Which.RateLimitRemaining.Should().Be(0);
        thrown.Which.RateLimitReset.Should().Be(reset);
        thrown.Which.IsClientSide.Should().BeFalse();
        server.Attempts.Should().Be(1);
    }

    [Fact]
    public async Task An_upstream_429_quoting_its_rate_limit_headers_in_the_error_metadata_fills_the_same_properties()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Status(429, Json.Error(429, "Provider returned error",
            """{"provider_name":"Chutes","raw":"rate limited","headers":{"X-RateLimit-Limit":"10","X-RateLimit-Remaining":"0","X-RateLimit-Reset":"1767225660000"}}""")));
        using var client = TestClients.Standalone(server, o => o.MaxRetries = 0);

        Func<Task> call = () => client.CreateChatCompletionAsync(Json.Request(), Ct);

        var thrown = await call.Should().ThrowExactlyAsync<OpenRouterRateLimitException>();
        thrown.Which.RateLimit.Should().Be(10);
        thrown.Which.RateLimitRemaining.Should().Be(0);
        thrown.Which.RateLimitReset.Should().Be(DateTimeOffset.FromUnixTimeMilliseconds(1767225660000));
        thrown.Which.ProviderName.Should().Be("Chutes");
    }

    [Theory]
    [InlineData("1767225662000", 2.0)]
    [InlineData("1767225662", 2.0)]
    [InlineData("7", 7.0)]
    [InlineData("Thu, 01 Jan 2026 00:01:05 GMT", 5.0)]
    public void X_RateLimit_Reset_reads_epoch_milliseconds_epoch_seconds_a_delta_or_a_date(string value, double secondsFromNow)
    {
        var now = new DateTimeOffset(2026, 1, 1, 0, 1, 0, TimeSpan.Zero);

        DateTimeOffset? reset = RetryAfterParser.ParseReset(value, now);

        reset.Should().Be(now + TimeSpan.FromSeconds(secondsFromNow));
    }

    [Theory]
    [InlineData("soon")]
    [InlineData("-5")]
    [InlineData("inf")]
    [InlineData("1e300")]
    public void Junk_X_RateLimit_Reset_is_ignored(string value) =>
        RetryAfterParser.ParseReset(value, DateTimeOffset.UnixEpoch).Should().BeNull();

    [Fact]
    public async Task A_Retry_After_longer_than_the_calls_time_left_fails_at_once_with_the_wait_instead_of_timing_out()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Status(503, Json.Error(503, "Overloaded"), ("Retry-After", "30"))).Then(Reply.Completion());
        var time = new FakeTimeProvider();
        var logs = new CapturingLoggerProvider();
        using var client = TestClients.Standalone(server, TestClients.FakeClock(time, more: o =>
        {
            o.RequestTimeout = TimeSpan.FromSeconds(20);
            o.LoggerFactory = logs;
        }));

        Func<Task> call = () => client.CreateChatCompletionAsync(Json.Request(), Ct).WaitAsync(TimeSpan.FromSeconds(10), Ct);

        var thrown = await call.Should().ThrowExactlyAsync<OpenRouterException>();
        thrown.Which.StatusCode.Should().Be(503);
        thrown.Which.RetryAfter.Should().Be(TimeSpan.FromSeconds(30));
        server.Attempts.Should().Be(1);
        time.GetUtcNow().Should().Be(new FakeTimeProvider().GetUtcNow(), "nothing waited");
        logs.Records.Should().ContainSingle(r => r.EventId.Name == "RetryAfterBeyondTimeout")
            .Which.State.Should().Contain("RetryAfterMs=30000").And.Contain("TimeLeftMs=20000");
    }

    [Theory]
    [InlineData(408, true)]
    [InlineData(429, true)]
    [InlineData(500, true)]
    [InlineData(502, true)]
    [InlineData(503, true)]
    [InlineData(504, true)]
    [InlineData(524, true)]
    [InlineData(529, true)]
    [InlineData(200, false)]
    [InlineData(400, false)]
    [InlineData(401, false)]
    [InlineData(402, false)]
    [InlineData(403, false)]
    [InlineData(404, false)]
    [InlineData(413, false)]
    [InlineData(422, false)]
    [InlineData(501, false)]
    [InlineData(505, false)]
    public void The_public_predicates_name_the_statuses_the_SDK_retries(int status, bool transient)
    {
        using var response = new HttpResponseMessage((HttpStatusCode)status);

        OpenRouterResiliencePredicates.IsTransientStatusCode(status).Should().Be(transient);
        OpenRouterResiliencePredicates.IsTransient(response).Should().Be(transient);
        OpenRouterResiliencePredicates.IsTransient(Outcome.FromResult(response)).Should().Be(transient);
    }

    [Fact]
    public void The_public_predicates_name_the_failures_the_SDK_retries()
    {
        OpenRouterResiliencePredicates.IsTransientException(new HttpRequestException("refused")).Should().BeTrue();
        OpenRouterResiliencePredicates.IsTransientException(new IOException("reset")).Should().BeTrue();
        OpenRouterResiliencePredicates.IsTransientException(new TimeoutRejectedException()).Should().BeTrue();
        OpenRouterResiliencePredicates.IsTransientException(new OperationCanceledException()).Should().BeFalse();
        OpenRouterResiliencePredicates.IsTransientException(new BrokenCircuitException()).Should().BeFalse();
        OpenRouterResiliencePredicates.IsTransientException(new InvalidOperationException()).Should().BeFalse();
        OpenRouterResiliencePredicates.IsTransient(Outcome.FromException<HttpResponseMessage>(new HttpRequestException())).Should().BeTrue();
    }

    [Fact]
    public async Task A_pipeline_composed_with_the_public_predicate_retries_what_the_SDK_retries()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Status(529, "{}")).Then(Reply.Status(501, "{}"));
        var pipeline = new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddRetry(new HttpRetryStrategyOptions
            {
                ShouldHandle = args => ValueTask.FromResult(OpenRouterResiliencePredicates.IsTransient(args.Outcome)),
                Delay = TimeSpan.Zero,
                MaxRetryAttempts = 5,
            })
            .Build();
        using var http = new HttpClient(new ResilienceHandler(pipeline) { InnerHandler = new SocketsHttpHandler() });

        using HttpResponseMessage response = await http.GetAsync(new Uri(server.BaseUrl, "models"), Ct);

        response.StatusCode.Should().Be(HttpStatusCode.NotImplemented, "529 is retried, 501 is not");
        server.Attempts.Should().Be(2);
    }

    [Fact]
    public void OpenRouterResilienceHandler_is_a_Microsoft_Extensions_Http_Resilience_handler()
    {
        using var handler = new OpenRouterResilienceHandler(new OpenRouterClientOptions());

        handler.Should().BeAssignableTo<ResilienceHandler>();
    }

    [Fact]
    public async Task The_named_pipeline_of_AddOpenRouter_reports_its_retries_to_the_resilience_polly_metrics()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Status(503, Json.Error(503, "Overloaded"))).Then(Reply.Completion());
        var events = new ConcurrentQueue<string>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == "Polly" && instrument.Name == "resilience.polly.strategy.events")
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<int>((_, _, tags, _) => events.Enqueue(Describe(tags)));
        listener.Start();
        var services = new ServiceCollection();
        services.AddOpenRouter("metrics", o =>
        {
            o.ApiKey = TestClients.ApiKey;
            o.BaseUrl = server.BaseUrl;
            o.RetryBaseDelay = TimeSpan.FromMilliseconds(1);
        });
        await using ServiceProvider provider = services.BuildServiceProvider();

        await provider.GetRequiredKeyedService<IOpenRouterClient>("metrics").CreateChatCompletionAsync(Json.Request(), Ct);

        events.Should().Contain(e => e.Contains("pipeline.name=OpenRouter:metrics-sdk") && e.Contains("event.name=OnRetry"));
    }

    [Fact]
    public async Task A_standalone_client_reports_to_the_same_metrics_and_logs_with_the_same_pipeline_name()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Status(503, Json.Error(503, "Overloaded"))).Then(Reply.Completion());
        var events = new ConcurrentQueue<string>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == "Polly" && instrument.Name == "resilience.polly.strategy.events")
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<int>((_, _, tags, _) => events.Enqueue(Describe(tags)));
        listener.Start();
        var logs = new CapturingLoggerProvider();
        using var client = TestClients.Standalone(server, o => o.LoggerFactory = logs);

        await client.CreateChatCompletionAsync(Json.Request(), Ct);

        events.Should().Contain(e => e.Contains("pipeline.name=OpenRouter-sdk") && e.Contains("event.name=OnRetry"));
        logs.Records.Should().Contain(r => r.Category == "Polly" && r.Level == LogLevel.Warning && r.Message.Contains("OnRetry"));
        logs.Records.Should().ContainSingle(r => r.EventId.Name == "RetryScheduled");
    }

    private static string Describe(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var text = new StringBuilder();
        foreach (KeyValuePair<string, object?> tag in tags)
        {
            text.Append(tag.Key).Append('=').Append(tag.Value).Append(';');
        }

        return text.ToString();
    }

    private static IConfiguration Configuration(string json) =>
        new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build();
}
