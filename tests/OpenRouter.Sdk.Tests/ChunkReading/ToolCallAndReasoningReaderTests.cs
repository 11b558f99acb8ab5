using System.Text;
using System.Text.Json;
using FluentAssertions;
using OpenRouter.Sdk.Serialization;
using Xunit;

namespace OpenRouter.Sdk.Tests.ChunkReading;

/// <summary>
/// The hand-read <c>tool_calls</c> and <c>reasoning_details</c> entries read exactly what the source-generated
/// deserializer reads, or fail with a <see cref="JsonException"/> exactly when it fails: in any member order, with
/// escapes, nulls, repeated members, members it does not model and values of the wrong type.
/// </summary>
public sealed class ToolCallAndReasoningReaderTests
{
    private const string Envelope = """{"id":"gen-1","object":"chat.completion.chunk","created":1,"model":"m","provider":"p","choices":""";

    public static TheoryData<string> Deltas() => new()
    {
        // The recorded tool-call shapes (fixtures 07, 09, 13, 18).
        """{"content":null,"role":"assistant","tool_calls":[{"index":0,"id":"toolu_bdrk_01","type":"function","function":{"name":"weather","arguments":""}}]}""",
        """{"content":null,"role":"assistant","tool_calls":[{"index":0,"function":{"arguments":"{\"lo"}}]}""",
        """{"role":"assistant","content":null,"tool_calls":[{"index":0,"function":{"arguments":"{}"},"type":"function"}]}""",
        """{"tool_calls":[{"index":0,"id":"a","type":"function","function":{"name":"f","arguments":""}},{"index":1,"id":"b","type":"function","function":{"name":"g","arguments":"{\"x\":1}"}}]}""",
        // The recorded reasoning shapes (fixtures 08, 09, 10, 11, 13, 16).
        """{"content":"","role":"assistant","reasoning":"The","reasoning_details":[{"type":"reasoning.summary","summary":"The","format":"xai-responses-v1","index":0}]}""",
        """{"content":"","role":"assistant","reasoning":null,"reasoning_details":[{"type":"reasoning.encrypted","data":"EjQKMgEMOdbH+c7aR","format":"google-gemini-v1","id":"tool_weather_nNBv","index":0}]}""",
        """{"content":"","role":"assistant","reasoning":" \"hi\" in","reasoning_details":[{"type":"reasoning.text","text":" \"hi\" in","format":"unknown","index":0}]}""",
        """{"role":"assistant","content":"","reasoning":null,"reasoning_details":[{"type":"reasoning.text","text":"","signature":"","format":"anthropic-claude-v1","index":0}]}""",
        """{"role":"assistant","content":null,"reasoning":null,"reasoning_details":[{"id":"tool_weather_Zd","type":"reasoning.encrypted","data":"EvUD","format":"google-gemini-v1","index":0}]}""",
        """{"role":"assistant","content":"","reasoning":null,"reasoning_details":[]}""",
        // Escapes, lone surrogates in text, member names escaped.
        """{"reasoning":"caf\u00e9 \"q\"","reasoning_details":[{"type":"reasoning.text","text":"caf\u00e9 \"q\"","index":0}]}""",
        """{"reasoning":"\ud83d","reasoning_details":[{"type":"reasoning.text","text":"\ud83d"},{"type":"reasoning.text","text":"\ude00"}]}""",
        """{"tool_calls":[{"index":0,"function":{"arguments":"{\"t\":\"\ud83d"}}]}""",
        """{"tool_calls":[{"\u0069ndex":0,"function":{"arguments":"x"}}]}""",
        """{"tool_calls":[{"index":0,"function":{"n\u0061me":"f"}}]}""",
        """{"reasoning_details":[{"t\u0079pe":"reasoning.text","text":"x"}]}""",
        """{"tool_calls":[{"index":0,"id":"c\u00e9","type":"fun\"ction","function":{"name":"f\u00e9","arguments":"a"}}]}""",
        """{"reasoning_details":[{"type":"reasoning.t\u0065xt","format":"f\u00e9","id":"i\/d","text":"t"}]}""",
        // Nulls.
        """{"tool_calls":null,"reasoning_details":null}""",
        """{"tool_calls":[null,{"index":0,"id":null,"type":null,"function":null},null]}""",
        """{"tool_calls":[{"index":null,"function":{"name":null,"arguments":null}}]}""",
        """{"reasoning_details":[null,{"type":"reasoning.text","text":null,"summary":null,"signature":null,"format":null,"index":null,"id":null,"data":null,"tool_name":null,"tool_call_id":null}]}""",
        """{"reasoning_details":[{"type":null,"text":"t"}]}""",
        """{"reasoning_details":[{"text":"t"}]}""",
        // Repeated members: the last one wins.
        """{"tool_calls":[{"index":0,"index":1,"id":"a","id":null,"type":"x","type":"function","function":{"name":"f","arguments":"a","arguments":"b"},"function":{"name":"g"}}]}""",
        """{"tool_calls":[{"index":0,"function":{"arguments":"a"},"function":null}]}""",
        """{"tool_calls":[{"index":0}],"tool_calls":[{"index":1}]}""",
        """{"reasoning":"a","reasoning_details":[{"type":"reasoning.text","text":"a","text":"b","type":"reasoning.summary","index":0,"index":2}]}""",
        """{"reasoning":"a","reasoning_details":[{"type":"reasoning.text","text":"a"}],"reasoning":"b"}""",
        """{"reasoning":"a","reasoning":null,"reasoning_details":[{"type":"reasoning.text","text":"a"}]}""",
        """{"reasoning_details":[{"type":"reasoning.text","text":"a"}],"reasoning_details":[]}""",
        // Members the hand reader leaves to the generated metadata.
        """{"tool_calls":[{"index":0,"extra":{"x":[1]},"function":{"arguments":"a"}}]}""",
        """{"tool_calls":[{"index":0,"function":{"arguments":"a","strict":true}}]}""",
        """{"reasoning_details":[{"type":"reasoning.text","text":"t","extra":1,"index":0,"extra":[2]}]}""",
        """{"reasoning_details":[{"type":"reasoning.server_tool_call","tool_name":"web_search","tool_call_id":"c1","arguments":{"q":"x"},"result":[1,2],"index":0}]}""",
        """{"reasoning_details":[{"type":"reasoning.server_tool_call","arguments":null,"result":null}]}""",
        // Values of the wrong type where the deserializer reads or fails.
        """{"tool_calls":[{"index":"0"}]}""",
        """{"tool_calls":[{"index":1.5}]}""",
        """{"tool_calls":[{"index":2147483648}]}""",
        """{"tool_calls":[{"index":-0}]}""",
        """{"tool_calls":[{"id":1}]}""",
        """{"tool_calls":[{"type":true}]}""",
        """{"tool_calls":[{"function":"f"}]}""",
        """{"tool_calls":[{"function":[]}]}""",
        """{"tool_calls":[{"function":{"name":5}}]}""",
        """{"tool_calls":[{"function":{"arguments":{}}}]}""",
        """{"tool_calls":[{"function":{"arguments":1}}]}""",
        """{"tool_calls":[1]}""",
        """{"tool_calls":["x"]}""",
        """{"tool_calls":[[]]}""",
        """{"tool_calls":{}}""",
        """{"tool_calls":"x"}""",
        """{"tool_calls":1}""",
        """{"reasoning_details":[{"type":1}]}""",
        """{"reasoning_details":[{"type":{}}]}""",
        """{"reasoning_details":[{"text":1}]}""",
        """{"reasoning_details":[{"summary":[]}]}""",
        """{"reasoning_details":[{"format":2}]}""",
        """{"reasoning_details":[{"index":"0"}]}""",
        """{"reasoning_details":[{"index":1e3}]}""",
        """{"reasoning_details":[{"id":false}]}""",
        """{"reasoning_details":[{"signature":1}]}""",
        """{"reasoning_details":[{"data":{}}]}""",
        """{"reasoning_details":[{"tool_name":1}]}""",
        """{"reasoning_details":[{"tool_call_id":[]}]}""",
        """{"reasoning_details":[{"arguments":1,"result":"r"}]}""",
        """{"reasoning_details":[1]}""",
        """{"reasoning_details":[true]}""",
        """{"reasoning_details":{}}""",
        """{"reasoning_details":"x"}""",
        // A lone surrogate where no text fragment is expected.
        """{"tool_calls":[{"id":"\ud83d"}]}""",
        """{"tool_calls":[{"function":{"name":"\ude00"}}]}""",
        """{"reasoning_details":[{"type":"\ud83d"}]}""",
        """{"reasoning_details":[{"format":"\ud83d"}]}""",
        """{"reasoning_details":[{"signature":"\ud83d"}]}""",
        """{"reasoning_details":[{"data":"a\ud83d"}]}""",
    };

