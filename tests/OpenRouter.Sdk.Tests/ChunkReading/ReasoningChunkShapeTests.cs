using System.Text;
using System.Text.Json;
using FluentAssertions;
using OpenRouter.Sdk.Serialization;
using Xunit;

namespace OpenRouter.Sdk.Tests.ChunkReading;

/// <summary>
/// A reasoning chunk that repeats its predecessor's bytes except for its two copies of the reasoning (the delta's
/// <c>reasoning</c> and its one reasoning detail's <c>text</c> or <c>summary</c>) is read from those two strings
/// alone; it must read exactly what the source-generated deserializer reads, and nothing beside them may ever be taken
/// over when it is not the same bytes.
/// </summary>
public sealed class ReasoningChunkShapeTests
{
    private const string Envelope = """{"id":"gen-1","provider":"Google","model":"anthropic/claude-sonnet-4.5","object":"chat.completion.chunk","created":7,"choices":""";

    // Fixture 16's shape.
    private static string Thinking(string reasoning, string text) =>
        Envelope + """[{"index":0,"delta":{"role":"assistant","content":"","reasoning":""" + reasoning + ""","reasoning_details":[{"type":"reasoning.text","text":""" + text
        + ""","format":"anthropic-claude-v1","index":0}]},"finish_reason":null,"native_finish_reason":null,"logprobs":null}]}""";

    // Fixture 08's shape.
    private static string Summary(string reasoning, string summary) =>
        Envelope + """[{"index":0,"delta":{"content":"","role":"assistant","reasoning":""" + reasoning + ""","reasoning_details":[{"type":"reasoning.summary","summary":""" + summary
        + ""","format":"xai-responses-v1","index":0}]},"finish_reason":null,"native_finish_reason":null}]}""";

    [Fact]
    public void A_reasoning_chunk_that_only_changes_its_reasoning_is_read_from_the_two_strings_alone()
    {
        var envelope = new ChunkEnvelope();
        ReadAll(envelope, Thinking("\"This\"", "\"This\""), Thinking("\" is\"", "\" is\""));
        envelope.Shape.IsKnown.Should().BeTrue("the second chunk repeated the first one's envelope and has the reasoning shape");

        byte[] next = Encoding.UTF8.GetBytes(Thinking("\" caf\\u00e9 \\\"2\\\"\"", "\" caf\\u00e9 \\\"2\\\"\""));
        var chunk = new ChatCompletionChunk();
        bool fast = envelope.Shape.TryRead(next.AsSpan(envelope.Length), chunk);

        fast.Should().BeTrue();
        ChatCompletionChunkChoice choice = chunk.Choices.Should().ContainSingle().Subject;
        choice.Index.Should().Be(0);
        choice.FinishReason.Should().BeNull();
        choice.Delta!.Role.Should().Be(MessageRole.Assistant);
        choice.Delta.Content.Should().BeEmpty();
        choice.Delta.Reasoning.Should().Be(" café \"2\"");
        ReasoningDetail detail = choice.Delta.ReasoningDetails.Should().ContainSingle().Subject;
        detail.Type.Should().Be(ReasoningDetailType.Text);
        detail.Format.Should().Be("anthropic-claude-v1");
        detail.Index.Should().Be(0);
        detail.Text.Should().BeSameAs(choice.Delta.Reasoning);
        detail.Summary.Should().BeNull();
        Json(ChatCompletionChunkReader.Read(next, envelope)).Should().Be(Json(Deserialized(next)));
    }

    [Fact]
    public void A_summary_chunk_is_read_from_the_two_strings_alone()
    {
        var envelope = new ChunkEnvelope();
        ReadAll(envelope, Summary("\"The\"", "\"The\""), Summary("\" user\"", "\" user\""));
        envelope.Shape.IsKnown.Should().BeTrue();

        byte[] next = Encoding.UTF8.GetBytes(Summary("\" says\"", "\" said\""));
        var chunk = new ChatCompletionChunk();
        envelope.Shape.TryRead(next.AsSpan(envelope.Length), chunk).Should().BeTrue();

        ChatCompletionDelta delta = chunk.Choices.Single().Delta!;
        delta.Reasoning.Should().Be(" says");
        delta.ReasoningDetails!.Single().Summary.Should().Be(" said");
        delta.ReasoningDetails!.Single().Text.Should().BeNull();
        delta.ReasoningDetails!.Single().Type.Should().Be(ReasoningDetailType.Summary);
        Json(ChatCompletionChunkReader.Read(next, envelope)).Should().Be(Json(Deserialized(next)));
    }

