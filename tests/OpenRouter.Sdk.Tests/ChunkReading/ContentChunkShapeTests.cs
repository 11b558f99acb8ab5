using System.Text;
using System.Text.Json;
using FluentAssertions;
using OpenRouter.Sdk.Serialization;
using Xunit;

namespace OpenRouter.Sdk.Tests.ChunkReading;

/// <summary>
/// A chunk that repeats its predecessor's bytes except for its content string is read from that string alone; it
/// must read exactly what the source-generated deserializer reads, and nothing beside the text may ever be taken over
/// when it is not the same bytes.
/// </summary>
public sealed class ContentChunkShapeTests
{
    private const string Envelope = """{"id":"gen-1","object":"chat.completion.chunk","created":7,"model":"m","provider":"p","choices":""";

    private static string Content(string text) =>
        Envelope + """[{"index":0,"delta":{"content":""" + text + ""","role":"assistant"},"finish_reason":null,"native_finish_reason":null}]}""";

    [Fact]
    public void A_chunk_that_only_changes_its_text_is_read_from_the_text_alone()
    {
        var envelope = new ChunkEnvelope();
        ReadAll(envelope, Content("\"\""), Content("\"Ol\""));
        envelope.Shape.IsKnown.Should().BeTrue("the second chunk repeated the first one's envelope and has the plain content shape");

        byte[] next = Encoding.UTF8.GetBytes(Content("\"\\u00e1 \\\"mundo\\\"\\n 😊\""));
        var chunk = new ChatCompletionChunk();
        bool fast = envelope.Shape.TryRead(next.AsSpan(envelope.Length), chunk);

        fast.Should().BeTrue();
        ChatCompletionChunkChoice choice = chunk.Choices.Should().ContainSingle().Subject;
        choice.Index.Should().Be(0);
        choice.FinishReason.Should().BeNull();
        choice.NativeFinishReason.Should().BeNull();
        choice.Delta!.Role.Should().Be(MessageRole.Assistant);
        choice.Delta.Content.Should().Be("á \"mundo\"\n 😊");
        Json(ChatCompletionChunkReader.Read(next, envelope)).Should().Be(Json(Deserialized(next)));
    }

    [Fact]
    public void The_members_beside_the_text_are_taken_over_as_they_were_read()
    {
        string Finish(string text) => Envelope + """[{"index":2,"delta":{"role":"assistant","content":""" + text + """},"finish_reason":"length","native_finish_reason":"max_tokens"}]}""";
        var envelope = new ChunkEnvelope();
        ReadAll(envelope, Finish("\"a\""), Finish("\"b\""));

        ChatCompletionChunk chunk = ChatCompletionChunkReader.Read(Encoding.UTF8.GetBytes(Finish("\"c\"")), envelope);

        envelope.Shape.IsKnown.Should().BeTrue();
        chunk.Id.Should().Be("gen-1");
        chunk.Provider.Should().Be("p");
        ChatCompletionChunkChoice choice = chunk.Choices.Should().ContainSingle().Subject;
        choice.Index.Should().Be(2);
        choice.FinishReason.Should().Be(FinishReason.Length);
        choice.NativeFinishReason.Should().Be(new FinishReason("max_tokens"));
        choice.Delta!.Content.Should().Be("c");
        choice.Delta.Role.Should().Be(MessageRole.Assistant);
    }

    [Fact]
    public void The_recorded_shape_with_a_null_logprobs_is_read_from_the_text_alone()
    {
        // Fixtures 04, 05, 12 and 16: every choice of a content chunk carries "logprobs":null.
        string Recorded(string text) => Envelope + """[{"index":0,"delta":{"role":"assistant","content":""" + text + ""","reasoning":null,"reasoning_details":[]},"finish_reason":null,"native_finish_reason":null,"logprobs":null}]}""";
        string Plain(string text) => Envelope + """[{"index":0,"delta":{"role":"assistant","content":""" + text + """},"finish_reason":null,"native_finish_reason":null,"logprobs":null}]}""";
        var envelope = new ChunkEnvelope();
        ReadAll(envelope, Plain("\"a\""), Plain("\"b\""));
        envelope.Shape.IsKnown.Should().BeTrue("a null logprobs is what the shortcut takes over");

        byte[] next = Encoding.UTF8.GetBytes(Plain("\"c\""));
        var chunk = new ChatCompletionChunk();
        envelope.Shape.TryRead(next.AsSpan(envelope.Length), chunk).Should().BeTrue();
        ChatCompletionChunkChoice choice = chunk.Choices.Should().ContainSingle().Subject;
        choice.Delta!.Content.Should().Be("c");
        choice.Logprobs.Should().BeNull();
        Json(ChatCompletionChunkReader.Read(next, envelope)).Should().Be(Json(Deserialized(next)));

        // The reasoning shape (a null reasoning, an empty reasoning_details) is not the plain shape: read in full,
        // and read exactly as the deserializer reads it.
        var other = new ChunkEnvelope();
        foreach (string text in new[] { "\"a\"", "\"b\"", "\"c\"" })
        {
            byte[] data = Encoding.UTF8.GetBytes(Recorded(text));
            Json(ChatCompletionChunkReader.Read(data, other)).Should().Be(Json(Deserialized(data)));
        }
    }