    [Theory]
    [MemberData(nameof(Deltas))]
    public void A_delta_reads_as_the_deserializer_reads_it_or_fails_as_it_fails(string delta)
    {
        string chunk = Envelope + """[{"index":0,"delta":""" + delta + ""","finish_reason":null}]}""";

        AssertSameAsDeserializer(chunk);
    }

    [Theory]
    [MemberData(nameof(Deltas))]
    public void A_completion_message_reads_as_the_deserializer_reads_it_or_fails_as_it_fails(string message)
    {
        string json = """{"id":"gen-1","object":"chat.completion","created":1,"model":"m","choices":[{"index":0,"message":""" + message + ""","finish_reason":"stop"}]}""";
        byte[] data = Encoding.UTF8.GetBytes(json);
        (ChatCompletion? expected, Exception? deserializerError) = Try(() => JsonSerializer.Deserialize(data, OpenRouterJsonContext.Default.ChatCompletion)!);
        (ChatCompletion? actual, Exception? readerError) = Try(() => ChatCompletionChunkReader.ReadCompletion(data));

        readerError?.Should().BeAssignableTo<JsonException>(json);
        (readerError is null).Should().Be(deserializerError is null, "both read or both fail: {0} (deserializer: {1}; reader: {2})", json, deserializerError?.Message, readerError?.Message);
        if (actual is not null)
        {
            JsonSerializer.Serialize(actual, OpenRouterJsonContext.Default.ChatCompletion)
                .Should().Be(JsonSerializer.Serialize(expected!, OpenRouterJsonContext.Default.ChatCompletion), json);
        }
    }

