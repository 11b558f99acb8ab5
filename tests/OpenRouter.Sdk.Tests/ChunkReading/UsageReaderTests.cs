using System.Globalization;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using OpenRouter.Sdk.Serialization;
using OpenRouter.Sdk.Tests.Infrastructure;
using Xunit;

namespace OpenRouter.Sdk.Tests.ChunkReading;

/// <summary>
/// The hand-read <c>usage</c> (non-streamed completions and a stream's usage chunk) must read exactly what the
/// source-generated deserializer reads; a usage it does not read by hand goes, whole, to the generated metadata.
/// </summary>
public sealed class UsageReaderTests
{
    /// <summary>Every usage object in the recorded chat fixtures: the completions' and the usage chunks of the streams.</summary>
    public static TheoryData<string, string> RecordedUsages()
    {
        var data = new TheoryData<string, string>();
        foreach (string name in Fixture.All("*").Where(n => n.Contains("-chat-", StringComparison.Ordinal) && !n.Contains(".request.", StringComparison.Ordinal)
            && (n.EndsWith(".json", StringComparison.Ordinal) || n.EndsWith(".sse", StringComparison.Ordinal))))
        {
            IEnumerable<string> bodies = name.EndsWith(".sse", StringComparison.Ordinal)
                ? Fixture.Text(name).Split('\n').Where(l => l.StartsWith("data: {", StringComparison.Ordinal)).Select(l => l["data: ".Length..])
                : [Fixture.Text(name)];
            foreach (string body in bodies)
            {
                using JsonDocument document = JsonDocument.Parse(body);
                if (document.RootElement.ValueKind == JsonValueKind.Object
                    && document.RootElement.TryGetProperty("usage", out JsonElement usage) && usage.ValueKind == JsonValueKind.Object)
                {
                    data.Add(name, usage.GetRawText());
                }
            }
        }

        return data;
    }

    [Fact]
    public void The_fixtures_hold_usages_to_compare()
    {
        RecordedUsages().Count.Should().BeGreaterThan(10);
    }

    [Theory]
    [MemberData(nameof(RecordedUsages))]
    public void Every_recorded_usage_is_read_by_hand_and_reads_as_the_generated_deserializer_reads_it(string fixture, string usage)
    {
        HandReads(usage).Should().BeTrue("{0} has the usual shape", fixture);
        ReadByReader(usage).Should().Be(ReadByDeserializer(usage));
        ChunkReadByReader(usage).Should().Be(ChunkReadByDeserializer(usage));
    }

    [Theory]
    [InlineData("""{}""")]
    [InlineData("""{"prompt_tokens":12,"completion_tokens":78,"total_tokens":90,"cost":0.00005,"is_byok":false,"prompt_tokens_details":{"cached_tokens":0,"cache_write_tokens":3,"audio_tokens":0,"video_tokens":1},"cost_details":{"upstream_inference_cost":0.00005,"upstream_inference_prompt_cost":3e-5,"upstream_inference_completions_cost":2E-5},"completion_tokens_details":{"reasoning_tokens":0,"image_tokens":2,"audio_tokens":0,"accepted_prediction_tokens":4,"rejected_prediction_tokens":5},"server_tool_use_details":{"web_search_requests":1,"tool_calls_requested":2,"tool_calls_executed":3}}""")]
    [InlineData("""{"server_tool_use_details":null,"completion_tokens_details":null,"cost_details":null,"prompt_tokens_details":null,"is_byok":null,"cost":null,"total_tokens":0,"completion_tokens":-1,"prompt_tokens":2147483647}""")]
    [InlineData("""{"cost":0.0076509169000000005,"is_byok":true,"prompt_tokens_details":{},"completion_tokens_details":{"reasoning_tokens":null}}""")]
    [InlineData("""{"prompt_tokens":1,"prompt_tokens":2,"cost":1,"cost":2.5,"cost_details":{"upstream_inference_cost":1},"cost_details":{"upstream_inference_prompt_cost":2}}""")]
    public void Usages_of_the_usual_shape_are_read_by_hand_exactly(string usage)
    {
        HandReads(usage).Should().BeTrue();
        ReadByReader(usage).Should().Be(ReadByDeserializer(usage));
    }

