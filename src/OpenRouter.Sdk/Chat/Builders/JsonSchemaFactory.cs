using System;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;

namespace OpenRouter.Sdk;

/// <summary>Derives a <c>json_schema</c> response format from a type's JSON contract.</summary>
internal static class JsonSchemaFactory
{
    private static readonly JsonSchemaExporterOptions ExporterOptions = new()
    {
        // Unannotated reference types are taken as non-null, so the root of a class is "object", not ["object","null"].
        TreatNullObliviousAsNonNullable = true,
    };

    public static ResponseFormat Create(JsonTypeInfo typeInfo, string? name, bool strict, string? description)
    {
        JsonNode schema = typeInfo.GetJsonSchemaAsNode(ExporterOptions);
        if (schema is not JsonObject root)
        {
            // A schema of "true" (any value) is what the exporter returns for JsonElement/object: say so plainly.
            throw new ArgumentException(
                $"'{typeInfo.Type}' has no fixed JSON shape, so no schema can be derived from it; use a class or record.",
                nameof(typeInfo));
        }

        if (strict)
        {
            MakeStrict(root);
        }

        using JsonDocument document = JsonDocument.Parse(root.ToJsonString());
        return ResponseFormat.JsonSchema(name ?? NameOf(typeInfo.Type), document.RootElement.Clone(), strict, description);
    }

    /// <summary>
    /// Strict structured outputs (OpenAI and compatible providers) require every object to list all its properties
    /// as required and to forbid others; optional values stay expressible as a nullable type.
    /// </summary>
    private static void MakeStrict(JsonNode? schema)
    {
        if (schema is not JsonObject obj)
        {
            return;
        }

        if (obj["properties"] is JsonObject properties)
        {
            var required = new JsonArray();
            foreach (var property in properties)
            {
                required.Add((JsonNode)JsonValue.Create(property.Key));
                MakeStrict(property.Value);
            }

            obj["required"] = required;
            obj["additionalProperties"] = false;
        }

        MakeStrict(obj["items"]);
        MakeStrictEach(obj["anyOf"]);
        MakeStrictEach(obj["oneOf"]);
        MakeStrictEach(obj["allOf"]);
        MakeStrictEach(obj["prefixItems"]);
        if (obj["additionalProperties"] is JsonObject valueSchema)
        {
            MakeStrict(valueSchema);
        }

        foreach (string definitions in new[] { "$defs", "definitions" })
        {
            if (obj[definitions] is JsonObject defs)
            {
                foreach (var definition in defs)
                {
                    MakeStrict(definition.Value);
                }
            }
        }
    }

    private static void MakeStrictEach(JsonNode? schemas)
    {
        if (schemas is JsonArray array)
        {
            foreach (JsonNode? item in array)
            {
                MakeStrict(item);
            }
        }
    }

    /// <summary>A schema name from a type name: <c>List`1</c> becomes <c>List_1</c>, at most 64 characters.</summary>
    internal static string NameOf(Type type)
    {
        var builder = new StringBuilder(type.Name.Length);
        foreach (char c in type.Name)
        {
            bool allowed = c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_' or '-';
            builder.Append(allowed ? c : '_');
            if (builder.Length == 64)
            {
                break;
            }
        }

        return builder.Length == 0 ? "response" : builder.ToString();
    }
}
