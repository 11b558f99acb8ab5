using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk.ConformanceTests.Spec;

/// <summary>
/// Checks that every required member of a response schema arrived in the object the SDK returned, by walking the
/// spec-shaped JSON, its schema and the SDK object side by side. A JSON member maps to the public property whose
/// <see cref="JsonPropertyNameAttribute"/> names it, which is exactly the mapping the SDK's source-generated
/// serializer context uses; the object is read back through its public surface only (the context is internal).
/// <list type="bullet">
/// <item>typed property, value present: arrived; the walk continues into objects and array items;</item>
/// <item>typed property, value null although the JSON value was not: <see cref="FindingKind.ResponseLost"/>;</item>
/// <item>no typed property, member kept in the <see cref="JsonExtensionDataAttribute"/> bag: <see cref="FindingKind.ResponseUntyped"/>
/// (readable only as raw JSON, so it is a gap to fix or to record);</item>
/// <item>neither: <see cref="FindingKind.ResponseMissing"/>.</item>
/// </list>
/// A value read by a custom converter (a <see cref="JsonConverterAttribute"/> on the property or its type, e.g. a
/// message's string-or-parts content, open enums) or kept as raw JSON is checked for presence only: its inner
/// mapping belongs to the converter, which the unit tests cover. A union schema (anyOf/oneOf) is walked along the
/// first branch the JSON value is valid against.
/// </summary>
public sealed class RequiredMemberCheck(SchemaSet schemas, string operationId)
{
    private const int MaxDepth = 24;

    public List<Finding> Findings { get; } = new();

    /// <summary>Walks <paramref name="json"/> (valid against <paramref name="schema"/>) against the SDK object.</summary>
    public void Walk(JsonNode schema, JsonNode? json, object? sdkValue, string location) => WalkValue(schema, json, sdkValue, location, 0, readByConverter: false);

    /// <summary>
    /// Walks the part of the body above the SDK result (e.g. <c>{"data": ..., "total_count": ...}</c>): every required
    /// member other than the path to the result is dropped by the SDK method. Returns the result's schema and JSON.
    /// </summary>
    public (JsonNode Schema, JsonNode? Json) Descend(JsonNode schema, JsonNode? json, IReadOnlyList<string> pathToResult)
    {
        string location = "";
        foreach (string segment in pathToResult)
        {
            JsonObject objectSchema = ObjectBranch(schema, json);
            foreach (string required in RequiredMembers(objectSchema))
            {
                if (required != segment && json is JsonObject o && o.ContainsKey(required))
                {
                    Findings.Add(new Finding(operationId, FindingKind.ResponseEnvelopeDropped, location + "/" + required,
                        $"the SDK method returns only '{location}/{segment}'"));
                }
            }

            schema = PropertySchema(objectSchema, segment) ?? new JsonObject();
            json = json?[segment];
            location += "/" + segment;
        }

        return (schema, json);
    }

    private void WalkValue(JsonNode schema, JsonNode? json, object? value, string location, int depth, bool readByConverter)
    {
        if (json is null || value is null || depth > MaxDepth || readByConverter || IsRawOrLeaf(value))
        {
            return;
        }

        if (json is JsonArray array && value is IEnumerable items and not string && value is not IDictionary)
        {
            JsonNode? itemSchema = ArrayItems(schema, json);
            if (itemSchema is null)
            {
                return;
            }

            int i = 0;
            foreach (object? item in items)
            {
                if (i < array.Count)
                {
                    WalkValue(itemSchema, array[i], item, location + "/*", depth + 1, readByConverter: false);
                }

                i++;
            }

            return;
        }

        if (json is JsonObject jsonObject && value is not IDictionary)
        {
            WalkObject(ObjectBranch(schema, json), jsonObject, value, location, depth);
        }
    }

