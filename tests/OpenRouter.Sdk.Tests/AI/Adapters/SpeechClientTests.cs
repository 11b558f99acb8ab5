#pragma warning disable MEAI001 // The speech clients are experimental in Microsoft.Extensions.AI, and so are their adapters.
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using FluentAssertions;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using OpenRouter.Sdk.Tests.Infrastructure;
using Xunit;

namespace OpenRouter.Sdk.Tests.AI.Adapters;

/// <summary>The ITextToSpeechClient and ISpeechToTextClient adapters, driven through the interfaces only.</summary>
public sealed class SpeechClientTests
{
    private const string TtsModel = "openai/gpt-4o-mini-tts";
    private const string SttModel = "openai/whisper-large-v3";

    // The spec's example of POST /audio/transcriptions.
    private const string TranscriptionAnswer = """
        {"text":"Hello, this is a test of OpenAI speech-to-text transcription.",
         "usage":{"cost":0.000508,"input_tokens":83,"output_tokens":30,"seconds":9.2,"total_tokens":113}}
        """;

    private static readonly byte[] Audio = Enumerable.Range(0, 50_000).Select(i => (byte)(i * 7)).ToArray();

    // The first bytes of a WAV file ("RIFF....WAVE"), enough to recognize it.
    private static readonly byte[] Wav = [.. "RIFF"u8, 0x24, 0, 0, 0, .. "WAVEfmt "u8];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static StubHandler AudioHandler(string? contentType = "audio/mpeg", int readSize = 1000) => new StubHandler().Respond(_ =>
    {
        var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(new TrickleStream(Audio, readSize)) };
        response.Content.Headers.ContentType = contentType is null ? null : MediaTypeHeaderValue.Parse(contentType);
        response.Headers.TryAddWithoutValidation("X-Generation-Id", "gen-tts-1");
        return response;
    });

    [Fact]
    public async Task Speech_options_are_sent_under_their_wire_names()
    {
        StubHandler handler = AudioHandler();
        using OpenRouterClient client = TestClients.Create(handler);
        ITextToSpeechClient tts = client.Audio.AsITextToSpeechClient(TtsModel);
        var options = new TextToSpeechOptions
        {
            ModelId = "mistralai/voxtral-mini-tts-2603",
            VoiceId = "en_paul_neutral",
            AudioFormat = "audio/mpeg",
            Speed = 1.25f,
            Language = "en-US",
            Pitch = 2,
            Volume = 0.5f,
            AdditionalProperties = new() { [OpenRouterPropertyNames.Provider] = JsonDocument.Parse("""{"options":{"mistral":{"seed":1}}}""").RootElement },
        };

        await tts.GetAudioAsync("Hello world", options, Ct);

        RecordedRequest sent = handler.Requests.Single();
        sent.Method.Should().Be(HttpMethod.Post);
        sent.Uri.AbsoluteUri.Should().Be("https://openrouter.ai/api/v1/audio/speech");
        sent.Header("Accept").Should().Be("audio/*");
        sent.BodyText.Should().Be(
            """{"model":"mistralai/voxtral-mini-tts-2603","input":"Hello world","voice":"en_paul_neutral","response_format":"mp3","speed":1.25,"provider":{"options":{"mistral":{"seed":1}}}}""");
    }

    [Theory]
    [InlineData("mp3", "mp3")]
    [InlineData("audio/pcm", "pcm")]
    [InlineData("audio/wav", "wav")]
    [InlineData("opus", "opus")]
    public async Task AudioFormat_is_sent_as_response_format(string audioFormat, string responseFormat)
    {
        StubHandler handler = AudioHandler();
        using OpenRouterClient client = TestClients.Create(handler);

        await client.Audio.AsITextToSpeechClient(TtsModel).GetAudioAsync("Hi", new TextToSpeechOptions { AudioFormat = audioFormat }, Ct);

        handler.Requests.Single().Body().GetProperty("response_format").GetString().Should().Be(responseFormat);
    }

    [Fact]
    public async Task The_default_model_and_a_factory_request_are_used()
    {
        StubHandler handler = AudioHandler();
        using OpenRouterClient client = TestClients.Create(handler);
        ITextToSpeechClient tts = client.Audio.AsITextToSpeechClient(TtsModel);
        var template = new SpeechRequest { Voice = SpeechVoice.Nova, InputReferences = [SpeechReference.FromText("a transcript")] };

        await tts.GetAudioAsync("Hi", new TextToSpeechOptions { VoiceId = "ignored", RawRepresentationFactory = _ => template }, Ct);

        JsonAssert.Equivalent("""
            {"model":"openai/gpt-4o-mini-tts","input":"Hi","voice":"nova","input_references":[{"type":"text","text":"a transcript"}]}
            """, handler.Requests.Single().BodyText);
        template.Input.Should().BeEmpty("the factory's instance is copied, not filled in");
    }

    [Fact]
    public async Task GetAudioAsync_returns_the_whole_audio_as_DataContent()
    {
        using OpenRouterClient client = TestClients.Create(AudioHandler());

        TextToSpeechResponse response = await client.Audio.AsITextToSpeechClient(TtsModel).GetAudioAsync("Hello world", cancellationToken: Ct);

        DataContent audio = response.Contents.Should().ContainSingle().Subject.Should().BeOfType<DataContent>().Subject;
        audio.MediaType.Should().Be("audio/mpeg");
        audio.Data.ToArray().Should().Equal(Audio);
        response.ModelId.Should().Be(TtsModel);
        response.ResponseId.Should().Be("gen-tts-1");
    }

    [Fact]
    public async Task Without_a_content_type_the_media_type_follows_the_requested_format()
    {
        using OpenRouterClient client = TestClients.Create(AudioHandler(contentType: null));

        TextToSpeechResponse response = await client.Audio.AsITextToSpeechClient(TtsModel).GetAudioAsync("Hi", new TextToSpeechOptions { AudioFormat = "mp3" }, Ct);

        response.Contents.OfType<DataContent>().Single().MediaType.Should().Be("audio/mpeg");
    }

    [Fact]
    public async Task GetStreamingAudioAsync_yields_the_audio_as_it_arrives()
    {
        using OpenRouterClient client = TestClients.Create(AudioHandler(readSize: 10_000));

        var updates = new List<TextToSpeechResponseUpdate>();
        await foreach (TextToSpeechResponseUpdate update in client.Audio.AsITextToSpeechClient(TtsModel).GetStreamingAudioAsync("Hi", cancellationToken: Ct))
        {
            updates.Add(update);
        }

        updates.Should().HaveCountGreaterThan(1, "the audio arrives in pieces");
        updates.Should().OnlyContain(u => u.Kind == TextToSpeechResponseUpdateKind.AudioUpdating && u.ResponseId == "gen-tts-1" && u.ModelId == TtsModel);
        updates.SelectMany(u => u.Contents.OfType<DataContent>()).Should().OnlyContain(c => c.MediaType == "audio/mpeg");
        updates.SelectMany(u => u.Contents.OfType<DataContent>().SelectMany(c => c.Data.ToArray())).Should().Equal(Audio);
    }

    [Fact]
    public async Task Cancelling_a_speech_call_cancels_the_request()
    {
        var handler = new HoldingHandler();
        using OpenRouterClient client = TestClients.Create(handler);
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(Ct);

        Task<TextToSpeechResponse> call = client.Audio.AsITextToSpeechClient(TtsModel).GetAudioAsync("Hi", cancellationToken: cts.Token);
        await handler.Arrived;
        await cts.CancelAsync();

        await call.Invoking(c => c).Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task A_speech_error_surfaces_as_the_SDK_typed_exception()
    {
        var handler = new StubHandler().Respond(HttpStatusCode.BadRequest, """{"error":{"code":400,"message":"Unknown voice"}}""");
        using OpenRouterClient client = TestClients.Create(handler);
        ITextToSpeechClient tts = client.Audio.AsITextToSpeechClient(TtsModel);

        var thrown = (await tts.Invoking(t => t.GetAudioAsync("Hi", cancellationToken: Ct)).Should().ThrowAsync<OpenRouterBadRequestException>()).Which;

        thrown.StatusCode.Should().Be(400);
        thrown.Message.Should().Contain("Unknown voice");
    }

    [Fact]
    public async Task Speech_without_a_model_is_refused_before_sending()
    {
        var handler = new StubHandler();
        using OpenRouterClient client = TestClients.Create(handler);

        await client.Audio.AsITextToSpeechClient().Invoking(t => t.GetAudioAsync("Hi", cancellationToken: Ct)).Should().ThrowAsync<ArgumentException>().WithMessage("*ModelId*");
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Transcription_sends_the_audio_model_and_language()
    {
        var handler = new StubHandler().Respond(HttpStatusCode.OK, TranscriptionAnswer);
        using OpenRouterClient client = TestClients.Create(handler);
        ISpeechToTextClient stt = client.Audio.AsISpeechToTextClient(SttModel);

        await stt.GetTextAsync(new MemoryStream(Wav), new SpeechToTextOptions
        {
            ModelId = "openai/whisper-1",
            SpeechLanguage = "en-US",
            AdditionalProperties = new() { [OpenRouterPropertyNames.Provider] = new ProviderPreferences { Only = ["openai"] } },
        }, Ct);

        RecordedRequest sent = handler.Requests.Single();
        sent.Method.Should().Be(HttpMethod.Post);
        sent.Uri.AbsoluteUri.Should().Be("https://openrouter.ai/api/v1/audio/transcriptions");
        JsonAssert.Equivalent($$$"""
            {"model":"openai/whisper-1","input_audio":{"data":"{{{Convert.ToBase64String(Wav)}}}","format":"wav"},"language":"en","provider":{"only":["openai"]}}
            """, sent.BodyText);
    }

    [Theory]
    [InlineData(new byte[] { 0x49, 0x44, 0x33, 4, 0 }, "mp3")]
    [InlineData(new byte[] { 0xFF, 0xFB, 0x90, 0 }, "mp3")]
    [InlineData(new byte[] { 0x66, 0x4C, 0x61, 0x43, 0 }, "flac")]
    [InlineData(new byte[] { 0x4F, 0x67, 0x67, 0x53, 0 }, "ogg")]
    [InlineData(new byte[] { 0, 0, 0, 0x20, 0x66, 0x74, 0x79, 0x70, 0x4D }, "m4a")]
    [InlineData(new byte[] { 0x1A, 0x45, 0xDF, 0xA3, 0 }, "webm")]
    public async Task The_audio_format_is_recognized_by_its_first_bytes(byte[] audio, string format)
    {
        var handler = new StubHandler().Respond(HttpStatusCode.OK, TranscriptionAnswer);
        using OpenRouterClient client = TestClients.Create(handler);

        await client.Audio.AsISpeechToTextClient(SttModel).GetTextAsync(new MemoryStream(audio), cancellationToken: Ct);

        handler.Requests.Single().Body().GetProperty("input_audio").GetProperty("format").GetString().Should().Be(format);
    }

    [Fact]
    public async Task The_audio_format_can_be_given_and_a_file_extension_names_it()
    {
        var handler = new StubHandler().Respond(HttpStatusCode.OK, TranscriptionAnswer).Respond(HttpStatusCode.OK, TranscriptionAnswer);
        using OpenRouterClient client = TestClients.Create(handler);
        ISpeechToTextClient stt = client.Audio.AsISpeechToTextClient(SttModel);
        string path = Path.Combine(Path.GetTempPath(), "openrouter-stt-" + Guid.NewGuid().ToString("N") + ".aac");
        try
        {
            await File.WriteAllBytesAsync(path, [1, 2, 3], Ct);
            await stt.GetTextAsync(new MemoryStream([1, 2, 3]), new SpeechToTextOptions { AdditionalProperties = new() { [OpenRouterPropertyNames.AudioFormat] = "wav" } }, Ct);
            using (FileStream file = File.OpenRead(path))
            {
                await stt.GetTextAsync(file, cancellationToken: Ct);
            }
        }
        finally
        {
            File.Delete(path);
        }

        handler.Requests[0].BodyText.Should().Be("""{"model":"openai/whisper-large-v3","input_audio":{"data":"AQID","format":"wav"}}""");
        handler.Requests[1].BodyText.Should().Be("""{"model":"openai/whisper-large-v3","input_audio":{"data":"AQID","format":"aac"}}""");
    }

    [Fact]
    public async Task The_transcript_comes_back_with_usage_cost_and_duration()
    {
        var handler = new StubHandler().Respond(HttpStatusCode.OK, TranscriptionAnswer);
        using OpenRouterClient client = TestClients.Create(handler);

        SpeechToTextResponse response = await client.Audio.AsISpeechToTextClient(SttModel).GetTextAsync(new MemoryStream(Wav), cancellationToken: Ct);

        response.Text.Should().Be("Hello, this is a test of OpenAI speech-to-text transcription.");
        response.ModelId.Should().Be(SttModel);
        response.Usage!.InputTokenCount.Should().Be(83);
        response.Usage.OutputTokenCount.Should().Be(30);
        response.Usage.TotalTokenCount.Should().Be(113);
        response.AdditionalProperties![OpenRouterPropertyNames.Cost].Should().Be(0.000508m);
        response.StartTime.Should().Be(TimeSpan.Zero);
        response.EndTime.Should().Be(TimeSpan.FromSeconds(9.2));
        response.RawRepresentation.Should().BeOfType<Transcription>().Which.Usage!.Seconds.Should().Be(9.2);
    }

    [Fact]
    public async Task GetStreamingTextAsync_yields_the_whole_transcript()
    {
        var handler = new StubHandler().Respond(HttpStatusCode.OK, TranscriptionAnswer);
        using OpenRouterClient client = TestClients.Create(handler);

        var updates = new List<SpeechToTextResponseUpdate>();
        await foreach (SpeechToTextResponseUpdate update in client.Audio.AsISpeechToTextClient(SttModel).GetStreamingTextAsync(new MemoryStream(Wav), cancellationToken: Ct))
        {
            updates.Add(update);
        }

        SpeechToTextResponse merged = updates.ToSpeechToTextResponse();
        merged.Text.Should().Be("Hello, this is a test of OpenAI speech-to-text transcription.");
        handler.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task Bad_transcription_arguments_are_refused_before_sending()
    {
        var handler = new StubHandler();
        using OpenRouterClient client = TestClients.Create(handler);
        ISpeechToTextClient stt = client.Audio.AsISpeechToTextClient(SttModel);

        await stt.Invoking(s => s.GetTextAsync(null!, cancellationToken: Ct)).Should().ThrowAsync<ArgumentNullException>();
        await stt.Invoking(s => s.GetTextAsync(new MemoryStream(), cancellationToken: Ct)).Should().ThrowAsync<ArgumentException>().WithMessage("*empty*");
        await stt.Invoking(s => s.GetTextAsync(new MemoryStream([1, 2, 3]), cancellationToken: Ct)).Should().ThrowAsync<ArgumentException>().WithMessage("*audio_format*");
        await client.Audio.AsISpeechToTextClient().Invoking(s => s.GetTextAsync(new MemoryStream(Wav), cancellationToken: Ct))
            .Should().ThrowAsync<ArgumentException>().WithMessage("*ModelId*");
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task A_transcription_error_surfaces_as_the_SDK_typed_exception()
    {
        var handler = new StubHandler().Respond(HttpStatusCode.TooManyRequests, """{"error":{"code":429,"message":"Rate limit exceeded"}}""");
        using OpenRouterClient client = TestClients.Create(handler, o => o.EnableRetries = false);

        var thrown = (await client.Audio.AsISpeechToTextClient(SttModel).Invoking(s => s.GetTextAsync(new MemoryStream(Wav), cancellationToken: Ct))
            .Should().ThrowAsync<OpenRouterRateLimitException>()).Which;

        thrown.StatusCode.Should().Be(429);
    }

    [Fact]
    public async Task Cancelling_a_transcription_cancels_the_request()
    {
        var handler = new HoldingHandler();
        using OpenRouterClient client = TestClients.Create(handler);
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(Ct);

        Task<SpeechToTextResponse> call = client.Audio.AsISpeechToTextClient(SttModel).GetTextAsync(new MemoryStream(Wav), cancellationToken: cts.Token);
        await handler.Arrived;
        await cts.CancelAsync();

        await call.Invoking(c => c).Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public void GetService_returns_metadata_and_the_audio_client()
    {
        using OpenRouterClient client = TestClients.Create(new StubHandler());
        ITextToSpeechClient tts = client.Audio.AsITextToSpeechClient(TtsModel);
        ISpeechToTextClient stt = client.Audio.AsISpeechToTextClient(SttModel);

        TextToSpeechClientMetadata ttsMetadata = tts.GetService<TextToSpeechClientMetadata>()!;
        (ttsMetadata.ProviderName, ttsMetadata.ProviderUri, ttsMetadata.DefaultModelId).Should().Be(("openrouter", new Uri("https://openrouter.ai/api/v1/"), TtsModel));
        SpeechToTextClientMetadata sttMetadata = stt.GetService<SpeechToTextClientMetadata>()!;
        (sttMetadata.ProviderName, sttMetadata.ProviderUri, sttMetadata.DefaultModelId).Should().Be(("openrouter", new Uri("https://openrouter.ai/api/v1/"), SttModel));
        tts.GetService<OpenRouterAudioClient>().Should().BeSameAs(client.Audio);
        stt.GetService<OpenRouterAudioClient>().Should().BeSameAs(client.Audio);
        tts.GetService<ITextToSpeechClient>().Should().BeSameAs(tts);
        stt.GetService<ISpeechToTextClient>().Should().BeSameAs(stt);
        tts.GetService<TextToSpeechClientMetadata>("key").Should().BeNull();
        stt.GetService<string>().Should().BeNull();
    }

    [Fact]
    public async Task The_speech_clients_are_registered_over_the_container_audio_client_and_support_keys()
    {
        var handler = new StubHandler().Respond(HttpStatusCode.OK, TranscriptionAnswer);
        using OpenRouterClient client = TestClients.Create(handler);
        var services = new ServiceCollection();
        services.AddSingleton(client.Audio);
        ISpeechToTextClient? inner = null;
        services.AddOpenRouterSpeechToTextClient(SttModel, (stt, sp) => inner = stt);
        services.AddKeyedOpenRouterSpeechToTextClient("fast", "openai/whisper-1");
        services.AddOpenRouterTextToSpeechClient(TtsModel);
        services.AddKeyedOpenRouterTextToSpeechClient("mistral", "mistralai/voxtral-mini-tts-2603");
        using ServiceProvider provider = services.BuildServiceProvider();

        SpeechToTextResponse heard = await provider.GetRequiredService<ISpeechToTextClient>().GetTextAsync(new MemoryStream(Wav), cancellationToken: Ct);

        heard.Text.Should().StartWith("Hello");
        inner!.GetService<OpenRouterAudioClient>().Should().BeSameAs(client.Audio);
        handler.Requests.Single().Body().GetProperty("model").GetString().Should().Be(SttModel);
        provider.GetRequiredKeyedService<ISpeechToTextClient>("fast").GetService<SpeechToTextClientMetadata>()!.DefaultModelId.Should().Be("openai/whisper-1");
        provider.GetRequiredService<ITextToSpeechClient>().GetService<TextToSpeechClientMetadata>()!.DefaultModelId.Should().Be(TtsModel);
        provider.GetRequiredKeyedService<ITextToSpeechClient>("mistral").GetService<TextToSpeechClientMetadata>()!.DefaultModelId.Should().Be("mistralai/voxtral-mini-tts-2603");
    }

    [Fact]
    public void The_speech_clients_without_an_audio_client_say_what_is_missing()
    {
        using ServiceProvider provider = new ServiceCollection().AddOpenRouterTextToSpeechClient().AddOpenRouterSpeechToTextClient().BuildServiceProvider();

        ((Action)(() => provider.GetRequiredService<ITextToSpeechClient>())).Should().Throw<InvalidOperationException>().WithMessage("*AddOpenRouter*");
        ((Action)(() => provider.GetRequiredService<ISpeechToTextClient>())).Should().Throw<InvalidOperationException>().WithMessage("*AddOpenRouter*");
    }
}
