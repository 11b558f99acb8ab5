using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using FluentAssertions;
using OpenRouter.Sdk.Serialization;
using OpenRouter.Sdk.Tests.Infrastructure;
using Xunit;

namespace OpenRouter.Sdk.Tests.ChunkReading;

/// <summary>The hand-written completion reader must read exactly what the source-generated deserializer reads.</summary>
public sealed class CompletionReaderTests
{
    public static TheoryData<string> CompletionFixtures() => new(Fixture.All("*.json").Where(n => n.Contains("chat-nonstream", StringComparison.Ordinal) && !n.Contains(".request.", StringComparison.Ordinal)));

    [Theory]
    [MemberData(nameof(CompletionFixtures))]
    public void Every_recorded_completion_reads_the_same_as_the_generated_deserializer(string fixture)
    {
        byte[] data = Fixture.Bytes(fixture);

        ChatCompletion actual = ChatCompletionChunkReader.ReadCompletion(data);

        Json(actual).Should().Be(Json(Deserialized(data)));
        actual.Choices.Should().NotBeEmpty();
    }

    [Theory]
    [InlineData("""{"id":"gen-1","choices":[{"index":0,"message":{"role":"assistant","content":"a\u00e9","refusal":"no","reasoning":"r","extra":true,"reasoning_details":[{"type":"reasoning.text","text":"t","index":0}],"tool_calls":[{"index":0,"id":"call_1","type":"function","function":{"name":"f","arguments":"{}"}}],"annotations":[],"images":[],"audio":null},"finish_reason":"tool_calls","native_finish_reason":"TOOL_USE","logprobs":null,"error":null,"unknown":1},{"index":1,"message":null,"finish_reason":null}],"usage":{"prompt_tokens":1,"completion_tokens":2,"total_tokens":3,"cost":"0.5"},"debug":{"x":[1,2]},"system_fingerprint":"fp","service_tier":"flex","provider":"p","object":"chat.completion","created":1,"model":"m"}""")]
    [InlineData("""{"error":{"code":502,"message":"upstream failed"},"user_id":"u"}""")]
    [InlineData("""{"choices":[]}""")]
    [InlineData("""{"choices":[{}]}""")]
    [InlineData("""{"id":"gen-\u0031","choices":[{"message":{"content":null,"role":null}}],"usage":null}""")]
    public void Unknown_members_errors_and_every_modelled_member_read_the_same(string json)
    {
        byte[] data = Encoding.UTF8.GetBytes(json);

        Json(ChatCompletionChunkReader.ReadCompletion(data)).Should().Be(Json(Deserialized(data)));
    }

    [Fact]
    public void Choices_that_are_null_read_as_none_so_the_list_is_never_null()
    {
        ChatCompletion completion = ChatCompletionChunkReader.ReadCompletion("""{"id":"gen-1","choices":null}"""u8);

        completion.Choices.Should().NotBeNull().And.BeEmpty();
        completion.Id.Should().Be("gen-1");
    }

    [Theory]
    [InlineData("null")]
    [InlineData("")]
    [InlineData("{\"id\":\"x\"")]
    [InlineData("{\"id\":1}")]
    [InlineData("{\"model\":{}}")]
    [InlineData("{\"choices\":{}}")]
    [InlineData("[1]")]
    [InlineData("{} {}")]
    [InlineData("{\"choices\":[{\"index\":0,\"finish_reason\":5}]}")]
    [InlineData("{\"choices\":[{\"message\":{\"content\":[1]}}]}")]
    public void Anything_that_is_not_a_completion_is_a_JsonException(string json)
    {
        Action read = () => ChatCompletionChunkReader.ReadCompletion(Encoding.UTF8.GetBytes(json));

        read.Should().Throw<JsonException>();
    }

    public static TheoryData<string, string> WireMembers()
    {
        var data = new TheoryData<string, string>();
        foreach ((Type type, string path) in new[] { (typeof(ChatCompletion), "completion"), (typeof(ChatCompletionChoice), "choice"), (typeof(ChatCompletionMessage), "message") })
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
    public void Every_wire_member_of_the_completion_types_is_read_by_hand(string level, string member)
    {
        // A member the reader does not know lands in AdditionalProperties: a property added to a completion type
        // without teaching the reader fails here.
        string value = member switch
        {
            "created" or "index" => "0",
            "choices" or "reasoning_details" or "tool_calls" or "annotations" or "images" => "[]",
            "usage" or "error" or "logprobs" or "audio" or "message" or "openrouter_metadata" => "{}",
            _ => "\"x\"",
        };
        string json = level switch
        {
            "completion" => $$$"""{"{{{member}}}":{{{value}}}}""",
            "choice" => $$$"""{"choices":[{"{{{member}}}":{{{value}}}}]}""",
            _ => $$$"""{"choices":[{"index":0,"message":{"{{{member}}}":{{{value}}}}}]}""",
        };

        ChatCompletion completion = ChatCompletionChunkReader.ReadCompletion(Encoding.UTF8.GetBytes(json));

        IDictionary<string, JsonElement>? extra = level switch
        {
            "completion" => completion.AdditionalProperties,
            "choice" => completion.Choices[0].AdditionalProperties,
            _ => completion.Choices[0].Message.AdditionalProperties,
        };
        (extra?.Keys ?? Enumerable.Empty<string>()).Should().NotContain(member, "the hand-written reader must read {0} itself", member);
        Json(completion).Should().Be(Json(Deserialized(Encoding.UTF8.GetBytes(json))));
    }

    private static ChatCompletion Deserialized(byte[] data) => JsonSerializer.Deserialize(data, OpenRouterJsonContext.Default.ChatCompletion)!;

    private static string Json(ChatCompletion completion) => JsonSerializer.Serialize(completion, OpenRouterJsonContext.Default.ChatCompletion);
}