    [Fact]
    public void The_reasoning_detail_taken_over_is_a_copy_the_caller_may_change()
    {
        var envelope = new ChunkEnvelope();
        ReadAll(envelope, Thinking("\"a\"", "\"a\""));
        ChatCompletionChunk remembered = ChatCompletionChunkReader.Read(Encoding.UTF8.GetBytes(Thinking("\"b\"", "\"b\"")), envelope);
        envelope.Shape.IsKnown.Should().BeTrue();
        remembered.Choices[0].Delta!.ReasoningDetails![0].Format = "changed";
        remembered.Choices[0].Delta!.Role = MessageRole.User;

        ChatCompletionChunk next = ChatCompletionChunkReader.Read(Encoding.UTF8.GetBytes(Thinking("\"c\"", "\"c\"")), envelope);

        next.Choices[0].Delta!.ReasoningDetails![0].Format.Should().Be("anthropic-claude-v1");
        next.Choices[0].Delta!.ReasoningDetails![0].Should().NotBeSameAs(remembered.Choices[0].Delta!.ReasoningDetails![0]);
        next.Choices[0].Delta!.Role.Should().Be(MessageRole.Assistant);
    }

    public static TheoryData<string> NotTheShape() => new()
    {
        // A delta with anything beside content, one reasoning and one detail with one text.
        """{"role":"assistant","content":"","reasoning":R,"reasoning_details":[{"type":"reasoning.text","text":T,"index":0},{"type":"reasoning.text","text":"x"}]}""",
        """{"role":"assistant","content":"","reasoning":R,"reasoning_details":[{"type":"reasoning.text","text":T,"extra":1}]}""",
        """{"role":"assistant","content":"","reasoning":R,"reasoning_details":[{"type":"reasoning.text","text":T,"summary":"s"}]}""",
        """{"role":"assistant","content":"","reasoning":R,"reasoning_details":[{"type":"reasoning.text","text":T,"text":null}]}""",
        """{"role":"assistant","content":"","reasoning":R,"reasoning_details":[{"type":"reasoning.text","text":T}],"reasoning_details":[]}""",
        """{"role":"assistant","content":"","reasoning":R,"reasoning_details":[null,{"type":"reasoning.text","text":T}]}""",
        """{"role":"assistant","content":"","reasoning":R,"reasoning_details":[{"type":"reasoning.text","text":T}],"reasoning":null}""",
        """{"role":"assistant","content":"","reasoning":R,"reasoning":"r","reasoning_details":[{"type":"reasoning.text","text":T}]}""",
        """{"role":"assistant","content":"","reasoning_details":[{"type":"reasoning.text","text":T}],"reasoning":R}""",
        """{"role":"assistant","content":null,"reasoning":R,"reasoning_details":[{"type":"reasoning.text","text":T}]}""",
        """{"role":"assistant","content":"","reasoning":R,"reasoning_details":[{"type":"reasoning.text","text":T}],"tool_calls":[{"index":0}]}""",
        """{"role":"assistant","content":"","reasoning":R,"reasoning_details":[{"type":"reasoning.text","text":T}],"refusal":"no"}""",
        """{"role":"assistant","content":"","reasoning":R,"reasoning_details":[{"type":"reasoning.text","text":T,"arguments":{}}]}""",
        """{"role":"assistant","content":"","reasoning":R,"reasoning_details":[{"type":null,"text":T}]}""",
        """{"role":"assistant","content":"","reasoning":R,"reasoning_details":[{"t\u0079pe":"reasoning.text","text":T}]}""",
        """{"role":"assistant","content":"","reasoning":R,"reasoning_details":[{"type":"reasoning.text","text":T}],"extra":1}""",
    };

    [Theory]
    [MemberData(nameof(NotTheShape))]
    public void Reasoning_chunks_with_anything_else_are_read_in_full_every_time(string delta)
    {
        string Event(string reasoning, string text) =>
            Envelope + """[{"index":0,"delta":""" + delta.Replace("R", reasoning, StringComparison.Ordinal).Replace("T", text, StringComparison.Ordinal) + ""","finish_reason":null}]}""";
        var envelope = new ChunkEnvelope();

        foreach (string text in new[] { "\"a\"", "\"b\"", "\"c\"", "\"d\"" })
        {
            ReadAll(envelope, Event(text, text));
            envelope.Shape.IsKnown.Should().BeFalse(delta);
        }
    }

