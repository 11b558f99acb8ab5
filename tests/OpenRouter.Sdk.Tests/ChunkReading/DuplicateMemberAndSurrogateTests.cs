using System.Text;
using System.Text.Json;
using FluentAssertions;
using OpenRouter.Sdk.Serialization;
using OpenRouter.Sdk.Tests.Infrastructure;
using Xunit;

namespace OpenRouter.Sdk.Tests.ChunkReading;

/// <summary>
/// Members repeated anywhere in a chunk resolve exactly as System.Text.Json resolves them (the last one wins), on
/// every path of the hand-written reader, and the reader only ever fails with a <see cref="JsonException"/>. A
/// surrogate pair split across two chunks (an emoji cut between two tokens) is kept, so the joined text is whole.
/// </summary>
public sealed class DuplicateMemberAndSurrogateTests
{
    private const string Envelope = """{"id":"x","object":"chat.completion.chunk","created":1,"model":"m","choices":""";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ChatCompletionRequest Request() => new() { Model = "openai/gpt-4o", Messages = { new UserMessage("hi") } };

    // ---- S20 (a): repeated members ----

    [Fact]
    public void S20_a_choice_that_repeats_delta_as_null_reads_as_null_every_time()
    {
        string chunk = Envelope + """[{"index":0,"delta":{"content":"a"},"delta":null}]}""";
        var envelope = new ChunkEnvelope();

        for (int i = 0; i < 3; i++)
        {
            ChatCompletionChunk read = ChatCompletionChunkReader.Read(Encoding.UTF8.GetBytes(chunk), envelope);

            read.Choices.Should().ContainSingle().Which.Delta.Should().BeNull("the last delta member is null (read {0})", i);
            Json(read).Should().Be(Json(Deserialized(chunk)));
        }
    }

    [Fact]
    public void S20_a_repeated_delta_that_is_empty_is_not_taken_for_the_text_of_the_first()
    {
        string[] chunks =
        [
            Envelope + """[{"index":0,"delta":{"content":"a"},"delta":{}}]}""",
            Envelope + """[{"index":0,"delta":{"content":"b"},"delta":{}}]}""",
            Envelope + """[{"index":0,"delta":{"content":"c"},"delta":{}}]}""",
        ];
        var envelope = new ChunkEnvelope();

        foreach (string chunk in chunks)
        {
            ChatCompletionChunk read = ChatCompletionChunkReader.Read(Encoding.UTF8.GetBytes(chunk), envelope);

            read.Choices.Single().Delta!.Content.Should().BeNull("the last delta member has no content: {0}", chunk);
            Json(read).Should().Be(Json(Deserialized(chunk)));
        }
    }

    [Fact]
    public async Task S20_a_stream_of_chunks_that_repeat_delta_ends_normally()
    {
        string[] chunks =
        [
            Envelope + """[{"index":0,"delta":{"content":"a"},"delta":null}]}""",
            Envelope + """[{"index":0,"delta":{"content":"a"},"delta":null}]}""",
            Envelope + """[{"index":0,"delta":{"content":"x"},"delta":{"content":"Hi"}}]}""",
            Envelope + """[{"index":0,"delta":{"content":"y"},"delta":{"content":"!"}}]}""",
            Envelope + """[{"index":0,"delta":{"content":""},"finish_reason":"stop"}]}""",
        ];
        var handler = new StubHandler().RespondStream(Sse([.. chunks, "[DONE]"]));
        using var client = TestClients.Create(handler);

        ChatCompletion completion = await client.StreamChatCompletionAsync(Request(), Ct).ToChatCompletionAsync(Ct);

        completion.Choices.Single().Message.Content.Should().Be("Hi!");
        completion.Choices.Single().FinishReason.Should().Be(FinishReason.Stop);
    }

