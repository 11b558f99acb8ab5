#pragma warning disable MEAI001 // IImageGenerator and the speech clients are experimental in Microsoft.Extensions.AI, and so are their adapters.
using FluentAssertions;
using Microsoft.Extensions.AI;
using OpenRouter.Sdk;
using Xunit;

namespace OpenRouter.Emulator.Tests;

/// <summary>The Microsoft.Extensions.AI image and speech adapters against the emulator, end to end.</summary>
public sealed class MeaiAdaptersEmulatorTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task IEmbeddingGenerator_embeds_each_input_in_order_with_usage_and_cost()
    {
        await using EmulatorSession session = await EmulatorSession.StartAsync();
        IEmbeddingGenerator<string, Embedding<float>> generator = session.Client.AsIEmbeddingGenerator(EmulatorCatalog.EmbeddingModel);

        GeneratedEmbeddings<Embedding<float>> embeddings = await generator.GenerateAsync(["red panda", "snow leopard", "red panda"], new EmbeddingGenerationOptions { Dimensions = 8 }, Ct);

        embeddings.Should().HaveCount(3);
        embeddings.Should().OnlyContain(e => e.Vector.Length == 8, "the requested dimensions reached the emulator");
        embeddings[0].Vector.ToArray().Should().Equal(embeddings[2].Vector.ToArray(), "the emulator's vectors are derived from the text, so the inputs kept their order");
        embeddings[0].Vector.ToArray().Should().NotEqual(embeddings[1].Vector.ToArray());
        embeddings.Usage!.InputTokenCount.Should().BePositive();
        embeddings.AdditionalProperties![OpenRouterPropertyNames.Cost].Should().BeOfType<decimal>().Which.Should().BePositive();
        generator.GetService<EmbeddingGeneratorMetadata>()!.DefaultModelId.Should().Be(EmulatorCatalog.EmbeddingModel);
    }

    [Fact]
    public async Task IImageGenerator_returns_the_emulated_pngs_as_DataContent()
    {
        await using EmulatorSession session = await EmulatorSession.StartAsync();
        IImageGenerator generator = session.Client.Images.AsIImageGenerator(ImagesRoutes.ModelId);

        Microsoft.Extensions.AI.ImageGenerationResponse response = await generator.GenerateImagesAsync("a red panda astronaut", new ImageGenerationOptions { Count = 2 }, Ct);

        response.Contents.Should().HaveCount(2).And.AllBeOfType<DataContent>();
        DataContent first = (DataContent)response.Contents[0];
        first.MediaType.Should().Be("image/png");
        first.Data.ToArray().Should().Equal(Convert.FromBase64String(ImagesRoutes.TinyPngBase64));
        ((OpenRouter.Sdk.ImageGenerationResponse)response.RawRepresentation!).Usage!.Cost.Should().Be(ImagesRoutes.CostPerImage * 2);
        generator.GetService<ImageGeneratorMetadata>()!.ProviderUri.Should().Be(session.Emulator.BaseUrl);
    }

    [Fact]
    public async Task IImageGenerator_surfaces_an_unknown_model_as_not_found()
    {
        await using EmulatorSession session = await EmulatorSession.StartAsync();
        IImageGenerator generator = session.Client.Images.AsIImageGenerator("no/such-model");

        await generator.Invoking(g => g.GenerateImagesAsync("p", cancellationToken: Ct)).Should().ThrowAsync<OpenRouterNotFoundException>();
    }

    [Fact]
    public async Task ITextToSpeechClient_returns_the_emulated_audio_whole_and_streamed()
    {
        await using EmulatorSession session = await EmulatorSession.StartAsync();
        ITextToSpeechClient tts = session.Client.Audio.AsITextToSpeechClient("openai/gpt-4o-mini-tts");
        var options = new TextToSpeechOptions { VoiceId = "alloy", AudioFormat = "audio/mpeg" };

        TextToSpeechResponse whole = await tts.GetAudioAsync("Hello world", options, Ct);
        var pieces = new List<byte>();
        await foreach (TextToSpeechResponseUpdate update in tts.GetStreamingAudioAsync("Hello world", options, Ct))
        {
            pieces.AddRange(update.Contents.OfType<DataContent>().SelectMany(c => c.Data.ToArray()));
        }

        DataContent audio = whole.Contents.OfType<DataContent>().Single();
        audio.MediaType.Should().Be("audio/mpeg");
        audio.Data.ToArray().Should().Equal(AudioRoutes.SpeechBytes("Hello world"));
        pieces.Should().Equal(AudioRoutes.SpeechBytes("Hello world"));
    }

    [Fact]
    public async Task ISpeechToTextClient_reads_back_the_text_and_cost()
    {
        await using EmulatorSession session = await EmulatorSession.StartAsync();
        ISpeechToTextClient stt = session.Client.Audio.AsISpeechToTextClient("openai/whisper-large-v3");

        SpeechToTextResponse response = await stt.GetTextAsync(new MemoryStream("spoken words"u8.ToArray()),
            new SpeechToTextOptions { AdditionalProperties = new() { [OpenRouterPropertyNames.AudioFormat] = "wav" } }, Ct);

        response.Text.Should().Be("spoken words");
        response.AdditionalProperties![OpenRouterPropertyNames.Cost].Should().Be(AudioRoutes.TranscriptionCost);
        response.Usage!.TotalTokenCount.Should().Be(113);
    }
}
