using System.Text.Json;

namespace OpenRouter.Emulator;

/// <summary>A function tool offered in a request.</summary>
internal sealed record EmulatedTool(string Name, JsonElement? Parameters);

/// <summary>What the emulator needs from a chat completion request body.</summary>
internal sealed class EmulatedRequest
{
    /// <summary>The requested model (<c>emulator/echo</c> when absent, as the account default).</summary>
    public string Model { get; init; } = EmulatedModels.Echo;

    /// <summary>The fallback models (<c>models</c>).</summary>
    public IReadOnlyList<string> FallbackModels { get; init; } = [];

    /// <summary>Whether the client asked for SSE.</summary>
    public bool Stream { get; init; }

    /// <summary><c>max_completion_tokens</c> or <c>max_tokens</c>.</summary>
    public int? MaxTokens { get; init; }

    /// <summary>The text of the last user message (text parts joined).</summary>
    public string LastUserText { get; init; } = string.Empty;

    /// <summary>Roughly how many tokens the prompt holds (words plus a few per message).</summary>
    public int PromptTokens { get; init; }

    /// <summary>The function tools offered.</summary>
    public IReadOnlyList<EmulatedTool> Tools { get; init; } = [];

    /// <summary><c>none</c>, <c>auto</c>, <c>required</c>, or the name of a forced function; null when absent.</summary>
    public string? ToolChoice { get; init; }

    /// <summary>When the conversation ends with a tool result: the tool's name and what it returned.</summary>
    public (string Name, string Content)? LastToolResult { get; init; }

    /// <summary><c>text</c>, <c>json_object</c>, <c>json_schema</c>, or null.</summary>
    public string? ResponseFormatType { get; init; }

    /// <summary>The schema of a <c>json_schema</c> response format.</summary>
    public JsonElement? ResponseSchema { get; init; }

    /// <summary>The first provider of <c>provider.order</c>, reported as the serving provider.</summary>
    public string? PreferredProvider { get; init; }

    /// <summary>The end user id (<c>user</c>), kept in the generation record.</summary>
    public string? User { get; init; }

    /// <summary>Reads a request body; returns null with a reason when it is not a usable chat request.</summary>
    public static EmulatedRequest? Parse(JsonElement root, out string? problem)
    {
        problem = null;
        if (root.ValueKind != JsonValueKind.Object)
        {
            problem = "The request body must be a JSON object.";
            return null;
        }

        if (InvalidParameter(root) is { } invalid)
        {
            problem = invalid;
            return null;
        }

        bool hasMessages = root.TryGetProperty("messages", out JsonElement messages) && messages.ValueKind == JsonValueKind.Array && messages.GetArrayLength() > 0;
        string? prompt = GetString(root, "prompt");
        if (!hasMessages && string.IsNullOrEmpty(prompt))
        {
            problem = "Input required: specify \"prompt\" or \"messages\"";
            return null;
        }

        string lastUser = prompt ?? string.Empty;
        int promptTokens = CountWords(prompt);
        (string, string)? lastToolResult = null;
        var toolNamesById = new Dictionary<string, string>(StringComparer.Ordinal);
        if (hasMessages)
        {
            foreach (JsonElement message in messages.EnumerateArray())
            {
                string role = GetString(message, "role") ?? string.Empty;
                string text = TextOf(message);
                promptTokens += 3 + CountWords(text);
                lastToolResult = null;
                switch (role)
                {
                    case "user":
                        lastUser = text;
                        break;
                    case "assistant" when message.TryGetProperty("tool_calls", out JsonElement calls) && calls.ValueKind == JsonValueKind.Array:
                        foreach (JsonElement call in calls.EnumerateArray())
                        {
                            if (GetString(call, "id") is { } id && call.TryGetProperty("function", out JsonElement function) && GetString(function, "name") is { } name)
                            {
                                toolNamesById[id] = name;
                            }
                        }

                        break;
                    case "tool":
                        string callId = GetString(message, "tool_call_id") ?? string.Empty;
                        lastToolResult = (toolNamesById.TryGetValue(callId, out string? toolName) ? toolName : "tool", text);
                        break;
                }
            }
        }

        return new EmulatedRequest
        {
            Model = GetString(root, "model") is { Length: > 0 } model ? model : EmulatedModels.Echo,
            FallbackModels = GetStrings(root, "models"),
            Stream = root.TryGetProperty("stream", out JsonElement stream) && stream.ValueKind == JsonValueKind.True,
            MaxTokens = GetInt(root, "max_completion_tokens") ?? GetInt(root, "max_tokens"),
            LastUserText = lastUser,
            PromptTokens = promptTokens,
            Tools = ReadTools(root),
            ToolChoice = ReadToolChoice(root),
            LastToolResult = lastToolResult,
            ResponseFormatType = root.TryGetProperty("response_format", out JsonElement format) ? GetString(format, "type") : null,
            ResponseSchema = format.ValueKind == JsonValueKind.Object && format.TryGetProperty("json_schema", out JsonElement schema)
                && schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("schema", out JsonElement s) ? s.Clone() : null,
            PreferredProvider = root.TryGetProperty("provider", out JsonElement provider) && provider.ValueKind == JsonValueKind.Object
                ? GetStrings(provider, "order").FirstOrDefault()
                : null,
            User = GetString(root, "user"),
        };
    }

    /// <summary>
    /// The first parameter whose type or range OpenRouter refuses (a string temperature, an empty <c>messages</c>, a
    /// message without a role, ...), as the 400's message; null when the known parameters are well-formed. Unknown
    /// members pass, as they do on OpenRouter.
    /// </summary>
    public static string? InvalidParameter(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return "The request body must be a JSON object.";
        }