    [Theory]
    [InlineData("""{"prompt_tokens":1,"new_counter":{"a":[1,2]}}""", "an unknown member is extension data")]
    [InlineData("""{"prompt_tokens_details":{"cached_tokens":1,"new_tokens":2}}""", "an unknown detail is the detail's extension data")]
    [InlineData("""{"cost_details":{"upstream_inference_cost":1,"other":"x"},"server_tool_use_details":{"x":1}}""", "unknown details")]
    [InlineData("""{"cost":"0.5"}""", "a cost sent as a string")]
    [InlineData("""{"cost":1e300}""", "a cost beyond decimal's range saturates")]
    [InlineData("""{"cost_details":{"upstream_inference_cost":"0.25"}}""", "a detail cost sent as a string")]
    [InlineData("""{"prompt\u005ftokens":5}""", "an escaped member name")]
    [InlineData("""{"completion_tokens_details":{"reasoning\u005ftokens":5}}""", "an escaped detail name")]
    public void Usages_of_another_shape_go_to_the_generated_metadata_and_read_the_same(string usage, string because)
    {
        HandReads(usage).Should().BeFalse(because);
        ReadByReader(usage).Should().Be(ReadByDeserializer(usage), because);
    }

    [Fact]
    public void An_unknown_member_is_kept_as_extension_data()
    {
        ChatCompletion completion = ChatCompletionChunkReader.ReadCompletion(Completion("""{"prompt_tokens":1,"new_counter":7}"""));

        completion.Usage!.PromptTokens.Should().Be(1);
        completion.Usage.AdditionalProperties.Should().ContainKey("new_counter").WhoseValue.GetInt32().Should().Be(7);
    }

    [Theory]
    [InlineData("""{"prompt_tokens":null}""")]
    [InlineData("""{"prompt_tokens":1.5}""")]
    [InlineData("""{"prompt_tokens":"5"}""")]
    [InlineData("""{"total_tokens":2147483648}""")]
    [InlineData("""{"is_byok":"yes"}""")]
    [InlineData("""{"is_byok":0}""")]
    [InlineData("""{"cost":true}""")]
    [InlineData("""{"prompt_tokens_details":[]}""")]
    [InlineData("""{"completion_tokens_details":{"reasoning_tokens":"1"}}""")]
    [InlineData("""{"cost_details":{"upstream_inference_cost":[]}}""")]
    [InlineData("""[]""")]
    [InlineData("""5""")]
    public void A_usage_the_generated_deserializer_refuses_is_refused_as_well(string usage)
    {
        Action deserializer = () => ReadByDeserializer(usage);
        Action reader = () => ReadByReader(usage);

        deserializer.Should().Throw<JsonException>();
        reader.Should().Throw<JsonException>();
    }

    [Fact]
    public void A_null_usage_reads_as_none()
    {
        ChatCompletionChunkReader.ReadCompletion(Completion("null")).Usage.Should().BeNull();
    }

    [Fact]
    public void Random_usages_read_as_the_generated_deserializer_reads_them()
    {
        var random = new Random(20261206);
        int byHand = 0;
        int byMetadata = 0;
        for (int i = 0; i < 4000; i++)
        {
            string usage = RandomUsage(random);
            string? expected = Outcome(() => ReadByDeserializer(usage));
            string? actual = Outcome(() => ReadByReader(usage));
            actual.Should().Be(expected, "usage {0}", usage);
            bool hand = HandReads(usage);
            byHand += expected is not null && hand ? 1 : 0;
            byMetadata += expected is not null && !hand ? 1 : 0;
        }

        byHand.Should().BeGreaterThan(500, "many random usages have the usual shape");
        byMetadata.Should().BeGreaterThan(100, "many readable ones go to the generated metadata");
    }

    private static string RandomUsage(Random random)
    {
        string[] members = ["prompt_tokens", "completion_tokens", "total_tokens", "cost", "is_byok", "prompt_tokens_details", "completion_tokens_details", "cost_details", "server_tool_use_details"];
        var parts = new List<string>();
        foreach (string member in members.OrderBy(_ => random.Next()))
        {
            int pick = random.Next(10);
            if (pick < 3)
            {
                continue;
            }

            parts.Add($"\"{member}\":{RandomValue(member, random)}");
            if (random.Next(40) == 0)
            {
                parts.Add($"\"{member}\":{RandomValue(member, random)}");
            }
        }

        if (random.Next(30) == 0)
        {
            parts.Insert(random.Next(parts.Count + 1), "\"unknown\":{\"x\":1}");
        }

        return "{" + string.Join(",", parts) + "}";
    }

