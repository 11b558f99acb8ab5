using System.Net;
using System.Net.Http.Headers;
using FluentAssertions;
using OpenRouter.Sdk.Tests.Infrastructure;
using Xunit;

namespace OpenRouter.Sdk.Tests.ChunkReading;

/// <summary>Retained memory is measured process-wide, so nothing else may run beside these tests.</summary>
[CollectionDefinition(nameof(MemoryMeasurement), DisableParallelization = true)]
public sealed class MemoryMeasurement
{
}

[Collection(nameof(MemoryMeasurement))]
public sealed class StreamMemoryTests
{
    private const int Chunks = 100_000;

    // Eight characters per chunk: 90,000 more chunks are 1.4 MB of UTF-16 text if anything keeps it.
    private const string Token = " palavra";

    [Fact]
    public async Task Memory_stays_flat_over_a_100000_chunk_stream()
    {
        var handler = new StubHandler().Respond(_ => Streaming(new GeneratedSseStream(Chunks, Token)));
        using var client = TestClients.Create(handler);
        var request = new ChatCompletionRequest { Model = "openai/gpt-5.4-nano", Messages = { new UserMessage("hi") } };

        long at10k = 0, at100k = 0;
        int seen = 0;
        await foreach (ChatCompletionChunk chunk in client.StreamChatCompletionAsync(request, TestContext.Current.CancellationToken))
        {
            seen++;
            if (seen == 10_000)
            {
                at10k = RetainedBytes();
            }
            else if (seen == Chunks)
            {
                at100k = RetainedBytes();
            }
        }

        seen.Should().Be(Chunks + 1, "every content chunk and the finish chunk are yielded");
        long growth = at100k - at10k;
        growth.Should().BeLessThan(256 * 1024,
            $"90,000 more chunks ({90_000 * Token.Length * 2 / 1024} KB of text) must not be retained; 10k: {at10k / 1024} KB, 100k: {at100k / 1024} KB");
    }

    [Fact]
    public async Task A_stream_that_breaks_after_a_long_answer_reports_its_beginning()
    {
        // No [DONE] and no finish reason: the stream ends early after 20,000 chunks.
        var body = new MemoryStream();
        await new GeneratedSseStream(20_000, Token).CopyToAsync(body, TestContext.Current.CancellationToken);
        byte[] bytes = body.ToArray();
        int cut = System.Text.Encoding.UTF8.GetString(bytes).LastIndexOf("data: {\"id\"", StringComparison.Ordinal);
        var handler = new StubHandler().RespondStream(bytes[..cut]);
        using var client = TestClients.Create(handler);
        var request = new ChatCompletionRequest { Model = "openai/gpt-5.4-nano", Messages = { new UserMessage("hi") } };

        Func<Task> read = async () =>
        {
            await foreach (ChatCompletionChunk _ in client.StreamChatCompletionAsync(request, TestContext.Current.CancellationToken))
            {
            }
        };

        OpenRouterStreamException e = (await read.Should().ThrowAsync<OpenRouterStreamException>()).Which;
        e.ChunksReceived.Should().Be(20_000);
        e.ReceivedContent.Should().HaveLength(65_536).And.StartWith(Token + Token);
    }

    private static HttpResponseMessage Streaming(Stream body)
    {
        var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(body) };
        response.Content.Headers.ContentType = new MediaTypeHeaderValue("text/event-stream");
        return response;
    }

    private static long RetainedBytes()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
