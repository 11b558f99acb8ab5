using System.Text.Json.Nodes;
using OpenRouter.Sdk.ConformanceTests.Spec;

namespace OpenRouter.Sdk.ConformanceTests.Coverage;

/// <summary>The success bodies a covered operation is fed: the spec's own example, and one synthesized from the schema.</summary>
public static class SpecResponses
{
    /// <summary>A named success body.</summary>
    public sealed record SpecResponse(string Source, JsonNode Schema, JsonNode? Body);

    public static IEnumerable<SpecResponse> For(SpecOperation spec, CoveredOperation covered)
    {
        JsonObject content = spec.SuccessContent(covered.ResponseMediaType)
            ?? throw new InvalidOperationException($"{spec.OperationId} declares no {covered.ResponseMediaType} success response.");
        JsonNode schema = content["schema"] ?? throw new InvalidOperationException($"{spec.OperationId} has no success schema.");

        JsonNode? example = content["example"] ?? (content["examples"] as JsonObject)?.FirstOrDefault().Value?["value"];
        if (example is not null)
        {
            yield return new SpecResponse("example", schema, example.DeepClone());
        }

        yield return new SpecResponse("synthesized", schema, new ResponseSynthesizer(OpenApiSpec.Instance.Schemas).Synthesize(schema));
    }
}
