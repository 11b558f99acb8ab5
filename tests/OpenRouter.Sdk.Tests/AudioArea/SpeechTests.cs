using System.Net;
using System.Net.Http.Headers;
using FluentAssertions;
using OpenRouter.Sdk.Tests.Infrastructure;
using Xunit;

namespace OpenRouter.Sdk.Tests.AudioArea;

public sealed class SpeechTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly byte[] Audio = Enumerable.Range(0, 50_000).Select(i => (byte)(i * 7)).ToArray();

    private static StubHandler AudioHandler(string contentType = "audio/mpeg", int readSize = 1000) => new StubHandler().Respond(_ =>
    {
        var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(new TrickleStream(Audio, readSize)) };
        response.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        response.Headers.TryAddWithoutValidation("X-Generation-Id", "gen-tts-1");
        return response;
    });

    [Fact]
    public async Task CreateSpeech_posts_the_spec_example_asking_for_audio_and_streams_the_bytes()
    {
        StubHandler handler = AudioHandler("audio/pcm");
        using OpenRouterClient client = TestClients.Create(handler);

        using SpeechAudio speech = await client.Audio.CreateSpeechAsync(new SpeechRequest("mistralai/voxtral-mini-tts-2603", "Hello world")
        {
            ResponseFormat = SpeechFormat.Pcm,
            Speed = 1,
            Voice = "en_paul_neutral",
        }, Ct);
        var copy = new MemoryStream();
        await speech.CopyToAsync(copy, Ct);

        RecordedRequest sent = handler.Requests.Single();
        sent.Method.Should().Be(HttpMethod.Post);
        sent.Uri.AbsoluteUri.Should().Be("https://openrouter.ai/api/v1/audio/speech");
        sent.Header("Authorization").Should().Be("Bearer " + TestClients.ApiKey);
        sent.Header("Accept").Should().Be("audio/*");
        sent.ContentHeaders!.ContentType!.MediaType.Should().Be("application/json");
        sent.BodyText.Should().Be("""{"model":"mistralai/voxtral-mini-tts-2603","input":"Hello world","voice":"en_paul_neutral","response_format":"pcm","speed":1}""");
        speech.ContentType.Should().Be("audio/pcm");
        speech.GenerationId.Should().Be("gen-tts-1");
        copy.ToArray().Should().Equal(Audio);
    }

    [Fact]
    public async Task Voice_cloning_references_and_provider_options_are_sent_as_the_spec_shapes_them()
    {
        StubHandler handler = AudioHandler();
        using OpenRouterClient client = TestClients.Create(handler);

        using SpeechAudio speech = await client.Audio.CreateSpeechAsync(new SpeechRequest("m/tts", "Hi")
        {
            Voice = SpeechVoice.Alloy,
            ResponseFormat = SpeechFormat.Mp3,
            InputReferences = [SpeechReference.FromAudio("data:audio/wav;base64,UklGRuQXDABXQVZF", "wav"), SpeechReference.FromText("I used to rule the world.")],
            Provider = new ProviderPreferences { Options = new System.Text.Json.Nodes.JsonObject { ["openai"] = new System.Text.Json.Nodes.JsonObject { ["instructions"] = "calm" } } },
        }, Ct);

        JsonAssert.Equivalent("""
            {"model":"m/tts","input":"Hi","voice":"alloy","response_format":"mp3",
             "input_references":[{"type":"input_audio","input_audio":{"data":"data:audio/wav;base64,UklGRuQXDABXQVZF","format":"wav"}},
                                 {"type":"text","text":"I used to rule the world."}],
             "provider":{"options":{"openai":{"instructions":"calm"}}}}
            """, handler.Requests.Single().BodyText);
        SpeechReference.FromAudio(new byte[] { 1, 2, 3 }, null).InputAudio!.Data.Should().Be("AQID");
    }

    [Fact]
    public async Task The_audio_is_saved_to_a_file()
    {
        using OpenRouterClient client = TestClients.Create(AudioHandler());
        string path = Path.Combine(Path.GetTempPath(), "openrouter-speech-" + Guid.NewGuid().ToString("N") + ".mp3");
        try
        {
            using SpeechAudio speech = await client.Audio.CreateSpeechAsync(new SpeechRequest("m/tts", "Hi"), Ct);
            await speech.SaveAsync(path, Ct);

            (await File.ReadAllBytesAsync(path, Ct)).Should().Equal(Audio);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task An_error_status_becomes_the_sdk_exception_before_any_audio()
    {
        var handler = new StubHandler().Respond(HttpStatusCode.BadRequest, """{"error":{"code":400,"message":"Invalid request parameters"}}""");
        using OpenRouterClient client = TestClients.Create(handler);

        OpenRouterException e = (await client.Audio.Invoking(a => a.CreateSpeechAsync(new SpeechRequest("m/tts", "Hi"), Ct))
            .Should().ThrowAsync<OpenRouterException>()).Which;

        e.StatusCode.Should().Be(400);
        e.Message.Should().Contain("Invalid request parameters");
    }

    [Fact]
    public async Task A_200_with_an_error_object_instead_of_audio_is_that_error()
    {
        var handler = new StubHandler().Respond(HttpStatusCode.OK, """{"error":{"code":502,"message":"Provider returned error"}}""");
        using OpenRouterClient client = TestClients.Create(handler);

        (await client.Audio.Invoking(a => a.CreateSpeechAsync(new SpeechRequest("m/tts", "Hi"), Ct))
            .Should().ThrowAsync<OpenRouterException>()).Which.StatusCode.Should().Be(502);
    }

    [Fact]
    public async Task A_connection_dropped_mid_audio_is_a_connection_exception()
    {
        var handler = new StubHandler().Respond(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(new DroppingStream(Audio.Take(3000).ToArray())) });
        using OpenRouterClient client = TestClients.Create(handler);
        using SpeechAudio speech = await client.Audio.CreateSpeechAsync(new SpeechRequest("m/tts", "Hi"), Ct);

        await speech.Invoking(s => s.CopyToAsync(Stream.Null, Ct)).Should().ThrowAsync<OpenRouterConnectionException>();
    }

    [Fact]
    public async Task The_call_token_cancels_a_read_after_the_call_returned()
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        using OpenRouterClient client = TestClients.Create(AudioHandler());
        using SpeechAudio speech = await client.Audio.CreateSpeechAsync(new SpeechRequest("m/tts", "Hi"), cts.Token);
        var buffer = new byte[100];
        (await speech.Stream.ReadAsync(buffer, Ct)).Should().BePositive();

        await cts.CancelAsync();

        (await speech.Stream.Invoking(s => s.ReadAsync(buffer, Ct).AsTask()).Should().ThrowAsync<OperationCanceledException>())
            .Which.CancellationToken.Should().Be(cts.Token);
    }

    public static TheoryData<string, Func<SpeechRequest>> BadRequests { get; } = new()
    {
        { "needs a model", () => new SpeechRequest(" ", "Hi") },
        { "needs an input", () => new SpeechRequest("m/tts", "") },
        { "greater than 0", () => new SpeechRequest("m/tts", "Hi") { Speed = 0 } },
        { "Voice cannot be empty", () => new SpeechRequest("m/tts", "Hi") { Voice = "" } },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task A_bad_request_is_refused_before_any_request(string expected, Func<SpeechRequest> request)
    {
        StubHandler handler = AudioHandler();
        using OpenRouterClient client = TestClients.Create(handler);

        (await client.Audio.Invoking(a => a.CreateSpeechAsync(request(), Ct)).Should().ThrowAsync<ArgumentException>())
            .Which.Message.Should().Contain(expected);
        await client.Audio.Invoking(a => a.CreateSpeechAsync(null!, Ct)).Should().ThrowAsync<ArgumentNullException>();
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task A_fake_returns_audio_over_its_own_stream()
    {
        OpenRouterAudioClient fake = new FakeAudio();

        using SpeechAudio speech = await fake.CreateSpeechAsync(new SpeechRequest("m/tts", "Hi"), Ct);
        var copy = new MemoryStream();
        await speech.CopyToAsync(copy, Ct);

        copy.ToArray().Should().Equal(1, 2, 3);
        speech.ContentType.Should().Be("audio/mpeg");
    }

    private sealed class FakeAudio : OpenRouterAudioClient
    {
        public override Task<SpeechAudio> CreateSpeechAsync(SpeechRequest request, CancellationToken cancellationToken = default) =>
            Task.FromResult(new SpeechAudio(new MemoryStream([1, 2, 3]), "audio/mpeg", null));
    }

    /// <summary>Hands out its bytes, then fails as a reset connection does.</summary>
    private sealed class DroppingStream(byte[] data) : Stream
    {
        private int _position;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_position == data.Length)
            {
                throw new IOException("The connection was reset.");
            }

            int n = Math.Min(count, data.Length - _position);
            Array.Copy(data, _position, buffer, offset, n);
            _position += n;
            return n;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
