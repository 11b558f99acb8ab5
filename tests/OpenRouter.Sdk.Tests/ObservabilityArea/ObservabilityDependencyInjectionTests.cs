using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;
using OpenRouter.Sdk.Tests.GuardrailsArea;
using Xunit;
using static OpenRouter.Sdk.Tests.GuardrailsArea.GuardrailsTestSupport;

namespace OpenRouter.Sdk.Tests.ObservabilityArea;

/// <summary><c>AddOpenRouter</c> registers the observability client as the registered client's own, keyed or not.</summary>
public sealed class ObservabilityDependencyInjectionTests
{
    [Fact]
    public async Task The_observability_client_resolves_as_the_registered_clients_own_and_sends_through_its_pipeline()
    {
        var handler = new QueueHandler(ObservabilitySpecExamples.DestinationEnvelope);
        var services = new ServiceCollection();
        services.AddOpenRouter(o =>
        {
            o.ApiKey = ApiKey;
            o.ManagementKey = ManagementKey;
        }).ConfigurePrimaryHttpMessageHandler(() => handler);
        await using ServiceProvider provider = services.BuildServiceProvider();

        OpenRouterObservabilityClient observability = provider.GetRequiredService<OpenRouterObservabilityClient>();
        ObservabilityDestination destination = await observability.GetAsync("d1", TestContext.Current.CancellationToken);

        observability.Should().BeSameAs(provider.GetRequiredService<OpenRouterClient>().Observability, "it shares the client's pipeline and lifetime");
        destination.Type.Should().Be(ObservabilityDestinationType.Langfuse);
        handler.Requests.Single().RequestUri!.AbsoluteUri.Should().Be(Base + "observability/destinations/d1");
        handler.Requests.Single().Headers.Authorization!.Parameter.Should().Be(ManagementKey);
    }

    [Fact]
    public async Task A_keyed_registration_has_its_own_observability_client_under_the_same_key()
    {
        var services = new ServiceCollection();
        services.AddOpenRouter("ops", o => o.ManagementKey = ManagementKey);
        services.AddOpenRouter("chat", o => o.ApiKey = ApiKey);
        await using ServiceProvider provider = services.BuildServiceProvider();

        OpenRouterObservabilityClient ops = provider.GetRequiredKeyedService<OpenRouterObservabilityClient>("ops");

        ops.Should().BeSameAs(provider.GetRequiredKeyedService<OpenRouterClient>("ops").Observability);
        ops.Should().NotBeSameAs(provider.GetRequiredKeyedService<OpenRouterObservabilityClient>("chat"));
        provider.GetService<OpenRouterObservabilityClient>().Should().BeNull("only keyed clients were registered");
    }
}
