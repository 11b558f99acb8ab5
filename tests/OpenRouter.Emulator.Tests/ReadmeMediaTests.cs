using FluentAssertions;
using OpenRouter.Sdk;
using Xunit;

namespace OpenRouter.Emulator.Tests;

/// <summary>The README's "Images, speech and rerank" blocks, run against the emulator.</summary>
[Collection("Console output")]
public sealed class ReadmeMediaTests
{
    [Fact]
    public async Task The_images_speech_and_rerank_snippets_save_a_png_and_an_mp3_transcribe_it_and_rank()
    {
        CancellationToken ct = TestContext.Current.CancellationToken;
        await using EmulatorSession session = await EmulatorSession.StartAsync();
        var printed = new StringWriter();
        TextWriter console = Console.Out;
        Console.SetOut(printed);
        try
        {
            await RunSnippetsAsync(session.Client, ct);

            (await File.ReadAllBytesAsync("panda.png", ct)).Should().Equal(Convert.FromBase64String(ImagesRoutes.TinyPngBase64));
            (await File.ReadAllBytesAsync("hello.mp3", ct)).Should().Equal(AudioRoutes.SpeechBytes("Hello from OpenRouter!"));
        }
        finally
        {
            Console.SetOut(console);
            File.Delete("panda.png");
            File.Delete("hello.mp3");
        }

        printed.ToString().Should().Contain("1 image(s), $0.04")
            .And.Contain(AudioRoutes.DefaultTranscript, "the emulator hears non-text audio as its fixed sentence")
            .And.Contain("Best match: document 1 (");
    }

    private static async Task RunSnippetsAsync(OpenRouterClient client, CancellationToken ct)
    {
        ImageGenerationResponse image = await client.Images.GenerateAsync(
            new ImageGenerationRequest("bytedance-seed/seedream-4.5", "a red panda astronaut, studio lighting")
            {
                AspectRatio = ImageAspectRatio.Landscape16x9,
            }, ct);
        await image.Data[0].SaveAsync("panda.png", ct);
        Console.WriteLine($"{image.Data.Count} image(s), ${image.Usage?.Cost}");

        using (SpeechAudio speech = await client.Audio.CreateSpeechAsync(
            new SpeechRequest("openai/gpt-4o-mini-tts", "Hello from OpenRouter!") { Voice = SpeechVoice.Alloy, ResponseFormat = SpeechFormat.Mp3 }, ct))
        {
            await speech.SaveAsync("hello.mp3", ct);
        }

        Transcription heard = await client.Audio.TranscribeAsync(
            new TranscriptionRequest("openai/whisper-large-v3", TranscriptionAudio.FromBytes(await File.ReadAllBytesAsync("hello.mp3", ct), "mp3")), ct);
        Console.WriteLine(heard.Text);

        RerankResponse ranked = await client.Rerank.RerankAsync(
            new RerankRequest("cohere/rerank-v3.5", "What is the capital of France?",
                ["Berlin is the capital of Germany.", "Paris is the capital of France."]) { TopN = 1 }, ct);
        Console.WriteLine($"Best match: document {ranked.Results[0].Index} ({ranked.Results[0].RelevanceScore:0.00})");
    }
}
