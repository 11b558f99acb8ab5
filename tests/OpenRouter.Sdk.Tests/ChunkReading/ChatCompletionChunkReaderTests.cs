using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using FluentAssertions;
using OpenRouter.Sdk.Serialization;
using OpenRouter.Sdk.Tests.Infrastructure;
using OpenRouter.Sdk.Tests.Streaming;
using Xunit;

namespace OpenRouter.Sdk.Tests.ChunkReading;

/// <summary>The hand-written stream reader must read exactly what the source-generated deserializer reads.</summary>
public sealed class ChatCompletionChunkReaderTests
{
    public static TheoryData<string> StreamFixtures() => new(Fixture.All("*.sse").Where(n => n.Contains("chat-stream", StringComparison.Ordinal)));

    [Theory]
    [MemberData(nameof(StreamFixtures))]
    public void Every_recorded_event_reads_the_same_as_the_generated_deserializer(string fixture)
    {
        int events = 0;
        foreach (byte[] data in DataLines(Fixture.Bytes(fixture)))
        {
            ChatCompletionChunk expected = JsonSerializer.Deserialize(data, OpenRouterJsonContext.Default.ChatCompletionChunk)!;
            ChatCompletionChunk actual = ChatCompletionChunkReader.Read(data);

            Json(actual).Should().Be(Json(expected), $"event {events} of {fixture}");
            events++;
        }

        events.Should().BeGreaterThan(0);
    }

    [Theory]
    [MemberData(nameof(StreamFixtures))]
    public void Every_recorded_stream_reads_the_same_when_chunks_take_over_the_previous_envelope(string fixture)
    {
        var envelope = new ChunkEnvelope();
        int events = 0;
        foreach (byte[] data in DataLines(Fixture.Bytes(fixture)))
        {
            ChatCompletionChunk expected = JsonSerializer.Deserialize(data, OpenRouterJsonContext.Default.ChatCompletionChunk)!;
            ChatCompletionChunk actual = ChatCompletionChunkReader.Read(data, envelope);

            Json(actual).Should().Be(Json(expected), $"event {events} of {fixture}");
            events++;
        }

        events.Should().BeGreaterThan(0);
    }

    [Fact]
    public void A_chunk_repeating_the_envelope_starts_at_its_choices_and_reads_everything_after_them()
    {
        const string envelopeJson = """{"id":"gen-1","object":"chat.completion.chunk","created":7,"model":"m","provider":"p","choices":""";
        string[] events =
        [
            envelopeJson + """[{"index":0,"delta":{"content":"a","role":"assistant"},"finish_reason":null}]}""",
            envelopeJson + """[{"index":0,"delta":{"content":"b"},"finish_reason":"stop"}],"usage":{"prompt_tokens":1,"completion_tokens":2,"total_tokens":3},"debug":1}""",
            envelopeJson + """[],"id":"gen-2"}""",
            """{"id":"gen-3","object":"chat.completion.chunk","created":8,"model":"m2","provider":"q","choices":[{"index":0,"delta":{"content":"c"}}]}""",
            """{"id":"gen-3","object":"chat.completion.chunk","created":8,"model":"m2","provider":"q","choices":[{"index":0,"delta":{"content":"d"}}]}""",
            """{"id":"gen-3","extra":true,"choices":[{"index":0,"delta":{"content":"e"}}]}""",
        ];
        var envelope = new ChunkEnvelope();

        ChatCompletionChunk[] chunks = events.Select(e => ChatCompletionChunkReader.Read(Encoding.UTF8.GetBytes(e), envelope)).ToArray();

        for (int i = 0; i < events.Length; i++)
        {
            Json(chunks[i]).Should().Be(Json(JsonSerializer.Deserialize(events[i], OpenRouterJsonContext.Default.ChatCompletionChunk)!), $"event {i}");
        }

        chunks[1].Choices[0].Delta!.Content.Should().Be("b");
        chunks[1].Usage!.TotalTokens.Should().Be(3);
        chunks[1].AdditionalProperties!.Should().ContainKey("debug");
        chunks[2].Id.Should().Be("gen-2");
        chunks[4].Model.Should().Be("m2");
        chunks[4].Created.Should().Be(8);
        chunks[4].Model.Should().BeSameAs(chunks[3].Model);
        chunks[5].Model.Should().BeEmpty();
        chunks[5].AdditionalProperties!.Should().ContainKey("extra");
    }

    [Theory]
    [InlineData("[{\"index\":0}]")]
    [InlineData("[{\"index\":0}]}}")]
    [InlineData("{}}")]
    [InlineData("[{\"index\":0}],\"model\":[]}")]
    [InlineData("[{\"index\":0}]} {}")]
    public void A_chunk_repeating_the_envelope_is_still_checked_to_its_end(string afterChoices)
    {
        const string envelopeJson = """{"id":"gen-1","object":"chat.completion.chunk","created":7,"model":"m","choices":""";
        var envelope = new ChunkEnvelope();
        ChatCompletionChunkReader.Read(Encoding.UTF8.GetBytes(envelopeJson + "[]}"), envelope);
        envelope.Length.Should().BeGreaterThan(0);

        Action read = () => ChatCompletionChunkReader.Read(Encoding.UTF8.GetBytes(envelopeJson + afterChoices), envelope);

        read.Should().Throw<JsonException>();
    }