    [Fact]
    public void Tool_call_members_are_read_by_hand_with_their_meaning()
    {
        string chunk = Envelope + """[{"index":0,"delta":{"tool_calls":[{"type":"function","function":{"arguments":"{\"city\":\"Florence\"}","name":"weather"},"id":"call_1","index":2}]}}]}""";

        ToolCall call = ChatCompletionChunkReader.Read(Encoding.UTF8.GetBytes(chunk)).Choices[0].Delta!.ToolCalls!.Should().ContainSingle().Subject;

        call.Index.Should().Be(2);
        call.Id.Should().Be("call_1");
        call.Type.Should().Be("function");
        call.Function!.Name.Should().Be("weather");
        call.Function.Arguments.Should().Be("{\"city\":\"Florence\"}");
    }

    [Fact]
    public void Reasoning_detail_members_are_read_by_hand_with_their_meaning()
    {
        string chunk = Envelope + """[{"index":0,"delta":{"reasoning_details":[{"index":1,"format":"anthropic-claude-v1","signature":"sig","text":"t","type":"reasoning.text","id":"r1","data":"d","summary":"s","tool_name":"n","tool_call_id":"c"}]}}]}""";

        ReasoningDetail detail = ChatCompletionChunkReader.Read(Encoding.UTF8.GetBytes(chunk)).Choices[0].Delta!.ReasoningDetails!.Should().ContainSingle().Subject;

        detail.Type.Should().Be(ReasoningDetailType.Text);
        detail.Type.Value.Should().Be("reasoning.text");
        detail.Index.Should().Be(1);
        detail.Format.Should().Be("anthropic-claude-v1");
        detail.Signature.Should().Be("sig");
        detail.Text.Should().Be("t");
        detail.Id.Should().Be("r1");
        detail.Data.Should().Be("d");
        detail.Summary.Should().Be("s");
        detail.ToolName.Should().Be("n");
        detail.ToolCallId.Should().Be("c");
        detail.AdditionalProperties.Should().BeNull();
    }

