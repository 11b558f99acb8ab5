using System.Net;
using System.Text;
using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;

namespace OpenRouter.Sdk.IntegrationTests;

/// <summary><c>AddOpenRouter</c> registers each area client as the registered client's own instance.</summary>
public sealed class AreaClientDependencyInjectionTests
{
    private const string ManagementKey = "sk-or-v1-management-0123456789abcdef0123456789ab";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed class Answering : HttpMessageHandler
    {
        public List<HttpRequestMessage> Requests { get; } = new();

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Add(request);
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent("""{"data":[{"date":"2025-08-24","model":"openai/gpt-4.1","requests":5,"usage":0.015}]}""", Encoding.UTF8, "application/json"),
            });
        }
    }

    [Fact]
    public async Task The_activity_client_resolves_as_the_registered_clients_own_and_sends_through_its_pipeline()
    {
        var handler = new Answering();
        var services = new ServiceCollection();
        services.AddOpenRouter(o =>
        {
            o.ApiKey = "sk-or-v1-inference-key-for-di-0000000000";
            o.ManagementKey = ManagementKey;
            o.AppTitle = "DI areas";
        }).ConfigurePrimaryHttpMessageHandler(() => handler);
        await using ServiceProvider provider = services.BuildServiceProvider();

        OpenRouterActivityClient activity = provider.GetRequiredService<OpenRouterActivityClient>();
        IReadOnlyList<ActivityItem> rows = await activity.GetActivityAsync(cancellationToken: Ct);

        activity.Should().BeSameAs(provider.GetRequiredService<OpenRouterClient>().Activity, "it shares the client's pipeline and lifetime");
        provider.GetRequiredService<OpenRouterActivityClient>().Should().BeSameAs(activity, "a singleton, like the client");
        rows.Single().Requests.Should().Be(5);
        HttpRequestMessage sent = handler.Requests.Single();
        sent.RequestUri!.AbsoluteUri.Should().Be("https://openrouter.ai/api/v1/activity");
        sent.Headers.Authorization!.Parameter.Should().Be(ManagementKey);
        sent.Headers.GetValues("X-OpenRouter-Title").Single().Should().Be("DI areas", "the registered client's options apply");
    }

    [Fact]
    public async Task A_keyed_registration_has_its_own_activity_client_under_the_same_key()
    {
        var services = new ServiceCollection();
        services.AddOpenRouter("billing", o => o.ManagementKey = ManagementKey);
        services.AddOpenRouter("chat", o => o.ApiKey = "sk-or-v1-inference-key-for-chat-0000000");
        await using ServiceProvider provider = services.BuildServiceProvider();

        OpenRouterActivityClient billing = provider.GetRequiredKeyedService<OpenRouterActivityClient>("billing");
        OpenRouterActivityClient chat = provider.GetRequiredKeyedService<OpenRouterActivityClient>("chat");

        billing.Should().BeSameAs(provider.GetRequiredKeyedService<OpenRouterClient>("billing").Activity);
        chat.Should().BeSameAs(provider.GetRequiredKeyedService<OpenRouterClient>("chat").Activity);
        billing.Should().NotBeSameAs(chat);
        provider.GetService<OpenRouterActivityClient>().Should().BeNull("only keyed clients were registered");
    }
}
