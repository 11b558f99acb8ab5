using System.Text.Json;
using FluentAssertions;
using OpenRouter.Sdk.Serialization;
using OpenRouter.Sdk.Tests.Infrastructure;
using OpenRouter.Sdk.Tests.Streaming;
using Xunit;

namespace OpenRouter.Sdk.Tests.Chat;

/// <summary>Unknown members and the stream accumulator on hand-built chunks (open enums: Contracts/OpenEnumContractTests).</summary>
public sealed class WireModelTests
{
    [Fact]
    public void Unknown_reasoning_detail_types_keep_all_their_members()
    {
        const string json = """{"id":"x","created":0,"model":"m","choices":[{"index":0,"message":{"role":"assistant","reasoning_details":[{"type":"reasoning.future","index":0,"blob":{"k":[1,2]},"format":"f-v9"}]}}]}""";

        ChatCompletion completion = JsonSerializer.Deserialize(json, OpenRouterJsonContext.Default.ChatCompletion)!;

        ReasoningDetail detail = completion.Choices[0].Message.ReasoningDetails!.Single();
        detail.Type.Value.Should().Be("reasoning.future");
        detail.Format.Should().Be("f-v9");
        detail.AdditionalProperties!["blob"].GetProperty("k")[1].GetInt32().Should().Be(2);
        JsonAssert.Equivalent(json, WireJson.Serialize(completion));
    }

    [Fact]
    public void Unknown_response_members_are_kept_at_every_level()
    {
        const string json = """
            {"id":"x","created":0,"model":"m","future_member":{"region":"eu"},
             "choices":[{"index":0,"extra_choice":1,"message":{"role":"assistant","content":"c","extra_message":"y"}}],
             "usage":{"prompt_tokens":1,"completion_tokens":2,"total_tokens":3,"future_tokens":9,"cost_details":{"new_cost":"0.5"}}}
            """;

        ChatCompletion completion = JsonSerializer.Deserialize(json, OpenRouterJsonContext.Default.ChatCompletion)!;

        completion.AdditionalProperties!["future_member"].GetProperty("region").GetString().Should().Be("eu");
        completion.Choices[0].AdditionalProperties!["extra_choice"].GetInt32().Should().Be(1);
        completion.Choices[0].Message.AdditionalProperties!["extra_message"].GetString().Should().Be("y");
        completion.Usage!.AdditionalProperties!["future_tokens"].GetInt32().Should().Be(9);
        completion.Usage.CostDetails!.AdditionalProperties!["new_cost"].GetString().Should().Be("0.5");
        JsonAssert.Equivalent(json, WireJson.Serialize(completion));
    }

    private static ChatCompletionChunk Chunk(string json) => JsonSerializer.Deserialize(json, OpenRouterJsonContext.Default.ChatCompletionChunk)!;

    private static ChatCompletion Fold(params string[] chunks)
    {
        var accumulator = new ChatCompletionAccumulator();
        foreach (string chunk in chunks)
        {
            accumulator.Append(Chunk(chunk));
        }

        accumulator.ChunkCount.Should().Be(chunks.Length);
        return accumulator.ToChatCompletion();
    }

    [Fact]
    public void A_snapshot_taken_mid_stream_does_not_change_as_more_chunks_arrive()
    {
        var accumulator = new ChatCompletionAccumulator();
        accumulator.Append(Chunk("""{"id":"g","model":"m","choices":[{"index":0,"delta":{"content":"Hel","reasoning_details":[{"type":"reasoning.text","index":0,"text":"thin"}],"annotations":[{"type":"url_citation","url_citation":{"url":"https://a.example"}}]}}]}"""));

        ChatCompletion snapshot = accumulator.ToChatCompletion();
        accumulator.Append(Chunk("""{"id":"g","model":"m","choices":[{"index":0,"delta":{"content":"lo","reasoning_details":[{"type":"reasoning.text","index":0,"text":"king","signature":"sig"}],"annotations":[{"type":"url_citation","url_citation":{"url":"https://b.example"}}]},"finish_reason":"stop"}]}"""));
        ChatCompletion whole = accumulator.ToChatCompletion();

        snapshot.Choices[0].Message.Content.Should().Be("Hel");
        snapshot.Choices[0].Message.ReasoningDetails!.Single().Text.Should().Be("thin");
        snapshot.Choices[0].Message.ReasoningDetails!.Single().Signature.Should().BeNull();
        snapshot.Choices[0].Message.Annotations.Should().ContainSingle();
        whole.Choices[0].Message.Content.Should().Be("Hello");
        whole.Choices[0].Message.ReasoningDetails!.Single().Text.Should().Be("thinking");
        whole.Choices[0].Message.ReasoningDetails!.Single().Signature.Should().Be("sig");
        whole.Choices[0].Message.Annotations.Should().HaveCount(2);
    }