    [Fact]
    public void Members_not_modelled_in_a_reasoning_detail_are_kept()
    {
        string chunk = Envelope + """[{"index":0,"delta":{"reasoning_details":[{"type":"reasoning.new","text":"t","extra":{"x":1}}]}}]}""";

        ReasoningDetail detail = ChatCompletionChunkReader.Read(Encoding.UTF8.GetBytes(chunk)).Choices[0].Delta!.ReasoningDetails!.Single();

        detail.Type.Value.Should().Be("reasoning.new");
        detail.Text.Should().Be("t");
        detail.AdditionalProperties!["extra"].GetProperty("x").GetInt32().Should().Be(1);
    }

    [Fact]
    public void A_reasoning_detail_repeating_the_reasoning_shares_its_string()
    {
        string chunk = Envelope + """[{"index":0,"delta":{"content":"","reasoning":" is \"2\"","reasoning_details":[{"type":"reasoning.text","text":" is \"2\"","format":"anthropic-claude-v1","index":0},{"type":"reasoning.summary","summary":" is \"2\""},{"type":"reasoning.text","text":" is 2"}]}}]}""";

        ChatCompletionDelta delta = ChatCompletionChunkReader.Read(Encoding.UTF8.GetBytes(chunk)).Choices[0].Delta!;

        delta.Reasoning.Should().Be(" is \"2\"");
        delta.ReasoningDetails![0].Text.Should().BeSameAs(delta.Reasoning);
        delta.ReasoningDetails[1].Summary.Should().BeSameAs(delta.Reasoning);
        delta.ReasoningDetails[2].Text.Should().Be(" is 2");
    }

    [Theory]
    [InlineData("""{"tool_calls":[{"index":0,"id":"ZZ","function":{"name":"f","arguments":"a"}}]}""")]
    [InlineData("""{"tool_calls":[{"index":0,"type":"ZZ"}]}""")]
    [InlineData("""{"tool_calls":[{"index":0,"function":{"name":"ZZ"}}]}""")]
    [InlineData("""{"tool_calls":[{"index":0,"function":{"arguments":"aZZ"}}]}""")]
    [InlineData("""{"tool_calls":[{"index":0,"function":{"arguments":"\"ZZ"}}]}""")]
    [InlineData("""{"reasoning_details":[{"type":"ZZ"}]}""")]
    [InlineData("""{"reasoning_details":[{"text":"ZZ"}]}""")]
    [InlineData("""{"reasoning_details":[{"summary":"\nZZ"}]}""")]
    [InlineData("""{"reasoning_details":[{"format":"ZZ"}]}""")]
    [InlineData("""{"reasoning_details":[{"id":"ZZ"}]}""")]
    [InlineData("""{"reasoning_details":[{"signature":"ZZ"}]}""")]
    [InlineData("""{"reasoning_details":[{"data":"ZZ\n"}]}""")]
    [InlineData("""{"reasoning_details":[{"tool_name":"ZZ"}]}""")]
    public void A_string_that_is_not_UTF_8_is_a_JsonException_as_for_the_deserializer(string delta)
    {
        byte[] data = Encoding.UTF8.GetBytes(Envelope + """[{"index":0,"delta":""" + delta + "}]}");
        int at = Encoding.UTF8.GetString(data).IndexOf("ZZ", StringComparison.Ordinal);
        data[at] = 0xC3;
        data[at + 1] = 0x28;

        Action deserializer = () => JsonSerializer.Deserialize(data, OpenRouterJsonContext.Default.ChatCompletionChunk);
        Action reader = () => ChatCompletionChunkReader.Read(data);

        deserializer.Should().Throw<JsonException>();
        reader.Should().Throw<JsonException>();
    }