    private static string RandomValue(string member, Random random) => member switch
    {
        "prompt_tokens" or "completion_tokens" or "total_tokens" => random.Next(25) switch
        {
            0 => "null",
            1 => "1.5",
            2 => "\"3\"",
            3 => "4294967296",
            _ => random.Next(-5, 1_000_000).ToString(CultureInfo.InvariantCulture),
        },
        "cost" => RandomDecimal(random),
        "is_byok" => random.Next(12) switch
        {
            0 => "1",
            1 => "null",
            2 => "\"true\"",
            _ => random.Next(2) == 0 ? "true" : "false",
        },
        "cost_details" => RandomObject(random, ["upstream_inference_cost", "upstream_inference_prompt_cost", "upstream_inference_completions_cost"], RandomDecimal),
        "prompt_tokens_details" => RandomObject(random, ["cached_tokens", "cache_write_tokens", "audio_tokens", "video_tokens"], RandomNullableInt),
        "completion_tokens_details" => RandomObject(random, ["reasoning_tokens", "image_tokens", "audio_tokens", "accepted_prediction_tokens", "rejected_prediction_tokens"], RandomNullableInt),
        _ => RandomObject(random, ["web_search_requests", "tool_calls_requested", "tool_calls_executed"], RandomNullableInt),
    };

    private static string RandomObject(Random random, string[] names, Func<Random, string> value)
    {
        if (random.Next(15) == 0)
        {
            return random.Next(2) == 0 ? "null" : "[]";
        }

        var parts = names.Where(_ => random.Next(3) > 0).OrderBy(_ => random.Next()).Select(n => $"\"{n}\":{value(random)}").ToList();
        if (random.Next(25) == 0)
        {
            parts.Add("\"new_detail\":2");
        }

        return "{" + string.Join(",", parts) + "}";
    }

    private static string RandomNullableInt(Random random) => random.Next(20) switch
    {
        0 => "null",
        1 => "2.5",
        2 => "\"7\"",
        _ => random.Next(0, 100_000).ToString(CultureInfo.InvariantCulture),
    };

    private static string RandomDecimal(Random random) => random.Next(20) switch
    {
        0 => "null",
        1 => "\"0.000003\"",
        2 => "1e300",
        3 => "-1e-30",
        4 => "6e-7",
        5 => "0.0076509169000000005",
        6 => "12",
        7 => "false",
        _ => (random.NextDouble() / 100).ToString("R", CultureInfo.InvariantCulture),
    };

    private static string? Outcome(Func<string> read)
    {
        try
        {
            return read();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool HandReads(string usage)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(usage));
        reader.Read();
        return ChatCompletionChunkReader.TryUsage(ref reader, out Usage? read) && read is not null;
    }

    private static byte[] Completion(string usage) => Encoding.UTF8.GetBytes("""{"id":"gen-1","choices":[],"usage":""" + usage + "}");

    private static byte[] Chunk(string usage) =>
        Encoding.UTF8.GetBytes("""{"id":"gen-1","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"content":""},"finish_reason":"stop"}],"usage":""" + usage + "}");

    private static string ReadByReader(string usage) =>
        JsonSerializer.Serialize(ChatCompletionChunkReader.ReadCompletion(Completion(usage)), OpenRouterJsonContext.Default.ChatCompletion);

    private static string ReadByDeserializer(string usage) =>
        JsonSerializer.Serialize(JsonSerializer.Deserialize(Completion(usage), OpenRouterJsonContext.Default.ChatCompletion), OpenRouterJsonContext.Default.ChatCompletion);

    private static string ChunkReadByReader(string usage) =>
        JsonSerializer.Serialize(ChatCompletionChunkReader.Read(Chunk(usage)), OpenRouterJsonContext.Default.ChatCompletionChunk);

    private static string ChunkReadByDeserializer(string usage) =>
        JsonSerializer.Serialize(JsonSerializer.Deserialize(Chunk(usage), OpenRouterJsonContext.Default.ChatCompletionChunk), OpenRouterJsonContext.Default.ChatCompletionChunk);
}
