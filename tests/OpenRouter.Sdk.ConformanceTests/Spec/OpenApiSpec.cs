using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Microsoft.OpenApi.YamlReader;
using SharpYaml.Serialization;

namespace OpenRouter.Sdk.ConformanceTests.Spec;

/// <summary>
/// OpenRouter's published OpenAPI 3.1 document (spec/openrouter-openapi-2026-08.yaml), read once per test run:
/// the Microsoft.OpenApi object model for operations, parameters and tags, and the same document as plain JSON for
/// the schemas and examples (its JSON Schema 2020-12 keywords are kept verbatim that way).
/// </summary>
public sealed class OpenApiSpec
{
    public const string FileName = "openrouter-openapi-2026-08.yaml";

    private static readonly Lazy<OpenApiSpec> s_instance = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private OpenApiSpec(JsonObject json, OpenApiDocument document)
    {
        Json = json;
        Document = document;
        Operations = ListOperations(json, document);
        Schemas = new SchemaSet(json);
    }

    /// <summary>The spec, loaded on first use.</summary>
    public static OpenApiSpec Instance => s_instance.Value;

    /// <summary>The document as JSON (YAML nulls are JSON nulls).</summary>
    public JsonObject Json { get; }

    /// <summary>The document as Microsoft.OpenApi reads it.</summary>
    public OpenApiDocument Document { get; }

    /// <summary>Every operation, ordered by path, then method.</summary>
    public IReadOnlyList<SpecOperation> Operations { get; }

    /// <summary>The schemas, compiled for JsonSchema.Net.</summary>
    public SchemaSet Schemas { get; }

    /// <summary>The number of paths in the document.</summary>
    public int PathCount => Document.Paths.Count;

    /// <summary>The operation with this id.</summary>
    public SpecOperation Operation(string operationId) =>
        Operations.SingleOrDefault(o => o.OperationId == operationId)
        ?? throw new InvalidOperationException($"The spec has no operation '{operationId}'.");

    public static string SpecFilePath => Path.Combine(AppContext.BaseDirectory, "spec", FileName);

    private static OpenApiSpec Load()
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(SpecFilePath))
        {
            yaml.Load(reader);
        }

        JsonNode node = yaml.Documents[0].ToJsonNode();
        ReadResult read = OpenApiYamlReader.Read(node.DeepClone(), new Uri("https://openrouter.ai/openapi.yaml"), new OpenApiReaderSettings());
        if (read.Document is null || read.Diagnostic?.Errors.Count > 0)
        {
            throw new InvalidOperationException("The spec does not parse: " + string.Join("; ", read.Diagnostic?.Errors ?? []));
        }

        // The YAML converter marks an explicit null with a sentinel string for Microsoft.OpenApi; schemas and examples need the null back.
        return new OpenApiSpec((JsonObject)RestoreNulls(node), read.Document);
    }

    private static JsonNode RestoreNulls(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach ((string key, JsonNode? value) in obj.ToList())
                {
                    if (IsNullSentinel(value))
                    {
                        obj[key] = null;
                    }
                    else if (value is not null)
                    {
                        RestoreNulls(value);
                    }
                }

                break;
            case JsonArray array:
                for (int i = 0; i < array.Count; i++)
                {
                    if (IsNullSentinel(array[i]))
                    {
                        array[i] = null;
                    }
                    else if (array[i] is { } item)
                    {
                        RestoreNulls(item);
                    }
                }

                break;
        }

        return node;
    }

    private static bool IsNullSentinel(JsonNode? node) => node is JsonValue value && JsonNullSentinel.IsJsonNullSentinel(value);

    private static readonly HttpMethod[] MethodOrder = [HttpMethod.Get, HttpMethod.Post, HttpMethod.Put, HttpMethod.Patch, HttpMethod.Delete];

    private static List<SpecOperation> ListOperations(JsonObject json, OpenApiDocument document)
    {
        var operations = new List<SpecOperation>();
        foreach ((string path, IOpenApiPathItem item) in document.Paths.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            foreach ((HttpMethod method, OpenApiOperation operation) in (item.Operations ?? []).OrderBy(o => Array.IndexOf(MethodOrder, o.Key)))
            {
                JsonObject node = json["paths"]![path]![method.Method.ToLowerInvariant()]!.AsObject();
                IEnumerable<IOpenApiParameter> parameters = (item.Parameters ?? []).Concat(operation.Parameters ?? []);
                operations.Add(new SpecOperation(
                    operation.OperationId ?? throw new InvalidOperationException($"{method} {path} has no operationId."),
                    method,
                    path,
                    operation.Tags?.FirstOrDefault()?.Name ?? "(none)",
                    parameters.Select(p => new SpecParameter(p.Name!, p.In?.ToString() ?? "", p.Required)).ToList(),
                    node));
            }
        }

        return operations;
    }
}
