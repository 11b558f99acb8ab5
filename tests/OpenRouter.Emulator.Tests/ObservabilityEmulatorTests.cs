using System.Text.Json.Nodes;
using FluentAssertions;
using OpenRouter.Sdk;
using Xunit;

namespace OpenRouter.Emulator.Tests;

/// <summary>The emulator's in-memory observability destinations, driven by the SDK end to end.</summary>
public sealed class ObservabilityEmulatorTests
{
    private const string ManagementKey = "sk-or-v1-management-fedcba9876543210fedcba9876543210";
    private const string SecretKey = "sk-lf-emulated-secret-key-AbCd";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static OpenRouterClient ClientFor(OpenRouterEmulator emulator, string? managementKey = ManagementKey) =>
        new(new OpenRouterClientOptions { ApiKey = TestCredentials.ApiKey, ManagementKey = managementKey, BaseUrl = emulator.BaseUrl, EnableRetries = false });

    private static CreateObservabilityDestinationRequest Langfuse(string name) => new()
    {
        Type = ObservabilityDestinationType.Langfuse,
        Name = name,
        Config = new JsonObject { ["baseUrl"] = "https://us.cloud.langfuse.com", ["publicKey"] = "pk-lf-emulated-public-EfGh", ["secretKey"] = SecretKey },
    };

    private static async Task<List<T>> CollectAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (T item in items)
        {
            list.Add(item);
        }

