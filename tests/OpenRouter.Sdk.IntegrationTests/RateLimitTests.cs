using System.Text;
using FluentAssertions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenRouter.Sdk.IntegrationTests.Infrastructure;

namespace OpenRouter.Sdk.IntegrationTests;

/// <summary>The client-side request rate limit (<see cref="OpenRouterClientOptions.RateLimit"/>), on a fake clock.</summary>
public sealed class RateLimitTests
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task At_20_per_minute_the_21st_call_waits_for_the_window_and_is_then_sent()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Completion());
        var time = new FakeTimeProvider();
        using var client = TestClients.Standalone(server, TestClients.FakeClock(time, more: o => o.RateLimit = new OpenRouterRateLimit { Requests = 20, Window = Minute }));

        for (int i = 0; i < 20; i++)
        {
            await client.CreateChatCompletionAsync(Json.Request(), Ct);
        }

        time.Advance(TimeSpan.FromSeconds(10));
        Task<ChatCompletion> twentyFirst = client.CreateChatCompletionAsync(Json.Request("the 21st"), Ct);
        TimeSpan wait = await time.WaitForTimerAsync(d => d == TimeSpan.FromSeconds(50));
        await Task.Delay(50, Ct);
        twentyFirst.IsCompleted.Should().BeFalse("the first 20 permits of the window are taken");
        server.Attempts.Should().Be(20);

        time.Advance(wait - TimeSpan.FromMilliseconds(1));
        await Task.Delay(50, Ct);
        twentyFirst.IsCompleted.Should().BeFalse("the window of the first permit has not ended yet");
        server.Attempts.Should().Be(20);

        time.Advance(TimeSpan.FromMilliseconds(1));
        await twentyFirst.WaitAsync(TimeSpan.FromSeconds(10), Ct);

        wait.Should().Be(TimeSpan.FromSeconds(50), "a minute after the first permit, taken 10 s before the 21st call");
        server.Attempts.Should().Be(21);
        server.Requests.Last().BodyText.Should().Contain("the 21st");
    }

    [Fact]
    public async Task Without_a_rate_limit_21_calls_go_out_at_once()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Completion());
        var time = new FakeTimeProvider();
        using var client = TestClients.Standalone(server, TestClients.FakeClock(time));

        await Task.WhenAll(Enumerable.Range(0, 21).Select(_ => client.CreateChatCompletionAsync(Json.Request(), Ct)));

        server.Attempts.Should().Be(21);
    }

    [Fact]
    public async Task Waiting_calls_are_sent_in_order_as_permits_free_up_over_the_sliding_window()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Completion());
        var time = new FakeTimeProvider();
        using var client = TestClients.Standalone(server, TestClients.FakeClock(time, more: o => o.RateLimit = new OpenRouterRateLimit { Requests = 2, Window = Minute }));

        await client.CreateChatCompletionAsync(Json.Request("a"), Ct);
        time.Advance(TimeSpan.FromSeconds(20));
        await client.CreateChatCompletionAsync(Json.Request("b"), Ct);
        Task<ChatCompletion> c = client.CreateChatCompletionAsync(Json.Request("c"), Ct);
        await time.WaitForTimerAsync(d => d == TimeSpan.FromSeconds(40));
        Task<ChatCompletion> d = client.CreateChatCompletionAsync(Json.Request("d"), Ct);
        await Task.Delay(50, Ct);

        time.Advance(TimeSpan.FromSeconds(40));
        await c.WaitAsync(TimeSpan.FromSeconds(10), Ct);
        await Task.Delay(50, Ct);
        d.IsCompleted.Should().BeFalse("b's permit frees 20 s later");
        time.Advance(await time.WaitForTimerAsync(x => x == TimeSpan.FromSeconds(20)));
        await d.WaitAsync(TimeSpan.FromSeconds(10), Ct);

        server.Requests.Select(r => r.BodyText.Contains("\"c\"") ? "c" : r.BodyText.Contains("\"d\"") ? "d" : "-").Should().EndWith(new[] { "c", "d" });
        server.Attempts.Should().Be(4);
    }

    [Fact]
    public async Task A_wait_longer_than_the_time_left_fails_at_once_before_sending_with_a_typed_exception()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Completion());
        var time = new FakeTimeProvider();
        var logs = new CapturingLoggerProvider();
        using var client = TestClients.Standalone(server, TestClients.FakeClock(time, more: o =>
        {
            o.RateLimit = new OpenRouterRateLimit { Requests = 1, Window = Minute };
            o.RequestTimeout = TimeSpan.FromSeconds(30);
            o.LoggerFactory = logs;
        }));
        await client.CreateChatCompletionAsync(Json.Request(), Ct);

        Func<Task> second = () => client.CreateChatCompletionAsync(Json.Request(), Ct).WaitAsync(TimeSpan.FromSeconds(10), Ct);

        var thrown = await second.Should().ThrowExactlyAsync<OpenRouterRateLimitException>();
        thrown.Which.IsClientSide.Should().BeTrue();
        thrown.Which.StatusCode.Should().BeNull("nothing was sent");
        thrown.Which.RetryAfter.Should().Be(Minute);
        thrown.Which.Message.Should().Contain("1 requests per 60 s").And.Contain("OpenRouterClientOptions.RateLimit");
        server.Attempts.Should().Be(1);
        time.GetUtcNow().Should().Be(new FakeTimeProvider().GetUtcNow(), "nothing waited");
        logs.Records.Should().Contain(r => r.EventId.Name == "RateLimitPermitRefused" && r.Level == LogLevel.Warning);
        logs.Records.Should().ContainSingle(r => r.EventId.Name == "RequestFailed").Which.State.Should().Contain("OpenRouterRateLimitException");
    }

    [Fact]
    public async Task A_stream_waits_for_a_permit_within_StreamResponseTimeout()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Sse(Json.Chunk("streamed", "stop"), "[DONE]"));
        var time = new FakeTimeProvider();
        using var client = TestClients.Standalone(server, TestClients.FakeClock(time, more: o =>
        {
            o.RateLimit = new OpenRouterRateLimit { Requests = 1, Window = Minute };
            o.StreamResponseTimeout = TimeSpan.FromSeconds(90);
        }));
        await client.StreamChatCompletionAsync(Json.Request(), Ct).ToChatCompletionAsync(Ct);

        Task<ChatCompletion> waiting = client.StreamChatCompletionAsync(Json.Request(), Ct).ToChatCompletionAsync(Ct);
        time.Advance(await time.WaitForTimerAsync(d => d == Minute));
        ChatCompletion completion = await waiting.WaitAsync(TimeSpan.FromSeconds(10), Ct);

        completion.Choices[0].Message.Content.Should().Be("streamed");
        server.Attempts.Should().Be(2);

        using var strict = TestClients.Standalone(server, TestClients.FakeClock(time, more: o =>
        {
            o.RateLimit = new OpenRouterRateLimit { Requests = 1, Window = Minute };
            o.StreamResponseTimeout = TimeSpan.FromSeconds(30);
        }));
        await strict.StreamChatCompletionAsync(Json.Request(), Ct).ToChatCompletionAsync(Ct);
        Func<Task> refused = () => strict.StreamChatCompletionAsync(Json.Request(), Ct).ToChatCompletionAsync(Ct).WaitAsync(TimeSpan.FromSeconds(10), Ct);

        (await refused.Should().ThrowExactlyAsync<OpenRouterRateLimitException>()).Which.IsClientSide.Should().BeTrue();
        server.Attempts.Should().Be(3);
    }

    [Fact]
    public async Task The_caller_cancelling_a_wait_gets_its_own_cancellation_at_once_and_nothing_is_sent()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Completion());
        var time = new FakeTimeProvider();
        using var client = TestClients.Standalone(server, TestClients.FakeClock(time, more: o => o.RateLimit = new OpenRouterRateLimit { Requests = 1, Window = Minute }));
        await client.CreateChatCompletionAsync(Json.Request(), Ct);
        using var caller = CancellationTokenSource.CreateLinkedTokenSource(Ct);

        Task<ChatCompletion> waiting = client.CreateChatCompletionAsync(Json.Request(), caller.Token);
        await time.WaitForTimerAsync(d => d == Minute);
        caller.Cancel();
        Func<Task> result = () => waiting.WaitAsync(TimeSpan.FromSeconds(5), Ct);

        var thrown = await result.Should().ThrowAsync<OperationCanceledException>();
        thrown.Which.CancellationToken.Should().Be(caller.Token);
        time.Advance(Minute);
        await client.CreateChatCompletionAsync(Json.Request(), Ct).WaitAsync(TimeSpan.FromSeconds(10), Ct);
        server.Attempts.Should().Be(2, "the cancelled call never went out, and its place in the queue was given up");
    }

    [Fact]
    public async Task Each_retry_takes_a_permit_too()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Status(503, Json.Error(503, "Overloaded"))).Then(Reply.Completion("after the retry"));
        var time = new FakeTimeProvider();
        using var client = TestClients.Standalone(server, TestClients.FakeClock(time, more: o => o.RateLimit = new OpenRouterRateLimit { Requests = 1, Window = Minute }));

        Task<ChatCompletion> call = client.CreateChatCompletionAsync(Json.Request(), Ct);
        time.Advance(await time.WaitForTimerAsync(d => d == TimeSpan.FromSeconds(0.5)));
        TimeSpan permit = await time.WaitForTimerAsync(d => d > TimeSpan.FromSeconds(59) && d < Minute);
        server.Attempts.Should().Be(1, "the retry waits for a permit: the first attempt took the only one");
        time.Advance(permit);
        ChatCompletion completion = await call.WaitAsync(TimeSpan.FromSeconds(10), Ct);

        completion.Choices[0].Message.Content.Should().Be("after the retry");
        server.Attempts.Should().Be(2);
    }

    [Fact]
    public async Task Clients_made_with_WithOptions_share_their_parents_limiter()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Completion());
        var time = new FakeTimeProvider();
        using var client = TestClients.Standalone(server, TestClients.FakeClock(time, more: o => o.RateLimit = new OpenRouterRateLimit { Requests = 1, Window = Minute }));
        await client.CreateChatCompletionAsync(Json.Request(), Ct);

        Task<ChatCompletion> child = client.WithOptions(o => o.MaxRetries = 0).CreateChatCompletionAsync(Json.Request(), Ct);
        TimeSpan wait = await time.WaitForTimerAsync(d => d == Minute);
        server.Attempts.Should().Be(1);
        time.Advance(wait);
        await child.WaitAsync(TimeSpan.FromSeconds(10), Ct);

        server.Attempts.Should().Be(2);
    }

    [Fact]
    public async Task AddOpenRouter_binds_the_RateLimit_section_with_one_limiter_per_registration()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Completion());
        var time = new FakeTimeProvider();
        IConfiguration configuration = new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes($$"""
            {
              "OpenRouter": { "ApiKey": "{{TestClients.ApiKey}}", "BaseUrl": "{{server.BaseUrl}}", "RateLimit": { "Requests": "2", "Window": "00:01:00" } },
              "Other": { "ApiKey": "{{TestClients.ApiKey}}", "BaseUrl": "{{server.BaseUrl}}", "RateLimit": { "Requests": "2" } }
            }
            """))).Build();
        var services = new ServiceCollection();
        services.AddOpenRouter(configuration.GetSection("OpenRouter")).Services.Configure<OpenRouterClientOptions>("OpenRouter", o => o.TimeProvider = time);
        services.AddOpenRouter("other", configuration.GetSection("Other")).Services.Configure<OpenRouterClientOptions>("OpenRouter:other", o => o.TimeProvider = time);
        await using ServiceProvider provider = services.BuildServiceProvider();
        IOpenRouterClient client = provider.GetRequiredService<IOpenRouterClient>();
        IOpenRouterClient other = provider.GetRequiredKeyedService<IOpenRouterClient>("other");

        await client.CreateChatCompletionAsync(Json.Request(), Ct);
        await client.CreateChatCompletionAsync(Json.Request(), Ct);
        Task<ChatCompletion> third = client.CreateChatCompletionAsync(Json.Request(), Ct);
        TimeSpan wait = await time.WaitForTimerAsync(d => d == Minute);
        await other.CreateChatCompletionAsync(Json.Request(), Ct).WaitAsync(TimeSpan.FromSeconds(10), Ct);
        server.Attempts.Should().Be(3, "the keyed registration has a limiter of its own");
        time.Advance(wait);
        await third.WaitAsync(TimeSpan.FromSeconds(10), Ct);

        server.Attempts.Should().Be(4);
        provider.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<OpenRouterClientOptions>>().Get("OpenRouter:other").RateLimit!.Window
            .Should().Be(Minute, "a missing Window keeps its default of one minute");
    }

    [Theory]
    [InlineData("""{ "OpenRouter": { "ApiKey": "sk-or-v1-x", "RateLimit": { "Requests": "0" } } }""", "OpenRouter:RateLimit:Requests")]
    [InlineData("""{ "OpenRouter": { "ApiKey": "sk-or-v1-x", "RateLimit": { "Requests": "20", "Window": "2.00:00:00" } } }""", "OpenRouter:RateLimit:Window")]
    [InlineData("""{ "OpenRouter": { "ApiKey": "sk-or-v1-x", "RateLimit": { "Requests": "many" } } }""", "OpenRouter:RateLimit:Requests")]
    public async Task Bad_rate_limit_settings_fail_at_start_naming_the_key(string json, string key)
    {
        var services = new ServiceCollection();
        services.AddOpenRouter(new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build().GetSection("OpenRouter"));
        await using ServiceProvider provider = services.BuildServiceProvider();

        Action start = () => provider.GetRequiredService<Microsoft.Extensions.Options.IStartupValidator>().Validate();

        start.Should().Throw<Exception>().Which.Message.Should().Contain(key);
    }
}