        if (root.TryGetProperty("model", out JsonElement model) && model.ValueKind != JsonValueKind.Null
            && (model.ValueKind != JsonValueKind.String || model.GetString()!.Trim().Length == 0))
        {
            return "Invalid request: 'model' must be a model id such as \"openai/gpt-4o\"";
        }

        if (root.TryGetProperty("models", out JsonElement models) && models.ValueKind != JsonValueKind.Null
            && (models.ValueKind != JsonValueKind.Array || models.EnumerateArray().Any(m => m.ValueKind != JsonValueKind.String)))
        {
            return "Invalid request: 'models' must be an array of model ids";
        }

        if (root.TryGetProperty("messages", out JsonElement messages))
        {
            if (messages.ValueKind != JsonValueKind.Array || messages.GetArrayLength() == 0)
            {
                return "Invalid request: 'messages' must be a non-empty array";
            }

            int index = 0;
            foreach (JsonElement message in messages.EnumerateArray())
            {
                if (message.ValueKind != JsonValueKind.Object || GetString(message, "role") is not ("system" or "developer" or "user" or "assistant" or "tool"))
                {
                    return $"Invalid request: messages[{index}] must be an object whose 'role' is system, developer, user, assistant or tool";
                }

                index++;
            }
        }

        (string Name, double Min, double Max, bool Integer)[] numbers =
        [
            ("temperature", 0, 2, false), ("top_p", 0, 1, false), ("top_k", 0, int.MaxValue, true), ("min_p", 0, 1, false), ("top_a", 0, 1, false),
            ("frequency_penalty", -2, 2, false), ("presence_penalty", -2, 2, false), ("repetition_penalty", 0, 2, false),
            ("max_tokens", 1, int.MaxValue, true), ("max_completion_tokens", 1, int.MaxValue, true), ("seed", long.MinValue, long.MaxValue, true),
            ("top_logprobs", 0, 20, true),
        ];
        foreach ((string name, double min, double max, bool integer) in numbers)
        {
            if (root.TryGetProperty(name, out JsonElement value) && value.ValueKind != JsonValueKind.Null
                && (value.ValueKind != JsonValueKind.Number || value.GetDouble() < min || value.GetDouble() > max
                    || (integer && value.GetDouble() != Math.Floor(value.GetDouble()))))
            {
                string kind = integer ? "an integer" : "a number";
                return max >= int.MaxValue
                    ? $"Invalid request: '{name}' must be {kind}" + (min > long.MinValue ? $" of at least {min}" : string.Empty)
                    : $"Invalid request: '{name}' must be {kind} from {min} to {max}";
            }
        }

        foreach (string name in new[] { "stream", "logprobs", "parallel_tool_calls" })
        {
            if (root.TryGetProperty(name, out JsonElement flag) && flag.ValueKind is not (JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null))
            {
                return $"Invalid request: '{name}' must be a boolean";
            }
        }

        if (root.TryGetProperty("stop", out JsonElement stop) && stop.ValueKind is not (JsonValueKind.String or JsonValueKind.Null)
            && (stop.ValueKind != JsonValueKind.Array || stop.EnumerateArray().Any(s => s.ValueKind != JsonValueKind.String)))
        {
            return "Invalid request: 'stop' must be a string or an array of strings";
        }

        if (root.TryGetProperty("tools", out JsonElement tools) && tools.ValueKind is not (JsonValueKind.Array or JsonValueKind.Null))
        {
            return "Invalid request: 'tools' must be an array";
        }

        return null;
    }

    /// <summary>Counts whitespace-separated words, the emulator's stand-in for tokens.</summary>
    public static int CountWords(string? text) =>
        string.IsNullOrWhiteSpace(text) ? 0 : text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    private static string TextOf(JsonElement message)
    {
        if (!message.TryGetProperty("content", out JsonElement content))
        {
            return string.Empty;
        }

        if (content.ValueKind == JsonValueKind.String)
        {
            return content.GetString() ?? string.Empty;
        }

        if (content.ValueKind != JsonValueKind.Array)
        {
            return string.Empty;
        }

        var texts = new List<string>();
        foreach (JsonElement part in content.EnumerateArray())
        {
            if (GetString(part, "type") == "text" && GetString(part, "text") is { } text)
            {
                texts.Add(text);
            }
        }

        return string.Join(" ", texts);
    }

    private static List<EmulatedTool> ReadTools(JsonElement root)
    {
        var tools = new List<EmulatedTool>();
        if (!root.TryGetProperty("tools", out JsonElement array) || array.ValueKind != JsonValueKind.Array)
        {
            return tools;
        }

        foreach (JsonElement tool in array.EnumerateArray())
        {
            if (GetString(tool, "type") == "function" && tool.TryGetProperty("function", out JsonElement function) && GetString(function, "name") is { } name)
            {
                tools.Add(new EmulatedTool(name, function.TryGetProperty("parameters", out JsonElement p) && p.ValueKind == JsonValueKind.Object ? p.Clone() : null));
            }
        }

        return tools;
    }

    private static string? ReadToolChoice(JsonElement root)
    {
        if (!root.TryGetProperty("tool_choice", out JsonElement choice))
        {
            return null;
        }

        if (choice.ValueKind == JsonValueKind.String)
        {
            return choice.GetString();
        }

        return choice.ValueKind == JsonValueKind.Object && choice.TryGetProperty("function", out JsonElement function) ? GetString(function, "name") : null;
    }

    private static string? GetString(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static int? GetInt(JsonElement element, string name) =>
        element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out int n) ? n : null;

    private static List<string> GetStrings(JsonElement element, string name)
    {
        var list = new List<string>();
        if (element.TryGetProperty(name, out JsonElement array) && array.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement item in array.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String && item.GetString() is { Length: > 0 } s)
                {
                    list.Add(s);
                }
            }
        }

        return list;
    }
}
