using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenRouter.Sdk.IntegrationTests.Infrastructure;

namespace OpenRouter.Sdk.IntegrationTests;

/// <summary>RELIABILITY.md "Security".</summary>
public sealed class SecurityTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task K1_no_log_record_exception_or_activity_tag_contains_the_key_across_R1_R7_S4_S5()
    {
        var logs = new CapturingLoggerProvider();
        var tags = new System.Collections.Concurrent.ConcurrentQueue<string>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = _ => true,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a => tags.Enqueue(a.DisplayName + " " + string.Join(";", a.TagObjects.Select(t => $"{t.Key}={t.Value}"))),
        };
        ActivitySource.AddActivityListener(listener);
        await using var server = await ScriptedServer.StartAsync();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        services.AddOpenRouter(o =>
        {
            o.ApiKey = TestClients.ApiKey;
            o.BaseUrl = server.BaseUrl;
            o.RetryBaseDelay = TimeSpan.FromMilliseconds(1);
        });
        await using ServiceProvider provider = services.BuildServiceProvider();
        IOpenRouterClient client = provider.GetRequiredService<IOpenRouterClient>();
        var exceptions = new List<Exception>();

        // R1 (with a short server wait), then R7.
        server.Then(Reply.Status(429, Json.Error(429, "Rate limited"), ("retry-after-ms", "5"))).Then(Reply.Completion());
        await client.CreateChatCompletionAsync(Json.Request(), Ct);
        server.Then(Reply.Status(503, Json.Error(503, "Overloaded"), ("X-Generation-Id", "gen-503")));
        exceptions.Add(await Capture(() => client.CreateChatCompletionAsync(Json.Request(), Ct)));

        // S4, then S5.
        server.Then(Reply.Sse(Json.Chunk("a"), "{\"id\":\"gen-e\",\"error\":{\"code\":502,\"message\":\"Provider disconnected\"},\"choices\":[]}"));
        exceptions.Add(await Capture(() => client.StreamChatCompletionAsync(Json.Request(), Ct).ToChatCompletionAsync(Ct)));
        server.Then(async context => await Reply.Stream(async (response, _) =>
        {
            await Reply.WriteEventAsync(response, Json.Chunk("a"));
            await Task.Delay(50, Ct);
            context.Abort();
        })(context));
        exceptions.Add(await Capture(() => client.StreamChatCompletionAsync(Json.Request(), Ct).ToChatCompletionAsync(Ct)));

        exceptions.Should().HaveCount(3).And.OnlyContain(e => e is OpenRouterException);
        logs.Records.Should().Contain(r => r.Category == "OpenRouter.Sdk.OpenRouterClient" && r.EventId.Name == "RetryScheduled");
        // IHttpClientFactory's records carry raw header values in their structured state: the SDK's client has none.
        logs.Records.Should().NotContain(r => r.Category.StartsWith("System.Net.Http.HttpClient.OpenRouter", StringComparison.Ordinal));
        IEnumerable<string> everything = logs.AllText().Concat(exceptions.Select(e => e.ToString())).Concat(tags);
        everything.Should().NotContain(t => t.Contains(TestClients.ApiKey) || t.Contains("Bearer sk-"));
    }

    [Fact]
    public void K2_ToString_and_serialization_never_show_the_key()
    {
        var options = new OpenRouterClientOptions { ApiKey = TestClients.ApiKey, AppTitle = "My app" };
        using var client = new OpenRouterClient(options);

        string serialized = JsonSerializer.Serialize(options);

        options.ToString().Should().NotContain(TestClients.ApiKey).And.Contain("***");
        client.ToString().Should().NotContain(TestClients.ApiKey);
        serialized.Should().NotContain(TestClients.ApiKey).And.Contain("My app");
    }

    [Fact]
    public void K3_an_http_BaseUrl_to_a_non_loopback_host_is_rejected_at_construction()
    {
        Action create = () => new OpenRouterClient(new OpenRouterClientOptions { ApiKey = TestClients.ApiKey, BaseUrl = new Uri("http://openrouter.example.com/api/v1/") });
        Action loopback = () => new OpenRouterClient(new OpenRouterClientOptions { ApiKey = TestClients.ApiKey, BaseUrl = new Uri("http://127.0.0.1:5000/api/v1/") }).Dispose();

        create.Should().Throw<ArgumentException>().WithMessage("*BaseUrl*https*");
        loopback.Should().NotThrow();
    }

    [Fact]
    public async Task K4_a_307_to_another_port_is_not_followed_and_the_key_never_reaches_it()
    {
        await using var target = await ScriptedServer.StartAsync();
        target.Then(Reply.Completion("should never be asked"));
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Status(307, null, ("Location", new Uri(target.BaseUrl, "chat/completions").ToString())));
        using var standalone = TestClients.Standalone(server);
        var services = new ServiceCollection();
        services.AddOpenRouter(o =>
        {
            o.ApiKey = TestClients.ApiKey;
            o.BaseUrl = server.BaseUrl;
        });
        await using ServiceProvider provider = services.BuildServiceProvider();

        foreach (IOpenRouterClient client in new IOpenRouterClient[] { standalone, provider.GetRequiredService<IOpenRouterClient>() })
        {
            Func<Task> call = () => client.CreateChatCompletionAsync(Json.Request(), Ct);
            var thrown = await call.Should().ThrowAsync<OpenRouterException>();
            thrown.Which.StatusCode.Should().Be(307);
            thrown.Which.Message.Should().Contain("redirect");
        }

        target.Attempts.Should().Be(0);
        server.Attempts.Should().Be(2);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task K5_attribution_headers_are_sent_exactly_when_configured_and_the_user_agent_has_the_sdk_version(bool configured)
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Completion());
        using var client = TestClients.Standalone(server, o =>
        {
            if (configured)
            {
                o.HttpReferer = "https://myapp.example";
                o.AppTitle = "My App";
            }
        });

        await client.CreateChatCompletionAsync(Json.Request(), Ct);

        ReceivedRequest request = server.Requests.Single();
        request.Header("HTTP-Referer").Should().Be(configured ? "https://myapp.example" : null);
        request.Header("X-OpenRouter-Title").Should().Be(configured ? "My App" : null);
        request.Header("X-Title").Should().Be(configured ? "My App" : null);
        request.Header("User-Agent").Should().MatchRegex(@"^OpenRouter\.Sdk/\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)? \(.+\)$");
        request.Header("Authorization").Should().Be("Bearer " + TestClients.ApiKey);
    }

    private static async Task<Exception> Capture(Func<Task> call)
    {
        try
        {
            await call();
        }
        catch (Exception e)
        {
            return e;
        }

        throw new InvalidOperationException("The call was expected to fail.");
    }
}
