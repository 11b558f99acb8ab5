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

    [Fact]
    public async Task Image_and_speech_snippet_runs()
    {
        // An MP3 as far as its first bytes tell (an ID3 tag).
        byte[] mp3Bytes = [0x49, 0x44, 0x33, 4, 0, 0, 0, 0, 0, 0];
        var handler = new StubHandler()
            .Respond(HttpStatusCode.OK, """
                {"created":1748372400,"data":[{"b64_json":"iVBORw0KGgo=","media_type":"image/png"},{"b64_json":"iVBORw0KGgo=","media_type":"image/png"}],"usage":{"cost":0.08}}
                """)
            .Respond(HttpStatusCode.OK, mp3Bytes, "audio/mpeg")
            .Respond(HttpStatusCode.OK, """{"text":"Hello from OpenRouter!","usage":{"cost":0.0001,"total_tokens":9}}""");
        using OpenRouterClient client = TestClients.Create(handler);

#pragma warning disable MEAI001 // As the README says: the image and speech abstractions are experimental.
        // snippet: images and speech
        IImageGenerator images = client.Images.AsIImageGenerator("bytedance-seed/seedream-4.5");
        var generated = await images.GenerateImagesAsync("a red panda astronaut, studio lighting",
            new ImageGenerationOptions
            {
                Count = 2,
                MediaType = "image/png",
                AdditionalProperties = new() { [OpenRouterPropertyNames.AspectRatio] = "16:9" },
            });
        foreach (DataContent image in generated.Contents.OfType<DataContent>())
            Console.WriteLine($"{image.MediaType}, {image.Data.Length} bytes");

        ITextToSpeechClient tts = client.Audio.AsITextToSpeechClient("openai/gpt-4o-mini-tts");
        TextToSpeechResponse spoken = await tts.GetAudioAsync("Hello from OpenRouter!", new TextToSpeechOptions { VoiceId = "alloy", AudioFormat = "mp3" });
        DataContent mp3 = spoken.Contents.OfType<DataContent>().Single();

        ISpeechToTextClient stt = client.Audio.AsISpeechToTextClient("openai/whisper-large-v3");
        SpeechToTextResponse heard = await stt.GetTextAsync(mp3, new SpeechToTextOptions { SpeechLanguage = "en" });
        Console.WriteLine($"{heard.Text} (${heard.AdditionalProperties?["cost"]})");
        // end snippet
#pragma warning restore MEAI001

        JsonAssert.Equivalent("""
            {"model":"bytedance-seed/seedream-4.5","prompt":"a red panda astronaut, studio lighting","n":2,"output_format":"png","aspect_ratio":"16:9"}
            """, handler.Requests[0].BodyText);
        handler.Requests[1].BodyText.Should().Be("""{"model":"openai/gpt-4o-mini-tts","input":"Hello from OpenRouter!","voice":"alloy","response_format":"mp3"}""");
        handler.Requests[2].BodyText.Should().Be("""{"model":"openai/whisper-large-v3","input_audio":{"data":"SUQzBAAAAAAAAA==","format":"mp3"},"language":"en"}""");
        generated.Contents.Should().HaveCount(2);
        mp3.Data.ToArray().Should().Equal(mp3Bytes);
        heard.Text.Should().Be("Hello from OpenRouter!");
        heard.AdditionalProperties!["cost"].Should().Be(0.0001m);
    }
}
