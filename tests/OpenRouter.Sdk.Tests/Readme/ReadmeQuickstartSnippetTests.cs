using System.Net;
using FluentAssertions;
using OpenRouter.Sdk.Tests.Infrastructure;
using Xunit;

namespace OpenRouter.Sdk.Tests.Readme;

// The snippets are written as a user writes them, without a cancellation token.
#pragma warning disable xUnit1051

/// <summary>The quickstart snippets of README.md, compiled and run against recorded OpenRouter answers.</summary>
public sealed class ReadmeQuickstartSnippetTests
{
    [Fact]
    public void The_construction_snippet_builds_a_client_without_sending_anything()
    {
        using var client = new OpenRouterClient("sk-or-v1-...");

        client.ToString().Should().NotContain("sk-or-v1");
    }

    [Fact]
    public async Task The_unary_snippet_sends_the_built_request_and_reads_the_answer()
    {
        var handler = new StubHandler().Respond(HttpStatusCode.OK, Fixture.Bytes("01-chat-nonstream-basic-gpt-4o.json"));
        using OpenRouterClient client = TestClients.Create(handler);

        ChatCompletionRequest request = new ChatRequestBuilder("openai/gpt-4o-mini")
            .AddSystemMessage("Answer in one sentence.")
            .AddUserMessage("What is OpenRouter?")
            .Build();

        ChatCompletion completion = await client.CreateChatCompletionAsync(request);
        Console.WriteLine(completion.Choices[0].Message.Content);
        Console.WriteLine($"{completion.Model} via {completion.Provider}: ${completion.Usage?.Cost}");

        JsonAssert.Equivalent(
            """{"model":"openai/gpt-4o-mini","messages":[{"role":"system","content":"Answer in one sentence."},{"role":"user","content":"What is OpenRouter?"}]}""",
            handler.Requests.Single().BodyText);
        completion.Provider.Should().Be("OpenAI");
        completion.Usage!.Cost.Should().BePositive();
    }

    [Fact]
    public async Task The_streaming_snippets_yield_chunks_and_fold_them()
    {
        byte[] stream = Fixture.Bytes("04-chat-stream-basic-gpt-4o.sse");
        var handler = new StubHandler().RespondStream(stream).RespondStream(stream);
        using OpenRouterClient client = TestClients.Create(handler);
        ChatCompletionRequest request = new ChatRequestBuilder("openai/gpt-4o").AddUserMessage("Hi").Build();

        await foreach (ChatCompletionChunk chunk in client.StreamChatCompletionAsync(request))
        {
            Console.Write(chunk.Choices.FirstOrDefault()?.Delta?.Content);
        }

        ChatCompletion whole = await client.StreamChatCompletionAsync(request).ToChatCompletionAsync();
        Console.WriteLine($"{whole.Choices[0].FinishReason}, {whole.Usage?.TotalTokens} tokens, ${whole.Usage?.Cost}");

        whole.Choices[0].Message.Content.Should().NotBeNullOrEmpty();
        whole.Choices[0].FinishReason.Should().Be(FinishReason.Stop);
        handler.Requests.Should().HaveCount(2).And.OnlyContain(r => r.BodyText.Contains("\"stream\":true"));
    }
}
