using FluentAssertions;
using OpenRouter.Sdk;
using Xunit;

namespace OpenRouter.Emulator.Tests;

/// <summary>The README's "Responses API" blocks, run against the emulator.</summary>
[Collection("Console output")]
public sealed class ReadmeResponsesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_unary_snippet_prints_the_answer_tokens_and_cost()
    {
        await using var session = await EmulatorSession.StartAsync();
        OpenRouterClient client = session.Client;
        CancellationToken ct = Ct;
        var printed = new StringWriter();
        TextWriter console = Console.Out;
        Console.SetOut(printed);
        try
        {
            OpenRouterResponse response = await client.Responses.CreateAsync(new ResponseRequest
            {
                Model = "openai/gpt-5-nano",
                Instructions = "Answer in one sentence.",
                Input = "Why is the sky blue?",
                Reasoning = new ReasoningConfig { Effort = ReasoningEffortLevel.Low },
            }, ct);
            Console.WriteLine($"{response.OutputText} ({response.Usage?.OutputTokens} tokens, ${response.Usage?.Cost})");
        }
        finally
        {
            Console.SetOut(console);
        }

        printed.ToString().Should().StartWith("Why is the sky blue? (5 tokens, $");
    }

    [Fact]
    public async Task The_streaming_snippet_prints_the_deltas_and_folds_the_final_response()
    {
        await using var session = await EmulatorSession.StartAsync();
        OpenRouterClient client = session.Client;
        CancellationToken ct = Ct;
        var request = new ResponseRequest { Model = "openai/gpt-5-nano", Input = "Tell me a story" };
        var printed = new StringWriter();
        TextWriter console = Console.Out;
        Console.SetOut(printed);
        OpenRouterResponse folded;
        try
        {
            var accumulator = new ResponseAccumulator();
            await foreach (ResponseStreamEvent streamEvent in client.Responses.StreamAsync(request, ct))
            {
                accumulator.Add(streamEvent);
                if (streamEvent is ResponseOutputTextDeltaEvent delta)
                {
                    Console.Write(delta.Delta);
                }
            }

            OpenRouterResponse final = accumulator.ToResponse();
            folded = final;
        }
        finally
        {
            Console.SetOut(console);
        }

        printed.ToString().Should().Be("Tell me a story");
        folded.OutputText.Should().Be("Tell me a story");
        folded.Status.Should().Be(ResponseStatus.Completed);
    }

    [Fact]
    public async Task The_conversation_snippet_sends_the_function_result_back_and_gets_the_answer()
    {
        await using var session = await EmulatorSession.StartAsync();
        OpenRouterClient client = session.Client;
        CancellationToken ct = Ct;
        ResponseTool weather = ResponseTool.Function("get_weather", "The weather of a city", """{"type":"object","properties":{"city":{"type":"string"}},"required":["city"]}""", strict: true);

        var history = new List<ResponseItem> { ResponseItem.UserMessage("What is the weather in Paris?") };
        OpenRouterResponse first = await client.Responses.CreateAsync(new ResponseRequest { Model = "openai/gpt-5-nano", Input = history, Tools = [weather] }, ct);
        history.AddRange(first.Output);
        foreach (ResponseItem call in first.Output.Where(item => item.Type == ResponseItemType.FunctionCall))
        {
            history.Add(ResponseItem.FunctionCallOutput(call.CallId!, """{"temperature": 21}"""));
        }

        OpenRouterResponse answer = await client.Responses.CreateAsync(new ResponseRequest { Model = "openai/gpt-5-nano", Input = history, Tools = [weather] }, ct);

        history.Select(i => i.Type).Should().Equal(ResponseItemType.Message, ResponseItemType.FunctionCall, ResponseItemType.FunctionCallOutput);
        answer.OutputText.Should().Be("""The get_weather tool returned: {"temperature": 21}""");
    }
}
