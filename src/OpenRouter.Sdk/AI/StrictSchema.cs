using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;

namespace OpenRouter.Sdk.AI;

/// <summary>
/// Strict structured output: whether a caller asked for it (the <c>strict</c> key that Microsoft.Extensions.AI.OpenAI
/// reads, or the older <c>strictJsonSchema</c>), and the schema rewritten as strict mode requires. Providers that
/// enforce a schema exactly accept only closed objects whose properties are all required, so every object gets
/// <c>additionalProperties: false</c>, every property is listed in <c>required</c>, a property that was optional
/// becomes nullable instead, and <c>default</c> (not allowed there) moves into the description.
/// </summary>
internal static class StrictSchema
{
    private const string Properties = "properties";
    private const string Required = "required";
    private const string AdditionalProperties = "additionalProperties";
    private const string Type = "type";
    private const string Null = "null";

    /// <summary>Strict schemas per function and response format, transformed once and reused while the instance lives.</summary>
    public static AIJsonSchemaTransformCache Cache { get; } = new(new AIJsonSchemaTransformOptions
    {
        DisallowAdditionalProperties = true,
        ConvertBooleanSchemas = true,
        MoveDefaultKeywordToDescription = true,

        // RequireAllProperties would list every property but leave the optional ones non-nullable, so a model forced
        // to fill them would invent values; the node transform below requires them and lets them be null.
        TransformSchemaNode = static (_, node) => RequireAllAndNullOptional(node),
    });

    /// <summary>The strict setting in <paramref name="properties"/>: <c>strict</c> first, then <c>strictJsonSchema</c>; null when neither is a bool.</summary>
    public static bool? Read(IReadOnlyDictionary<string, object?>? properties)
    {
        if (properties is null)
        {
            return null;
        }

        if (properties.TryGetValue(OpenRouterPropertyNames.Strict, out object? strict) && strict is bool b)
        {
            return b;
        }

        return properties.TryGetValue(OpenRouterPropertyNames.StrictJsonSchema, out object? legacy) && legacy is bool l ? l : null;
    }

    /// <summary>The function's own setting, else the request's.</summary>
    public static bool? ForFunction(AIFunctionDeclaration function, bool? requestStrict) => Read(function.AdditionalProperties) ?? requestStrict;

    /// <summary>The function's parameter schema, rewritten when <paramref name="strict"/> is true and sent as given otherwise.</summary>
    public static JsonElement Parameters(AIFunctionDeclaration function, bool? strict) =>
        strict is true ? Cache.GetOrCreateTransformedSchema(function) : function.JsonSchema;

    /// <summary>The response format's schema, rewritten when <paramref name="strict"/> is true and sent as given otherwise.</summary>
    public static JsonElement? Schema(ChatResponseFormatJson format, bool? strict) =>
        strict is true ? Cache.GetOrCreateTransformedSchema(format) : format.Schema;

    private static JsonNode RequireAllAndNullOptional(JsonNode node)
    {
        if (node is not JsonObject schema)
        {
            return node;
        }

        if (schema[Properties] is JsonObject properties)
        {
            var required = new HashSet<string>();
            if (schema[Required] is JsonArray listed)
            {
                foreach (JsonNode? name in listed)
                {
                    if (name?.GetValueKind() == JsonValueKind.String)
                    {
                        required.Add(name.GetValue<string>());
                    }
                }
            }

            var all = new JsonArray();
            foreach (KeyValuePair<string, JsonNode?> property in ToList(properties))
            {
                all.Add((JsonNode)property.Key);
                if (!required.Contains(property.Key) && !TryAllowNullInPlace(property.Value))
                {
                    // Wrapped in anyOf: the node is detached first (a node has one parent), keeping the key's position.
                    JsonNode? value = property.Value;
                    properties[property.Key] = null;
                    properties[property.Key] = new JsonObject { ["anyOf"] = new JsonArray(value, new JsonObject { [Type] = Null }) };
                }
            }

            schema[Required] = all;
        }
        else if (IsObjectType(schema[Type]) && !schema.ContainsKey(AdditionalProperties))
        {
            // An object with no listed properties (a function without parameters) must be closed too.
            schema[AdditionalProperties] = false;
        }

        return schema;
    }

    /// <summary>Lets a schema accept null where that is a local change: <c>null</c> added to its type (and enum) or to its <c>anyOf</c>.</summary>
    /// <returns>False when the schema has to be wrapped instead (a <c>$ref</c>, <c>const</c> or <c>enum</c> without a type).</returns>
    private static bool TryAllowNullInPlace(JsonNode? property)
    {
        if (property is not JsonObject schema)
        {
            return false;
        }

        JsonNode? type = schema[Type];
        if (type?.GetValueKind() == JsonValueKind.String)
        {
            string name = type.GetValue<string>();
            if (name != Null)
            {
                schema[Type] = new JsonArray((JsonNode)name, (JsonNode)Null);
                AddNullToEnum(schema);
            }

            return true;
        }

        if (type is JsonArray types)
        {
            if (!Contains(types, Null))
            {
                types.Add((JsonNode)Null);
                AddNullToEnum(schema);
            }

            return true;
        }

        if (schema["anyOf"] is JsonArray anyOf)
        {
            if (!HasNullBranch(anyOf))
            {
                anyOf.Add((JsonNode)new JsonObject { [Type] = Null });
            }

            return true;
        }

        return false;
    }

    private static void AddNullToEnum(JsonObject schema)
    {
        if (schema["enum"] is JsonArray values && !Contains(values, null))
        {
            values.Add((JsonNode?)null);
        }
    }

    private static bool HasNullBranch(JsonArray branches)
    {
        foreach (JsonNode? branch in branches)
        {
            if (branch is JsonObject o && o[Type]?.GetValueKind() == JsonValueKind.String && o[Type]!.GetValue<string>() == Null)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Contains(JsonArray values, string? value)
    {
        foreach (JsonNode? item in values)
        {
            if (value is null ? item is null : item?.GetValueKind() == JsonValueKind.String && item.GetValue<string>() == value)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsObjectType(JsonNode? type) => type switch
    {
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>() == "object",
        JsonArray types => Contains(types, "object"),
        _ => false,
    };

    private static List<KeyValuePair<string, JsonNode?>> ToList(JsonObject properties)
    {
        var list = new List<KeyValuePair<string, JsonNode?>>(properties.Count);
        foreach (KeyValuePair<string, JsonNode?> property in properties)
        {
            list.Add(property);
        }

        return list;
    }
}
