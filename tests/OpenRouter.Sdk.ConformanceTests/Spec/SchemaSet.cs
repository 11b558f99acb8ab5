using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace OpenRouter.Sdk.ConformanceTests.Spec;

/// <summary>
/// The spec's schemas for JsonSchema.Net. An OpenAPI 3.1 schema is a JSON Schema 2020-12 schema whose references
/// point into the OpenAPI document (<c>#/components/schemas/X</c>); every component schema goes into one schema
/// document under <c>$defs</c>, registered once, and every reference (inline or in a component) is rewritten to that
/// document's absolute URI, so it resolves wherever it appears. OpenAPI-only keywords (<c>example</c>,
/// <c>discriminator</c>, <c>x-*</c>) are unknown keywords to JsonSchema.Net and do not assert anything.
/// </summary>
public sealed class SchemaSet
{
    private const string ComponentPrefix = "#/components/schemas/";
    private static readonly Uri ComponentsUri = new("https://conformance.openrouter-sdk.test/components.json");

    private readonly JsonObject _components;
    private readonly BuildOptions _buildOptions;
    private readonly ConcurrentDictionary<JsonNode, JsonSchema> _compiled = new(ReferenceEqualityComparer.Instance);
    private int _inline;

    public SchemaSet(JsonObject spec)
    {
        _components = spec["components"]!["schemas"]!.AsObject();
        // The spec is JSON Schema 2020-12 (OpenAPI 3.1), whose unknown keywords are annotations.
        _buildOptions = new BuildOptions { SchemaRegistry = new SchemaRegistry(), Dialect = Dialect.Draft202012 };

        var document = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = ComponentsUri.ToString(),
            ["$defs"] = RewriteReferences(_components.DeepClone()),
        };
        JsonSchema.Build(ToElement(document), _buildOptions, ComponentsUri);
    }

    /// <summary>Evaluates an instance against a schema of the spec; the results are hierarchical.</summary>
    public EvaluationResults Evaluate(JsonNode schema, JsonNode? instance)
    {
        JsonSchema compiled = _compiled.GetOrAdd(schema, Compile);
        return compiled.Evaluate(ToElement(instance), new EvaluationOptions { OutputFormat = OutputFormat.Hierarchical });
    }

    /// <summary>Whether an instance is valid against a schema of the spec.</summary>
    public bool IsValid(JsonNode schema, JsonNode? instance) =>
        _compiled.GetOrAdd(schema, Compile).Evaluate(ToElement(instance), new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid;

    /// <summary>Follows <c>$ref</c>s to the schema object they name (in the spec's own JSON).</summary>
    public JsonObject Resolve(JsonNode schema)
    {
        JsonObject current = schema.AsObject();
        for (int hops = 0; current["$ref"] is JsonValue reference; hops++)
        {
            string target = reference.GetValue<string>();
            if (!target.StartsWith(ComponentPrefix, StringComparison.Ordinal) || hops > 32)
            {
                throw new InvalidOperationException($"Unsupported reference '{target}'.");
            }

            current = _components[target[ComponentPrefix.Length..]]!.AsObject();
        }

        return current;
    }

    private JsonSchema Compile(JsonNode schema)
    {
        var baseUri = new Uri($"https://conformance.openrouter-sdk.test/inline/{Interlocked.Increment(ref _inline)}.json");
        JsonNode rewritten = RewriteReferences(schema.DeepClone());
        if (rewritten is JsonObject obj)
        {
            // Under the 2020-12 dialect the OpenAPI-only keywords are unknown keywords (annotations), as in the components document.
            obj["$schema"] = "https://json-schema.org/draft/2020-12/schema";
        }

        return JsonSchema.Build(ToElement(rewritten), _buildOptions, baseUri);
    }

    private static JsonNode RewriteReferences(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                UpgradeExclusiveBounds(obj);
                foreach ((string key, JsonNode? value) in obj.ToList())
                {
                    if (key == "$ref" && value is JsonValue v && v.GetValue<string>() is { } target && target.StartsWith(ComponentPrefix, StringComparison.Ordinal))
                    {
                        obj[key] = ComponentsUri + "#/$defs/" + target[ComponentPrefix.Length..];
                    }
                    else if (value is not null)
                    {
                        RewriteReferences(value);
                    }
                }

                break;
            case JsonArray array:
                foreach (JsonNode? item in array)
                {
                    if (item is not null)
                    {
                        RewriteReferences(item);
                    }
                }

                break;
        }

        return node;
    }

    /// <summary>
    /// The document has one OpenAPI 3.0-style boolean <c>exclusiveMinimum</c> (a video schema's <c>upscale_factor</c>),
    /// which JSON Schema 2020-12 rejects; it becomes the 3.1 form (the bound itself) so the document compiles.
    /// </summary>
    private static void UpgradeExclusiveBounds(JsonObject schema)
    {
        foreach ((string exclusive, string inclusive) in new[] { ("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum") })
        {
            if (schema[exclusive] is JsonValue flag && flag.GetValueKind() is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False)
            {
                bool isExclusive = flag.GetValueKind() == System.Text.Json.JsonValueKind.True;
                schema.Remove(exclusive);
                if (isExclusive && schema[inclusive] is JsonNode bound)
                {
                    schema.Remove(inclusive);
                    schema[exclusive] = bound;
                }
            }
        }
    }

    private static JsonElement ToElement(JsonNode? node) =>
        node is null ? JsonDocument.Parse("null").RootElement : JsonSerializer.SerializeToElement(node);
}