    [Theory]
    [InlineData("\"logprobs\":null,\"logprobs\":{\"content\":[]}")]
    [InlineData("\"logprobs\":{\"content\":[]},\"logprobs\":null")]
    [InlineData("\"logprobs\":{\"content\":[{\"token\":\"a\",\"logprob\":-0.1,\"top_logprobs\":[]}]}")]
    public void A_logprobs_value_keeps_the_chunk_off_the_shortcut_and_reads_as_the_deserializer_reads_it(string members)
    {
        string Event(string text) => Envelope + "[{\"index\":0,\"delta\":{\"content\":" + text + "},\"finish_reason\":null," + members + "}]}";
        var envelope = new ChunkEnvelope();
        foreach (string text in new[] { "\"a\"", "\"b\"", "\"c\"" })
        {
            byte[] data = Encoding.UTF8.GetBytes(Event(text));
            Json(ChatCompletionChunkReader.Read(data, envelope)).Should().Be(Json(Deserialized(data)), members);
        }

        // Only the last member of a repeated one counts, as for the deserializer; a value anywhere keeps the shape unknown.
        envelope.Shape.IsKnown.Should().BeFalse();
    }

    public static TheoryData<string, string> MembersBesideTheText() => new()
    {
        // where, the members (written before the content string and, in a second case, after it)
        { "delta", "\"reasoning\":\"r\"" },
        { "delta", "\"refusal\":\"no\"" },
        { "delta", "\"reasoning_details\":[{\"type\":\"reasoning.text\",\"text\":\"t\",\"index\":0}]" },
        { "delta", "\"tool_calls\":[{\"index\":0,\"id\":\"call_1\",\"type\":\"function\",\"function\":{\"name\":\"f\",\"arguments\":\"{}\"}}]" },
        { "delta", "\"annotations\":[]" },
        { "delta", "\"images\":[]" },
        { "delta", "\"audio\":{\"id\":\"a\"}" },
        { "delta", "\"debug\":{\"x\":1}" },
        { "delta", "\"content\":\"first\"" },
        { "choice", "\"logprobs\":{\"content\":[]}" },
        { "choice", "\"error\":{\"code\":500,\"message\":\"m\"}" },
        { "choice", "\"debug\":true" },
        { "chunk", "\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":2,\"total_tokens\":3}" },
        { "chunk", "\"error\":{\"code\":502,\"message\":\"m\"}" },
        { "chunk", "\"id\":\"gen-2\"" },
        { "chunk", "\"debug\":[1]" },
        { "choices", "{\"index\":1,\"delta\":{\"content\":\"x\"}}" },
    };

    [Theory]
    [MemberData(nameof(MembersBesideTheText))]
    public void Chunks_with_anything_beside_the_text_are_read_in_full_every_time(string where, string members)
    {
        foreach (bool before in new[] { true, false })
        {
            string Event(string text) => where switch
            {
                "delta" => Envelope + "[{\"index\":0,\"delta\":{" + (before ? members + ",\"content\":" + text : "\"content\":" + text + "," + members) + "},\"finish_reason\":null}]}",
                "choice" => Envelope + "[{" + (before ? members + "," : "") + "\"index\":0,\"delta\":{\"content\":" + text + "}" + (before ? "" : "," + members) + "}]}",
                "chunk" => Envelope + "[{\"index\":0,\"delta\":{\"content\":" + text + "}}]," + members + "}",
                _ => Envelope + (before ? "[" + members + "," : "[") + "{\"index\":0,\"delta\":{\"content\":" + text + "}}" + (before ? "" : "," + members) + "]}",
            };
            var envelope = new ChunkEnvelope();

            foreach (string text in new[] { "\"a\"", "\"b\"", "\"c\"", "\"d\"" })
            {
                byte[] data = Encoding.UTF8.GetBytes(Event(text));
                Json(ChatCompletionChunkReader.Read(data, envelope)).Should().Be(Json(Deserialized(data)), "{0} {1} the text {2}", members, before ? "before" : "after", text);
                envelope.Shape.IsKnown.Should().BeFalse();
            }
        }
    }

    [Theory]
    [InlineData("\"a\",\"refusal\":\"no\"")]
    [InlineData("\"a\",\"content\":\"b\"")]
    [InlineData("null")]
    [InlineData("\"a\" ")]
    [InlineData(" \"a\"")]
    [InlineData("\"\"")]
    [InlineData("\"\\ud83d\\ude0a\"")]
    public void Any_text_between_the_remembered_bytes_reads_as_the_deserializer_reads_it(string text)
    {
        var envelope = new ChunkEnvelope();
        ReadAll(envelope, Content("\"a\""), Content("\"b\""));
        byte[] data = Encoding.UTF8.GetBytes(Content(text));

        ChatCompletionChunk chunk = ChatCompletionChunkReader.Read(data, envelope);

        Json(chunk).Should().Be(Json(Deserialized(data)));
    }

