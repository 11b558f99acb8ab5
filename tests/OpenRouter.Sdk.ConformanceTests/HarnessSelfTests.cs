using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using FluentAssertions;
using OpenRouter.Sdk.ConformanceTests.Coverage;
using OpenRouter.Sdk.ConformanceTests.Spec;
using Xunit;

namespace OpenRouter.Sdk.ConformanceTests;

/// <summary>The checks themselves find drift (so a passing conformance run means something).</summary>
public sealed class HarnessSelfTests
{
    private static SpecOperation Chat => OpenApiSpec.Instance.Operation("sendChatCompletionRequest");

    [Fact]
    public void A_body_field_of_the_wrong_type_is_a_request_finding_at_its_location()
    {
        var request = new ConformanceHarness.SentRequest(HttpMethod.Post, new Uri("https://openrouter.ai/api/v1/chat/completions"),
            """{"model":"m","messages":[{"role":"user","content":"hi"}],"temperature":"hot"}""");

        ConformanceHarness.CheckRequest(Chat, request).Should().Contain(f => f.Kind == FindingKind.RequestBody && f.Location == "/temperature");
    }

    [Fact]
    public void A_wrong_method_path_or_query_name_is_a_request_finding()
    {
        var request = new ConformanceHarness.SentRequest(HttpMethod.Get, new Uri("https://openrouter.ai/api/v1/chat/complete?colour=red"), null);

        ConformanceHarness.CheckRequest(Chat, request).Select(f => f.Kind).Should().BeEquivalentTo(
            [FindingKind.RequestMethod, FindingKind.RequestPath, FindingKind.RequestQueryUnknown]);
    }

    [Fact]
    public void A_missing_required_query_parameter_is_a_request_finding()
    {
        var request = new ConformanceHarness.SentRequest(HttpMethod.Get, new Uri("https://openrouter.ai/api/v1/generation"), null);

        ConformanceHarness.CheckRequest(OpenApiSpec.Instance.Operation("getGeneration"), request)
            .Should().ContainSingle(f => f.Kind == FindingKind.RequestQueryMissing && f.Location == "id");
    }

    private sealed class TypedOnlyLabel
    {
        [JsonPropertyName("label")]
        public string? Label { get; set; }

        [JsonExtensionData]
        public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    [Fact]
    public void A_required_member_without_a_typed_property_or_with_an_empty_one_is_a_response_finding()
    {
        JsonNode schema = JsonNode.Parse("""{"type":"object","required":["label","usage"],"properties":{"label":{"type":"string"},"usage":{"type":"number"}}}""")!;
        var sdkObject = new TypedOnlyLabel { Label = null, AdditionalProperties = new Dictionary<string, JsonElement> { ["usage"] = JsonDocument.Parse("1").RootElement } };
        var check = new RequiredMemberCheck(OpenApiSpec.Instance.Schemas, "op");

        check.Walk(schema, JsonNode.Parse("""{"label":"x","usage":1}"""), sdkObject, "");

        check.Findings.Select(f => (f.Kind, f.Location)).Should().BeEquivalentTo(
            [(FindingKind.ResponseLost, "/label"), (FindingKind.ResponseUntyped, "/usage")]);
    }

    [Fact]
    public void The_synthesized_body_of_every_covered_operation_satisfies_its_schema_and_fills_every_required_member()
    {
        foreach (CoveredOperation covered in CoveredOperations.All)
        {
            SpecOperation spec = OpenApiSpec.Instance.Operation(covered.OperationId);
            SpecResponses.SpecResponse synthesized = SpecResponses.For(spec, covered).Single(r => r.Source == "synthesized");

            OpenApiSpec.Instance.Schemas.IsValid(synthesized.Schema, synthesized.Body).Should().BeTrue(covered.ToString());
        }
    }

    [Fact]
    public async Task The_key_creator_is_read_from_a_spec_shaped_body()
    {
        CoveredOperation getKey = CoveredOperations.All.Single(o => o.OperationId == "getCurrentKey");
        JsonNode body = SpecResponses.For(OpenApiSpec.Instance.Operation("getCurrentKey"), getKey).First(r => r.Source == "example").Body!;

        var (_, result, error) = await ConformanceHarness.RunAsync(getKey, body, TestContext.Current.CancellationToken);

        error.Should().BeNull();
        var key = result.Should().BeOfType<KeyInfo>().Subject;
        key.CreatorUserId.Should().Be("user_2dHFtVWx2n56w6HkM0000000000");
        key.AdditionalProperties?.Keys.Should().NotContain("creator_user_id");
    }
}
