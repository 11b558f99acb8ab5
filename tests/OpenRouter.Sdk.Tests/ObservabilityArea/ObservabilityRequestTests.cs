using System.Net;
using System.Text.Json.Nodes;
using FluentAssertions;
using OpenRouter.Sdk.Tests.GuardrailsArea;
using OpenRouter.Sdk.Tests.Infrastructure;
using Xunit;
using static OpenRouter.Sdk.Tests.GuardrailsArea.GuardrailsTestSupport;
using static OpenRouter.Sdk.Tests.ObservabilityArea.ObservabilitySpecExamples;

namespace OpenRouter.Sdk.Tests.ObservabilityArea;

/// <summary>The exact request of each observability operation (method, escaped URL, management key, body).</summary>
public sealed class ObservabilityRequestTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static void AssertManagementRequest(QueueHandler handler, int index, HttpMethod method, string url)
    {
        HttpRequestMessage request = handler.Requests[index];
        request.Method.Should().Be(method);
        request.RequestUri!.AbsoluteUri.Should().Be(url);
        request.Headers.Authorization!.Scheme.Should().Be("Bearer");
        request.Headers.Authorization.Parameter.Should().Be(ManagementKey, "observability operations are sent with the management key, never the API key");
    }

    private static CreateObservabilityDestinationRequest SpecCreateRequest() => new()
    {
        Type = ObservabilityDestinationType.Langfuse,
        Name = "Production Langfuse",
        Config = new JsonObject { ["baseUrl"] = "https://us.cloud.langfuse.com", ["publicKey"] = "pk-l...EfGh", ["secretKey"] = "sk-l...AbCd" },
    };

    private static ObservabilityFilterRules SampleRules() => new()
    {
        Groups =
        [
            new ObservabilityFilterRuleGroup
            {
                Logic = ObservabilityFilterLogic.And,
                Rules = [new ObservabilityFilterRule { Field = ObservabilityFilterField.Model, Operator = ObservabilityFilterOperator.EqualTo, Value = "openai/gpt-4o" }],
            },
            new ObservabilityFilterRuleGroup
            {
                Logic = ObservabilityFilterLogic.Or,
                Rules =
                [
                    new ObservabilityFilterRule { Field = ObservabilityFilterField.TotalCost, Operator = ObservabilityFilterOperator.GreaterThanOrEqual, Value = 0.05m },
                    new ObservabilityFilterRule { Field = ObservabilityFilterField.SessionId, Operator = ObservabilityFilterOperator.Exists },
                ],
            },
        ],
    };

    private const string SampleRulesJson = """
        {"enabled":true,"groups":[
          {"logic":"and","rules":[{"field":"model","operator":"equals","value":"openai/gpt-4o"}]},
          {"logic":"or","rules":[{"field":"total_cost","operator":"gte","value":0.05},{"field":"session_id","operator":"exists"}]}]}
        """;

    [Fact]
    public async Task List_sends_a_GET_with_paging_and_the_escaped_workspace()
    {
        var handler = new QueueHandler(DestinationList);
        using OpenRouterClient client = Client(handler);

        List<ObservabilityDestination> all = await CollectAsync(client.Observability.ListAsync(new ObservabilityDestinationListQuery { WorkspaceId = "ws 1&x" }, Ct));

        handler.Requests.Should().ContainSingle("a page shorter than the limit is the last one");
        AssertManagementRequest(handler, 0, HttpMethod.Get, Base + "observability/destinations?offset=0&limit=100&workspace_id=ws%201%26x");
        handler.Bodies[0].Should().BeNull();
        all.Single().Id.Should().Be(Id);
    }

    [Fact]
    public async Task List_without_a_workspace_sends_only_the_paging()
    {
        var handler = new QueueHandler("""{"data":[],"total_count":0}""");
        using OpenRouterClient client = Client(handler);

        List<ObservabilityDestination> all = await CollectAsync(client.Observability.ListAsync(cancellationToken: Ct));

        all.Should().BeEmpty();
        AssertManagementRequest(handler, 0, HttpMethod.Get, Base + "observability/destinations?offset=0&limit=100");
    }

    [Fact]
    public async Task Create_with_the_spec_example_sends_exactly_the_spec_example_body()
    {
        var handler = new QueueHandler(DestinationEnvelope) { Status = HttpStatusCode.Created };
        using OpenRouterClient client = Client(handler);

        ObservabilityDestination created = await client.Observability.CreateAsync(SpecCreateRequest(), Ct);

        AssertManagementRequest(handler, 0, HttpMethod.Post, Base + "observability/destinations");
        JsonAssert.Equivalent(CreateExample, handler.Bodies[0]!);
        handler.Bodies[0].Should().NotContain("enabled", "unset members are not sent, so the server's defaults apply");
        created.Id.Should().Be(Id);
        created.Type.Should().Be(ObservabilityDestinationType.Langfuse);
    }

    [Fact]
    public async Task Create_sends_every_field_with_its_wire_name()
    {
        var handler = new QueueHandler(DestinationEnvelope) { Status = HttpStatusCode.Created };
        using OpenRouterClient client = Client(handler);
        CreateObservabilityDestinationRequest request = SpecCreateRequest();
        request.Config["headers"] = new JsonObject { ["X-Team"] = "ml" };
        request.WorkspaceId = WorkspaceId;
        request.Enabled = false;
        request.PrivacyMode = true;
        request.BroadcastGenerationCost = true;
        request.BroadcastGenerationIdentity = false;
        request.BroadcastGenerationRequestContext = true;
        request.SamplingRate = 0.25;
        request.ApiKeyHashes = ["f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943"];
        request.FilterRules = SampleRules();

        await client.Observability.CreateAsync(request, Ct);

        JsonAssert.Equivalent("""
            {"type":"langfuse","name":"Production Langfuse",
             "config":{"baseUrl":"https://us.cloud.langfuse.com","publicKey":"pk-l...EfGh","secretKey":"sk-l...AbCd","headers":{"X-Team":"ml"}},
             "workspace_id":"550e8400-e29b-41d4-a716-446655440000","enabled":false,"privacy_mode":true,"broadcast_generation_cost":true,
             "broadcast_generation_identity":false,"broadcast_generation_request_context":true,"sampling_rate":0.25,
             "api_key_hashes":["f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943"],
             "filter_rules":
            """ + SampleRulesJson + "}", handler.Bodies[0]!);
        handler.Bodies[0].Should().Contain("\"value\":0.05", "a number value is sent as a JSON number")
            .And.Contain("\"value\":\"openai/gpt-4o\"", "a string value as a JSON string");
    }

    [Fact]
    public async Task A_destination_type_the_SDK_does_not_name_is_sent_as_given()
    {
        var handler = new QueueHandler(DestinationEnvelope) { Status = HttpStatusCode.Created };
        using OpenRouterClient client = Client(handler);

        await client.Observability.CreateAsync(new CreateObservabilityDestinationRequest { Type = "future-tracer", Name = "n", Config = new JsonObject() }, Ct);

        handler.Bodies[0].Should().Be("""{"type":"future-tracer","name":"n","config":{}}""");
    }

    public static TheoryData<string> CreateRefusals { get; } =
        ["no type", "blank name", "no config", "empty hashes", "blank hash", "rate zero", "rate above one", "rate NaN", "rule without field", "rule without operator", "null group"];

    [Theory]
    [MemberData(nameof(CreateRefusals))]
    public async Task Create_with_a_missing_or_invalid_setting_is_refused_before_any_request(string refusal)
    {
        var handler = new QueueHandler(DestinationEnvelope);
        using OpenRouterClient client = Client(handler);
        CreateObservabilityDestinationRequest request = SpecCreateRequest();
        switch (refusal)
        {
            case "no type": request.Type = default; break;
            case "blank name": request.Name = "  "; break;
            case "no config": request.Config = null!; break;
            case "empty hashes": request.ApiKeyHashes = []; break;
            case "blank hash": request.ApiKeyHashes = ["h1", " "]; break;
            case "rate zero": request.SamplingRate = 0; break;
            case "rate above one": request.SamplingRate = 1.5; break;
            case "rate NaN": request.SamplingRate = double.NaN; break;
            case "rule without field": request.FilterRules = new() { Groups = [new() { Rules = [new() { Operator = ObservabilityFilterOperator.Exists }] }] }; break;
            case "rule without operator": request.FilterRules = new() { Groups = [new() { Rules = [new() { Field = ObservabilityFilterField.Model }] }] }; break;
            default: request.FilterRules = new() { Groups = [null!] }; break;
        }

        Func<Task> call = () => client.Observability.CreateAsync(request, Ct);

        ArgumentException e = (await call.Should().ThrowAsync<ArgumentException>()).Which;
        e.ParamName.Should().Be("request");
        if (refusal.StartsWith("rate", StringComparison.Ordinal))
        {
            e.Should().BeOfType<ArgumentOutOfRangeException>();
            e.Message.Should().Contain("SamplingRate");
        }

        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Create_accepts_the_sampling_rate_bounds()
    {
        var handler = new QueueHandler(DestinationEnvelope);
        using OpenRouterClient client = Client(handler);
        CreateObservabilityDestinationRequest smallest = SpecCreateRequest();
        smallest.SamplingRate = 0.0001;
        CreateObservabilityDestinationRequest every = SpecCreateRequest();
        every.SamplingRate = 1;

        await client.Observability.CreateAsync(smallest, Ct);
        await client.Observability.CreateAsync(every, Ct);

        handler.Bodies[0].Should().Contain("\"sampling_rate\":0.0001");
        handler.Bodies[1].Should().Contain("\"sampling_rate\":1");
    }

    [Fact]
    public async Task Create_with_a_null_request_is_refused()
    {
        var handler = new QueueHandler(DestinationEnvelope);
        using OpenRouterClient client = Client(handler);

        await FluentActions.Awaiting(() => client.Observability.CreateAsync(null!, Ct)).Should().ThrowAsync<ArgumentNullException>().WithParameterName("request");
        await FluentActions.Awaiting(() => client.Observability.UpdateAsync(Id, null!, Ct)).Should().ThrowAsync<ArgumentNullException>().WithParameterName("request");
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Get_sends_a_GET_to_the_escaped_id()
    {
        var handler = new QueueHandler(DestinationEnvelope);
        using OpenRouterClient client = Client(handler);

        ObservabilityDestination destination = await client.Observability.GetAsync(AwkwardId, Ct);

        AssertManagementRequest(handler, 0, HttpMethod.Get, Base + "observability/destinations/" + EscapedAwkwardId);
        handler.Bodies[0].Should().BeNull();
        destination.Name.Should().Be("Production Langfuse");
    }

    [Fact]
    public async Task Update_with_the_spec_example_sends_exactly_the_spec_example_body()
    {
        var handler = new QueueHandler(DestinationEnvelope);
        using OpenRouterClient client = Client(handler);

        ObservabilityDestination updated = await client.Observability.UpdateAsync(AwkwardId, new UpdateObservabilityDestinationRequest { Name = "Updated Langfuse", Enabled = false }, Ct);

        AssertManagementRequest(handler, 0, new HttpMethod("PATCH"), Base + "observability/destinations/" + EscapedAwkwardId);
        JsonAssert.Equivalent(UpdateExample, handler.Bodies[0]!);
        handler.Bodies[0].Should().Be("""{"name":"Updated Langfuse","enabled":false}""", "nothing unset is sent");
        updated.Id.Should().Be(Id);
    }

    [Fact]
    public async Task Update_sends_every_setting_with_its_wire_name()
    {
        var handler = new QueueHandler(DestinationEnvelope);
        using OpenRouterClient client = Client(handler);

        await client.Observability.UpdateAsync(Id, new UpdateObservabilityDestinationRequest
        {
            Name = "Renamed",
            Enabled = true,
            PrivacyMode = false,
            BroadcastGenerationCost = true,
            BroadcastGenerationIdentity = true,
            BroadcastGenerationRequestContext = false,
            SamplingRate = 0.5,
            Config = new JsonObject { ["secretKey"] = ObservabilitySpecExamples.SecretKey },
            ApiKeyHashes = ["h1", "h2"],
            FilterRules = SampleRules(),
        }, Ct);

        JsonAssert.Equivalent("""
            {"name":"Renamed","enabled":true,"privacy_mode":false,"broadcast_generation_cost":true,"broadcast_generation_identity":true,
             "broadcast_generation_request_context":false,"sampling_rate":0.5,"config":{"secretKey":"sk-lf-0123-very-secret-langfuse-key"},
             "api_key_hashes":["h1","h2"],"filter_rules":
            """ + SampleRulesJson + "}", handler.Bodies[0]!);
    }

    [Fact]
    public async Task Update_sends_the_explicit_nulls_that_clear_the_key_allowlist_and_the_filter_rules()
    {
        var handler = new QueueHandler(DestinationEnvelope);
        using OpenRouterClient client = Client(handler);

        await client.Observability.UpdateAsync(Id, new UpdateObservabilityDestinationRequest { ForwardAllApiKeys = true, RemoveFilterRules = true }, Ct);
        await client.Observability.UpdateAsync(Id, new UpdateObservabilityDestinationRequest(), Ct);

        handler.Bodies[0].Should().Be("""{"api_key_hashes":null,"filter_rules":null}""");
        handler.Bodies[1].Should().Be("{}", "an update that sets nothing changes nothing");
    }

    public static TheoryData<string> UpdateRefusals { get; } =
        ["blank name", "hashes and forward all", "rules and remove", "empty hashes", "blank hash", "rate zero", "rate NaN", "rule without operator"];

    [Theory]
    [MemberData(nameof(UpdateRefusals))]
    public async Task Update_with_contradictory_or_invalid_settings_is_refused_before_any_request(string refusal)
    {
        var handler = new QueueHandler(DestinationEnvelope);
        using OpenRouterClient client = Client(handler);
        UpdateObservabilityDestinationRequest request = refusal switch
        {
            "blank name" => new() { Name = "" },
            "hashes and forward all" => new() { ApiKeyHashes = ["h"], ForwardAllApiKeys = true },
            "rules and remove" => new() { FilterRules = SampleRules(), RemoveFilterRules = true },
            "empty hashes" => new() { ApiKeyHashes = [] },
            "blank hash" => new() { ApiKeyHashes = [null!] },
            "rate zero" => new() { SamplingRate = 0 },
            "rate NaN" => new() { SamplingRate = double.NaN },
            _ => new() { FilterRules = new() { Groups = [new() { Rules = [new() { Field = ObservabilityFilterField.Model }] }] } },
        };

        Func<Task> call = () => client.Observability.UpdateAsync(Id, request, Ct);

        (await call.Should().ThrowAsync<ArgumentException>()).Which.ParamName.Should().Be("request");
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Delete_sends_a_DELETE_to_the_escaped_id_and_completes_on_the_spec_confirmation()
    {
        var handler = new QueueHandler(Deleted);
        using OpenRouterClient client = Client(handler);

        await client.Observability.DeleteAsync(AwkwardId, Ct);

        AssertManagementRequest(handler, 0, HttpMethod.Delete, Base + "observability/destinations/" + EscapedAwkwardId);
        handler.Bodies[0].Should().BeNull();
    }

    [Theory]
    [InlineData("""{"deleted":false}""")]
    [InlineData("{}")]
    public async Task Delete_without_the_confirmation_fails_as_an_invalid_response(string answer)
    {
        using OpenRouterClient client = Client(new QueueHandler(answer));

        Func<Task> call = () => client.Observability.DeleteAsync(Id, Ct);

        (await call.Should().ThrowAsync<OpenRouterInvalidResponseException>()).Which.Message.Should().Contain("DELETE /observability/destinations/").And.Contain("deleted");
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData(".")]
    [InlineData("..")]
    public async Task An_unusable_id_is_refused_before_any_request(string id)
    {
        var handler = new QueueHandler(DestinationEnvelope);
        using OpenRouterClient client = Client(handler);

        await FluentActions.Awaiting(() => client.Observability.GetAsync(id, Ct)).Should().ThrowAsync<ArgumentException>();
        await FluentActions.Awaiting(() => client.Observability.UpdateAsync(id, new UpdateObservabilityDestinationRequest { Name = "n" }, Ct)).Should().ThrowAsync<ArgumentException>();
        await FluentActions.Awaiting(() => client.Observability.DeleteAsync(id, Ct)).Should().ThrowAsync<ArgumentException>();
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public void The_area_is_one_instance_per_client()
    {
        using OpenRouterClient client = Client(new QueueHandler("{}"));

        client.Observability.Should().BeSameAs(client.Observability);
    }
}