    public static TheoryData<string> RepeatedMembers() => new()
    {
        // top level
        """{"id":"a","id":"b","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"content":"t"}}]}""",
        """{"id":"a","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"content":"t"}}],"id":"b"}""",
        """{"id":"a","created":1,"created":2,"model":"m","model":null,"choices":[{"index":0,"delta":{"content":"t"}}]}""",
        """{"id":"a","model":"m","choices":[{"index":0,"delta":{"content":"t"}}],"choices":null}""",
        """{"id":"a","model":"m","choices":[{"index":0,"delta":{"content":"t"}}],"choices":[{"index":1,"delta":{"content":"u"}}]}""",
        """{"id":"a","model":"m","choices":[{"index":0,"delta":{"content":"t"}}],"usage":{"prompt_tokens":1},"usage":null}""",
        """{"id":"a","model":"m","choices":[{"index":0,"delta":{"content":"t"}}],"error":{"code":1},"error":"text"}""",
        """{"id":"a","model":"m","choices":[{"index":0,"delta":{"content":"t"}}],"debug":1,"debug":{"x":2}}""",
        // choice
        """{"id":"a","model":"m","choices":[{"index":0,"index":3,"delta":{"content":"t"}}]}""",
        """{"id":"a","model":"m","choices":[{"index":0,"delta":{"content":"t"},"finish_reason":"stop","finish_reason":null}]}""",
        """{"id":"a","model":"m","choices":[{"index":0,"delta":null,"delta":{"content":"t"}}]}""",
        """{"id":"a","model":"m","choices":[{"index":0,"delta":{"content":"t"},"delta":{"role":"assistant"}}]}""",
        """{"id":"a","model":"m","choices":[{"index":0,"delta":{"content":"t"},"error":{"code":1},"error":null}]}""",
        """{"id":"a","model":"m","choices":[{"index":0,"delta":{"content":"t"},"logprobs":{"content":[]},"logprobs":null}]}""",
        """{"id":"a","model":"m","choices":[{"index":0,"delta":{"content":"t"},"extra":1,"extra":2}]}""",
        // delta
        """{"id":"a","model":"m","choices":[{"index":0,"delta":{"content":"t","content":"u"}}]}""",
        """{"id":"a","model":"m","choices":[{"index":0,"delta":{"content":"t","content":null}}]}""",
        """{"id":"a","model":"m","choices":[{"index":0,"delta":{"role":"assistant","content":"t","role":null}}]}""",
        """{"id":"a","model":"m","choices":[{"index":0,"delta":{"content":"t","reasoning":"r","reasoning":"s"}}]}""",
        """{"id":"a","model":"m","choices":[{"index":0,"delta":{"content":"t","tool_calls":[{"index":0,"id":"c"}],"tool_calls":null}}]}""",
        """{"id":"a","model":"m","choices":[{"index":0,"delta":{"content":"t","extra":[1],"extra":null}}]}""",
        // usage
        """{"id":"a","model":"m","choices":[],"usage":{"prompt_tokens":1,"prompt_tokens":2,"total_tokens":3,"cost":1,"cost":null}}""",
    };

    [Theory]
    [MemberData(nameof(RepeatedMembers))]
    public void S20_a_repeated_member_anywhere_resolves_as_the_deserializer_resolves_it(string json)
    {
        // Read alone, and as the second, third and fourth chunk of a stream (which take over the envelope and the shape).
        Json(ChatCompletionChunkReader.Read(Encoding.UTF8.GetBytes(json))).Should().Be(Json(Deserialized(json)));
        var envelope = new ChunkEnvelope();
        for (int i = 0; i < 4; i++)
        {
            Json(ChatCompletionChunkReader.Read(Encoding.UTF8.GetBytes(json), envelope)).Should().Be(Json(Deserialized(json)), "read {0} of a stream", i);
        }
    }

