using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.AI;

namespace OpenRouter.Sdk.AI;

/// <summary>
/// Reads the OpenRouter fields that ride in the <c>AdditionalProperties</c> of the embedding, image and speech
/// options (keys of <see cref="OpenRouterPropertyNames"/>), and writes cost on their answers.
/// </summary>
internal static class AdapterProperties
{
    /// <summary>A value of the SDK's own type, or its JSON (an element, a node or a string).</summary>
    public static T? Read<T>(AdditionalPropertiesDictionary? extra, string key, JsonTypeInfo<T> typeInfo, string optionsName)
        where T : class
    {
        if (extra is null || !extra.TryGetValue(key, out object? value) || value is null)
        {
            return null;
        }

        return value switch
        {
            T typed => typed,
            JsonElement element => element.Deserialize(typeInfo),
            JsonNode node => node.Deserialize(typeInfo),
            string json => JsonSerializer.Deserialize(json, typeInfo),
            _ => throw new ArgumentException($"{optionsName}.AdditionalProperties[\"{key}\"] must be a {typeof(T).Name} or its JSON, not {value.GetType().Name}."),
        };
    }

    /// <summary>A string value (a string, a JSON string, or anything formatted invariantly); null when absent.</summary>
    public static string? ReadString(AdditionalPropertiesDictionary? extra, string key)
    {
        if (extra is null || !extra.TryGetValue(key, out object? value) || value is null)
        {
            return null;
        }

        return value switch
        {
            string s => s,
            JsonElement { ValueKind: JsonValueKind.String } e => e.GetString(),
            _ => Convert.ToString(value, CultureInfo.InvariantCulture),
        };
    }

    /// <summary>A whole number (any integral type, a JSON number or a numeric string); null when absent.</summary>
    public static long? ReadInt64(AdditionalPropertiesDictionary? extra, string key, string optionsName)
    {
        if (extra is null || !extra.TryGetValue(key, out object? value) || value is null)
        {
            return null;
        }

        try
        {
            return value switch
            {
                JsonElement { ValueKind: JsonValueKind.Number } e => e.GetInt64(),
                JsonElement { ValueKind: JsonValueKind.String } e => long.Parse(e.GetString()!, NumberStyles.Integer, CultureInfo.InvariantCulture),
                string s => long.Parse(s, NumberStyles.Integer, CultureInfo.InvariantCulture),
                IConvertible c => c.ToInt64(CultureInfo.InvariantCulture),
                _ => throw new FormatException(),
            };
        }
        catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException)
        {
            throw new ArgumentException($"{optionsName}.AdditionalProperties[\"{key}\"] must be a whole number, not {value}.", e);
        }
    }

    /// <summary>Cost is money: it stays a <see cref="decimal"/> in AdditionalProperties, since usage counts are whole numbers.</summary>
    public static void AddCost(ref AdditionalPropertiesDictionary? properties, decimal? cost, bool? isByok)
    {
        if (cost is { } c)
        {
            (properties ??= new())[OpenRouterPropertyNames.Cost] = c;
        }

        if (isByok is { } byok)
        {
            (properties ??= new())[OpenRouterPropertyNames.IsByok] = byok;
        }
    }

    /// <summary>The upstream provider a response names in its unmodelled <c>provider</c> member, if any.</summary>
    public static void AddServedBy(ref AdditionalPropertiesDictionary? properties, System.Collections.Generic.IDictionary<string, JsonElement>? unmodelled)
    {
        if (unmodelled is not null && unmodelled.TryGetValue("provider", out JsonElement provider) && provider.ValueKind == JsonValueKind.String
            && provider.GetString() is { Length: > 0 } name)
        {
            (properties ??= new())[OpenRouterPropertyNames.ServedBy] = name;
        }
    }
}
