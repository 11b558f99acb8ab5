using System.Text.Json.Nodes;
using FluentAssertions;
using OpenRouter.Sdk.ConformanceTests.Coverage;
using OpenRouter.Sdk.ConformanceTests.Spec;
using Xunit;

namespace OpenRouter.Sdk.ConformanceTests;

/// <summary>
/// Each covered operation against the spec: the request the SDK sends (method, path, query names, JSON body) and
/// the reading of spec-shaped success bodies (every required member must arrive in the SDK's result). A finding
/// fails unless <see cref="Deviations"/> lists it; a deviation that no longer happens fails too.
/// </summary>
public sealed class SpecConformanceTests
{
    public static TheoryData<string> CoveredCases { get; } = new(CoveredOperations.All.Select(o => o.ToString()));

    [Theory]
    [MemberData(nameof(CoveredCases))]
    public async Task The_request_matches_the_spec(string coveredCase)
    {
        CoveredOperation covered = Find(coveredCase);
        SpecOperation spec = OpenApiSpec.Instance.Operation(covered.OperationId);
        JsonNode? body = SpecResponses.For(spec, covered).Last().Body;

        var (request, _, _) = await ConformanceHarness.RunAsync(covered, body, TestContext.Current.CancellationToken);

        AssertOnlyDeviations(covered, ConformanceHarness.CheckRequest(spec, request).ToList(), RequestKinds);
    }

    [Theory]
    [MemberData(nameof(CoveredCases))]
    public async Task Every_required_response_member_arrives_in_the_sdk_result(string coveredCase)
    {
        CoveredOperation covered = Find(coveredCase);
        SpecOperation spec = OpenApiSpec.Instance.Operation(covered.OperationId);
        var findings = new List<Finding>();
        var sources = new List<string>();

        foreach (SpecResponses.SpecResponse response in SpecResponses.For(spec, covered))
        {
            sources.Add(response.Source);
            var validity = OpenApiSpec.Instance.Schemas.Evaluate(response.Schema, response.Body);
            if (!validity.IsValid)
            {
                // A body the schema rejects proves nothing about reading spec-shaped answers. The synthesized body
                // must always be valid (else the synthesizer is wrong); an invalid spec example is a spec defect.
                response.Source.Should().Be("example", $"the synthesized body must satisfy the schema: {response.Body?.ToJsonString()}");
                findings.AddRange(ConformanceHarness.SchemaFindings(covered.OperationId, FindingKind.SpecExampleInvalid, validity));
                continue;
            }

            var (_, result, error) = await ConformanceHarness.RunAsync(covered, response.Body, TestContext.Current.CancellationToken);
            if (error is not null)
            {
                findings.Add(new Finding(covered.OperationId, FindingKind.ResponseUnreadable, response.Source, error.GetType().Name + ": " + error.Message));
                continue;
            }

            result.Should().NotBeNull($"{covered.SdkMethod} returned nothing for the {response.Source} body");
            var check = new RequiredMemberCheck(OpenApiSpec.Instance.Schemas, covered.OperationId);
            var (resultSchema, resultJson) = check.Descend(response.Schema, response.Body, covered.ResultSegments);
            check.Walk(resultSchema, resultJson, result, "/" + covered.ResultPath);
            findings.AddRange(check.Findings);
        }

        sources.Should().Contain("synthesized");
        AssertOnlyDeviations(covered, findings, ResponseKinds);
    }

    private static readonly string[] RequestKinds =
        [FindingKind.RequestMethod, FindingKind.RequestPath, FindingKind.RequestQueryUnknown, FindingKind.RequestQueryMissing, FindingKind.RequestBody];

    private static readonly string[] ResponseKinds =
        [FindingKind.ResponseUntyped, FindingKind.ResponseMissing, FindingKind.ResponseLost, FindingKind.ResponseEnvelopeDropped, FindingKind.ResponseUnreadable, FindingKind.SpecExampleInvalid];

    private static void AssertOnlyDeviations(CoveredOperation covered, List<Finding> findings, string[] kinds)
    {
        var accepted = Deviations.All
            .Where(d => d.OperationId == covered.OperationId && kinds.Contains(d.Kind) && (d.SdkMethod is null || d.SdkMethod == covered.SdkMethod))
            .ToList();
        var unexpected = findings.Where(f => accepted.All(d => d.Key != f.Key)).Select(f => f.ToString()).Distinct().ToList();
        var stale = accepted.Where(d => findings.All(f => f.Key != d.Key)).Select(d => d.Key).ToList();

        unexpected.Should().BeEmpty("every difference from the spec is fixed or listed with a reason in Coverage/Deviations.cs");
        stale.Should().BeEmpty("a deviation that no longer happens is removed from Coverage/Deviations.cs");
    }

    private static CoveredOperation Find(string coveredCase) => CoveredOperations.All.Single(o => o.ToString() == coveredCase);
}
