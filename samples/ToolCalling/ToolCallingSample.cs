using System.Text.Json;
using OpenRouter.Sdk;

namespace OpenRouter.Samples.ToolCalling;

/// <summary>A tool round trip: the model asks for a function call, we run it and send the result back.</summary>
public static class ToolCallingSample
{
    private static readonly ChatTool WeatherTool = ChatTool.CreateFunction(
        "get_weather",
        "Gets the current weather for a city.",
        """
        {
          "type": "object",
          "properties": {
            "city": { "type": "string", "description": "The city name, e.g. Oslo" },
            "unit": { "type": "string", "enum": ["celsius", "fahrenheit"] }
          },
          "required": ["city"]
        }
        """);

    public static async Task<string?> RunAsync(IOpenRouterClient client, TextWriter output, CancellationToken ct)
    {
        var request = new ChatCompletionRequest
        {
            Model = "openai/gpt-4o-mini",
            Messages = { new UserMessage("Oslo") },
            Tools = [WeatherTool],
        };
        request.Messages.Insert(0, new SystemMessage("Use get_weather to answer questions about the weather in the city the user names."));

        for (int round = 0; round < 5; round++)
        {
            ChatCompletion completion = await client.CreateChatCompletionAsync(request, ct);
            ChatCompletionMessage message = completion.Choices[0].Message;
            if (message.ToolCalls is not { Count: > 0 } calls)
            {
                await output.WriteLineAsync(message.Content);
                return message.Content;
            }

            // Send back the assistant turn (with its tool calls and any reasoning), then one result per call.
            request.Messages.Add(AssistantMessage.FromCompletion(message));
            foreach (ToolCall call in calls)
            {
                string result = Execute(call.Function?.Name, call.Function?.Arguments);
                await output.WriteLineAsync($"-> {call.Function?.Name}({call.Function?.Arguments}) = {result}");
                request.Messages.Add(new ToolMessage(call.Id ?? string.Empty, result));
            }
        }

        throw new InvalidOperationException("The model kept calling tools.");
    }

    /// <summary>The local functions the model may call.</summary>
    private static string Execute(string? name, string? arguments)
    {
        if (name != "get_weather")
        {
            return $$"""{"error":"unknown tool {{name}}"}""";
        }

        using JsonDocument args = JsonDocument.Parse(string.IsNullOrEmpty(arguments) ? "{}" : arguments);
        string city = args.RootElement.TryGetProperty("city", out JsonElement c) ? c.GetString() ?? "?" : "?";
        bool fahrenheit = args.RootElement.TryGetProperty("unit", out JsonElement u) && u.GetString() == "fahrenheit";
        return JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["city"] = city,
            ["temperature"] = fahrenheit ? 64 : 18,
            ["unit"] = fahrenheit ? "fahrenheit" : "celsius",
            ["conditions"] = "partly cloudy",
        });
    }
}
