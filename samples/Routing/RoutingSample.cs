using OpenRouter.Sdk;

namespace OpenRouter.Samples.Routing;

/// <summary>Fallback models and provider preferences: what OpenRouter may use, in which order, and what it served.</summary>
public static class RoutingSample
{
    public static async Task<ChatCompletion> RunAsync(IOpenRouterClient client, TextWriter output, CancellationToken ct)
    {
        var request = new ChatCompletionRequest
        {
            Model = "openai/gpt-4o-mini",
            // Tried in order when the primary model fails or refuses.
            Models = ["anthropic/claude-3.5-haiku", "google/gemini-2.0-flash-001"],
            Provider = new ProviderPreferences
            {
                Order = ["openai", "azure"],
                AllowFallbacks = true,
                DataCollection = DataCollectionPolicy.Deny,
                Sort = ProviderSort.Price,
            },
            Messages = { new UserMessage("Which model answered this?") },
            MaxTokens = 100,
        };

        ChatCompletion completion = await client.CreateChatCompletionAsync(request, ct);
        await output.WriteLineAsync(completion.Choices[0].Message.Content);
        await output.WriteLineAsync($"served by {completion.Model} via {completion.Provider} for ${completion.Usage?.Cost}");
        return completion;
    }
}
