using System;
using System.Collections;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenRouter.Sdk.Serialization;

/// <summary>
/// Presents a <see cref="JsonObject"/> as the <c>IDictionary&lt;string, JsonElement&gt;</c> that System.Text.Json
/// handles correctly as <c>[JsonExtensionData]</c>: a <see cref="JsonObject"/> extension property is written as a
/// nested object without a name, which is invalid JSON (dotnet/runtime#97225). Writes go through to the object.
/// </summary>
internal sealed class JsonObjectElementDictionary : IDictionary<string, JsonElement>
{
    private readonly JsonObject _object;

    private JsonObjectElementDictionary(JsonObject jsonObject)
    {
        _object = jsonObject;
    }

    public int Count => _object.Count;

    public bool IsReadOnly => false;

    public ICollection<string> Keys
    {
        get
        {
            var keys = new List<string>(_object.Count);
            foreach (KeyValuePair<string, JsonNode?> member in _object)
            {
                keys.Add(member.Key);
            }

            return keys;
        }
    }

    public ICollection<JsonElement> Values
    {
        get
        {
            var values = new List<JsonElement>(_object.Count);
            foreach (KeyValuePair<string, JsonNode?> member in _object)
            {
                values.Add(ToElement(member.Value));
            }

            return values;
        }
    }

    public JsonElement this[string key]
    {
        get => _object.TryGetPropertyValue(key, out JsonNode? node) ? ToElement(node) : throw new KeyNotFoundException(key);
        set => _object[key] = ToNode(value);
    }

    /// <summary>The view of <paramref name="jsonObject"/>, or null.</summary>
    public static IDictionary<string, JsonElement>? Wrap(JsonObject? jsonObject) =>
        jsonObject is null ? null : new JsonObjectElementDictionary(jsonObject);

    /// <summary>The object behind a view, or a new object holding a plain dictionary's members.</summary>
    public static JsonObject? Unwrap(IDictionary<string, JsonElement>? dictionary)
    {
        switch (dictionary)
        {
            case null:
                return null;
            case JsonObjectElementDictionary view:
                return view._object;
            default:
                var jsonObject = new JsonObject();
                foreach (KeyValuePair<string, JsonElement> member in dictionary)
                {
                    jsonObject[member.Key] = ToNode(member.Value);
                }

                return jsonObject;
        }
    }

    public void Add(string key, JsonElement value) => _object.Add(key, ToNode(value));

    public void Add(KeyValuePair<string, JsonElement> item) => Add(item.Key, item.Value);

    public bool ContainsKey(string key) => _object.ContainsKey(key);

    public bool Contains(KeyValuePair<string, JsonElement> item) =>
        TryGetValue(item.Key, out JsonElement value) && value.GetRawText() == item.Value.GetRawText();

    public bool Remove(string key) => _object.Remove(key);

    public bool Remove(KeyValuePair<string, JsonElement> item) => Contains(item) && Remove(item.Key);

    public bool TryGetValue(string key, out JsonElement value)
    {
        if (_object.TryGetPropertyValue(key, out JsonNode? node))
        {
            value = ToElement(node);
            return true;
        }

        value = default;
        return false;
    }

    public void Clear() => _object.Clear();

    public void CopyTo(KeyValuePair<string, JsonElement>[] array, int arrayIndex)
    {
        if (array is null)
        {
            throw new ArgumentNullException(nameof(array));
        }

        foreach (KeyValuePair<string, JsonElement> member in this)
        {
            array[arrayIndex++] = member;
        }
    }

    public IEnumerator<KeyValuePair<string, JsonElement>> GetEnumerator()
    {
        foreach (KeyValuePair<string, JsonNode?> member in _object)
        {
            yield return new KeyValuePair<string, JsonElement>(member.Key, ToElement(member.Value));
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static JsonElement ToElement(JsonNode? node)
    {
        using JsonDocument document = JsonDocument.Parse(node is null ? "null" : node.ToJsonString());
        return document.RootElement.Clone();
    }

    private static JsonNode? ToNode(JsonElement element) =>
        element.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined ? null : JsonNode.Parse(element.GetRawText());
}
