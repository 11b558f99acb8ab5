using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenRouter.Sdk.IntegrationTests.Infrastructure;

namespace OpenRouter.Sdk.IntegrationTests;

/// <summary>RELIABILITY.md K7 through IHttpClientFactory's own Trace records, whose structured state lists header values.</summary>
public sealed class FactoryLogRedactionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task K7_a_key_echoed_in_X_Generation_Id_reaches_no_HttpClientFactory_record_at_Trace_level()
    {
        var logs = new CapturingLoggerProvider();
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Status(200, Json.Completion("Hi"), ("X-Generation-Id", TestClients.ApiKey), ("X-Echo", "Bearer " + TestClients.ApiKey)))
            .Then(Reply.Status(400, Json.Error(400, "Bad"), ("X-Generation-Id", TestClients.ApiKey)));
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        services.AddOpenRouter(o =>
        {
            o.ApiKey = TestClients.ApiKey;
            o.BaseUrl = server.BaseUrl;
        });
        await using ServiceProvider provider = services.BuildServiceProvider();
        IOpenRouterClient client = provider.GetRequiredService<IOpenRouterClient>();

        (await client.CreateChatCompletionAsync(Json.Request(), Ct)).Choices[0].Message.Content.Should().Be("Hi");
        Func<Task> failing = () => client.CreateChatCompletionAsync(Json.Request(), Ct);
        var thrown = await failing.Should().ThrowAsync<OpenRouterBadRequestException>();

        // The factory's records carry raw header values in their structured state (only their message is redacted),
        // so the SDK's client has none of them; the SDK's own records tell what each call did.
        logs.Records.Should().NotContain(r => r.Category.StartsWith("System.Net.Http.HttpClient.OpenRouter", StringComparison.Ordinal));
        logs.Records.Should().Contain(r => r.Category == "OpenRouter.Sdk.OpenRouterClient" && r.Message.Contains("[redacted]"),
            "the SDK logs the call with the echoed generation id redacted");
        logs.AllText().Should().NotContain(t => t.Contains(TestClients.ApiKey) || t.Contains("Bearer sk-"));
        thrown.Which.ToString().Should().NotContain(TestClients.ApiKey);
    }
}
