using System.Text;
using FluentAssertions;
using OpenRouter.Sdk.Tests.Infrastructure;
using Xunit;

namespace OpenRouter.Sdk.Tests.Streaming;

/// <summary>However the network splits the bytes, a recorded stream yields the same chunks.</summary>
public sealed class SseRechunkingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> ChatStreams { get; } = new(
        Fixture.All("*.sse").Where(n => int.Parse(n.AsSpan(0, 2), System.Globalization.CultureInfo.InvariantCulture) <= 19 && !n.StartsWith("14-", StringComparison.Ordinal)));

    /// <summary>The re-serialized chunks (or the error) a body yields when served by <paramref name="stream"/>.</summary>
    private static async Task<List<string>> ReadAsync(ScriptedStream stream)
    {
        var handler = ScriptedStream.Serve(new StubHandler(), stream);
        using var client = TestClients.Create(handler);
        var request = new ChatCompletionRequest { Model = "m", Messages = { new UserMessage("hi") } };
        var result = new List<string>();
        try
        {
            await foreach (ChatCompletionChunk chunk in client.StreamChatCompletionAsync(request, Ct))
            {
                result.Add(WireJson.Serialize(chunk));
            }
        }
        catch (OpenRouterStreamException e)
        {
            result.Add("error:" + e.ErrorCode + ":" + e.ReceivedReasoning);
        }

        return result;
    }

    private static List<int> RandomCuts(int length, int seed)
    {
        var random = new Random(seed);
        var cuts = new List<int>();
        int at = 0;
        while (at < length)
        {
            at += random.Next(1, 200);
            cuts.Add(at);
        }

        return cuts;
    }

    /// <summary>Offsets that fall between the bytes of one multi-byte UTF-8 character.</summary>
    private static List<int> InsideUtf8(byte[] body) =>
        Enumerable.Range(1, body.Length - 1).Where(i => (body[i] & 0xC0) == 0x80).ToList();

    private static byte[] ToCrLf(byte[] body) =>
        Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(body).Replace("\n", "\r\n", StringComparison.Ordinal));

    [Theory]
    [MemberData(nameof(ChatStreams))]
    [InlineData("14-chat-stream-midstream-error-minimax.sse")]
    public async Task One_byte_reads_random_splits_CRLF_and_split_characters_give_identical_chunks(string fixture)
    {
        byte[] body = Fixture.Bytes(fixture);
        List<string> whole = await ReadAsync(new ScriptedStream(body));
        whole.Should().HaveCountGreaterThan(1);

        (await ReadAsync(new ScriptedStream(body, Enumerable.Range(1, body.Length).ToList()))).Should().Equal(whole, "1-byte reads");

        foreach (int seed in new[] { 1, 7, 42 })
        {
            (await ReadAsync(new ScriptedStream(body, RandomCuts(body.Length, seed)))).Should().Equal(whole, $"random splits, seed {seed}");
        }

        (await ReadAsync(new ScriptedStream(ToCrLf(body)))).Should().Equal(whole, "CRLF line endings");
        (await ReadAsync(new ScriptedStream(ToCrLf(body), RandomCuts(body.Length, 3)))).Should().Equal(whole, "CRLF with random splits (some between CR and LF)");

        List<int> insideCharacters = InsideUtf8(body);
        if (insideCharacters.Count > 0)
        {
            (await ReadAsync(new ScriptedStream(body, insideCharacters))).Should().Equal(whole, "every read ends inside a UTF-8 character");
        }
    }

    [Fact]
    public async Task The_megabyte_image_event_survives_one_byte_reads()
    {
        byte[] body = Fixture.Bytes("19-chat-stream-image-generation-gemini.sse");
        List<string> whole = await ReadAsync(new ScriptedStream(body));

        var handler = new StubHandler().RespondStream(body, readSize: 1);
        using var client = TestClients.Create(handler);
        var request = new ChatCompletionRequest { Model = "m", Messages = { new UserMessage("hi") } };
        var trickled = new List<string>();
        await foreach (ChatCompletionChunk chunk in client.StreamChatCompletionAsync(request, Ct))
        {
            trickled.Add(WireJson.Serialize(chunk));
        }

        trickled.Should().Equal(whole);
        trickled[0].Length.Should().BeGreaterThan(1_800_000);
    }

    [Fact]
    public async Task Fixtures_with_non_ascii_text_really_are_split_inside_characters()
    {
        // Guards the test above: 06 ends a read in the middle of "á" and of the emoji.
        byte[] body = Fixture.Bytes("06-chat-stream-gpt-5.4-nano-usage-chunk.sse");
        InsideUtf8(body).Should().HaveCountGreaterThanOrEqualTo(4);
        List<string> split = await ReadAsync(new ScriptedStream(body, InsideUtf8(body)));
        split.Should().Contain(s => s.Contains("Ol\\u00E1", StringComparison.Ordinal) || s.Contains("Olá", StringComparison.Ordinal));
    }
}
