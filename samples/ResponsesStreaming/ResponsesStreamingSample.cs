using OpenRouter.Sdk;

namespace OpenRouter.Samples.ResponsesStreaming;

/// <summary>
/// Streams a Responses API answer: reasoning and text print as they arrive, the accumulator folds the events into
/// the final response, whose usage and cost print at the end.
/// </summary>
public static class ResponsesStreamingSample
{
    public static async Task<OpenRouterResponse> RunAsync(OpenRouterClient client, TextWriter output, CancellationToken cancellationToken)
    {
        var request = new ResponseRequest
        {
            Model = "openai/gpt-4o-mini",
            Instructions = "Answer in two sentences.",
            Input = "Explain what a streamed response is.",
        };

        var accumulator = new ResponseAccumulator();
        await foreach (ResponseStreamEvent streamEvent in client.Responses.StreamAsync(request, cancellationToken))
        {
            accumulator.Add(streamEvent);
            switch (streamEvent)
            {
                case ResponseReasoningTextDeltaEvent reasoning:
                    await output.WriteAsync(reasoning.Delta);
                    break;
                case ResponseOutputTextDeltaEvent text:
                    await output.WriteAsync(text.Delta);
                    break;
            }
        }

        OpenRouterResponse response = accumulator.ToResponse();
        await output.WriteLineAsync();
        await output.WriteLineAsync($"{response.Model}: {response.Usage?.OutputTokens} output tokens, ${response.Usage?.Cost}");
        return response;
    }
}