    [Fact]
    public void S20_random_chunks_read_as_the_deserializer_reads_them_or_fail_as_a_JsonException()
    {
        var fuzzer = new ChunkFuzzer(20_260_801);
        int read = 0;
        int failed = 0;
        for (int stream = 0; stream < 1000; stream++)
        {
            var envelope = new ChunkEnvelope();
            foreach (string json in fuzzer.Stream())
            {
                byte[] data = Encoding.UTF8.GetBytes(json);
                (ChatCompletionChunk? expected, Exception? deserializerError) = Try(() => Deserialized(json));
                (ChatCompletionChunk? actual, Exception? readerError) = Try(() => ChatCompletionChunkReader.Read(data, envelope));
                (ChatCompletionChunk? alone, Exception? aloneError) = Try(() => ChatCompletionChunkReader.Read(data));

                if (readerError is not null && readerError is not JsonException)
                {
                    throw new Xunit.Sdk.XunitException($"The reader threw {readerError.GetType().Name} for {json}: {readerError}");
                }

                (readerError is null).Should().Be(deserializerError is null, "both read or both fail: {0} (deserializer: {1}; reader: {2})", json, deserializerError?.Message, readerError?.Message);
                (aloneError is null).Should().Be(readerError is null, "with or without the envelope: {0}", json);
                if (actual is not null)
                {
                    Json(actual).Should().Be(Json(expected!), json);
                    Json(alone!).Should().Be(Json(expected!), json);
                    TextOf(actual).Should().Be(TextOf(expected!), "the text is kept exactly (a lone surrogate serializes as U+FFFD): {0}", json);
                    read++;
                }
                else
                {
                    failed++;
                }
            }
        }

        read.Should().BeGreaterThan(failed, "most generated chunks are valid");
        failed.Should().BeGreaterThan(100, "some generated chunks are not");
    }

    // ---- S20 (b): a surrogate pair split across two chunks ----

    [Fact]
    public async Task S20_an_emoji_split_across_two_chunks_is_joined_whole()
    {
        string[] chunks =
        [
            Envelope + """[{"index":0,"delta":{"role":"assistant","content":"Hi "}}]}""",
            Envelope + """[{"index":0,"delta":{"content":"\ud83d"}}]}""",
            Envelope + """[{"index":0,"delta":{"content":"\ude00"}}]}""",
            Envelope + """[{"index":0,"delta":{"content":"!\ud83d"}}]}""",
            Envelope + """[{"index":0,"delta":{"content":"\ude00"}}]}""",
            Envelope + """[{"index":0,"delta":{"content":""},"finish_reason":"stop"}]}""",
        ];
        var handler = new StubHandler().RespondStream(Sse([.. chunks, "[DONE]"]));
        using var client = TestClients.Create(handler);
        var texts = new List<string?>();
        var accumulator = new ChatCompletionAccumulator();

        await foreach (ChatCompletionChunk chunk in client.StreamChatCompletionAsync(Request(), Ct))
        {
            texts.Add(chunk.Choices[0].Delta!.Content);
            accumulator.Append(chunk);
        }

        texts.Should().Equal("Hi ", "\ud83d", "\ude00", "!\ud83d", "\ude00", "");
        accumulator.ToChatCompletion().Choices.Single().Message.Content.Should().Be("Hi 😀!😀");
    }

    [Fact]
    public async Task S20_an_emoji_split_across_two_chunks_is_joined_by_ToChatCompletionAsync()
    {
        string[] chunks =
        [
            Envelope + """[{"index":0,"delta":{"content":"\ud83d","reasoning":"\ud83e"}}]}""",
            Envelope + """[{"index":0,"delta":{"content":"\ude00","reasoning":"\udd14"}}]}""",
            Envelope + """[{"index":0,"delta":{"tool_calls":[{"index":0,"id":"call_1","type":"function","function":{"name":"say","arguments":"{\"text\":\"\ud83d"}}]}}]}""",
            Envelope + """[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":"\ude00\"}"}}]}}]}""",
            Envelope + """[{"index":0,"delta":{"content":""},"finish_reason":"tool_calls"}]}""",
        ];
        var handler = new StubHandler().RespondStream(Sse([.. chunks, "[DONE]"]));
        using var client = TestClients.Create(handler);

        ChatCompletion completion = await client.StreamChatCompletionAsync(Request(), Ct).ToChatCompletionAsync(Ct);

        ChatCompletionMessage message = completion.Choices.Single().Message;
        message.Content.Should().Be("😀");
        message.Reasoning.Should().Be("🤔");
        message.ToolCalls.Should().ContainSingle().Which.Function!.Arguments.Should().Be("{\"text\":\"😀\"}");
    }