    [Fact]
    public void Random_tool_calls_and_reasoning_details_read_as_the_deserializer_reads_them_or_fail_as_it_fails()
    {
        var random = new Random(20_261_205);
        var fuzzer = new EntryFuzzer(random);
        int read = 0;
        int failed = 0;
        for (int i = 0; i < 4000; i++)
        {
            string delta = fuzzer.Delta();
            string chunk = Envelope + """[{"index":0,"delta":""" + delta + ""","finish_reason":null,"native_finish_reason":null}]}""";
            if (AssertSameAsDeserializer(chunk))
            {
                read++;
            }
            else
            {
                failed++;
            }
        }

        read.Should().BeGreaterThan(2000, "most generated entries are valid");
        failed.Should().BeGreaterThan(100, "some generated entries are not");
    }

    /// <summary>
    /// Reads <paramref name="json"/> alone and as the repeated chunks of a stream (which take over the envelope), and
    /// checks that the reader and the deserializer agree; returns whether it read.
    /// </summary>
    private static bool AssertSameAsDeserializer(string json)
    {
        byte[] data = Encoding.UTF8.GetBytes(json);
        (ChatCompletionChunk? expected, Exception? deserializerError) = Try(() => JsonSerializer.Deserialize(data, OpenRouterJsonContext.Default.ChatCompletionChunk)!);
        var envelope = new ChunkEnvelope();
        for (int i = 0; i < 3; i++)
        {
            (ChatCompletionChunk? actual, Exception? readerError) = Try(() => i == 0 ? ChatCompletionChunkReader.Read(data) : ChatCompletionChunkReader.Read(data, envelope));
            if (readerError is not null && readerError is not JsonException)
            {
                throw new Xunit.Sdk.XunitException($"The reader threw {readerError.GetType().Name} for {json}: {readerError}");
            }

            (readerError is null).Should().Be(deserializerError is null, "both read or both fail: {0} (deserializer: {1}; reader: {2})", json, deserializerError?.Message, readerError?.Message);
            if (actual is not null)
            {
                Json(actual).Should().Be(Json(expected!), json);
                TextOf(actual).Should().Be(TextOf(expected!), "the text is kept exactly (a lone surrogate serializes as U+FFFD): {0}", json);
            }
        }

        return deserializerError is null;
    }

    private static (T? Value, Exception? Error) Try<T>(Func<T> read)
        where T : class
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

    /// <summary>Every text member, kept exactly (serializing turns a lone surrogate into U+FFFD).</summary>
    private static string TextOf(ChatCompletionChunk chunk) =>
        string.Join("|", chunk.Choices.Select(c => c.Delta is not { } d ? "-" : string.Join("/",
            new[] { d.Content, d.Reasoning }
                .Concat((d.ToolCalls ?? []).Select(t => t.Id + "," + t.Type + "," + t.Function?.Name + "," + t.Function?.Arguments))
                .Concat((d.ReasoningDetails ?? []).Select(r => r.Type.Value + "," + r.Text + "," + r.Summary + "," + r.Signature + "," + r.Data + "," + r.Id + "," + r.Format)))));

    private static string Json(ChatCompletionChunk chunk) => JsonSerializer.Serialize(chunk, OpenRouterJsonContext.Default.ChatCompletionChunk);

    /// <summary>
    /// Generates deltas with tool calls and reasoning details: each member present or not, sometimes twice, in any
    /// order, with a well-typed value, null, or anything at all, names sometimes escaped and members not modelled.
    /// </summary>
    private sealed class EntryFuzzer(Random random)
    {
        private static readonly string[] Strings =
        [
            "\"a\"", "\"\"", "\"h\u00e9llo\"", "\"caf\\u00e9\"", "\"\\\"q\\\"\"", "\"\\n\\t\\\\\\/\"", "\"\\ud83d\\ude00\"", "\"😀\"",
            "\"function\"", "\"reasoning.text\"", "\"reasoning.summary\"", "\"reasoning.encrypted\"", "\"anthropic-claude-v1\"", "\"{\\\"x\\\":1}\"",
        ];

