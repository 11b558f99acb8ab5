using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace OpenRouter.Sdk.ConformanceTests.Spec;

/// <summary>One operation of the spec.</summary>
/// <param name="OperationId">The spec's operationId.</param>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The path template, e.g. <c>/models/{author}/{slug}/endpoints</c>.</param>
/// <param name="Tag">The first tag.</param>
/// <param name="Parameters">Path, query, header and cookie parameters (the path item's and the operation's).</param>
/// <param name="Node">The operation object as JSON.</param>
public sealed record SpecOperation(string OperationId, HttpMethod Method, string Path, string Tag, IReadOnlyList<SpecParameter> Parameters, JsonObject Node)
{
    /// <summary>The request body's JSON schema, if the operation takes a JSON body.</summary>
    public JsonNode? RequestBodySchema => Node["requestBody"]?["content"]?["application/json"]?["schema"];

    /// <summary>The success response's media type object (200, else 201) for a content type.</summary>
    public JsonObject? SuccessContent(string mediaType) =>
        (Node["responses"]?["200"] ?? Node["responses"]?["201"] ?? Node["responses"]?["202"])?["content"]?[mediaType]?.AsObject();

    /// <summary>Whether a concrete request path (without the base path and query) matches the template.</summary>
    public bool MatchesPath(string concretePath) =>
        Regex.IsMatch(concretePath, "^" + Regex.Replace(Regex.Escape(Path), @"\\\{[^}]+}", "[^/]+") + "$");

    public override string ToString() => OperationId;
}

/// <summary>A parameter of an operation.</summary>
public sealed record SpecParameter(string Name, string In, bool Required);