        return list;
    }

    [Fact]
    public async Task A_destination_is_created_read_listed_updated_and_deleted_and_its_secrets_come_back_masked()
    {
        await using OpenRouterEmulator emulator = await OpenRouterEmulator.StartAsync(cancellationToken: Ct);
        using OpenRouterClient client = ClientFor(emulator);

        CreateObservabilityDestinationRequest request = Langfuse("Production Langfuse");
        request.ApiKeyHashes = ["f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943"];
        request.SamplingRate = 0.5;
        request.FilterRules = new ObservabilityFilterRules
        {
            Groups = [new ObservabilityFilterRuleGroup { Rules = [new ObservabilityFilterRule { Field = ObservabilityFilterField.TotalCost, Operator = ObservabilityFilterOperator.GreaterThan, Value = 0.01m }] }],
        };
        ObservabilityDestination created = await client.Observability.CreateAsync(request, Ct);
        ObservabilityDestination read = await client.Observability.GetAsync(created.Id, Ct);
        ObservabilityDestination updated = await client.Observability.UpdateAsync(created.Id, new UpdateObservabilityDestinationRequest
        {
            Name = "Renamed Langfuse",
            Enabled = false,
            PrivacyMode = true,
            ForwardAllApiKeys = true,
            RemoveFilterRules = true,
            Config = new JsonObject { ["baseUrl"] = "https://eu.cloud.langfuse.com", ["secretKey"] = read.Config!["secretKey"].GetString() },
        }, Ct);
        List<ObservabilityDestination> listed = await CollectAsync(client.Observability.ListAsync(cancellationToken: Ct));
        List<ObservabilityDestination> otherWorkspace = await CollectAsync(client.Observability.ListAsync(new ObservabilityDestinationListQuery { WorkspaceId = Guid.NewGuid().ToString() }, Ct));
        await client.Observability.DeleteAsync(created.Id, Ct);
        Func<Task> afterDelete = () => client.Observability.GetAsync(created.Id, Ct);

        created.Id.Should().NotBeEmpty();
        created.Type.Should().Be(ObservabilityDestinationType.Langfuse);
        created.Enabled.Should().BeTrue("a destination is enabled unless the request says otherwise");
        created.WorkspaceId.Should().Be(ActivityRoutes.DefaultWorkspaceId);
        read.Config!["secretKey"].GetString().Should().Be("sk-l...AbCd", "secrets come back masked").And.NotBe(SecretKey);
        read.Config["publicKey"].GetString().Should().Be("pk-l...EfGh");
        read.Config["baseUrl"].GetString().Should().Be("https://us.cloud.langfuse.com", "settings that are no secret come back as sent");
        read.SamplingRate.Should().Be(0.5);
        read.ApiKeyHashes.Should().ContainSingle();
        read.FilterRules!.Groups.Single().Rules.Single().Value!.Value.Number.Should().Be(0.01m);
        updated.Name.Should().Be("Renamed Langfuse");
        updated.Enabled.Should().BeFalse();
        updated.PrivacyMode.Should().BeTrue();
        updated.ApiKeyHashes.Should().BeNull("the explicit null forwards every key's traffic again");
        updated.FilterRules.Should().BeNull("the explicit null removed the rules");
        updated.SamplingRate.Should().Be(0.5, "a setting left out of an update keeps its value");
        updated.Config!["baseUrl"].GetString().Should().Be("https://eu.cloud.langfuse.com");
        updated.Config["secretKey"].GetString().Should().Be("sk-l...AbCd", "sending the masked value back keeps the secret");
        updated.Config["publicKey"].GetString().Should().Be("pk-l...EfGh", "a config member left out keeps its value");
        listed.Select(d => d.Id).Should().Equal(created.Id);
        otherWorkspace.Should().BeEmpty();
        await afterDelete.Should().ThrowAsync<OpenRouterNotFoundException>();
    }

    [Fact]
    public async Task A_sixth_destination_of_one_type_is_refused_and_every_stable_type_is_accepted_and_listed()
    {
        await using OpenRouterEmulator emulator = await OpenRouterEmulator.StartAsync(cancellationToken: Ct);
        using OpenRouterClient client = ClientFor(emulator);
        for (int i = 0; i < ObservabilityRoutes.MaxPerType; i++)
        {
            await client.Observability.CreateAsync(Langfuse("langfuse " + i), Ct);
        }

        Func<Task> sixth = () => client.Observability.CreateAsync(Langfuse("one too many"), Ct);

        (await sixth.Should().ThrowAsync<OpenRouterBadRequestException>()).Which.Message.Should().Contain("maximum of 5");

        foreach (string type in ObservabilityRoutes.Types.Where(t => t != "langfuse"))
        {
            for (int i = 0; i < ObservabilityRoutes.MaxPerType; i++)
            {
                await client.Observability.CreateAsync(new CreateObservabilityDestinationRequest { Type = type, Name = type + " " + i, Config = new JsonObject { ["url"] = "https://example.com" } }, Ct);
            }
        }

        List<ObservabilityDestination> all = await CollectAsync(client.Observability.ListAsync(cancellationToken: Ct));

        all.Should().HaveCount(ObservabilityRoutes.Types.Count * ObservabilityRoutes.MaxPerType, "five of each stable type, the most one workspace can hold");
        all.Select(d => d.Type.Value).Distinct().Should().BeEquivalentTo(ObservabilityRoutes.Types);
    }

    [Fact]
    public async Task Without_a_management_key_the_sdk_sends_nothing_and_an_inference_key_is_refused_with_403()
    {
        await using OpenRouterEmulator emulator = await OpenRouterEmulator.StartAsync(new OpenRouterEmulatorOptions { ManagementKey = ManagementKey }, Ct);
        using OpenRouterClient none = ClientFor(emulator, managementKey: null);
        using OpenRouterClient wrong = ClientFor(emulator, managementKey: TestCredentials.ApiKey);

        Func<Task> withoutKey = () => none.Observability.GetAsync("d1", Ct);
        Func<Task> withWrongKey = () => wrong.Observability.CreateAsync(Langfuse("n"), Ct);

        await withoutKey.Should().ThrowAsync<InvalidOperationException>();
        OpenRouterPermissionDeniedException e = (await withWrongKey.Should().ThrowAsync<OpenRouterPermissionDeniedException>()).Which;
        e.Message.Should().Contain("management key");
        e.ToString().Should().NotContain(SecretKey).And.NotContain(TestCredentials.ApiKey);
    }
}
