using System.Net;
using FluentAssertions;
using OpenRouter.Sdk.Tests.Infrastructure;
using Xunit;

namespace OpenRouter.Sdk.Tests.Chat;

public sealed class SmokeTests
{
    [Fact]
    public async Task Unary_fixture_01_is_parsed()
    {
        var handler = new StubHandler().Respond(HttpStatusCode.OK, Fixture.Bytes("01-chat-nonstream-basic-gpt-4o.json"));
        using var client = TestClients.Create(handler);
        var request = new ChatCompletionRequest { Model = "openai/gpt-4o", Messages = { new UserMessage("hi") } };
        ChatCompletion completion = await client.CreateChatCompletionAsync(request, TestContext.Current.CancellationToken);
        completion.Provider.Should().Be("OpenAI");
        completion.Choices[0].FinishReason.Should().Be(FinishReason.Stop);
        handler.Requests.Single().BodyText.Should().Be("{\"model\":\"openai/gpt-4o\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
    }

    [Fact]
    public async Task Stream_fixture_04_is_parsed()
    {
        var handler = new StubHandler().RespondStream(Fixture.Bytes("04-chat-stream-basic-gpt-4o.sse"));
        using var client = TestClients.Create(handler);
        var request = new ChatCompletionRequest { Model = "openai/gpt-4o", Messages = { new UserMessage("hi") } };
        ChatCompletion folded = await client.StreamChatCompletionAsync(request, TestContext.Current.CancellationToken).ToChatCompletionAsync(TestContext.Current.CancellationToken);
        folded.Choices[0].Message.Content.Should().NotBeNullOrEmpty();
        folded.Usage!.Cost.Should().BeGreaterThan(0);
        handler.Requests.Single().BodyText.Should().Contain("\"stream\":true");
    }
}
