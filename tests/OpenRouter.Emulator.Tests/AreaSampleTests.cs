using FluentAssertions;
using OpenRouter.Samples.ImageToFile;
using OpenRouter.Samples.Rag;
using OpenRouter.Samples.ResponsesStreaming;
using OpenRouter.Samples.SpeechToFile;
using OpenRouter.Sdk;
using Xunit;

namespace OpenRouter.Emulator.Tests;

/// <summary>The samples of the area clients (Responses, images, speech, RAG), run against the emulator.</summary>
public sealed class AreaSampleTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Responses_streaming_sample_prints_the_text_as_it_arrives_and_the_usage()
    {
        await using var session = await EmulatorSession.StartAsync();
        var output = new StringWriter();

        OpenRouterResponse response = await ResponsesStreamingSample.RunAsync(session.Client, output, Ct);

        string[] lines = output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().Be("Explain what a streamed response is.", "the emulator echoes the input word by word");
        lines[1].Should().MatchRegex(@"^openai/gpt-4o-mini: \d+ output tokens, \$0\.\d+$");
        response.OutputText.Should().Be(lines[0], "the accumulator folds the same deltas that were printed");
    }

    [Fact]
    public async Task Image_sample_saves_the_decoded_image_to_the_file()
    {
        await using var session = await EmulatorSession.StartAsync();
        string path = Path.Combine(Path.GetTempPath(), $"openrouter-sample-{Guid.NewGuid():N}.png");
        var output = new StringWriter();
        try
        {
            long bytes = await ImageToFileSample.RunAsync(session.Client, path, output, Ct);

            byte[] saved = await File.ReadAllBytesAsync(path, Ct);
            saved.Length.Should().Be((int)bytes).And.BeGreaterThan(8);
            saved.Take(4).Should().Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], "the file holds the decoded PNG, not its base64 text");
            output.ToString().Should().StartWith($"Saved {path} ({bytes} bytes), $");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Speech_sample_writes_the_streamed_audio_to_the_file()
    {
        await using var session = await EmulatorSession.StartAsync();
        string path = Path.Combine(Path.GetTempPath(), $"openrouter-sample-{Guid.NewGuid():N}.mp3");
        var output = new StringWriter();
        try
        {
            long bytes = await SpeechToFileSample.RunAsync(session.Client, path, output, Ct);

            bytes.Should().BeGreaterThan(0);
            (await File.ReadAllBytesAsync(path, Ct)).Length.Should().Be((int)bytes);
            output.ToString().Should().Be($"Saved {path} ({bytes} bytes of audio){Environment.NewLine}");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Rag_sample_answers_with_the_closest_document_as_context()
    {
        await using var session = await EmulatorSession.StartAsync();
        var output = new StringWriter();

        string context = await RagSample.RunAsync(session.Client, "How long does a refund take?", output, Ct);

        string[] lines = output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().MatchRegex(@"^Context \(similarity -?\d\.\d{3}\): ").And.EndWith(context);
        lines[1].Should().Be("How long does a refund take?", "the emulator echoes the question; the context went in the system message");
        session.Emulator.State.Generations.Select(g => g.ApiType).Should().BeEquivalentTo(["embeddings", "embeddings", "completions"],
            "the documents and the question are embedded, then one chat call answers");
    }
}
