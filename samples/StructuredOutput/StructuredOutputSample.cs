using System.Text.Json;
using System.Text.Json.Serialization;
using OpenRouter.Sdk;

namespace OpenRouter.Samples.StructuredOutput;

/// <summary>The shape the model must answer in.</summary>
public sealed record CityFacts(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("country")] string Country,
    [property: JsonPropertyName("population")] int Population,
    [property: JsonPropertyName("landmarks")] IReadOnlyList<string> Landmarks);

/// <summary>Source-generated JSON for <see cref="CityFacts"/>: no reflection, so the sample also works trimmed or AOT.</summary>
[JsonSerializable(typeof(CityFacts))]
public sealed partial class StructuredOutputJsonContext : JsonSerializerContext;

/// <summary>Asks for JSON that matches a schema (strict) and reads it into a C# record.</summary>
public static class StructuredOutputSample
{
    private const string CityFactsSchema = """
        {
          "type": "object",
          "properties": {
            "name": { "type": "string" },
            "country": { "type": "string" },
            "population": { "type": "integer" },
            "landmarks": { "type": "array", "items": { "type": "string" } }
          },
          "required": ["name", "country", "population", "landmarks"],
          "additionalProperties": false
        }
        """;

    public static async Task<CityFacts> RunAsync(IOpenRouterClient client, TextWriter output, CancellationToken ct)
    {
        var request = new ChatCompletionRequest
        {
            Model = "openai/gpt-4o-mini",
            Messages = { new UserMessage("Lisbon") },
            ResponseFormat = ResponseFormat.JsonSchema("city_facts", CityFactsSchema, strict: true,
                description: "Facts about the city the user names."),
        };

        ChatCompletion completion = await client.CreateChatCompletionAsync(request, ct);
        string json = completion.Choices[0].Message.Content ?? throw new InvalidOperationException("The model returned no content.");
        CityFacts facts = JsonSerializer.Deserialize(json, StructuredOutputJsonContext.Default.CityFacts)
            ?? throw new InvalidOperationException("The model returned null.");

        await output.WriteLineAsync($"{facts.Name}, {facts.Country}: population {facts.Population:N0}");
        await output.WriteLineAsync($"Landmarks: {string.Join(", ", facts.Landmarks)}");
        return facts;
    }
}
