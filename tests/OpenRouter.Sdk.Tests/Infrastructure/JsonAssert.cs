using System.Text.Json.Nodes;
using FluentAssertions;

namespace OpenRouter.Sdk.Tests.Infrastructure;

public static class JsonAssert
{
    /// <summary>Asserts two JSON texts are the same document (member order ignored, numbers compared by value).</summary>
    public static void Equivalent(string expected, string actual)
    {
        JsonNode? e = JsonNode.Parse(expected);
        JsonNode? a = JsonNode.Parse(actual);
        if (!JsonNode.DeepEquals(Normalize(e), Normalize(a)))
        {
            actual.Should().Be(expected, "the JSON documents should be equivalent");
        }
    }

    // Numbers are compared by value so 1.0 and 1, or 2e-05 and 0.00002, are the same.
    private static JsonNode? Normalize(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Normalize(p.Value)))),
        JsonArray a => new JsonArray(a.Select(Normalize).ToArray()),
        JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.Number => JsonValue.Create(decimal.Parse(v.ToJsonString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture)),
        null => null,
        _ => node.DeepClone(),
    };
}