    private void WalkObject(JsonObject schema, JsonObject json, object value, string location, int depth)
    {
        Type type = value.GetType();
        foreach (string member in RequiredMembers(schema))
        {
            if (!json.TryGetPropertyValue(member, out JsonNode? memberJson))
            {
                continue;
            }

            string memberLocation = location + "/" + member;
            PropertyInfo? property = TypedProperty(type, member);
            if (property is null)
            {
                bool kept = ExtensionData(value)?.Contains(member) == true;
                Findings.Add(new Finding(operationId, kept ? FindingKind.ResponseUntyped : FindingKind.ResponseMissing, memberLocation,
                    kept ? $"{type.Name} has no property for it; it is only in AdditionalProperties" : $"{type.Name} has no property for it and keeps no extension data"));
                continue;
            }

            object? memberValue = property.GetValue(value);
            if (memberJson is not null && memberValue is null)
            {
                Findings.Add(new Finding(operationId, FindingKind.ResponseLost, memberLocation, $"{type.Name}.{property.Name} is null after reading {Shorten(memberJson)}"));
                continue;
            }

            bool converter = property.GetCustomAttribute<JsonConverterAttribute>() is not null
                || memberValue?.GetType().GetCustomAttribute<JsonConverterAttribute>() is not null;
            WalkValue(PropertySchema(schema, member) ?? new JsonObject(), memberJson, memberValue, memberLocation, depth + 1, converter);
        }
    }

    /// <summary>The object schema that applies to <paramref name="json"/>: resolved, allOf merged, the matching union branch.</summary>
    private JsonObject ObjectBranch(JsonNode schemaNode, JsonNode? json)
    {
        JsonObject schema = schemas.Resolve(schemaNode);
        if ((schema["anyOf"] ?? schema["oneOf"]) is JsonArray branches)
        {
            JsonNode? match = branches.FirstOrDefault(b => json is not null && schemas.IsValid(b!, json) && !IsNullSchema(b!));
            return match is null ? schema : ObjectBranch(match, json);
        }

        if (schema["allOf"] is JsonArray parts)
        {
            var merged = new JsonObject { ["required"] = new JsonArray(), ["properties"] = new JsonObject() };
            foreach (JsonObject part in parts.Select(p => ObjectBranch(p!, json)).Append(schema))
            {
                foreach (string required in RequiredMembers(part))
                {
                    merged["required"]!.AsArray().Add(required);
                }

                foreach ((string name, JsonNode? propertySchema) in part["properties"] as JsonObject ?? [])
                {
                    merged["properties"]![name] = propertySchema!.DeepClone();
                }
            }

            return merged;
        }

        return schema;
    }

    private JsonNode? ArrayItems(JsonNode schemaNode, JsonNode json)
    {
        JsonObject schema = schemas.Resolve(schemaNode);
        if (schema["items"] is JsonNode items)
        {
            return items;
        }

        JsonNode? branch = ((schema["anyOf"] ?? schema["oneOf"]) as JsonArray)?.FirstOrDefault(b => schemas.IsValid(b!, json) && !IsNullSchema(b!));
        return branch is null ? null : ArrayItems(branch, json);
    }

    private static JsonNode? PropertySchema(JsonObject schema, string member) => (schema["properties"] as JsonObject)?[member];

    private static IEnumerable<string> RequiredMembers(JsonObject schema) =>
        (schema["required"] as JsonArray ?? []).Select(r => r!.GetValue<string>()).Distinct();

    private bool IsNullSchema(JsonNode schema) => schemas.Resolve(schema)["type"] is JsonValue t && t.GetValue<string>() == "null";

    private static PropertyInfo? TypedProperty(Type type, string member) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .FirstOrDefault(p => p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name == member);

    private static ICollection<string>? ExtensionData(object value)
    {
        PropertyInfo? bag = value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .FirstOrDefault(p => p.GetCustomAttribute<JsonExtensionDataAttribute>() is not null);
        return bag?.GetValue(value) switch
        {
            IDictionary<string, JsonElement> elements => elements.Keys,
            JsonObject node => node.Select(p => p.Key).ToList(),
            _ => null,
        };
    }

    private static bool IsRawOrLeaf(object value) =>
        value is string or JsonElement or JsonNode or JsonDocument || value.GetType().IsPrimitive || value.GetType().IsEnum
        || value is decimal or DateTimeOffset or DateTime or TimeSpan or Guid or Uri
        || (value.GetType().IsValueType && value.GetType().GetProperties().All(p => p.GetCustomAttribute<JsonPropertyNameAttribute>() is null));

    private static string Shorten(JsonNode json)
    {
        string text = json.ToJsonString();
        return text.Length <= 60 ? text : text[..57] + "...";
    }
}
