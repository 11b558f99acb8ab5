using FluentAssertions;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenRouter.Sdk.IntegrationTests.Infrastructure;

namespace OpenRouter.Sdk.IntegrationTests;

/// <summary>The dependency injection and retry snippets of README.md, compiled and run.</summary>
public sealed class ReadmeSnippetTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Dependency_injection_snippets_build_a_working_host()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Completion("Hi"));
        var settings = new Dictionary<string, string?>
        {
            ["OpenRouter:ApiKey"] = TestClients.ApiKey,
            ["OpenRouter:BaseUrl"] = server.BaseUrl.ToString(),
            ["OpenRouter:ResearchKey"] = "sk-or-v1-research",
            ["OpenRouterSupport:ApiKey"] = "sk-or-v1-support",
        };
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.AddInMemoryCollection(settings);

        builder.Services.AddOpenRouter(builder.Configuration.GetSection("OpenRouter"));

        builder.Services.AddOpenRouter("research", o => o.ApiKey = builder.Configuration["OpenRouter:ResearchKey"]);
        builder.Services.AddOpenRouter("support", builder.Configuration.GetSection("OpenRouterSupport"));
        builder.Services.AddSingleton<Summarizer>();
        builder.Services.AddSingleton<TwoKeys>();

        await using WebApplication app = builder.Build();
        string? summary = await app.Services.GetRequiredService<Summarizer>().SummarizeAsync("long text", Ct);
        TwoKeys both = app.Services.GetRequiredService<TwoKeys>();

        summary.Should().Be("Hi");
        both.Research.Should().NotBeSameAs(both.Support);
    }

    [Fact]
    public async Task Retry_snippets_compile_and_run()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Status(429, Json.Error(429, "Slow down"), ("Retry-After", "120")));
        string apiKey = TestClients.ApiKey;
        ChatCompletionRequest request = Json.Request();
        CancellationToken cancellationToken = Ct;

        var client = new OpenRouterClient(new OpenRouterClientOptions
        {
            ApiKey = apiKey,
            MaxRetries = 4,
            RetryBaseDelay = TimeSpan.FromSeconds(1),
            MaxRetryAfter = TimeSpan.FromSeconds(30),
            RequestTimeout = TimeSpan.FromMinutes(2),
            StreamIdleTimeout = TimeSpan.FromSeconds(60),
        });
        client.Dispose();

        var options = new OpenRouterClientOptions { ApiKey = apiKey, BaseUrl = server.BaseUrl };
        var http = new HttpClient(new OpenRouterResilienceHandler(options, new SocketsHttpHandler { AllowAutoRedirect = false }))
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
        var ownClient = new OpenRouterClient(http, options);

        TimeSpan? waited = null;
        try
        {
            ChatCompletion once = await ownClient.WithOptions(o => o.EnableRetries = false).CreateChatCompletionAsync(request, cancellationToken);
            _ = once;
        }
        catch (OpenRouterRateLimitException e) when (e.RetryAfter is { } wait)
        {
            // Beyond MaxRetryAfter the SDK gives up at once; schedule the work for later instead.
            waited = wait;
        }

        waited.Should().Be(TimeSpan.FromSeconds(120));
        server.Attempts.Should().Be(1);
        http.Dispose();
    }
}

