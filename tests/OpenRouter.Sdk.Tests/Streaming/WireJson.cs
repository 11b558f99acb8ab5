using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenRouter.Sdk.Serialization;
using OpenRouter.Sdk.Tests.Infrastructure;

namespace OpenRouter.Sdk.Tests.Streaming;

/// <summary>
/// Independent readers of the recorded wire data, so expectations come from the fixture bytes and not from the
/// code under test: a plain SSE splitter and JSON helpers.
/// </summary>
public static class WireJson
{
    /// <summary>The data payloads of an SSE body, in order (comments and empty events skipped), "[DONE]" included.</summary>
    public static List<string> DataEvents(byte[] sse)
    {
        string text = Encoding.UTF8.GetString(sse).Replace("\r\n", "\n", StringComparison.Ordinal);
        var events = new List<string>();
        foreach (string block in text.Split("\n\n"))
        {
            var data = block.Split('\n')
                .Where(l => l.StartsWith("data:", StringComparison.Ordinal))
                .Select(l => l.Substring(5).StartsWith(' ') ? l.Substring(6) : l.Substring(5))
                .ToList();
            if (data.Count > 0)
            {
                events.Add(string.Join("\n", data));
            }
        }

        return events;
    }

    /// <summary>The parsed JSON chunks of an SSE fixture (without [DONE]).</summary>
    public static List<JsonElement> ChunkElements(string fixture) =>
        DataEvents(Fixture.Bytes(fixture)).Where(d => d != "[DONE]").Select(d => JsonDocument.Parse(d).RootElement.Clone()).ToList();

    /// <summary>Removes every null-valued member (the SDK omits nulls when writing) so documents compare by content.</summary>
    public static JsonNode? StripNulls(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                var copy = new JsonObject();
                foreach (var (key, value) in o)
                {
                    if (value is not null)
                    {
                        copy[key] = StripNulls(value);
                    }
                }

                return copy;
            case JsonArray a:
                return new JsonArray(a.Select(StripNulls).ToArray());
            default:
                return node?.DeepClone();
        }
    }

    /// <summary>Asserts two JSON texts hold the same non-null content (order and number spelling ignored).</summary>
    public static void EquivalentIgnoringNulls(string expected, string actual) =>
        JsonAssert.Equivalent(StripNulls(JsonNode.Parse(expected))!.ToJsonString(), StripNulls(JsonNode.Parse(actual))!.ToJsonString());

    public static string Serialize(ChatCompletionChunk chunk) => JsonSerializer.Serialize(chunk, OpenRouterJsonContext.Default.ChatCompletionChunk);

    public static string Serialize(ChatCompletion completion) => JsonSerializer.Serialize(completion, OpenRouterJsonContext.Default.ChatCompletion);

    public static string Serialize(ChatCompletionRequest request) => JsonSerializer.Serialize(request, OpenRouterJsonContext.Default.ChatCompletionRequest);

    /// <summary>A JSON number exactly as written in the fixture, as a decimal.</summary>
    public static decimal Decimal(JsonElement number) =>
        decimal.Parse(number.GetRawText(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture);

    public static JsonElement? Path(JsonElement element, params string[] names)
    {
        foreach (string name in names)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element) || element.ValueKind == JsonValueKind.Null)
            {
                return null;
            }
        }

        return element;
    }

    public static string? String(JsonElement element, params string[] names) => Path(element, names) is { ValueKind: JsonValueKind.String } e ? e.GetString() : null;
}
