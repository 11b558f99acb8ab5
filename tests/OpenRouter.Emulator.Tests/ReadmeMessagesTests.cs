using FluentAssertions;
using OpenRouter.Sdk;
using Xunit;

namespace OpenRouter.Emulator.Tests;

/// <summary>The README's "Anthropic Messages API" blocks, run against the emulator.</summary>
[Collection("Console output")]
public sealed class ReadmeMessagesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_unary_snippet_prints_the_answer_stop_reason_tokens_and_cost()
    {
        await using var session = await EmulatorSession.StartAsync();
        OpenRouterClient client = session.Client;
        CancellationToken ct = Ct;
        var printed = new StringWriter();
        TextWriter console = Console.Out;
        Console.SetOut(printed);
        try
        {
            MessagesResponse message = await client.Messages.CreateAsync(new MessagesRequest
            {
                Model = "anthropic/claude-sonnet-4",
                MaxTokens = 1024,
                System = "Answer in one sentence.",
                Messages = [MessagesMessage.User("Why is the sky blue?")],
            }, ct);
            Console.WriteLine($"{message.Text} ({message.StopReason}, {message.Usage?.OutputTokens} tokens, ${message.Usage?.Cost})");
        }
        finally
        {
            Console.SetOut(console);
        }

        printed.ToString().Should().StartWith("Why is the sky blue? (end_turn, 5 tokens, $");
    }

    [Fact]
    public async Task The_streaming_snippet_prints_the_text_as_it_arrives_and_folds_the_answer()
    {
        await using var session = await EmulatorSession.StartAsync();
        OpenRouterClient client = session.Client;
        CancellationToken ct = Ct;
        var messagesRequest = new MessagesRequest { Model = "anthropic/claude-sonnet-4", MaxTokens = 100, Messages = [MessagesMessage.User("streamed word by word")] };
        var printed = new StringWriter();
        TextWriter console = Console.Out;
        Console.SetOut(printed);
        try
        {
            var messageAccumulator = new MessagesAccumulator();
            await foreach (MessagesStreamEvent streamEvent in client.Messages.StreamAsync(messagesRequest, ct))
            {
                messageAccumulator.Add(streamEvent);
                if (streamEvent is MessagesContentBlockDeltaEvent { Delta.Type.Value: "text_delta" } delta)
                {
                    Console.Write(delta.Delta.Text);
                }
            }

            MessagesResponse folded = messageAccumulator.ToResponse();
            folded.Text.Should().Be("streamed word by word");
            folded.StopReason.Should().Be(MessagesStopReason.EndTurn);
        }
        finally
        {
            Console.SetOut(console);
        }

        printed.ToString().Should().Be("streamed word by word");
    }
}