    [Fact]
    public async Task S20_a_completion_with_a_lone_surrogate_keeps_it()
    {
        const string body = """{"id":"gen-1","object":"chat.completion","created":1,"model":"m","choices":[{"index":0,"message":{"role":"assistant","content":"cut \ud83d","reasoning":"\ude00 end"},"finish_reason":"length"}]}""";
        var handler = new StubHandler().Respond(System.Net.HttpStatusCode.OK, body);
        using var client = TestClients.Create(handler);

        ChatCompletion completion = await client.CreateChatCompletionAsync(Request(), Ct);

        completion.Choices.Single().Message.Content.Should().Be("cut \ud83d");
        completion.Choices.Single().Message.Reasoning.Should().Be("\ude00 end");
        JsonSerializer.Deserialize(body, OpenRouterJsonContext.Default.ChatCompletion)!.Choices.Single().Message.Content.Should().Be("cut \ud83d", "the generated deserializer reads it the same way");
    }

    // The expected text names lone surrogates as {d83d}: a test argument cannot carry one intact.
    [Theory]
    [InlineData("\"\\ud83d\"", "{d83d}")]
    [InlineData("\"\\ude00\"", "{de00}")]
    [InlineData("\"a\\ud83d\\n\\u00e9\\\"\"", "a{d83d}\n\u00e9\"")]
    [InlineData("\"\\ud83d\\ud83d\\ude00\"", "{d83d}😀")]
    [InlineData("\"\\ude00\\ud83d\"", "{de00}{d83d}")]
    [InlineData("\"é\\ud83dé\"", "é{d83d}é")]
    public void S20_a_lone_surrogate_is_kept_on_every_path_of_the_reader(string text, string expectedWithUnits)
    {
        string expected = System.Text.RegularExpressions.Regex.Replace(expectedWithUnits, "\\{([0-9a-f]{4})\\}", m => ((char)Convert.ToInt32(m.Groups[1].Value, 16)).ToString());
        string Chunk(string content) => Envelope + """[{"index":0,"delta":{"content":""" + content + """}}]}""";
        var envelope = new ChunkEnvelope();
        ChatCompletionChunkReader.Read(Encoding.UTF8.GetBytes(Chunk("\"a\"")), envelope);
        ChatCompletionChunkReader.Read(Encoding.UTF8.GetBytes(Chunk("\"b\"")), envelope);
        envelope.Shape.IsKnown.Should().BeTrue();

        ChatCompletionChunkReader.Read(Encoding.UTF8.GetBytes(Chunk(text))).Choices[0].Delta!.Content.Should().Be(expected, "read in full");
        ChatCompletionChunkReader.Read(Encoding.UTF8.GetBytes(Chunk(text)), envelope).Choices[0].Delta!.Content.Should().Be(expected, "read from the text alone");
        Deserialized(Chunk(text)).Choices[0].Delta!.Content.Should().Be(expected, "the generated deserializer reads it the same way");
    }

    [Fact]
    public void S20_a_lone_surrogate_in_an_identifier_fails_as_it_does_for_the_deserializer()
    {
        string json = """{"id":"\ud83d","choices":[]}""";

        Action reader = () => ChatCompletionChunkReader.Read(Encoding.UTF8.GetBytes(json));
        Action deserializer = () => Deserialized(json);

        reader.Should().Throw<JsonException>();
        deserializer.Should().Throw<JsonException>();
    }

    [Fact]
    public void S20_bytes_that_are_not_UTF_8_beside_an_escape_are_still_a_JsonException()
    {
        byte[] data = Encoding.UTF8.GetBytes(Envelope + """[{"index":0,"delta":{"content":"\ud83dZZ"}}]}""");
        int at = Encoding.UTF8.GetString(data).IndexOf("ZZ", StringComparison.Ordinal);
        data[at] = 0xC3;
        data[at + 1] = 0x28;

        Action reader = () => ChatCompletionChunkReader.Read(data);

        reader.Should().Throw<JsonException>();
    }

