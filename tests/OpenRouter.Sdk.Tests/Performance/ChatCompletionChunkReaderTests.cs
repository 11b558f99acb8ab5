using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using FluentAssertions;
using OpenRouter.Sdk.Serialization;
using OpenRouter.Sdk.Tests.Infrastructure;
using Xunit;

namespace OpenRouter.Sdk.Tests.Performance;

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

        ChatCompletionChunk first = ChatCompletionChunkReader.Read(data);
        ChatCompletionChunk second = ChatCompletionChunkReader.Read(data);

        second.Id.Should().BeSameAs(first.Id);
        second.Model.Should().BeSameAs(first.Model);
        second.Object.Should().BeSameAs(first.Object);
        second.Provider.Should().BeSameAs(first.Provider);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("{\"id\":\"x\"")]
    [InlineData("{\"id\":1}")]
    [InlineData("{\"created\":\"soon\"}")]
    [InlineData("{\"choices\":{}}")]
    [InlineData("[1]")]
    [InlineData("{} {}")]
    [InlineData("{\"choices\":[{\"index\":0,\"finish_reason\":5}]}")]
    public void Anything_that_is_not_a_chunk_is_a_JsonException(string json)
    {
        Action read = () => ChatCompletionChunkReader.Read(Encoding.UTF8.GetBytes(json));

        read.Should().Throw<JsonException>();
    }

    [Fact]
    public void Every_wire_member_of_the_chunk_types_is_read_by_hand()
    {
        // A member added to one of these types must be added to the reader too, or it would land in AdditionalProperties.
        foreach ((Type type, string[] known) in ChatCompletionChunkReader.KnownMembers)
        {
            string[] wire = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Select(p => p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name)
                .OfType<string>()
                .ToArray();

            known.Should().BeEquivalentTo(wire, type.Name);
        }
    }

    private static string Json(ChatCompletionChunk chunk) => JsonSerializer.Serialize(chunk, OpenRouterJsonContext.Default.ChatCompletionChunk);

    private static IEnumerable<byte[]> DataLines(byte[] sse)
    {
        foreach (string line in Encoding.UTF8.GetString(sse).Split('\n'))
        {
            string trimmed = line.TrimEnd('\r');
            if (trimmed.StartsWith("data: ", StringComparison.Ordinal) && trimmed != "data: [DONE]")
            {
                yield return Encoding.UTF8.GetBytes(trimmed["data: ".Length..]);
            }
        }
    }
}
