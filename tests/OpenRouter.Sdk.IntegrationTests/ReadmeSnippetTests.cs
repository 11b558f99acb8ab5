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
