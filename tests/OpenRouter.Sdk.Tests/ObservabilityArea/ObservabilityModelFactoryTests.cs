using System.Text.Json;
using FluentAssertions;
using OpenRouter.Sdk.Serialization;
using Xunit;
using static OpenRouter.Sdk.Tests.ObservabilityArea.ObservabilitySpecExamples;

namespace OpenRouter.Sdk.Tests.ObservabilityArea;

/// <summary><see cref="OpenRouterModelFactory.ObservabilityDestination"/> builds what a real answer reads into.</summary>
public sealed class ObservabilityModelFactoryTests
{
    private static string Written(ObservabilityDestination destination) => JsonSerializer.Serialize(destination, OpenRouterJsonContext.Default.ObservabilityDestination);

    [Fact]
    public void The_spec_example_built_with_the_factory_is_the_destination_the_SDK_reads()
    {
        ObservabilityDestination read = JsonSerializer.Deserialize(Destination, OpenRouterJsonContext.Default.ObservabilityDestination)!;
        using JsonDocument config = JsonDocument.Parse("""{"baseUrl":"https://us.cloud.langfuse.com","publicKey":"pk-l...EfGh","secretKey":"sk-l...AbCd"}""");

        ObservabilityDestination built = OpenRouterModelFactory.ObservabilityDestination(
            id: Id,
            workspaceId: WorkspaceId,
            name: "Production Langfuse",
            type: ObservabilityDestinationType.Langfuse,
            enabled: true,
            config: config.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value),
            createdAt: new DateTimeOffset(2025, 8, 24, 10, 30, 0, TimeSpan.Zero),
            updatedAt: new DateTimeOffset(2025, 8, 24, 15, 45, 0, TimeSpan.Zero));

        built.SamplingRate.Should().Be(1, "a destination forwards every event unless told otherwise");
        built.ApiKeyHashes.Should().BeNull("null, as the server sends it, means every key's traffic");
        Written(built).Should().Be(Written(read));
    }

    [Fact]
    public void Every_setting_lands_in_its_property_and_lists_are_copied()
    {
        var hashes = new List<string> { "h1" };
        var rules = new ObservabilityFilterRules { Groups = [new ObservabilityFilterRuleGroup { Rules = [new ObservabilityFilterRule { Field = "model", Operator = "equals", Value = "x" }] }] };

        ObservabilityDestination built = OpenRouterModelFactory.ObservabilityDestination(
            type: ObservabilityDestinationType.Webhook, privacyMode: true, broadcastGenerationCost: true, broadcastGenerationIdentity: true,
            broadcastGenerationRequestContext: true, samplingRate: 0.5, apiKeyHashes: hashes, filterRules: rules);
        hashes.Add("h2");

        built.Type.Should().Be(ObservabilityDestinationType.Webhook);
        built.PrivacyMode.Should().BeTrue();
        built.BroadcastGenerationCost.Should().BeTrue();
        built.BroadcastGenerationIdentity.Should().BeTrue();
        built.BroadcastGenerationRequestContext.Should().BeTrue();
        built.SamplingRate.Should().Be(0.5);
        built.ApiKeyHashes.Should().Equal(["h1"], "the list was copied");
        built.FilterRules.Should().BeSameAs(rules);
        built.Id.Should().BeEmpty("a left-out id reads as empty, as the SDK reads a null one");
        built.Config.Should().NotBeNull().And.BeEmpty();
        built.ToString().Should().Contain("webhook");
    }

    [Fact]
    public void A_null_key_hash_is_refused()
    {
        FluentActions.Invoking(() => OpenRouterModelFactory.ObservabilityDestination(apiKeyHashes: ["h1", null!]))
            .Should().Throw<ArgumentException>().WithParameterName("apiKeyHashes");
    }

    [Fact]
    public async Task A_fake_observability_client_returns_factory_built_destinations()
    {
        OpenRouterObservabilityClient observability = new FakeObservability();

        ObservabilityDestination destination = await observability.GetAsync("d1", TestContext.Current.CancellationToken);

        destination.Id.Should().Be("d1");
        destination.Type.Should().Be(ObservabilityDestinationType.Datadog);
        await FluentActions.Awaiting(() => observability.DeleteAsync("d1", TestContext.Current.CancellationToken))
            .Should().ThrowAsync<NotSupportedException>("a method the fake does not override never sends");
    }

    private sealed class FakeObservability : OpenRouterObservabilityClient
    {
        public override Task<ObservabilityDestination> GetAsync(string id, CancellationToken cancellationToken = default) =>
            Task.FromResult(OpenRouterModelFactory.ObservabilityDestination(id: id, type: ObservabilityDestinationType.Datadog, enabled: true));
    }
}
