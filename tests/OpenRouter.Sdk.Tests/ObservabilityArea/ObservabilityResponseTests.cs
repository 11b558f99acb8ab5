using System.Text.Json;
using FluentAssertions;
using OpenRouter.Sdk.Tests.GuardrailsArea;
using Xunit;
using static OpenRouter.Sdk.Tests.GuardrailsArea.GuardrailsTestSupport;
using static OpenRouter.Sdk.Tests.ObservabilityArea.ObservabilitySpecExamples;

namespace OpenRouter.Sdk.Tests.ObservabilityArea;

/// <summary>The spec's answers of the observability operations, read with their meaning.</summary>
public sealed class ObservabilityResponseTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>What the spec's example destination means: an enabled Langfuse destination of every key's traffic, masked config.</summary>
    private static void AssertSpecDestination(ObservabilityDestination destination)
    {
        destination.Id.Should().Be(Id);
        destination.WorkspaceId.Should().Be(WorkspaceId);
        destination.Name.Should().Be("Production Langfuse");
        destination.Type.Should().Be(ObservabilityDestinationType.Langfuse);
        destination.Enabled.Should().BeTrue();
        destination.PrivacyMode.Should().BeFalse("bodies are forwarded, not only metadata");
        destination.BroadcastGenerationCost.Should().BeFalse();
        destination.BroadcastGenerationIdentity.Should().BeFalse();
        destination.BroadcastGenerationRequestContext.Should().BeFalse();
        destination.SamplingRate.Should().Be(1, "every event is forwarded");
        destination.ApiKeyHashes.Should().BeNull("null means every key's traffic is forwarded");
        destination.FilterRules.Should().BeNull("no filter: every event");
        destination.Config.Should().NotBeNull();
        destination.Config!.Keys.Should().BeEquivalentTo("baseUrl", "publicKey", "secretKey");
        destination.Config["baseUrl"].GetString().Should().Be("https://us.cloud.langfuse.com");
        destination.Config["secretKey"].GetString().Should().Be("sk-l...AbCd", "the server returns secrets masked");
        destination.CreatedAt.Should().Be(new DateTimeOffset(2025, 8, 24, 10, 30, 0, TimeSpan.Zero));
        destination.UpdatedAt.Should().Be(new DateTimeOffset(2025, 8, 24, 15, 45, 0, TimeSpan.Zero));
        destination.AdditionalProperties.Should().BeNull("every member of the spec's destination is modelled");
    }

    [Fact]
    public async Task The_list_example_reads_as_one_Langfuse_destination()
    {
        using OpenRouterClient client = Client(new QueueHandler(DestinationList));

        List<ObservabilityDestination> all = await CollectAsync(client.Observability.ListAsync(cancellationToken: Ct));

        AssertSpecDestination(all.Single());
    }

    [Fact]
    public async Task The_get_example_reads_with_its_meaning()
    {
        using OpenRouterClient client = Client(new QueueHandler(DestinationEnvelope));

        AssertSpecDestination(await client.Observability.GetAsync(Id, Ct));
    }

    [Fact]
    public async Task The_create_and_update_examples_read_with_their_meaning()
    {
        using OpenRouterClient client = Client(new QueueHandler(DestinationEnvelope) { Status = System.Net.HttpStatusCode.Created });

        AssertSpecDestination(await client.Observability.CreateAsync(new CreateObservabilityDestinationRequest { Type = "langfuse", Name = "Production Langfuse", Config = new System.Text.Json.Nodes.JsonObject() }, Ct));
        AssertSpecDestination(await client.Observability.UpdateAsync(Id, new UpdateObservabilityDestinationRequest { Enabled = false }, Ct));
    }

    [Fact]
    public async Task A_Datadog_destination_keeps_its_own_config_shape()
    {
        using OpenRouterClient client = Client(new QueueHandler(Datadog));

        ObservabilityDestination destination = await client.Observability.GetAsync(Id, Ct);

        destination.Type.Should().Be(ObservabilityDestinationType.Datadog);
        destination.Name.Should().Be("Production Datadog");
        destination.Config!["mlApp"].GetString().Should().Be("my-llm-app");
        destination.Config["url"].GetString().Should().Be("https://api.us5.datadoghq.com");
        destination.Config["apiKey"].GetString().Should().EndWith("...AbCd");
    }

    [Fact]
    public async Task Filter_rules_key_allowlist_and_settings_read_with_their_meaning()
    {
        using OpenRouterClient client = Client(new QueueHandler(Filtered));

        ObservabilityDestination destination = await client.Observability.GetAsync("88888888-aaaa-bbbb-cccc-dddddddddddd", Ct);

        destination.Type.Should().Be(ObservabilityDestinationType.Webhook);
        destination.Name.Should().BeNull("the spec allows a destination without a name");
        destination.Enabled.Should().BeFalse();
        destination.PrivacyMode.Should().BeTrue();
        destination.BroadcastGenerationCost.Should().BeTrue();
        destination.BroadcastGenerationIdentity.Should().BeTrue();
        destination.BroadcastGenerationRequestContext.Should().BeTrue();
        destination.SamplingRate.Should().Be(0.25);
        destination.ApiKeyHashes.Should().Equal("f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943");
        destination.Config!["headers"].GetProperty("X-Team").GetString().Should().Be("ml", "nested config objects stay JSON");
        destination.AdditionalProperties!["delivery_region"].GetString().Should().Be("eu", "members the SDK does not model are kept");

        ObservabilityFilterRules rules = destination.FilterRules!;
        rules.Enabled.Should().BeTrue();
        rules.Groups.Should().HaveCount(2);
        rules.Groups[0].Logic.Should().Be(ObservabilityFilterLogic.And);
        ObservabilityFilterRule model = rules.Groups[0].Rules.Single();
        model.Field.Should().Be(ObservabilityFilterField.Model);
        model.Operator.Should().Be(ObservabilityFilterOperator.EqualTo);
        model.Value.Should().Be(new ObservabilityFilterValue("openai/gpt-4o"));
        model.Value!.Value.IsNumber.Should().BeFalse();

        rules.Groups[1].Logic.Should().Be(ObservabilityFilterLogic.Or);
        ObservabilityFilterRule cost = rules.Groups[1].Rules[0];
        cost.Field.Should().Be(ObservabilityFilterField.TotalCost);
        cost.Operator.Should().Be(ObservabilityFilterOperator.GreaterThanOrEqual);
        cost.Value!.Value.IsNumber.Should().BeTrue();
        cost.Value.Value.Number.Should().Be(0.05m, "a number value reads exactly, as a decimal");
        ObservabilityFilterRule exists = rules.Groups[1].Rules[1];
        exists.Operator.Should().Be(ObservabilityFilterOperator.Exists);
        exists.Value.Should().BeNull("exists needs no value");
    }

    [Fact]
    public async Task A_destination_type_and_filter_words_the_SDK_does_not_know_are_kept()
    {
        const string answer = """
            {"data":{"id":"d1","workspace_id":"w1","name":"n","type":"future-tracer","enabled":true,"privacy_mode":false,
             "broadcast_generation_cost":false,"broadcast_generation_identity":false,"broadcast_generation_request_context":false,
             "sampling_rate":1,"api_key_hashes":null,"created_at":"2026-01-01T00:00:00Z","updated_at":"2026-01-01T00:00:00Z","config":{},
             "filter_rules":{"groups":[{"logic":"xor","rules":[{"field":"region","operator":"near","value":"eu"}]}]}}}
            """;
        using OpenRouterClient client = Client(new QueueHandler(answer));

        ObservabilityDestination destination = await client.Observability.GetAsync("d1", Ct);

        destination.Type.Value.Should().Be("future-tracer");
        destination.FilterRules!.Enabled.Should().BeTrue("enabled defaults to true when the server leaves it out");
        ObservabilityFilterRuleGroup group = destination.FilterRules.Groups.Single();
        group.Logic!.Value.Value.Should().Be("xor");
        group.Rules.Single().Field.Value.Should().Be("region");
        group.Rules.Single().Operator.Value.Should().Be("near");
        destination.Config.Should().BeEmpty();
    }

    [Fact]
    public async Task A_filter_group_without_logic_reads_as_null_meaning_and()
    {
        const string answer = """{"data":{"id":"d1","type":"webhook","filter_rules":{"enabled":false,"groups":[{"rules":[]}]}}}""";
        using OpenRouterClient client = Client(new QueueHandler(answer));

        ObservabilityDestination destination = await client.Observability.GetAsync("d1", Ct);

        destination.FilterRules!.Enabled.Should().BeFalse();
        destination.FilterRules.Groups.Single().Logic.Should().BeNull();
        destination.FilterRules.Groups.Single().Rules.Should().BeEmpty();
    }

    [Fact]
    public async Task A_list_of_more_than_one_page_is_read_lazily_page_by_page()
    {
        static string Page(int from, int count) =>
            "{\"data\":[" + string.Join(",", Enumerable.Range(from, count).Select(i => $"{{\"id\":\"d{i}\",\"type\":\"webhook\"}}")) + "],\"total_count\":101}";
        var handler = new QueueHandler(Page(0, 100), Page(100, 1));
        using OpenRouterClient client = Client(handler);

        ObservabilityDestination first = await FirstAsync(client.Observability.ListAsync(cancellationToken: Ct));
        first.Id.Should().Be("d0");
        handler.Requests.Should().ContainSingle("nothing past the first page is fetched until it is needed");

        var pages = new QueueHandler(Page(0, 100), Page(100, 1));
        using OpenRouterClient paged = Client(pages);
        List<ObservabilityDestination> all = await CollectAsync(paged.Observability.ListAsync(new ObservabilityDestinationListQuery { WorkspaceId = WorkspaceId }, Ct));

        all.Select(d => d.Id).Should().Equal(Enumerable.Range(0, 101).Select(i => "d" + i));
        pages.Requests.Select(r => r.RequestUri!.Query).Should().Equal(
            "?offset=0&limit=100&workspace_id=" + WorkspaceId, "?offset=100&limit=100&workspace_id=" + WorkspaceId);
    }

    [Fact]
    public async Task Cancelling_between_pages_sends_no_further_request()
    {
        string fullPage = "{\"data\":[" + string.Join(",", Enumerable.Range(0, 100).Select(i => $"{{\"id\":\"d{i}\"}}")) + "]}";
        var handler = new QueueHandler(fullPage);
        using OpenRouterClient client = Client(handler);
        using var cts = new CancellationTokenSource();

        Func<Task> enumerate = async () =>
        {
            await foreach (ObservabilityDestination destination in client.Observability.ListAsync(cancellationToken: cts.Token))
            {
                if (destination.Id == "d99")
                {
                    await cts.CancelAsync();
                }
            }
        };

        await enumerate.Should().ThrowAsync<OperationCanceledException>();
        handler.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task An_answer_without_data_is_an_invalid_response_naming_the_operation()
    {
        using OpenRouterClient client = Client(new QueueHandler("""{"id":"d1"}"""));

        Func<Task> get = () => client.Observability.GetAsync("d1", Ct);
        Func<Task> create = () => client.Observability.CreateAsync(new CreateObservabilityDestinationRequest { Type = "webhook", Name = "n", Config = new System.Text.Json.Nodes.JsonObject() }, Ct);

        (await get.Should().ThrowAsync<OpenRouterInvalidResponseException>()).Which.Message.Should().Contain("GET /observability/destinations/d1");
        (await create.Should().ThrowAsync<OpenRouterInvalidResponseException>()).Which.Message.Should().Contain("POST /observability/destinations");
    }

    [Fact]
    public async Task A_404_is_a_not_found_error()
    {
        using OpenRouterClient client = Client(new QueueHandler("""{"error":{"code":404,"message":"Resource not found"}}""") { Status = System.Net.HttpStatusCode.NotFound });

        Func<Task> call = () => client.Observability.DeleteAsync(Id, Ct);

        (await call.Should().ThrowAsync<OpenRouterNotFoundException>()).Which.Message.Should().Contain("Resource not found");
    }

    [Fact]
    public void Config_values_are_read_as_JSON_of_any_kind()
    {
        ObservabilityDestination destination = JsonSerializer.Deserialize(
            """{"config":{"port":8123,"tls":true,"headers":{"a":"b"},"tags":["x"]}}""",
            OpenRouter.Sdk.Serialization.OpenRouterJsonContext.Default.ObservabilityDestination)!;

        destination.Config!["port"].GetInt32().Should().Be(8123);
        destination.Config["tls"].GetBoolean().Should().BeTrue();
        destination.Config["headers"].ValueKind.Should().Be(JsonValueKind.Object);
        destination.Config["tags"][0].GetString().Should().Be("x");
    }
}