    [Fact]
    public void Unknown_members_and_every_modelled_member_read_the_same()
    {
        const string json = """
            {"id":"gen-1","object":"chat.completion.chunk","created":1,"model":"m","provider":"p","system_fingerprint":"fp","service_tier":"flex",
             "debug":{"x":[1,2]},"choices":[
               {"index":0,"delta":{"role":"assistant","content":"a\u00e9","refusal":"no","reasoning":"r","extra":true,
                 "reasoning_details":[{"type":"reasoning.text","text":"t","index":0}],
                 "tool_calls":[{"index":0,"id":"call_1","type":"function","function":{"name":"f","arguments":"{}"}}],
                 "annotations":[],"images":[],"audio":null},
                "finish_reason":"tool_calls","native_finish_reason":"TOOL_USE","logprobs":null,"error":null,"unknown":1},
               {"index":1,"delta":null,"finish_reason":null}],
             "usage":{"prompt_tokens":1,"completion_tokens":2,"total_tokens":3,"cost":"0.5"},"error":null}
            """;
        byte[] data = Encoding.UTF8.GetBytes(json);

        ChatCompletionChunk actual = ChatCompletionChunkReader.Read(data);

        Json(actual).Should().Be(Json(JsonSerializer.Deserialize(data, OpenRouterJsonContext.Default.ChatCompletionChunk)!));
        actual.Choices.Should().HaveCount(2);
        actual.AdditionalProperties!.Should().ContainKey("debug");
        actual.Choices[0].Delta!.AdditionalProperties!.Should().ContainKey("extra");
        actual.Usage!.Cost.Should().Be(0.5m);
    }

    [Fact]
    public void The_envelope_strings_of_consecutive_chunks_are_shared()
    {
        byte[] data = DataLines(Fixture.Bytes(Fixture.Named("06", ".sse"))).First();

        // Through the stream's envelope, as a stream reads them (the process-wide string cache, which other tests
        // share, may evict between two reads; the envelope cannot).
        var envelope = new ChunkEnvelope();
        ChatCompletionChunk first = ChatCompletionChunkReader.Read(data, envelope);
        ChatCompletionChunk second = ChatCompletionChunkReader.Read(data, envelope);

        second.Id.Should().BeSameAs(first.Id);
        second.Model.Should().BeSameAs(first.Model);
        second.Object.Should().BeSameAs(first.Object);
        second.Provider.Should().BeSameAs(first.Provider);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("{\"id\":\"x\"")]
    [InlineData("{\"id\":1}")]
    [InlineData("{\"model\":{}}")]
    [InlineData("{\"choices\":{}}")]
    [InlineData("[1]")]
    [InlineData("{} {}")]
    [InlineData("{\"choices\":[{\"index\":0,\"finish_reason\":5}]}")]
    public void Anything_that_is_not_a_chunk_is_a_JsonException(string json)
    {
        Action read = () => ChatCompletionChunkReader.Read(Encoding.UTF8.GetBytes(json));

        read.Should().Throw<JsonException>();
    }

    public static TheoryData<string, string> WireMembers()
    {
        var data = new TheoryData<string, string>();
        foreach ((Type type, string path) in new[] { (typeof(ChatCompletionChunk), "chunk"), (typeof(ChatCompletionChunkChoice), "choice"), (typeof(ChatCompletionDelta), "delta") })
        {
            foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name is { } name)
                {
                    data.Add(path, name);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(WireMembers))]
    public void Every_wire_member_of_the_chunk_types_is_read_by_hand(string level, string member)
    {
        // A member the reader does not know lands in AdditionalProperties: a property added to a chunk type without
        // teaching the reader fails here. The value is a neutral one of the member's JSON type.
        string value = member switch
        {
            "created" or "index" => "0",
            "choices" or "reasoning_details" or "tool_calls" or "annotations" or "images" => "[]",
            "usage" or "error" or "logprobs" or "audio" or "delta" or "openrouter_metadata" => "{}",
            _ => "\"x\"",
        };
        string json = level switch
        {
            "chunk" => $$$"""{"{{{member}}}":{{{value}}}}""",
            "choice" => $$$"""{"choices":[{"{{{member}}}":{{{value}}}}]}""",
            _ => $$$"""{"choices":[{"index":0,"delta":{"{{{member}}}":{{{value}}}}}]}""",
        };

        ChatCompletionChunk chunk = ChatCompletionChunkReader.Read(Encoding.UTF8.GetBytes(json));

        IDictionary<string, JsonElement>? extra = level switch
        {
            "chunk" => chunk.AdditionalProperties,
            "choice" => chunk.Choices[0].AdditionalProperties,
            _ => chunk.Choices[0].Delta!.AdditionalProperties,
        };
        (extra?.Keys ?? Enumerable.Empty<string>()).Should().NotContain(member, "the hand-written reader must read {0} itself", member);
        Json(chunk).Should().Be(Json(JsonSerializer.Deserialize(json, OpenRouterJsonContext.Default.ChatCompletionChunk)!));
    }

    /// <summary>The UTF-8 data of each event of a recorded stream, <c>[DONE]</c> left out.</summary>
    private static IEnumerable<byte[]> DataLines(byte[] sse) =>
        WireJson.DataEvents(sse).Where(d => d != "[DONE]").Select(Encoding.UTF8.GetBytes);

    private static string Json(ChatCompletionChunk chunk) => JsonSerializer.Serialize(chunk, OpenRouterJsonContext.Default.ChatCompletionChunk);
}