    // ---- helpers ----

    private static (ChatCompletionChunk? Value, Exception? Error) Try(Func<ChatCompletionChunk> read)
    {
        try
        {
            return (read(), null);
        }
        catch (Exception e)
        {
            return (null, e);
        }
    }

    private static string TextOf(ChatCompletionChunk chunk) =>
        string.Join("|", chunk.Choices.Select(c => c.Delta is null ? "-" : c.Delta.Content + "/" + c.Delta.Reasoning + "/" + c.Delta.Refusal));

    private static byte[] Sse(params string[] events) => Encoding.UTF8.GetBytes(string.Concat(events.Select(e => "data: " + e + "\n\n")));

    private static ChatCompletionChunk Deserialized(string json) => JsonSerializer.Deserialize(json, OpenRouterJsonContext.Default.ChatCompletionChunk)!;

    private static string Json(ChatCompletionChunk chunk) => JsonSerializer.Serialize(chunk, OpenRouterJsonContext.Default.ChatCompletionChunk);

    /// <summary>
    /// Generates streams of chunks: each stream repeats a random chunk a few times with only its content string
    /// changed (as real streams do, so the envelope and shape shortcuts are taken), with members left out, repeated,
    /// null, or of a wrong type, anywhere.
    /// </summary>
    private sealed class ChunkFuzzer(int seed)
    {
        private const string Hole = "\u0001";

        private static readonly string[] Strings =
        [
            "\"a\"", "\"\"", "\"h\u00e9llo\"", "\"\\u00e9\\n\\\"q\\\"\\\\\"", "\"\\ud83d\\ude00\"", "\"😀\"",
            "\"stop\"", "\"assistant\"", "\"\\u0000\"", "\"\\/\"",
        ];

        /// <summary>Lone surrogates: kept in streamed text, refused (by both readers) anywhere else.</summary>
        private static readonly string[] LoneSurrogates = ["\"\\ud83d\"", "\"\\ude00x\"", "\"a\\udbff\""];

        private static readonly string[] Integers = ["0", "1", "7", "42"];

        private static readonly string[] Numbers = ["0", "1", "-1", "1.5", "1e30", "-1e30", "1e400", "-1e400", "1747930371123", "2147483648", "-0", "7"];

        private readonly Random _random = new(seed);

        public IEnumerable<string> Stream()
        {
            string template = Chunk();
            int repeats = _random.Next(1, 6);
            for (int i = 0; i < repeats; i++)
            {
                yield return template.Replace(Hole, Pick(0.85) ? Text() : AnyValue(1));
            }

            if (Pick(0.3))
            {
                yield return Chunk().Replace(Hole, Text());
            }
        }

        private string Chunk() => Object(0, new (string, Func<string>)[]
        {
            ("id", Str), ("object", Str), ("created", () => Pick(0.5) ? Pick(Numbers) : Str()), ("model", Str), ("provider", Str),
            ("system_fingerprint", Str), ("service_tier", Str), ("choices", Choices), ("usage", Usage), ("error", Error), ("debug", () => AnyValue(2)),
        });

        private string Choices()
        {
            var items = new List<string>();
            int n = Pick(0.8) ? 1 : _random.Next(0, 3);
            for (int i = 0; i < n; i++)
            {
                items.Add(Pick(0.05) ? "null" : Choice());
            }

            return "[" + string.Join(",", items) + "]";
        }

        private string Choice() => Object(1, new (string, Func<string>)[]
        {
            ("index", () => Pick(0.95) ? "0" : Pick(Numbers)), ("delta", Delta), ("finish_reason", Str), ("native_finish_reason", Str),
            ("logprobs", () => Pick("null", "{\"content\":[]}", "{\"content\":[{\"token\":\"a\",\"logprob\":-1,\"bytes\":[97],\"top_logprobs\":[]}]}")),
            ("error", Error), ("extra", () => AnyValue(2)),
        });

