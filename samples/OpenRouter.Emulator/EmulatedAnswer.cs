using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace OpenRouter.Emulator;

/// <summary>A tool call the emulated model makes.</summary>
internal sealed record EmulatedToolCall(string Id, string Name, string Arguments);

/// <summary>The deterministic answer to a request: text or a tool call, and why it stopped.</summary>
internal sealed partial record EmulatedAnswer(string? Text, EmulatedToolCall? ToolCall, string FinishReason, string NativeFinishReason)
{
    /// <summary>The text <c>emulator/lorem</c> answers with.</summary>
    public const string LoremText =
        "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. "
        + "Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat.";

    /// <summary>The pieces the text streams in: one word each, with its leading whitespace (they join back to <see cref="Text"/>).</summary>
    public IReadOnlyList<string> TextPieces => Text is null ? [] : [.. WordPattern().Matches(Text).Select(m => m.Value)];

    /// <summary>How many completion tokens the answer counts as.</summary>
    public int CompletionTokens => ToolCall is null ? TextPieces.Count : 1 + (ToolCall.Arguments.Length / 4);

    /// <summary>Composes the answer the model <paramref name="model"/> gives to <paramref name="request"/>.</summary>
    public static EmulatedAnswer For(string model, EmulatedRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);

        // A conversation ending in a tool result gets an answer about it; otherwise offered tools get called.
        if (request.LastToolResult is { } result)
        {
            return Stop($"The {result.Name} tool returned: {result.Content}");
        }

        if (request.Tools.Count > 0 && request.ToolChoice != "none")
        {
            EmulatedTool tool = request.Tools.FirstOrDefault(t => t.Name == request.ToolChoice) ?? request.Tools[0];
            string arguments = tool.Parameters is { } schema ? ExampleOf(schema, request.LastUserText)?.ToJsonString(WireJson.Options) ?? "{}" : "{}";
            return new EmulatedAnswer(null, new EmulatedToolCall("call_emulator_" + tool.Name, tool.Name, arguments), "tool_calls", "tool_calls");
        }

        if (request.ResponseFormatType == "json_schema" && request.ResponseSchema is { } responseSchema)
        {
            return Stop(ExampleOf(responseSchema, request.LastUserText)?.ToJsonString(WireJson.Options) ?? "null");
        }

        if (request.ResponseFormatType == "json_object")
        {
            return Stop(new JsonObject { ["answer"] = request.LastUserText }.ToJsonString(WireJson.Options));
        }

        string text = model == EmulatedModels.Lorem ? LoremText : request.LastUserText;
        return Cut(text.Length == 0 ? "(empty message)" : text, request.MaxTokens);
    }

    /// <summary>A value that satisfies <paramref name="schema"/>: strings carry <paramref name="text"/>, numbers are 42.</summary>
    public static JsonNode? ExampleOf(JsonElement schema, string text)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (schema.TryGetProperty("const", out JsonElement constant))
        {
            return JsonNode.Parse(constant.GetRawText());
        }

        if (schema.TryGetProperty("enum", out JsonElement values) && values.ValueKind == JsonValueKind.Array && values.GetArrayLength() > 0)
        {
            return JsonNode.Parse(values[0].GetRawText());
        }

        foreach (string key in (string[])["anyOf", "oneOf"])
        {
            if (schema.TryGetProperty(key, out JsonElement options) && options.ValueKind == JsonValueKind.Array && options.GetArrayLength() > 0)
            {
                return ExampleOf(options[0], text);
            }
        }

        switch (TypeOf(schema))
        {
            case "object":
                var obj = new JsonObject();
                if (schema.TryGetProperty("properties", out JsonElement properties) && properties.ValueKind == JsonValueKind.Object)
                {
                    foreach (JsonProperty property in properties.EnumerateObject())
                    {
                        obj[property.Name] = ExampleOf(property.Value, text);
                    }
                }

                return obj;
            case "array":
                var array = new JsonArray();
                if (schema.TryGetProperty("items", out JsonElement items))
                {
                    array.Add(ExampleOf(items, text));
                }

                return array;
            case "integer":
            case "number":
                return 42;
            case "boolean":
                return true;
            case "null":
                return null;
            default:
                return text;
        }
    }

    private static string? TypeOf(JsonElement schema)
    {
        if (!schema.TryGetProperty("type", out JsonElement type))
        {
            return schema.TryGetProperty("properties", out _) ? "object" : null;
        }

        if (type.ValueKind == JsonValueKind.String)
        {
            return type.GetString();
        }

        // ["string", "null"]: the first non-null type.
        return type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Select(t => t.GetString()).FirstOrDefault(t => t != "null") ?? "null"
            : null;
    }

    private static EmulatedAnswer Stop(string text) => new(text, null, "stop", "stop");

    private static EmulatedAnswer Cut(string text, int? maxTokens)
    {
        MatchCollection words = WordPattern().Matches(text);
        if (maxTokens is int max && max >= 0 && words.Count > max)
        {
            return new EmulatedAnswer(string.Concat(words.Take(max).Select(m => m.Value)), null, "length", "length");
        }

        return Stop(text);
    }

    [GeneratedRegex(@"\s*\S+|\s+$")]
    private static partial Regex WordPattern();
}