    [Fact]
    public void A_reasoning_detail_left_to_the_generated_metadata_keeps_the_chunk_off_the_shortcut()
    {
        var envelope = new ChunkEnvelope();

        ReadAll(envelope, Thinking("\"a\"", "\"a\",\"extra\":1"), Thinking("\"b\"", "\"b\",\"extra\":1"));
        envelope.Shape.IsKnown.Should().BeFalse("an entry with a member not modelled is read by the generated metadata");

        ReadAll(envelope, Thinking("\"c\"", "\"c\""));
        envelope.Shape.IsKnown.Should().BeTrue("the last chunk has the shape");
    }

    public static TheoryData<string, string> Texts() => new()
    {
        { "\"x\"", "\"x\"" },
        { "\"x\"", "\"y\"" },
        { "\"\"", "\"\"" },
        { "\"\\u00e9\\n\\\"\\\\\\/\"", "\"\\u00e9\\n\\\"\\\\\\/\"" },
        { "\"\\ud83d\"", "\"\\ud83d\"" },
        { "\"\\ude00\"", "\"x\\ude00\"" },
        { "\"😀\"", "\"😀\"" },
        { " \"x\"", "\"x\" " },
        { "\"x\"", "null" },
        { "null", "\"x\"" },
        { "1", "\"x\"" },
        { "\"x\"", "1" },
        { "{}", "\"x\"" },
        { "\"x\"", "[]" },
        { "\"a\",\"reasoning\":\"b\"", "\"x\"" },
        { "\"x\"", "\"a\",\"text\":\"b\"" },
        { "\"x\"", "\"a\",\"format\":\"f\"" },
        { "\"x\",\"reasoning_details\":[{\"type\":\"reasoning.text\",\"text\":\"y\",\"format\":\"anthropic-claude-v1\",\"index\":0}]}", "\"x\"" },
        { "\"a\"", "\"b\",\"format\":\"anthropic-claude-v1\",\"index\":0}]},\"finish_reason\":null,\"native_finish_reason\":null,\"logprobs\":null}]}" },
        { "\"x", "\"x\"" },
        { "\"x\"", "\"x" },
        { "\"\\x\"", "\"x\"" },
        { "\"x\"", "\"\\u12\"" },
        { "\"\t\"", "\"x\"" },
        { "\"x\"", "\"a\nb\"" },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Any_text_between_the_remembered_bytes_reads_as_the_deserializer_reads_it_or_fails_as_it_fails(string reasoning, string text)
    {
        foreach (Func<string, string, string> shape in new Func<string, string, string>[] { Thinking, Summary })
        {
            var envelope = new ChunkEnvelope();
            ReadAll(envelope, shape("\"a\"", "\"a\""), shape("\"b\"", "\"b\""));
            envelope.Shape.IsKnown.Should().BeTrue();
            byte[] data = Encoding.UTF8.GetBytes(shape(reasoning, text));

            Exception? expectedError = Record.Exception(() => Deserialized(data));
            Exception? actualError = Record.Exception(() =>
            {
                ChatCompletionChunk chunk = ChatCompletionChunkReader.Read(data, envelope);
                ChatCompletionChunk expected = Deserialized(data);
                Json(chunk).Should().Be(Json(expected));
                chunk.Choices[0].Delta!.Reasoning.Should().Be(expected.Choices[0].Delta!.Reasoning, "the text is kept exactly (a lone surrogate serializes as U+FFFD)");
                chunk.Choices[0].Delta!.ReasoningDetails![0].Text.Should().Be(expected.Choices[0].Delta!.ReasoningDetails![0].Text);
                chunk.Choices[0].Delta!.ReasoningDetails![0].Summary.Should().Be(expected.Choices[0].Delta!.ReasoningDetails![0].Summary);
            });

            if (expectedError is null)
            {
                actualError.Should().BeNull();
            }
            else
            {
                actualError.Should().BeAssignableTo<JsonException>();
            }
        }
    }

    [Fact]
    public void Text_that_is_not_UTF_8_is_a_JsonException_in_either_string()
    {
        foreach (bool inReasoning in new[] { true, false })
        {
            var envelope = new ChunkEnvelope();
            ReadAll(envelope, Thinking("\"a\"", "\"a\""), Thinking("\"b\"", "\"b\""));
            byte[] data = Encoding.UTF8.GetBytes(inReasoning ? Thinking("\"ZZ\"", "\"x\"") : Thinking("\"x\"", "\"ZZ\""));
            int at = Encoding.UTF8.GetString(data).IndexOf("ZZ", StringComparison.Ordinal);
            data[at] = 0xC3;
            data[at + 1] = 0x28;

            Action shaped = () => ChatCompletionChunkReader.Read(data, envelope);
            Action deserializer = () => Deserialized(data);

            shaped.Should().Throw<JsonException>();
            deserializer.Should().Throw<JsonException>();
        }
    }

    [Fact]
    public void Random_reasoning_streams_read_as_the_deserializer_reads_them_or_fail_as_it_fails()
    {
        var random = new Random(20_261_206);
        string[] texts = ["\"a\"", "\"\"", "\"caf\\u00e9\"", "\"\\\"q\\\"\"", "\"\\ud83d\"", "\"😀\"", "\" the\"", "null", "1", "\"a\",\"x\":1", "\"\\u00\""];
        string Pick(string[] values) => values[random.Next(values.Length)];
        int shaped = 0;
        for (int stream = 0; stream < 300; stream++)
        {
            var detail = new List<string> { "\"type\":" + Pick(["\"reasoning.text\"", "\"reasoning.summary\"", "\"x\""]), (random.Next(2) == 0 ? "\"text\":" : "\"summary\":") + "\u0002" };
            foreach (string optional in new[] { "\"format\":\"anthropic-claude-v1\"", "\"index\":0", "\"id\":\"r\"", "\"signature\":\"\"", "\"data\":\"d\"", "\"index\":null" })
            {
                if (random.Next(3) == 0)
                {
                    detail.Add(optional);
                }
            }

            var delta = new List<string> { "\"reasoning\":\u0001", "\"reasoning_details\":[{" + string.Join(",", Shuffled(detail, random)) + "}]" };
            foreach (string optional in new[] { "\"role\":\"assistant\"", "\"content\":\"\"", "\"content\":\"c\"" })
            {
                if (random.Next(2) == 0)
                {
                    delta.Add(optional);
                }
            }

            string template = Envelope + "[{\"index\":0,\"delta\":{" + string.Join(",", Shuffled(delta, random)) + "},\"finish_reason\":null}]}";
            var envelope = new ChunkEnvelope();
            for (int i = 0; i < 6; i++)
            {
                string reasoning = Pick(texts);
                string text = random.Next(2) == 0 ? reasoning : Pick(texts);
                byte[] data = Encoding.UTF8.GetBytes(template.Replace("\u0001", reasoning, StringComparison.Ordinal).Replace("\u0002", text, StringComparison.Ordinal));
                bool known = envelope.Shape.IsKnown;
                Exception? expectedError = Record.Exception(() => Deserialized(data));
                Exception? actualError = Record.Exception(() =>
                {
                    ChatCompletionChunk chunk = ChatCompletionChunkReader.Read(data, envelope);
                    ChatCompletionChunk expected = Deserialized(data);
                    Json(chunk).Should().Be(Json(expected), Encoding.UTF8.GetString(data));
                    ChatCompletionDelta d = chunk.Choices[0].Delta!;
                    ChatCompletionDelta e = expected.Choices[0].Delta!;
                    (d.Reasoning + "|" + d.ReasoningDetails![0].Text + "|" + d.ReasoningDetails![0].Summary)
                        .Should().Be(e.Reasoning + "|" + e.ReasoningDetails![0].Text + "|" + e.ReasoningDetails![0].Summary, Encoding.UTF8.GetString(data));
                });
                if (expectedError is null)
                {
                    actualError.Should().BeNull(Encoding.UTF8.GetString(data));
                    shaped += known ? 1 : 0;
                }
                else
                {
                    actualError.Should().BeAssignableTo<JsonException>(Encoding.UTF8.GetString(data));
                }
            }
        }

        shaped.Should().BeGreaterThan(100, "many chunks are read from the remembered shape");
    }

    private static List<string> Shuffled(List<string> items, Random random) => items.OrderBy(_ => random.Next()).ToList();

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
