using System.Text.Json;
using FluentAssertions;
using Microsoft.Extensions.AI;
using OpenRouter.Sdk.Tests.Infrastructure;
using Xunit;
using static OpenRouter.Sdk.Tests.AI.ResponsesChat.ResponsesChatTestSupport;

namespace OpenRouter.Sdk.Tests.AI.ResponsesChat;

/// <summary>The snippets of the README "Responses through IChatClient" section, verbatim, run against scripted answers.</summary>
#pragma warning disable xUnit1051 // The snippets are shown as users write them, without a test token.
public sealed class ReadmeResponsesChatSnippetTests
{
    [Fact]
    public async Task Responses_and_strict_snippets_run()
    {
        var handler = new StubHandler().RespondJson(HiResponse).RespondJson(HiResponse).RespondJson(HiResponse);
        using OpenRouterClient openRouter = TestClients.Create(handler);

        // snippet: responses
        IChatClient responsesChat = openRouter.Responses.AsIChatClient("openai/gpt-5-mini");

        var history = new List<ChatMessage> { new(ChatRole.User, "What is 2+2?") };
        ChatResponse answer = await responsesChat.GetResponseAsync(history);
        history.AddRange(answer.Messages);
        history.Add(new ChatMessage(ChatRole.User, "And times 3?"));
        ChatResponse next = await responsesChat.GetResponseAsync(history);
        // end snippet

        // snippet: strict
        var strictOptions = new ChatOptions
        {
            ResponseFormat = ChatResponseFormat.ForJsonSchema<TripPlan>(),
            AdditionalProperties = new() { [OpenRouterPropertyNames.Strict] = true },
        };
        ChatResponse plan = await responsesChat.GetResponseAsync("Plan a day in Florence.", strictOptions);
        // end snippet

        next.Text.Should().Be("Hi");
        plan.Text.Should().Be("Hi");
        JsonAssert.Equivalent("""
            {"model":"openai/gpt-5-mini","input":[
              {"type":"message","role":"user","content":"What is 2+2?"},
              {"type":"message","role":"assistant","content":[{"type":"output_text","text":"Hi"}]},
              {"type":"message","role":"user","content":"And times 3?"}]}
            """, handler.Requests[1].BodyText);
        JsonElement format = handler.Requests[2].Body().GetProperty("text").GetProperty("format");
        format.GetProperty("strict").GetBoolean().Should().BeTrue();
        JsonAssert.Equivalent("""
            {"$schema":"https://json-schema.org/draft/2020-12/schema","type":"object",
             "properties":{"city":{"type":"string"},"stops":{"type":"array","items":{"type":"string"}}},
             "required":["city","stops"],"additionalProperties":false}
            """, format.GetProperty("schema").GetRawText());
    }

    public sealed record TripPlan(string City, string[] Stops);
}
