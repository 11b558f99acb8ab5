using System;
using System.Collections;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenRouter.Sdk.Serialization;

/// <summary>
/// Presents a request type's <c>AdditionalProperties</c> <see cref="JsonObject"/> to System.Text.Json as an
/// <c>IDictionary&lt;string, JsonElement&gt;</c> extension-data property. A <see cref="JsonObject"/> marked
/// <c>[JsonExtensionData]</c> is written as a nested object without a name (invalid JSON; dotnet/runtime#60806),
/// while a dictionary is written as top-level members. Reads add into the wrapped object, so nothing is copied twice.
/// </summary>
internal sealed class JsonObjectExtensionData : IDictionary<string, JsonElement>
{
    private readonly JsonObject _target;

    private JsonObjectExtensionData(JsonObject target) => _target = target;

    /// <summary>The view the serializer reads and writes; null when there are no extra members.</summary>
    public static IDictionary<string, JsonElement>? Wrap(JsonObject? target) => target is null ? null : new JsonObjectExtensionData(target);

    /// <summary>The object to keep when the serializer assigns a dictionary (it assigns an empty one before reading members).</summary>
    public static JsonObject? Unwrap(IDictionary<string, JsonElement>? value)
    {
        if (value is null)
        {
            return null;
        }

        if (value is JsonObjectExtensionData view)
        {
            return view._target;
        }

        var copy = new JsonObject();
        foreach (KeyValuePair<string, JsonElement> entry in value)
        {
            copy[entry.Key] = ToNode(entry.Value);
        }

        return copy;
    }

    public JsonElement this[string key]
    {
        get => TryGetValue(key, out JsonElement value) ? value : throw new KeyNotFoundException(key);
        set => _target[key] = ToNode(value);
    }

    public ICollection<string> Keys
    {
        get
        {
            var keys = new List<string>(_target.Count);
            foreach (KeyValuePair<string, JsonNode?> entry in _target)
            {
                keys.Add(entry.Key);
            }

            return keys;
        }
    }

    public ICollection<JsonElement> Values
    {
        get
        {
            var values = new List<JsonElement>(_target.Count);
            foreach (KeyValuePair<string, JsonNode?> entry in _target)
            {
                values.Add(ToElement(entry.Value));
            }

            return values;
        }
    }

    public int Count => _target.Count;

    public bool IsReadOnly => false;

    public void Add(string key, JsonElement value) => _target.Add(key, ToNode(value));

    public void Add(KeyValuePair<string, JsonElement> item) => Add(item.Key, item.Value);

    public void Clear() => _target.Clear();

    public bool Contains(KeyValuePair<string, JsonElement> item) => _target.ContainsKey(item.Key);

    public bool ContainsKey(string key) => _target.ContainsKey(key);

    public void CopyTo(KeyValuePair<string, JsonElement>[] array, int arrayIndex)
    {
        foreach (KeyValuePair<string, JsonElement> entry in this)
        {
            array[arrayIndex++] = entry;
        }
    }

    public IEnumerator<KeyValuePair<string, JsonElement>> GetEnumerator()
    {
        foreach (KeyValuePair<string, JsonNode?> entry in _target)
        {
            yield return new KeyValuePair<string, JsonElement>(entry.Key, ToElement(entry.Value));
        }
    }

    public bool Remove(string key) => _target.Remove(key);

    public bool Remove(KeyValuePair<string, JsonElement> item) => _target.Remove(item.Key);

    public bool TryGetValue(string key, out JsonElement value)
    {
        if (_target.TryGetPropertyValue(key, out JsonNode? node))
        {
            value = ToElement(node);
            return true;
        }

        value = default;
        return false;
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static JsonNode? ToNode(JsonElement element) =>
        element.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined ? null : JsonNode.Parse(element.GetRawText());

    private static JsonElement ToElement(JsonNode? node)
    {
        using JsonDocument document = JsonDocument.Parse(node is null ? "null" : node.ToJsonString());
        return document.RootElement.Clone();
    }
}