        private string Delta() => Object(2, new (string, Func<string>)[]
        {
            ("role", Str), ("content", () => Pick(0.7) ? Hole : Text()), ("reasoning", Text), ("refusal", Text),
            ("tool_calls", () => "[" + (Pick(0.1) ? "null," : "") + "{\"index\":0,\"id\":" + Str() + ",\"type\":\"function\",\"function\":{\"name\":" + Str() + ",\"arguments\":" + Text() + "}}]"),
            ("reasoning_details", () => "[{\"type\":\"reasoning.text\",\"text\":" + Text() + ",\"index\":0}]"),
            ("annotations", () => Pick("[]", "[{\"type\":\"url_citation\",\"url_citation\":{\"url\":\"u\",\"title\":null}}]", "[null]")),
            ("images", () => Pick("[]", "[{\"type\":\"image_url\",\"image_url\":{\"url\":\"data:x\"}}]")),
            ("audio", () => Pick("{\"id\":\"a\"}", "{\"transcript\":" + Str() + "}")), ("extra", () => AnyValue(2)),
        });

        private string Usage() => Object(1, new (string, Func<string>)[]
        {
            ("prompt_tokens", Int), ("completion_tokens", Int), ("total_tokens", Int),
            ("cost", () => Pick(Numbers)), ("is_byok", () => Pick("true", "false")), ("prompt_tokens_details", () => "{\"cached_tokens\":" + Int() + "}"),
            ("extra", () => AnyValue(2)),
        });

        private string Error() => Pick(0.3) ? Str() : Object(2, new (string, Func<string>)[]
        {
            ("code", () => Pick(0.5) ? Pick(Numbers) : Str()), ("message", Str), ("metadata", () => "{\"provider_name\":" + Str() + "}"),
            ("extra", () => AnyValue(2)),
        });

        /// <summary>
        /// An object with each member present (most of the time), sometimes twice, in a random order, and with a
        /// value that is well-typed, null, or anything at all.
        /// </summary>
        private string Object(int depth, (string Name, Func<string> Value)[] members)
        {
            var written = new List<string>();
            foreach ((string name, Func<string> value) in members)
            {
                double presence = depth == 0 && name == "choices" ? 0.95 : name == "error" ? 0.1 : name is "extra" or "debug" ? 0.2 : 0.7;
                int times = Pick(presence) ? Pick(0.1) ? 2 : 1 : 0;
                for (int i = 0; i < times; i++)
                {
                    string v = Pick(0.05) ? "null" : Pick(0.02) ? AnyValue(2) : value();
                    written.Add("\"" + name + "\":" + v);
                }
            }

            // Keep the member holding the content hole last but one sometimes, first sometimes: shuffle lightly.
            for (int i = written.Count - 1; i > 0; i--)
            {
                if (Pick(0.3))
                {
                    int j = _random.Next(i + 1);
                    (written[i], written[j]) = (written[j], written[i]);
                }
            }

            return "{" + string.Join(",", written) + "}";
        }

        private string AnyValue(int depth) => _random.Next(depth > 0 ? 8 : 6) switch
        {
            0 => "null",
            1 => Str(),
            2 => Pick(Numbers),
            3 => Pick("true", "false"),
            4 => "{}",
            5 => "[]",
            6 => "{\"x\":" + AnyValue(depth - 1) + "}",
            _ => "[" + AnyValue(depth - 1) + "]",
        };

        private string Str() => Pick(0.03) ? Pick(LoneSurrogates) : Pick(Strings);

        private string Text() => Pick(0.2) ? Pick(LoneSurrogates) : Pick(Strings);

        private string Int() => Pick(0.95) ? Pick(Integers) : Pick(Numbers);

        private bool Pick(double probability) => _random.NextDouble() < probability;

        private string Pick(params string[] values) => values[_random.Next(values.Length)];
    }
}
