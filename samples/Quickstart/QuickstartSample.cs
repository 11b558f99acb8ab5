using OpenRouter.Sdk;

namespace OpenRouter.Samples.Quickstart;

/// <summary>Streams an answer token by token, then prints what it cost.</summary>
public static class QuickstartSample
{
    public static async Task RunAsync(IOpenRouterClient client, TextWriter output, CancellationToken ct)
    {
        var request = new ChatCompletionRequest
        {
            Model = "openai/gpt-4o-mini",
            Messages =
            {
                new SystemMessage("You are a concise assistant."),
                new UserMessage("Say hello to a .NET developer in one sentence."),
            },
        };

        var answer = new ChatCompletionAccumulator();
        await foreach (ChatCompletionChunk chunk in client.StreamChatCompletionAsync(request, ct))
        {
            answer.Append(chunk);
            await output.WriteAsync(chunk.Choices.FirstOrDefault()?.Delta?.Content);
        }

        ChatCompletion done = answer.ToChatCompletion();
        await output.WriteLineAsync();
        await output.WriteLineAsync($"{done.Model} via {done.Provider}: {done.Usage?.TotalTokens} tokens, ${done.Usage?.Cost}");
    }
}