    [Theory]
    [InlineData("123")]
    [InlineData("\"a")]
    [InlineData("\"a\"\"b\"")]
    [InlineData("\"a\\x\"")]
    [InlineData("{}")]
    public void Text_between_the_remembered_bytes_that_is_not_valid_is_still_a_JsonException(string text)
    {
        var envelope = new ChunkEnvelope();
        ReadAll(envelope, Content("\"a\""), Content("\"b\""));

        Action read = () => ChatCompletionChunkReader.Read(Encoding.UTF8.GetBytes(Content(text)), envelope);

        read.Should().Throw<JsonException>();
    }

    [Fact]
    public void Text_that_is_not_UTF_8_is_a_JsonException_whichever_way_the_chunk_is_read()
    {
        byte[] Invalid(ChunkEnvelope? envelope)
        {
            byte[] data = Encoding.UTF8.GetBytes(Content("\"ZZ\""));
            int at = Encoding.UTF8.GetString(data).IndexOf("ZZ", StringComparison.Ordinal);
            data[at] = 0xC3;
            data[at + 1] = 0x28;
            return data;
        }

        var envelope = new ChunkEnvelope();
        ReadAll(envelope, Content("\"a\""), Content("\"b\""));

        Action shaped = () => ChatCompletionChunkReader.Read(Invalid(envelope), envelope);
        Action full = () => ChatCompletionChunkReader.Read(Invalid(null));

        shaped.Should().Throw<JsonException>();
        full.Should().Throw<JsonException>();
    }

    [Theory]
    [InlineData("model")]
    [InlineData("role")]
    [InlineData("content")]
    [InlineData("finish_reason")]
    public void Any_string_that_is_not_UTF_8_is_a_JsonException_as_for_the_deserializer(string member)
    {
        string json = """{"id":"gen-1","model":"m","choices":[{"index":0,"delta":{"role":"assistant","content":"c"},"finish_reason":"stop"}]}""";
        byte[] data = Encoding.UTF8.GetBytes(json);
        int at = json.IndexOf("\"" + member + "\":\"", StringComparison.Ordinal) + member.Length + 4;
        data[at] = 0xFF;

        Action deserializer = () => JsonSerializer.Deserialize(data, OpenRouterJsonContext.Default.ChatCompletionChunk);
        Action reader = () => ChatCompletionChunkReader.Read(data);

        deserializer.Should().Throw<JsonException>();
        reader.Should().Throw<JsonException>();
    }

    [Fact]
    public void A_different_tail_is_read_in_full_and_becomes_the_remembered_shape()
    {
        string Stop(string text) => Envelope + """[{"index":0,"delta":{"content":""" + text + ""","role":"assistant"},"finish_reason":"stop","native_finish_reason":null}]}""";
        var envelope = new ChunkEnvelope();
        ReadAll(envelope, Content("\"a\""), Content("\"b\""));

        ChatCompletionChunk stop = ChatCompletionChunkReader.Read(Encoding.UTF8.GetBytes(Stop("\"\"")), envelope);
        ChatCompletionChunk again = ChatCompletionChunkReader.Read(Encoding.UTF8.GetBytes(Content("\"c\"")), envelope);

        stop.Choices[0].FinishReason.Should().Be(FinishReason.Stop);
        again.Choices[0].FinishReason.Should().BeNull();
        again.Choices[0].Delta!.Content.Should().Be("c");
    }

    [Fact]
    public void A_shape_longer_than_the_limit_is_not_remembered_and_reads_in_full()
    {
        string padding = new(' ', 600);
        string Padded(string text) => Envelope + """[{"index":0,"delta":{"content":""" + text + "}" + padding + "}]}";
        var envelope = new ChunkEnvelope();

        ReadAll(envelope, Padded("\"a\""), Padded("\"b\""), Padded("\"c\""));

        envelope.Shape.IsKnown.Should().BeFalse();
    }

    private static void ReadAll(ChunkEnvelope envelope, params string[] events)
    {
        foreach (string e in events)
        {
            byte[] data = Encoding.UTF8.GetBytes(e);
            Json(ChatCompletionChunkReader.Read(data, envelope)).Should().Be(Json(Deserialized(data)));
        }
    }

    private static ChatCompletionChunk Deserialized(byte[] data) => JsonSerializer.Deserialize(data, OpenRouterJsonContext.Default.ChatCompletionChunk)!;

    private static string Json(ChatCompletionChunk chunk) => JsonSerializer.Serialize(chunk, OpenRouterJsonContext.Default.ChatCompletionChunk);
}