        private static readonly string[] LoneSurrogates = ["\"\\ud83d\"", "\"\\ude00x\"", "\"a\\udbff\""];

        private static readonly string[] Numbers = ["0", "1", "7", "-1", "1.5", "1e3", "2147483648", "-0", "1e400"];

        public string Delta()
        {
            var members = new List<string>();
            string reasoning = Text();
            if (Pick(0.5))
            {
                members.Add("\"reasoning\":" + reasoning);
            }

            if (Pick(0.6))
            {
                members.Add("\"reasoning_details\":" + List(() => Detail(reasoning)));
            }

            if (Pick(0.6))
            {
                members.Add("\"tool_calls\":" + List(ToolCall));
            }

            if (Pick(0.3))
            {
                members.Add("\"content\":" + Text());
            }

            Shuffle(members);
            return "{" + string.Join(",", members) + "}";
        }

        private string List(Func<string> item)
        {
            if (Pick(0.05))
            {
                return Pick("null", "{}", "\"x\"", "1");
            }

            var items = new List<string>();
            int n = Pick(0.7) ? 1 : random.Next(0, 4);
            for (int i = 0; i < n; i++)
            {
                items.Add(Pick(0.05) ? Pick("null", "1", "[]", "\"x\"") : item());
            }

            return "[" + string.Join(",", items) + "]";
        }

        private string ToolCall() => Object(
            ("index", Int), ("id", Str), ("type", Str), ("function", Function));

        private string Function() => Pick(0.05) ? Pick("\"f\"", "[]", "1") : Object(("name", Str), ("arguments", Text));

        private string Detail(string reasoning) => Object(
            ("type", Str), ("text", () => Pick(0.5) ? reasoning : Text()), ("summary", () => Pick(0.5) ? reasoning : Text()), ("signature", Str),
            ("format", Str), ("index", Int), ("id", Str), ("data", Str), ("tool_name", Str), ("tool_call_id", Str), ("arguments", Any), ("result", Any));

        private string Object(params (string Name, Func<string> Value)[] members)
        {
            var written = new List<string>();
            foreach ((string name, Func<string> value) in members)
            {
                int times = Pick(0.6) ? Pick(0.1) ? 2 : 1 : 0;
                for (int i = 0; i < times; i++)
                {
                    string v = Pick(0.06) ? "null" : Pick(0.04) ? Any() : value();
                    written.Add(Name(name) + ":" + v);
                }
            }

            if (Pick(0.08))
            {
                written.Add("\"extra\":" + Any());
            }

            Shuffle(written);
            return "{" + string.Join(",", written) + "}";
        }

        private string Name(string name) =>
            Pick(0.03) ? "\"\\u" + ((int)name[0]).ToString("x4", System.Globalization.CultureInfo.InvariantCulture) + name[1..] + "\"" : "\"" + name + "\"";

        private void Shuffle(List<string> items)
        {
            for (int i = items.Count - 1; i > 0; i--)
            {
                int j = random.Next(i + 1);
                (items[i], items[j]) = (items[j], items[i]);
            }
        }

        // No lone surrogate: a JsonElement holding one cannot be written back for the comparison.
        private string Any() => random.Next(7) switch
        {
            0 => "null",
            1 => Pick(Strings),
            2 => Pick(Numbers),
            3 => Pick("true", "false"),
            4 => "{\"x\":[1,\"y\"]}",
            5 => "[]",
            _ => "{}",
        };

        private string Str() => Pick(0.03) ? Pick(LoneSurrogates) : Pick(Strings);

        private string Text() => Pick(0.1) ? Pick(LoneSurrogates) : Pick(0.05) ? "null" : Pick(Strings);

        private string Int() => Pick(0.85) ? Pick("0", "1", "2") : Pick(Numbers);

        private bool Pick(double probability) => random.NextDouble() < probability;

        private string Pick(params string[] values) => values[random.Next(values.Length)];
    }
}
