using FluentAssertions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OpenRouter.Sdk.IntegrationTests.Infrastructure;

namespace OpenRouter.Sdk.IntegrationTests;

/// <summary>
/// RELIABILITY.md L2: an app whose service defaults put the standard resilience handler on every HttpClient
/// (<c>ConfigureHttpClientDefaults(b =&gt; b.AddStandardResilienceHandler())</c>, as every .NET Aspire app does),
/// before or after <c>AddOpenRouter</c>. The OpenRouter client keeps exactly one resilience layer, the SDK's.
/// The app's <see cref="TimeProvider"/> and the SDK's are one fake clock, so a standard handler left in place would
/// time out on it: its 10 s attempt timeout, its 30 s total timeout.
/// </summary>
public sealed class AspireResilienceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_call_whose_headers_take_12_s_completes_in_one_attempt(bool defaultsFirst)
    {
        await using var server = await ScriptedServer.StartAsync();
        var headers = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        server.Then(HoldHeaders(headers, Reply.Completion("thought for a while")));
        var time = new FakeTimeProvider();
        await using ServiceProvider provider = AppWithServiceDefaults(defaultsFirst, server, time);
        IOpenRouterClient client = provider.GetRequiredService<IOpenRouterClient>();

        // A call left waiting on the fake clock would hold up the disposal of the app's resilience pipelines.
        using var caller = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        try
        {
            Task<ChatCompletion> call = client.CreateChatCompletionAsync(Json.Request(), caller.Token);
            await server.WaitForAttemptsAsync(1);
            time.Advance(TimeSpan.FromSeconds(12));
            await Task.Delay(50, Ct);
            headers.SetResult();
            ChatCompletion completion = await call.WaitAsync(TimeSpan.FromSeconds(10), Ct);

            completion.Choices[0].Message.Content.Should().Be("thought for a while");
            server.Attempts.Should().Be(1, "no 10 s attempt timeout cut the call and retried it");
        }
        finally
        {
            caller.Cancel();
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_call_that_keeps_getting_503_is_attempted_1_plus_MaxRetries_times_with_an_SDK_exception(bool defaultsFirst)
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Status(503, Json.Error(503, "No capacity")));
        await using ServiceProvider provider = AppWithServiceDefaults(defaultsFirst, server, time: null);
        IOpenRouterClient client = provider.GetRequiredService<IOpenRouterClient>();

        Func<Task> call = () => client.CreateChatCompletionAsync(Json.Request(), Ct);

        var thrown = await call.Should().ThrowExactlyAsync<OpenRouterException>();
        thrown.Which.StatusCode.Should().Be(503);
        server.Attempts.Should().Be(3, "the SDK's 1 + MaxRetries (2), not 4 standard attempts of each of them");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Keyed_clients_also_keep_only_the_SDK_layer(bool defaultsFirst)
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Status(503, Json.Error(503, "No capacity")));
        var services = new ServiceCollection();
        if (defaultsFirst)
        {
            services.ConfigureHttpClientDefaults(b => b.AddStandardResilienceHandler());
        }

        services.AddOpenRouter("research", o => Configure(o, server));
        if (!defaultsFirst)
        {
            services.ConfigureHttpClientDefaults(b => b.AddStandardResilienceHandler());
        }

        await using ServiceProvider provider = services.BuildServiceProvider();
        IOpenRouterClient client = provider.GetRequiredKeyedService<IOpenRouterClient>("research");

        Func<Task> call = () => client.CreateChatCompletionAsync(Json.Request(), Ct);

        await call.Should().ThrowExactlyAsync<OpenRouterException>();
        server.Attempts.Should().Be(3);
    }

    [Fact]
    public async Task Other_clients_of_the_app_keep_the_standard_handler()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Status(503, Json.Error(503, "No capacity"))).Then(Reply.Status(200, "{}"));
        await using ServiceProvider provider = AppWithServiceDefaults(defaultsFirst: true, server, time: null, configureStandard: o => o.Retry.Delay = TimeSpan.Zero);

        using HttpClient other = provider.GetRequiredService<IHttpClientFactory>().CreateClient("catalog");
        using HttpResponseMessage response = await other.GetAsync(new Uri(server.BaseUrl, "models"), Ct);

        response.StatusCode.Should().Be(System.Net.HttpStatusCode.OK, "the standard handler retried the 503 of a client that is not OpenRouter's");
        server.Attempts.Should().Be(2);
    }

    [Fact]
    public async Task The_control_a_standard_handler_added_on_purpose_does_cut_and_retry_the_slow_call_on_the_shared_clock()
    {
        // Proves the fake clock drives a standard handler: the test above would fail if AddOpenRouter kept the app's.
        await using var server = await ScriptedServer.StartAsync();
        var headers = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        server.Then(HoldHeaders(headers, Reply.Completion("late"))).Then(Reply.Completion("second attempt"));
        var time = new FakeTimeProvider();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        services.AddOpenRouter(o => Configure(o, server, time)).AddStandardResilienceHandler(o => o.Retry.UseJitter = false);
        await using ServiceProvider provider = services.BuildServiceProvider();
        IOpenRouterClient client = provider.GetRequiredService<IOpenRouterClient>();

        Task<ChatCompletion> call = client.CreateChatCompletionAsync(Json.Request(), Ct);
        await server.WaitForAttemptsAsync(1);
        time.Advance(await time.WaitForTimerAsync(d => d == TimeSpan.FromSeconds(10)));
        time.Advance(await time.WaitForTimerAsync(d => d == TimeSpan.FromSeconds(2)));
        await server.WaitForAttemptsAsync(2);
        ChatCompletion completion = await call.WaitAsync(TimeSpan.FromSeconds(10), Ct);
        headers.SetResult();

        completion.Choices[0].Message.Content.Should().Be("second attempt", "the standard handler's 10 s attempt timeout cut the first attempt");
    }

    [Fact]
    public async Task A_timeout_of_a_standard_handler_added_on_purpose_reaches_the_caller_as_an_SDK_timeout_not_a_Polly_exception()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Stall());
        var time = new FakeTimeProvider();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        services.AddOpenRouter(o =>
        {
            Configure(o, server, time);
            o.MaxRetries = 0;
        }).AddStandardResilienceHandler(o => o.Retry.ShouldHandle = _ => ValueTask.FromResult(false));
        await using ServiceProvider provider = services.BuildServiceProvider();
        IOpenRouterClient client = provider.GetRequiredService<IOpenRouterClient>();

        Task<ChatCompletion> call = client.CreateChatCompletionAsync(Json.Request(), Ct);
        await server.WaitForAttemptsAsync(1);
        await time.WaitForTimerAsync(d => d == TimeSpan.FromSeconds(10));
        time.Advance(TimeSpan.FromSeconds(10));
        Func<Task> result = () => call.WaitAsync(TimeSpan.FromSeconds(10), Ct);

        var thrown = await result.Should().ThrowExactlyAsync<OpenRouterTimeoutException>();
        thrown.Which.Timeout.Should().Be(TimeSpan.FromSeconds(10));
        thrown.Which.Message.Should().Contain("handler chain").And.Contain("not one of the SDK's timeouts");
        thrown.Which.InnerException.Should().BeOfType<Polly.Timeout.TimeoutRejectedException>();
    }

    private static ServiceProvider AppWithServiceDefaults(bool defaultsFirst, ScriptedServer server, FakeTimeProvider? time,
        Action<Microsoft.Extensions.Http.Resilience.HttpStandardResilienceOptions>? configureStandard = null)
    {
        var services = new ServiceCollection();
        if (time is not null)
        {
            services.AddSingleton<TimeProvider>(time);
        }

        Action<IHttpClientBuilder> serviceDefaults = configureStandard is null
            ? b => b.AddStandardResilienceHandler()
            : b => b.AddStandardResilienceHandler(configureStandard);
        if (defaultsFirst)
        {
            services.ConfigureHttpClientDefaults(serviceDefaults);
        }

        services.AddOpenRouter(o => Configure(o, server, time));
        if (!defaultsFirst)
        {
            services.ConfigureHttpClientDefaults(serviceDefaults);
        }

        return services.BuildServiceProvider();
    }

    private static void Configure(OpenRouterClientOptions o, ScriptedServer server, FakeTimeProvider? time = null)
    {
        o.ApiKey = TestClients.ApiKey;
        o.BaseUrl = server.BaseUrl;
        o.RetryBaseDelay = TimeSpan.FromMilliseconds(1);
        o.RetryMaxDelay = TimeSpan.FromMilliseconds(10);
        if (time is not null)
        {
            o.TimeProvider = time;
        }
    }

    /// <summary>Holds the response headers until <paramref name="release"/> completes (or the client goes away), then answers.</summary>
    private static Func<HttpContext, Task> HoldHeaders(TaskCompletionSource release, Func<HttpContext, Task> then) => async context =>
    {
        try
        {
            await release.Task.WaitAsync(context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        await then(context);
    };
}
