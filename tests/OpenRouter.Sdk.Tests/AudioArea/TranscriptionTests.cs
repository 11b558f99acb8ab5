using System.Net;
using FluentAssertions;
using OpenRouter.Sdk.Tests.Infrastructure;
using Xunit;

namespace OpenRouter.Sdk.Tests.AudioArea;

public sealed class TranscriptionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // The spec's example answer of POST /audio/transcriptions.
    private const string Answer = """
        {"text":"Hello, this is a test of OpenAI speech-to-text transcription.",
         "usage":{"cost":0.000508,"input_tokens":83,"output_tokens":30,"seconds":9.2,"total_tokens":113}}
        """;

    // A verbose_json answer built from the spec's STTSegment and STTWord examples.
    private const string VerboseAnswer = """
        {"text":"Hello there.","task":"transcribe","language":"english","duration":3.2,
         "segments":[{"avg_logprob":-0.28,"compression_ratio":1.13,"end":3.2,"id":0,"no_speech_prob":0.01,"seek":0,"speaker":0,"start":0,"temperature":0,"text":"Hello there.","tokens":[50364,2425,456]}],
         "words":[{"end":0.4,"speaker":0,"start":0,"word":"Hello"}]}
        """;

    [Fact]
    public async Task Transcribe_posts_base64_audio_as_json_and_reads_the_spec_example()
    {
        var handler = new StubHandler().Respond(HttpStatusCode.OK, Answer);
        using OpenRouterClient client = TestClients.Create(handler);

        Transcription transcription = await client.Audio.TranscribeAsync(
            new TranscriptionRequest("openai/whisper-large-v3", TranscriptionAudio.FromBytes("RIFF$\0"u8.ToArray(), "wav")) { Language = "en" }, Ct);

        RecordedRequest sent = handler.Requests.Single();
        sent.Method.Should().Be(HttpMethod.Post);
        sent.Uri.AbsoluteUri.Should().Be("https://openrouter.ai/api/v1/audio/transcriptions");
        sent.Header("Authorization").Should().Be("Bearer " + TestClients.ApiKey);
        sent.ContentHeaders!.ContentType!.MediaType.Should().Be("application/json");
        sent.BodyText.Should().Be("""{"model":"openai/whisper-large-v3","input_audio":{"data":"UklGRiQA","format":"wav"},"language":"en"}""");
        transcription.Text.Should().Be("Hello, this is a test of OpenAI speech-to-text transcription.");
        transcription.Usage!.Cost.Should().Be(0.000508m);
        transcription.Usage.InputTokens.Should().Be(83);
        transcription.Usage.OutputTokens.Should().Be(30);
        transcription.Usage.TotalTokens.Should().Be(113);
        transcription.Usage.Seconds.Should().Be(9.2);
        transcription.Segments.Should().BeNull();
    }

    [Fact]
    public async Task Verbose_options_are_sent_and_the_timestamps_read()
    {
        var handler = new StubHandler().Respond(HttpStatusCode.OK, VerboseAnswer);
        using OpenRouterClient client = TestClients.Create(handler);

        Transcription t = await client.Audio.TranscribeAsync(new TranscriptionRequest
        {
            Model = "openai/whisper-1",
            InputAudio = new TranscriptionAudio { Data = "UklGRiQA", Format = "wav" },
            ResponseFormat = TranscriptionFormat.VerboseJson,
            TimestampGranularities = [TranscriptionTimestampGranularity.Word, TranscriptionTimestampGranularity.Segment],
            Temperature = 0,
            Provider = new ProviderPreferences { Options = new System.Text.Json.Nodes.JsonObject { ["openai"] = new System.Text.Json.Nodes.JsonObject { ["prompt"] = "names" } } },
        }, Ct);

        JsonAssert.Equivalent("""
            {"model":"openai/whisper-1","input_audio":{"data":"UklGRiQA","format":"wav"},"response_format":"verbose_json",
             "temperature":0,"timestamp_granularities":["word","segment"],"provider":{"options":{"openai":{"prompt":"names"}}}}
            """, handler.Requests.Single().BodyText);
        t.Task.Should().Be("transcribe");
        t.Language.Should().Be("english");
        t.Duration.Should().Be(3.2);
        TranscriptionSegment s = t.Segments.Should().ContainSingle().Subject;
        (s.Id, s.Start, s.End, s.Text, s.Speaker, s.Seek).Should().Be((0, 0d, 3.2, "Hello there.", (int?)0, (int?)0));
        (s.AverageLogprob, s.CompressionRatio, s.NoSpeechProbability, s.Temperature).Should().Be((-0.28, 1.13, 0.01, 0d));
        s.Tokens.Should().Equal(50364, 2425, 456);
        TranscriptionWord w = t.Words.Should().ContainSingle().Subject;
        (w.Word, w.Start, w.End, w.Speaker).Should().Be(("Hello", 0d, 0.4, (int?)0));
    }

    [Fact]
    public async Task The_cost_is_recorded_in_the_budget()
    {
        var handler = new StubHandler().Respond(HttpStatusCode.OK, Answer);
        using OpenRouterClient client = TestClients.Create(handler, o => o.Budget = new OpenRouterBudget { Limit = 1m });

        await client.Audio.TranscribeAsync(new TranscriptionRequest("m/stt", TranscriptionAudio.FromBytes(new byte[] { 1 }, "wav")), Ct);

        client.Budget!.Spent.Should().Be(0.000508m);
    }

    public static TheoryData<string, Func<TranscriptionRequest>> BadRequests { get; } = new()
    {
        { "needs a model", () => new TranscriptionRequest("", TranscriptionAudio.FromBytes(new byte[] { 1 }, "wav")) },
        { "needs audio", () => new TranscriptionRequest { Model = "m/stt" } },
        { "needs audio", () => new TranscriptionRequest("m/stt", new TranscriptionAudio { Data = "", Format = "wav" }) },
        { "format", () => new TranscriptionRequest("m/stt", new TranscriptionAudio { Data = "AQ==", Format = " " }) },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task A_bad_request_is_refused_before_any_request(string expected, Func<TranscriptionRequest> request)
    {
        var handler = new StubHandler().Respond(HttpStatusCode.OK, Answer);
        using OpenRouterClient client = TestClients.Create(handler);

        (await client.Audio.Invoking(a => a.TranscribeAsync(request(), Ct)).Should().ThrowAsync<ArgumentException>())
            .Which.Message.Should().Contain(expected);
        await client.Audio.Invoking(a => a.TranscribeAsync(null!, Ct)).Should().ThrowAsync<ArgumentNullException>();
        handler.Requests.Should().BeEmpty();
    }
}
