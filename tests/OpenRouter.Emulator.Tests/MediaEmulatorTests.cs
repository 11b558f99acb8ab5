using FluentAssertions;
using OpenRouter.Sdk;
using Xunit;

namespace OpenRouter.Emulator.Tests;

/// <summary>Images, speech, transcription and rerank through the SDK against the emulator, end to end.</summary>
public sealed class MediaEmulatorTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_image_is_generated_as_a_valid_png_and_its_cost_reported()
    {
        await using EmulatorSession session = await EmulatorSession.StartAsync();

        ImageGenerationResponse response = await session.Client.Images.GenerateAsync(
            new ImageGenerationRequest(ImagesRoutes.ModelId, "a red panda astronaut") { Count = 2 }, Ct);

        response.Data.Should().HaveCount(2);
        byte[] png = response.Data[0].GetBytes();
        png.Take(8).Should().Equal(0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A);
        response.Data[0].MediaType.Should().Be("image/png");
        response.Created.Should().Be(DateTimeOffset.FromUnixTimeSeconds(ImagesRoutes.Created));
        response.Usage!.Cost.Should().Be(ImagesRoutes.CostPerImage * 2);
    }

    [Fact]
    public async Task The_image_models_and_their_endpoints_are_listed()
    {
        await using EmulatorSession session = await EmulatorSession.StartAsync();

        IReadOnlyList<ImageModel> models = await session.Client.Images.ListModelsAsync(Ct);
        ImageModelEndpoints endpoints = await session.Client.Images.ListModelEndpointsAsync(models.Single().Id, Ct);

        models.Single().Id.Should().Be(ImagesRoutes.ModelId);
        models.Single().SupportedParameters["resolution"].Values.Should().Equal("1K", "2K", "4K");
        endpoints.Id.Should().Be(ImagesRoutes.ModelId);
        endpoints.Endpoints.Single().Pricing.Single().CostUsd.Should().Be(ImagesRoutes.CostPerImage);
        await session.Client.Images.Invoking(i => i.ListModelEndpointsAsync("no/such-model", Ct)).Should().ThrowAsync<OpenRouterNotFoundException>();
    }

    [Fact]
    public async Task Speech_streams_the_emulated_audio_to_a_file()
    {
        await using EmulatorSession session = await EmulatorSession.StartAsync();
        string path = Path.Combine(Path.GetTempPath(), "openrouter-emulator-speech-" + Guid.NewGuid().ToString("N") + ".mp3");
        try
        {
            using (SpeechAudio speech = await session.Client.Audio.CreateSpeechAsync(
                new SpeechRequest("openai/gpt-4o-mini-tts", "Hello world") { Voice = SpeechVoice.Alloy, ResponseFormat = SpeechFormat.Mp3 }, Ct))
            {
                speech.ContentType.Should().Be("audio/mpeg");
                await speech.SaveAsync(path, Ct);
            }

            (await File.ReadAllBytesAsync(path, Ct)).Should().Equal(AudioRoutes.SpeechBytes("Hello world"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Transcription_reads_back_the_text_and_cost()
    {
        await using EmulatorSession session = await EmulatorSession.StartAsync();

        Transcription transcription = await session.Client.Audio.TranscribeAsync(
            new TranscriptionRequest("openai/whisper-large-v3", TranscriptionAudio.FromBytes("spoken words"u8.ToArray(), "wav")), Ct);

        transcription.Text.Should().Be("spoken words");
        transcription.Usage!.Cost.Should().Be(AudioRoutes.TranscriptionCost);
    }

    [Fact]
    public async Task Rerank_orders_documents_by_word_overlap_and_cuts_at_top_n()
    {
        await using EmulatorSession session = await EmulatorSession.StartAsync();

        RerankResponse response = await session.Client.Rerank.RerankAsync(new RerankRequest(
            "cohere/rerank-v3.5",
            "What is the capital of France?",
            ["Berlin is the capital of Germany.", "Bananas are yellow.", "Paris is the capital of France."]) { TopN = 2 }, Ct);

        response.Results.Select(r => r.Index).Should().Equal(2, 0);
        response.Results[0].Document!.Text.Should().Be("Paris is the capital of France.");
        response.Results[0].RelevanceScore.Should().Be(RerankRoutes.Score("What is the capital of France?", "Paris is the capital of France."));
        response.Results[0].RelevanceScore.Should().BeGreaterThan(response.Results[1].RelevanceScore);
        response.Model.Should().Be("cohere/rerank-v3.5");
        response.Usage!.Cost.Should().Be(RerankRoutes.Cost);
    }

    [Fact]
    public async Task A_bad_media_request_is_a_400_from_the_emulator()
    {
        await using EmulatorSession session = await EmulatorSession.StartAsync();
        using var content = new StringContent("""{"model":"m"}""", System.Text.Encoding.UTF8, "application/json");

        using HttpResponseMessage response = await session.Http.PostAsync("audio/speech", content, Ct);

        ((int)response.StatusCode).Should().Be(400);
    }
}
