using System.Net;
using OpenRouter.Sdk.Tests.Infrastructure;
using Xunit;

namespace OpenRouter.Sdk.Tests.ServerTools;

/// <summary>The README's server tool and middle-out snippets, sent through the client: the JSON the document shows.</summary>
public sealed class ReadmeServerToolSnippetTests
{
    [Fact]
    public async Task Server_tools()
    {
        ChatCompletionRequest request = new ChatRequestBuilder("openai/gpt-4o-mini")
            .AddUserMessage("What happened in the news today, where I am?")
            .WithWebSearchTool(new WebSearchToolOptions
            {
                Engine = WebSearchEngine.Exa,
                MaxResults = 3,
                ExcludedDomains = ["example.com"],
                UserLocation = new WebSearchUserLocation { City = "Paris", Country = "FR" },
            })
            .WithWebFetchTool(new WebFetchToolOptions { MaxUses = 2 })
            .WithDatetimeTool("Europe/Paris")
            .Build();

        await AssertSentAsync(request, """
            {
              "model": "openai/gpt-4o-mini",
              "messages": [{ "role": "user", "content": "What happened in the news today, where I am?" }],
              "tools": [
                { "type": "openrouter:web_search", "parameters": { "engine": "exa", "max_results": 3, "excluded_domains": ["example.com"],
                  "user_location": { "type": "approximate", "city": "Paris", "country": "FR" } } },
                { "type": "openrouter:web_fetch", "parameters": { "max_uses": 2 } },
                { "type": "openrouter:datetime", "parameters": { "timezone": "Europe/Paris" } }
              ]
            }
            """);
    }

    [Fact]
    public async Task Middle_out()
    {
        ChatCompletionRequest compressed = new ChatRequestBuilder("mistralai/mistral-7b-instruct")
            .AddUserMessage("A very long conversation ...")
            .WithMiddleOut()
            .Build();

        await AssertSentAsync(compressed, """
            {
              "model": "mistralai/mistral-7b-instruct",
              "messages": [{ "role": "user", "content": "A very long conversation ..." }],
              "plugins": [{ "id": "context-compression", "engine": "middle-out" }]
            }
            """);
    }

    private static async Task AssertSentAsync(ChatCompletionRequest request, string expectedJson)
    {
        var handler = new StubHandler().Respond(HttpStatusCode.OK, Fixture.Bytes("01-chat-nonstream-basic-gpt-4o.json"));
        using var client = TestClients.Create(handler);

        await client.CreateChatCompletionAsync(request, TestContext.Current.CancellationToken);

        JsonAssert.Equivalent(expectedJson, handler.Requests.Single().BodyText);
    }
}