    [Fact]
    public void Tool_call_arguments_are_concatenated_by_index_even_when_interleaved()
    {
        ChatCompletion folded = Fold(
            """{"id":"g","model":"m","choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"id":"a","type":"function","function":{"name":"add","arguments":""}}]}}]}""",
            """{"id":"g","model":"m","choices":[{"index":0,"delta":{"tool_calls":[{"index":1,"id":"b","type":"function","function":{"name":"mul","arguments":"{\"x\":"}}]}}]}""",
            """{"id":"g","model":"m","choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":"{\"y\":"}}]}}]}""",
            """{"id":"g","model":"m","choices":[{"index":0,"delta":{"tool_calls":[{"index":1,"function":{"arguments":"2}"}},{"index":0,"function":{"arguments":"1}"}}]}}]}""",
            """{"id":"g","model":"m","choices":[{"index":0,"delta":{},"finish_reason":"tool_calls"}]}""");

        IReadOnlyList<ToolCall> calls = folded.Choices[0].Message.ToolCalls!;
        calls.Select(c => (c.Id, c.Function!.Name, c.Function.Arguments)).Should().Equal(("a", "add", "{\"y\":1}"), ("b", "mul", "{\"x\":2}"));
        folded.Choices[0].FinishReason.Should().Be(FinishReason.ToolCalls);
    }

    [Fact]
    public void Reasoning_details_merge_by_type_and_index_and_the_signature_joins_its_text()
    {
        ChatCompletion folded = Fold(
            """{"id":"g","model":"m","choices":[{"index":0,"delta":{"reasoning":"Think ","reasoning_details":[{"type":"reasoning.text","text":"Think ","index":0,"format":"anthropic-claude-v1"}]}}]}""",
            """{"id":"g","model":"m","choices":[{"index":0,"delta":{"reasoning":"hard","reasoning_details":[{"type":"reasoning.text","text":"hard","index":0}]}}]}""",
            """{"id":"g","model":"m","choices":[{"index":0,"delta":{"reasoning_details":[{"type":"reasoning.text","signature":"SIG==","index":0}]}}]}""",
            """{"id":"g","model":"m","choices":[{"index":0,"delta":{"reasoning_details":[{"type":"reasoning.encrypted","data":"BLOB","id":"rs_1","index":1}]}}]}""",
            """{"id":"g","model":"m","choices":[{"index":0,"delta":{"content":"4"},"finish_reason":"stop"}]}""");

        ChatCompletionMessage message = folded.Choices[0].Message;
        message.Reasoning.Should().Be("Think hard");
        message.Content.Should().Be("4");
        message.ReasoningDetails.Should().HaveCount(2);
        message.ReasoningDetails![0].Type.Should().Be(ReasoningDetailType.Text);
        message.ReasoningDetails[0].Text.Should().Be("Think hard");
        message.ReasoningDetails[0].Signature.Should().Be("SIG==");
        message.ReasoningDetails[0].Format.Should().Be("anthropic-claude-v1");
        message.ReasoningDetails[1].Type.Should().Be(ReasoningDetailType.Encrypted);
        message.ReasoningDetails[1].Data.Should().Be("BLOB");
        message.ReasoningDetails[1].Id.Should().Be("rs_1");
    }

    [Theory]
    [InlineData("null")]
    [InlineData("\"stop\"")]
    [InlineData("\"length\"")]
    public void The_first_non_null_finish_reason_wins_over_the_usage_chunk(string usageChunkReason)
    {
        ChatCompletion folded = Fold(
            """{"id":"g","model":"m","choices":[{"index":0,"delta":{"content":"a"},"finish_reason":null}]}""",
            """{"id":"g","model":"m","choices":[{"index":0,"delta":{"content":""},"finish_reason":"content_filter","native_finish_reason":"SAFETY"}]}""",
            """{"id":"g","model":"m","choices":[{"index":0,"delta":{"content":""},"finish_reason":""" + usageChunkReason + """}],"usage":{"prompt_tokens":1,"completion_tokens":1,"total_tokens":2,"cost":0.25}}""");

        folded.Choices[0].FinishReason.Should().Be(FinishReason.ContentFilter);
        folded.Choices[0].NativeFinishReason!.Value.Value.Should().Be("SAFETY");
        folded.Usage!.Cost.Should().Be(0.25m);
        folded.Id.Should().Be("g");
    }
}
