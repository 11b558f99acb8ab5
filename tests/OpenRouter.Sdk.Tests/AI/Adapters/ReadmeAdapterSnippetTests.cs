using System.Net;
using FluentAssertions;
using Microsoft.Extensions.AI;
using OpenRouter.Sdk.Tests.Infrastructure;
using Xunit;

namespace OpenRouter.Sdk.Tests.AI.Adapters;

/// <summary>The snippets of the README sections on the embedding, image and speech adapters, verbatim, run against stubbed answers.</summary>
#pragma warning disable xUnit1051 // The snippets are shown as users write them, without a test token.
public sealed class ReadmeAdapterSnippetTests
{
    [Fact]
    public async Task Embedding_snippet_runs()
    {
        var handler = new StubHandler().Respond(HttpStatusCode.OK, """
            {"model":"openai/text-embedding-3-small","data":[{"index":0,"embedding":"AAAAPwAAoL8="},{"index":1,"embedding":"AACAPgAAAMA="}],
             "usage":{"prompt_tokens":14,"total_tokens":14,"cost":0.0000003}}
            """);
        using OpenRouterClient client = TestClients.Create(handler);
        IOpenRouterClient openRouter = client;

        // snippet: embeddings
        IEmbeddingGenerator<string, Embedding<float>> embedder = openRouter.AsIEmbeddingGenerator("openai/text-embedding-3-small");

        GeneratedEmbeddings<Embedding<float>> embeddings = await embedder.GenerateAsync(
            ["The cat sat on the mat.", "A feline rested on the rug."],
            new EmbeddingGenerationOptions
            {
                Dimensions = 256,
                AdditionalProperties = new() { [OpenRouterPropertyNames.EncodingFormat] = "base64" },
            });
        Console.WriteLine($"{embeddings.Count} vectors of {embeddings[0].Vector.Length}, {embeddings.Usage?.InputTokenCount} tokens, ${embeddings.AdditionalProperties?["cost"]}");
        // end snippet

        handler.Requests.Single().BodyText.Should().Be(
            """{"model":"openai/text-embedding-3-small","input":["The cat sat on the mat.","A feline rested on the rug."],"dimensions":256,"encoding_format":"base64"}""");
        embeddings[1].Vector.ToArray().Should().Equal(0.25f, -2f);
        embeddings.AdditionalProperties!["cost"].Should().Be(0.0000003m);
    }
}
