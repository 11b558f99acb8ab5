using System.Net;
using FluentAssertions;
using OpenRouter.Sdk.Tests.Infrastructure;
using Xunit;

namespace OpenRouter.Sdk.Tests.RequestOptions;

/// <summary>The README's "Per-request headers" snippet, run against a stub: the headers it sends and what it reads back.</summary>
public sealed class ReadmeRequestOptionsSnippetTests
{
    [Fact]
    public async Task Per_request_headers()
    {
        string body = RequestOptionsWireTests.Completion.TrimEnd('}')
            + ""","openrouter_metadata":{"requested":"openai/gpt-4o-mini","strategy":"direct","region":"iad","summary":"available=1, selected=OpenAI","attempt":1,"is_byok":false,"endpoints":{"total":1,"available":[]}}}""";
        var handler = new StubHandler().Respond(HttpStatusCode.OK, body, configure: r =>
        {
            r.Headers.TryAddWithoutValidation("X-OpenRouter-Cache-Status", "HIT");
            r.Headers.TryAddWithoutValidation("X-OpenRouter-Cache-Age", "42");
        });
        using var client = TestClients.Create(handler);
        CancellationToken cancellationToken = TestContext.Current.CancellationToken;

        ChatCompletionRequest cached = new ChatRequestBuilder("openai/gpt-4o-mini")
            .AddUserMessage("What is the capital of France?")
            .WithRequestOptions(new OpenRouterRequestOptions
            {
                Metadata = OpenRouterMetadataLevel.Enabled,
                SessionId = "conversation-42",
                ResponseCache = new ResponseCacheOptions { Enabled = true, Ttl = TimeSpan.FromMinutes(10) },
            })
            .Build();

        ChatCompletion answer = await client.CreateChatCompletionAsync(cached, cancellationToken);
        Console.WriteLine(answer.ResponseCache?.IsHit == true ? $"from the cache, stored {answer.ResponseCache.Age} ago" : "fresh");
        Console.WriteLine($"{answer.OpenRouterMetadata?.Strategy}: {answer.OpenRouterMetadata?.Summary}");

        RecordedRequest sent = handler.Requests.Single();
        sent.Header("X-OpenRouter-Metadata").Should().Be("enabled");
        sent.Header("x-session-id").Should().Be("conversation-42");
        sent.Header("X-OpenRouter-Cache").Should().Be("true");
        sent.Header("X-OpenRouter-Cache-TTL").Should().Be("600");
        sent.BodyText.Should().Be("""{"model":"openai/gpt-4o-mini","messages":[{"role":"user","content":"What is the capital of France?"}]}""");
        answer.ResponseCache!.Age.Should().Be(TimeSpan.FromSeconds(42));
        answer.OpenRouterMetadata!.Strategy.Should().Be(RoutingStrategy.Direct);
        answer.OpenRouterMetadata.Summary.Should().Be("available=1, selected=OpenAI");
    }
}