/// <summary>README "Inside .NET Aspire": the recipe for the standard handler on top of the SDK's pipeline, compiled and run.</summary>
public sealed class ReadmeStandardHandlerRecipeTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_recipe_keeps_a_12_s_call_to_one_attempt_and_its_own_timeout_at_5_minutes()
    {
        await using var server = await ScriptedServer.StartAsync();
        var headers = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        server.Then(async context =>
        {
            await headers.Task.WaitAsync(context.RequestAborted);
            await Reply.Completion("after 12 s")(context);
        }).Then(Reply.Stall());
        var time = new FakeTimeProvider();
        await using WebApplication app = Recipe(server, time);
        OpenRouterClient client = app.Services.GetRequiredService<OpenRouterClient>();

        Task<ChatCompletion> slow = client.CreateChatCompletionAsync(Json.Request(), Ct);
        await server.WaitForAttemptsAsync(1);
        time.Advance(TimeSpan.FromSeconds(12));
        headers.SetResult();
        ChatCompletion completion = await slow.WaitAsync(TimeSpan.FromSeconds(10), Ct);

        completion.Choices[0].Message.Content.Should().Be("after 12 s");
        server.Attempts.Should().Be(1);

        // The standard handler is there, with the recipe's timeout: a call that never answers ends after 5 minutes.
        Task<ChatCompletion> stalled = client.WithOptions(o => o.MaxRetries = 0).CreateChatCompletionAsync(Json.Request(), Ct);
        await server.WaitForAttemptsAsync(2);
        time.Advance(await time.WaitForTimerAsync(d => d == TimeSpan.FromMinutes(5)));
        Func<Task> result = () => stalled.WaitAsync(TimeSpan.FromSeconds(10), Ct);

        var thrown = await result.Should().ThrowExactlyAsync<OpenRouterTimeoutException>();
        thrown.Which.Timeout.Should().Be(TimeSpan.FromMinutes(5));
        thrown.Which.Message.Should().Contain("handler chain", "the standard handler's timeout, not the SDK's RequestTimeout of 10 minutes");
    }

    [Fact]
    public async Task The_recipe_leaves_retries_to_the_SDK_so_a_failing_call_is_attempted_3_times()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Status(503, Json.Error(503, "No capacity")));
        await using WebApplication app = Recipe(server, time: null);
        IOpenRouterClient client = app.Services.GetRequiredService<IOpenRouterClient>();

        Func<Task> call = () => client.CreateChatCompletionAsync(Json.Request(), Ct);

        (await call.Should().ThrowExactlyAsync<OpenRouterException>()).Which.StatusCode.Should().Be(503);
        server.Attempts.Should().Be(3);
    }

    [Fact]
    public void The_rate_limit_and_circuit_breaker_snippets_compile()
    {
        string apiKey = TestClients.ApiKey;
        var options = new OpenRouterClientOptions();

        var free = new OpenRouterClient(new OpenRouterClientOptions
        {
            ApiKey = apiKey,
            RateLimit = new OpenRouterRateLimit { Requests = 20, Window = TimeSpan.FromMinutes(1) },
        });
        options.CircuitBreaker = new OpenRouterCircuitBreaker { FailureRatio = 0.5, MinimumThroughput = 10, BreakDuration = TimeSpan.FromSeconds(30) };

        free.Dispose();
        options.CircuitBreaker.BreakDuration.Should().Be(TimeSpan.FromSeconds(30));
    }

    private static WebApplication Recipe(ScriptedServer server, FakeTimeProvider? time)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["OpenRouter:ApiKey"] = TestClients.ApiKey,
            ["OpenRouter:BaseUrl"] = server.BaseUrl.ToString(),
            ["OpenRouter:RetryBaseDelay"] = "00:00:00.001",
            ["OpenRouter:RequestTimeout"] = "00:10:00",
        });
        if (time is not null)
        {
            builder.Services.AddSingleton<TimeProvider>(time);
            builder.Services.Configure<OpenRouterClientOptions>("OpenRouter", o => o.TimeProvider = time);
        }

        // Aspire's service defaults.
        builder.Services.ConfigureHttpClientDefaults(b => b.AddStandardResilienceHandler());

        builder.Services.AddOpenRouter(builder.Configuration.GetSection("OpenRouter"))
            .AddStandardResilienceHandler(o =>
            {
                o.Retry.ShouldHandle = _ => ValueTask.FromResult(false);      // the SDK retries; a started stream is never replayed
                o.AttemptTimeout.Timeout = TimeSpan.FromMinutes(5);           // a reasoning model may think for minutes
                o.TotalRequestTimeout.Timeout = TimeSpan.FromMinutes(5);
                o.CircuitBreaker.SamplingDuration = TimeSpan.FromMinutes(10); // at least twice the attempt timeout
            });

        return builder.Build();
    }
}

public sealed class Summarizer(IOpenRouterClient openRouter)
{
    public async Task<string?> SummarizeAsync(string text, CancellationToken cancellationToken)
    {
        var request = new ChatCompletionRequest
        {
            Model = "openai/gpt-4o-mini",
            Messages = { new SystemMessage("Summarize in one sentence."), new UserMessage(text) },
        };
        ChatCompletion completion = await openRouter.CreateChatCompletionAsync(request, cancellationToken);
        return completion.Choices[0].Message.Content;
    }
}

public sealed class TwoKeys(
    [FromKeyedServices("research")] IOpenRouterClient research,
    [FromKeyedServices("support")] IOpenRouterClient support)
{
    public IOpenRouterClient Research { get; } = research;

    public IOpenRouterClient Support { get; } = support;
}
