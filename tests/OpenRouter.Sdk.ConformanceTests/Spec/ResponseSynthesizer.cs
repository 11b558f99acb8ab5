using System.Text.Json.Nodes;

namespace OpenRouter.Sdk.ConformanceTests.Spec;

/// <summary>
/// Builds the smallest JSON a schema accepts that still carries every required member: required members are filled
/// with type-correct, non-default values (the schema's own example for a string or number when it has one, so a member that did not arrive is not mistaken for one that arrived as
/// 0 or false), an enum takes its first value, a union its first non-null branch, an array one item.
/// </summary>
public sealed class ResponseSynthesizer(SchemaSet schemas)
{
    private const int MaxDepth = 16;

    public JsonNode? Synthesize(JsonNode schema) => Build(schema, 0);

    private JsonNode? Build(JsonNode schemaNode, int depth)
    {
        JsonObject schema = schemas.Resolve(schemaNode);
        if (schema.ContainsKey("const"))
        {
            return schema["const"]?.DeepClone();
        }

        if (schema["enum"] is JsonArray values)
        {
            return values.FirstOrDefault(v => v is not null)?.DeepClone();
        }

        if (schema["allOf"] is JsonArray allOf)
        {
            var merged = new JsonObject();
            foreach (JsonNode? part in allOf)
            {
                if (Build(part!, depth + 1) is JsonObject partObject)
                {
                    foreach ((string key, JsonNode? value) in partObject.ToList())
                    {
                        partObject.Remove(key);
                        merged[key] = value;
                    }
                }
            }

            return MergeOwnObject(schema, merged, depth);
        }

        if ((schema["anyOf"] ?? schema["oneOf"]) is JsonArray branches)
        {
            JsonNode? branch = branches.FirstOrDefault(b => !IsNullOnly(schemas.Resolve(b!)));
            return branch is null ? null : Build(branch, depth + 1);
        }

        string type = TypeOf(schema);
        if (type is "string" or "number" or "integer" && schema["example"] is JsonValue example && example.GetValueKind() != System.Text.Json.JsonValueKind.Null
            && schemas.IsValid(schema, example))
        {
            // The schema's own example is type-correct and realistic (a price "0.00003", a timestamp), where "sample" may not parse.
            return example.DeepClone();
        }

        return type switch
        {
            "object" => MergeOwnObject(schema, new JsonObject(), depth),
            "array" => depth >= MaxDepth || schema["items"] is not JsonNode items ? new JsonArray() : new JsonArray(Build(items, depth + 1)),
            "string" => SampleString(schema),
            "integer" => JsonValue.Create(Math.Max(1L, (long)Math.Ceiling(Number(schema["minimum"]) ?? 1))),
            "number" => JsonValue.Create(Math.Max(1.5, Number(schema["minimum"]) ?? 1.5)),
            "boolean" => JsonValue.Create(true),
            "null" => null,
            _ => JsonValue.Create("sample"),
        };
    }

    private JsonObject MergeOwnObject(JsonObject schema, JsonObject target, int depth)
    {
        if (depth >= MaxDepth)
        {
            return target;
        }

        JsonObject? properties = schema["properties"] as JsonObject;
        foreach (JsonNode? name in schema["required"] as JsonArray ?? [])
        {
            string member = name!.GetValue<string>();
            JsonNode? memberSchema = properties?[member];
            if (memberSchema is not null && schema["example"]?[member] is JsonValue exampleValue && exampleValue.GetValueKind() != System.Text.Json.JsonValueKind.Null
                && schemas.IsValid(memberSchema, exampleValue))
            {
                // The object's example holds a realistic value for the member (a price "0.00003" where "sample" would not parse).
                target[member] = exampleValue.DeepClone();
                continue;
            }

            target[member] = memberSchema is not null ? Build(memberSchema, depth + 1) : JsonValue.Create("sample");
        }

        return target;
    }

    private static double? Number(JsonNode? node) =>
        node is JsonValue value && double.TryParse(value.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture, out double number) ? number : null;

    private static string TypeOf(JsonObject schema) => schema["type"] switch
    {
        JsonValue single => single.GetValue<string>(),
        JsonArray several => several.Select(t => t!.GetValue<string>()).FirstOrDefault(t => t != "null") ?? "null",
        _ when schema.ContainsKey("properties") => "object",
        _ when schema.ContainsKey("items") => "array",
        _ => "any",
    };

    private static bool IsNullOnly(JsonObject schema) => schema["type"] is JsonValue t && t.GetValue<string>() == "null";

    private static JsonNode SampleString(JsonObject schema) => (schema["format"]?.GetValue<string>()) switch
    {
        "date-time" => JsonValue.Create("2026-08-01T12:00:00Z"),
        "date" => JsonValue.Create("2026-08-01"),
        "uri" or "url" => JsonValue.Create("https://example.com/sample"),
        "uuid" => JsonValue.Create("123e4567-e89b-12d3-a456-426614174000"),
        "email" => JsonValue.Create("someone@example.com"),
        // A digit string: valid for any plain string, and it also parses where the SDK reads a decimal carried as a string (prices).
        _ => JsonValue.Create("1"),
    };
}
