using System.Text;
using System.Text.Json;
using FluentAssertions;
using OpenRouter.Sdk.Tests.Infrastructure;
using OpenRouter.Sdk.Tests.Streaming;
using Xunit;

namespace OpenRouter.Sdk.Tests.Chat;

/// <summary>Every recorded chat stream replayed through the public streaming API, with its meaning asserted.</summary>
public sealed class StreamFixtureTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> ChatStreams { get; } = new(
        Fixture.All("*.sse").Where(n => int.Parse(n.AsSpan(0, 2), System.Globalization.CultureInfo.InvariantCulture) <= 19 && !n.StartsWith("14-", StringComparison.Ordinal)));

    private static ChatCompletionRequest Request() => new() { Model = "openai/gpt-4o", Messages = { new UserMessage("hi") } };

    internal static async Task<List<ChatCompletionChunk>> StreamAsync(string fixture, int readSize = int.MaxValue)
    {
        var handler = new StubHandler().RespondStream(Fixture.Bytes(fixture), readSize);
        using var client = TestClients.Create(handler);
        var chunks = new List<ChatCompletionChunk>();
        await foreach (ChatCompletionChunk chunk in client.StreamChatCompletionAsync(Request(), Ct))
        {
            chunks.Add(chunk);
        }

        return chunks;
    }

    internal static async Task<ChatCompletion> FoldAsync(string fixture)
    {
        var handler = new StubHandler().RespondStream(Fixture.Bytes(fixture));
        using var client = TestClients.Create(handler);
        return await client.StreamChatCompletionAsync(Request(), Ct).ToChatCompletionAsync(Ct);
    }

    [Theory]
    [MemberData(nameof(ChatStreams))]
    public async Task Every_chunk_keeps_the_envelope_its_event_sent(string fixture)
    {
        List<string> events = WireJson.DataEvents(Fixture.Bytes(fixture));
        List<ChatCompletionChunk> chunks = await StreamAsync(fixture);

        for (int i = 0; i < chunks.Count; i++)
        {
            using JsonDocument recorded = JsonDocument.Parse(events[i]);
            JsonElement root = recorded.RootElement;
            chunks[i].Object.Should().Be(root.TryGetProperty("object", out JsonElement o) ? o.GetString() : null, $"event {i} of {fixture}");
            chunks[i].Id.Should().Be(root.TryGetProperty("id", out JsonElement id) ? id.GetString() : string.Empty, $"event {i} of {fixture}");
            chunks[i].Model.Should().Be(root.TryGetProperty("model", out JsonElement m) ? m.GetString() : string.Empty, $"event {i} of {fixture}");
        }
    }

    [Theory]
    [MemberData(nameof(ChatStreams))]
    public async Task Every_data_event_is_yielded_as_its_own_chunk_with_nothing_lost(string fixture)
    {
        List<string> events = WireJson.DataEvents(Fixture.Bytes(fixture));
        events[^1].Should().Be("[DONE]");

        List<ChatCompletionChunk> chunks = await StreamAsync(fixture);

        chunks.Should().HaveCount(events.Count - 1, "each data event except [DONE] is one chunk");
        for (int i = 0; i < chunks.Count; i++)
        {
            WireJson.EquivalentIgnoringNulls(events[i], WireJson.Serialize(chunks[i]));
        }
    }

    [Theory]
    [MemberData(nameof(ChatStreams))]
    public async Task Folding_the_stream_matches_what_the_recorded_events_add_up_to(string fixture)
    {
        List<JsonElement> events = WireJson.ChunkElements(fixture);
        List<JsonElement> choices = events.SelectMany(e => e.TryGetProperty("choices", out var c) ? c.EnumerateArray() : Enumerable.Empty<JsonElement>()).ToList();
        List<JsonElement> deltas = choices.Select(c => WireJson.Path(c, "delta")).Where(d => d is not null).Select(d => d!.Value).ToList();

        string? expectedContent = Concat(deltas, "content");
        string? expectedReasoning = Concat(deltas, "reasoning");
        string? expectedFinish = choices.Select(c => WireJson.String(c, "finish_reason")).FirstOrDefault(f => f is not null);
        string? expectedNative = choices.Select(c => WireJson.String(c, "native_finish_reason")).FirstOrDefault(f => f is not null);
        JsonElement expectedUsage = events.Last(e => WireJson.Path(e, "usage") is not null).GetProperty("usage");
        var expectedCalls = deltas.SelectMany(d => WireJson.Path(d, "tool_calls") is { } t ? t.EnumerateArray() : Enumerable.Empty<JsonElement>())
            .GroupBy(t => t.GetProperty("index").GetInt32())
            .OrderBy(g => g.Key)
            .Select(g => (Index: g.Key,
                Id: g.Select(t => WireJson.String(t, "id")).First(s => !string.IsNullOrEmpty(s)),
                Name: g.Select(t => WireJson.String(t, "function", "name")).First(s => !string.IsNullOrEmpty(s)),
                Arguments: string.Concat(g.Select(t => WireJson.String(t, "function", "arguments")))))
            .ToList();
        List<JsonElement> details = deltas.SelectMany(d => WireJson.Path(d, "reasoning_details") is { } r ? r.EnumerateArray() : Enumerable.Empty<JsonElement>()).ToList();
        int annotationCount = deltas.Sum(d => WireJson.Path(d, "annotations") is { } a ? a.GetArrayLength() : 0);

        ChatCompletion folded = await FoldAsync(fixture);

        folded.Id.Should().Be(events[0].GetProperty("id").GetString());
        folded.Model.Should().Be(events[0].GetProperty("model").GetString());
        folded.Provider.Should().Be(events[0].GetProperty("provider").GetString());
        folded.Created.Should().Be(events[0].GetProperty("created").GetInt64());
        folded.SystemFingerprint.Should().Be(events.Select(e => WireJson.String(e, "system_fingerprint")).FirstOrDefault(s => s is not null));
        folded.Choices.Should().ContainSingle();
        ChatCompletionChoice choice = folded.Choices[0];
        choice.Message.Content.Should().Be(expectedContent);
        choice.Message.Reasoning.Should().Be(expectedReasoning);
        choice.FinishReason!.Value.Value.Should().Be(expectedFinish, "the first non-null finish reason wins over the usage chunk's");
        (choice.NativeFinishReason?.Value).Should().Be(expectedNative);

        // Usage: the last one sent, with money exact to the digit.
        folded.Usage.Should().NotBeNull();
        folded.Usage!.PromptTokens.Should().Be(expectedUsage.GetProperty("prompt_tokens").GetInt32());
        folded.Usage.CompletionTokens.Should().Be(expectedUsage.GetProperty("completion_tokens").GetInt32());
        folded.Usage.TotalTokens.Should().Be(expectedUsage.GetProperty("total_tokens").GetInt32());
        folded.Usage.Cost.Should().Be(WireJson.Decimal(expectedUsage.GetProperty("cost")));
        folded.Usage.IsByok.Should().Be(WireJson.Path(expectedUsage, "is_byok")?.GetBoolean());
        WireJson.EquivalentIgnoringNulls(expectedUsage.GetRawText(), JsonSerializer.Serialize(folded.Usage, OpenRouter.Sdk.Serialization.OpenRouterJsonContext.Default.Usage));

        // Tool calls merged by index, arguments concatenated into parseable JSON.
        if (expectedCalls.Count == 0)
        {
            choice.Message.ToolCalls.Should().BeNull();
        }
        else
        {
            choice.Message.ToolCalls.Should().HaveCount(expectedCalls.Count);
            for (int i = 0; i < expectedCalls.Count; i++)
            {
                ToolCall call = choice.Message.ToolCalls![i];
                call.Index.Should().Be(expectedCalls[i].Index);
                call.Id.Should().Be(expectedCalls[i].Id);
                call.Type.Should().Be("function");
                call.Function!.Name.Should().Be(expectedCalls[i].Name);
                call.Function.Arguments.Should().Be(expectedCalls[i].Arguments);
                using JsonDocument parsed = JsonDocument.Parse(call.Function.Arguments!);
                parsed.RootElement.ValueKind.Should().Be(JsonValueKind.Object);
            }
        }

        // Reasoning details: fragments merged, nothing of their text, summaries, blobs or types lost.
        IReadOnlyList<ReasoningDetail> merged = choice.Message.ReasoningDetails ?? Array.Empty<ReasoningDetail>();
        merged.Select(d => d.Type.Value).Distinct().Should().BeEquivalentTo(details.Select(d => d.GetProperty("type").GetString()).Distinct());
        string.Concat(merged.Select(d => d.Text)).Should().Be(string.Concat(details.Select(d => WireJson.String(d, "text"))));
        string.Concat(merged.Select(d => d.Summary)).Should().Be(string.Concat(details.Select(d => WireJson.String(d, "summary"))));
        string.Concat(merged.Select(d => d.Data)).Should().Be(string.Concat(details.Select(d => WireJson.String(d, "data"))));
        string.Concat(merged.Select(d => d.Signature)).Should().Be(string.Concat(details.Select(d => WireJson.String(d, "signature"))));
        merged.Count.Should().BeLessThanOrEqualTo(details.Count);

        (choice.Message.Annotations?.Count ?? 0).Should().Be(annotationCount);
    }

    private static string? Concat(List<JsonElement> deltas, string name)
    {
        var values = deltas.Select(d => WireJson.Path(d, name)).Where(v => v is not null).Select(v => v!.Value.GetString()).ToList();
        return values.Count == 0 ? null : string.Concat(values);
    }

    [Fact]
    public async Task Fixture_04_basic_stream_with_2025_usage_chunk_shape()
    {
        List<ChatCompletionChunk> chunks = await StreamAsync("04-chat-stream-basic-gpt-4o.sse");

        chunks.Should().HaveCount(5);
        chunks.Take(4).Should().OnlyContain(c => c.SystemFingerprint == "fp_deacdd5f6f");
        chunks[4].SystemFingerprint.Should().BeNull("the usage chunk carries none");
        chunks[3].Choices[0].FinishReason.Should().Be(FinishReason.Stop);
        chunks[4].Choices[0].FinishReason.Should().BeNull("the 2025 usage chunk carries finish_reason null");
        chunks[4].Usage!.Cost.Should().Be(0.00005m);

        ChatCompletion folded = await FoldAsync("04-chat-stream-basic-gpt-4o.sse");
        folded.Choices[0].Message.Content.Should().Be("Hello!");
        folded.Choices[0].FinishReason.Should().Be(FinishReason.Stop, "the null on the usage chunk does not clobber stop");
        folded.Usage!.CostDetails!.UpstreamInferencePromptCost.Should().Be(0.00003m);
        folded.Usage.CostDetails.UpstreamInferenceCompletionsCost.Should().Be(0.00002m);
    }

    [Fact]
    public async Task Fixture_05_bedrock_stream_skips_processing_comments_and_reports_alias_model()
    {
        ChatCompletion folded = await FoldAsync("05-chat-stream-claude-bedrock.sse");

        folded.Model.Should().Be("anthropic/claude-3.5-sonnet");
        folded.Provider.Should().Be("Amazon Bedrock");
        folded.Choices[0].Message.Content.Should().Be("Hello!");
        folded.Usage!.Cost.Should().Be(0.000222m);
        folded.Usage.PromptTokensDetails!.CacheWriteTokens.Should().Be(0);
    }

    [Fact]
    public async Task Fixture_06_2026_repeated_finish_chunk_with_exact_cost_and_service_tier()
    {
        List<ChatCompletionChunk> chunks = await StreamAsync("06-chat-stream-gpt-5.4-nano-usage-chunk.sse");

        chunks.Should().HaveCount(5);
        chunks.Take(3).Should().OnlyContain(c => c.ServiceTier == null);
        chunks.Skip(3).Should().OnlyContain(c => c.ServiceTier == ServiceTier.Default);
        chunks[3].Choices[0].FinishReason.Should().Be(FinishReason.Stop);
        chunks[4].Choices[0].FinishReason.Should().Be(FinishReason.Stop, "2026 repeats the finish chunk with usage");
        chunks[4].Choices[0].NativeFinishReason.Should().Be(new FinishReason("completed"));

        ChatCompletion folded = await FoldAsync("06-chat-stream-gpt-5.4-nano-usage-chunk.sse");
        folded.Model.Should().Be("openai/gpt-5.4-nano-20260317");
        folded.ServiceTier.Should().Be(ServiceTier.Default);
        folded.Choices[0].Message.Content.Should().Be("Olá! 😊");
        folded.Choices[0].FinishReason.Should().Be(FinishReason.Stop);
        folded.Choices[0].NativeFinishReason!.Value.Value.Should().Be("completed");
        folded.Usage!.Cost.Should().Be(0.00001255m);
        folded.Usage.Cost.Should().Be(decimal.Parse("0.00001255", System.Globalization.CultureInfo.InvariantCulture));
        folded.Usage.IsByok.Should().BeFalse();
        folded.Usage.PromptTokensDetails!.CacheWriteTokens.Should().Be(0);
        folded.Usage.PromptTokensDetails.VideoTokens.Should().Be(0);
        folded.Usage.CostDetails!.UpstreamInferenceCost.Should().Be(0.00001255m);
        folded.Usage.CostDetails.UpstreamInferencePromptCost.Should().Be(0.0000038m);
        folded.Usage.CostDetails.UpstreamInferenceCompletionsCost.Should().Be(0.00000875m);
    }

    [Fact]
    public async Task Fixture_07_anthropic_tool_call_fragments_merge_into_one_call()
    {
        ChatCompletion folded = await FoldAsync("07-chat-stream-tool-call-claude-haiku-4.5.sse");

        ChatCompletionChoice choice = folded.Choices[0];
        choice.FinishReason.Should().Be(FinishReason.ToolCalls);
        choice.NativeFinishReason.Should().Be(new FinishReason("tool_use"));
        ToolCall call = choice.Message.ToolCalls.Should().ContainSingle().Subject;
        call.Id.Should().Be("toolu_bdrk_01RiGtttFSGiqX2bR4Uoz434");
        call.Function!.Name.Should().Be("weather");
        call.Function.Arguments.Should().Be("{\"location\": \"Florence, Italy\"}");
        JsonDocument.Parse(call.Function.Arguments!).RootElement.GetProperty("location").GetString().Should().Be("Florence, Italy");
    }

    [Fact]
    public async Task Fixture_08_yields_two_complete_parallel_tool_calls_and_merged_grok_reasoning()
    {
        List<ChatCompletionChunk> chunks = await StreamAsync("08-chat-stream-parallel-tool-calls-grok-encrypted-reasoning.sse");
        chunks.Should().HaveCount(51);
        chunks.SelectMany(c => c.Choices).SelectMany(c => c.Delta?.ReasoningDetails ?? Array.Empty<ReasoningDetail>())
            .Count(d => d.Type == ReasoningDetailType.Summary).Should().Be(42);

        ChatCompletion folded = await FoldAsync("08-chat-stream-parallel-tool-calls-grok-encrypted-reasoning.sse");
        ChatCompletionChoice choice = folded.Choices[0];
        choice.Message.ToolCalls.Should().HaveCount(2);
        choice.Message.ToolCalls!.Select(c => c.Id).Should().Equal("call_67055809", "call_54693838");
        choice.Message.ToolCalls!.Select(c => c.Function!.Name).Should().Equal("add", "multiply");
        foreach (ToolCall call in choice.Message.ToolCalls!)
        {
            using JsonDocument args = JsonDocument.Parse(call.Function!.Arguments!);
            args.RootElement.GetProperty("a").GetInt32().Should().Be(2);
            args.RootElement.GetProperty("b").GetInt32().Should().Be(3);
        }

        choice.FinishReason.Should().Be(FinishReason.ToolCalls);
        choice.NativeFinishReason!.Value.Value.Should().Be("completed");
        choice.Message.ReasoningDetails.Should().HaveCount(2, "42 summary fragments merge into one entry, plus the encrypted blob");
        choice.Message.ReasoningDetails![0].Type.Should().Be(ReasoningDetailType.Summary);
        choice.Message.ReasoningDetails[0].Format.Should().Be("xai-responses-v1");
        choice.Message.ReasoningDetails[1].Type.Should().Be(ReasoningDetailType.Encrypted);
        choice.Message.ReasoningDetails[1].Data.Should().NotBeNullOrEmpty();
        choice.Message.ReasoningDetails[1].Format.Should().Be("xai-responses-v1");
        folded.ServiceTier.Should().Be(ServiceTier.Default);
        folded.Usage!.Cost.Should().Be(0.00019875m);
        folded.Usage.PromptTokensDetails!.CachedTokens.Should().Be(153);
    }

    [Fact]
    public async Task Fixture_09_gemini_whole_tool_call_in_one_delta_with_native_STOP()
    {
        ChatCompletion folded = await FoldAsync("09-chat-stream-tool-call-gemini-3.1-encrypted-reasoning.sse");

        ChatCompletionChoice choice = folded.Choices[0];
        choice.FinishReason.Should().Be(FinishReason.ToolCalls);
        choice.NativeFinishReason!.Value.Value.Should().Be("STOP");
        choice.NativeFinishReason.Should().Be(new FinishReason("stop"), "open enums compare ignoring case");
        choice.Message.ToolCalls.Should().ContainSingle().Which.Function!.Arguments.Should().Be("{\"location\":\"Florence, Italy\"}");
        ReasoningDetail encrypted = choice.Message.ReasoningDetails.Should().ContainSingle().Subject;
        encrypted.Type.Should().Be(ReasoningDetailType.Encrypted);
        encrypted.Format.Should().Be("google-gemini-v1");
        encrypted.Data.Should().Be(WireJson.ChunkElements("09-chat-stream-tool-call-gemini-3.1-encrypted-reasoning.sse")
            .SelectMany(e => e.GetProperty("choices").EnumerateArray())
            .SelectMany(c => WireJson.Path(c, "delta", "reasoning_details") is { } r ? r.EnumerateArray() : Enumerable.Empty<JsonElement>())
            .Single().GetProperty("data").GetString());
        folded.Usage!.Cost.Should().Be(0.00004025m);
    }

    [Fact]
    public async Task Fixture_10_anthropic_signature_is_attached_to_the_thinking_text()
    {
        List<ChatCompletionChunk> chunks = await StreamAsync("10-chat-stream-anthropic-thinking-signature-tool-call.sse");
        var fragments = chunks.SelectMany(c => c.Choices).SelectMany(c => c.Delta?.ReasoningDetails ?? Array.Empty<ReasoningDetail>()).ToList();
        fragments.Should().HaveCount(25).And.OnlyContain(d => d.Type == ReasoningDetailType.Text);
        ReasoningDetail signatureFragment = fragments.Single(d => d.Signature is not null);
        signatureFragment.Text.Should().BeNullOrEmpty("the signature arrives in its own delta");

        ChatCompletion folded = await FoldAsync("10-chat-stream-anthropic-thinking-signature-tool-call.sse");
        ChatCompletionChoice choice = folded.Choices[0];
        ReasoningDetail thinking = choice.Message.ReasoningDetails.Should().ContainSingle().Subject;
        thinking.Type.Should().Be(ReasoningDetailType.Text);
        thinking.Format.Should().Be("anthropic-claude-v1");
        thinking.Text.Should().Be(string.Concat(fragments.Select(f => f.Text)));
        thinking.Text.Should().NotBeNullOrEmpty();
        thinking.Signature.Should().Be(signatureFragment.Signature).And.StartWith("Eq0ECkgIDRABGAIqQM/");
        choice.Message.Reasoning.Should().Be(thinking.Text);
        choice.Message.ToolCalls.Should().ContainSingle().Which.Id.Should().Be("toolu_bdrk_01N8hD5cYDw4WfvnjKXAkA2W");
        choice.FinishReason.Should().Be(FinishReason.ToolCalls);
        choice.NativeFinishReason.Should().Be(new FinishReason("tool_use"));
    }

    [Fact]
    public async Task Fixture_11_kimi_reasoning_text_with_unknown_format()
    {
        ChatCompletion folded = await FoldAsync("11-chat-stream-kimi-k2.5-reasoning-text.sse");

        ChatCompletionChoice choice = folded.Choices[0];
        choice.Message.Content.Should().Be(" Oi! (Or \"Olá!\" which is slightly more formal)");
        choice.Message.Reasoning.Should().NotBeNullOrEmpty();
        ReasoningDetail text = choice.Message.ReasoningDetails.Should().ContainSingle().Subject;
        text.Type.Should().Be(ReasoningDetailType.Text);
        text.Format.Should().Be("unknown");
        text.Text.Should().Be(choice.Message.Reasoning);
        folded.Provider.Should().Be("ModelRun");
        folded.Model.Should().Be("moonshotai/kimi-k2.5-0127");
    }

    [Fact]
    public async Task Fixture_12_gpt5_2025_summary_and_encrypted_with_null_upstream_cost()
    {
        List<ChatCompletionChunk> chunks = await StreamAsync("12-chat-stream-gpt-5-2025-10.sse");
        chunks.Should().HaveCount(97);
        chunks.SelectMany(c => c.Choices).SelectMany(c => c.Delta?.ReasoningDetails ?? Array.Empty<ReasoningDetail>())
            .Count(d => d.Type == ReasoningDetailType.Summary).Should().Be(91);

        ChatCompletion folded = await FoldAsync("12-chat-stream-gpt-5-2025-10.sse");
        ChatCompletionChoice choice = folded.Choices[0];
        choice.Message.Content.Should().Be("Olá!");
        choice.NativeFinishReason!.Value.Value.Should().Be("completed");
        choice.Message.ReasoningDetails!.Select(d => d.Type).Should().Equal(ReasoningDetailType.Summary, ReasoningDetailType.Encrypted);
        folded.Usage!.Cost.Should().Be(0.00074375m);
        folded.Usage.CostDetails!.UpstreamInferenceCost.Should().BeNull();
        folded.Usage.CompletionTokensDetails!.ReasoningTokens.Should().Be(64);
    }

    [Fact]
    public async Task Fixture_13_finish_reason_changes_inside_the_stream_and_the_first_wins()
    {
        List<ChatCompletionChunk> chunks = await StreamAsync("13-chat-stream-gemini-3-pro-preview-tool-call-2025-11.sse");
        chunks.Select(c => c.Choices[0].FinishReason?.Value).Where(f => f is not null).Should().Equal("tool_calls", "stop");

        ChatCompletion folded = await FoldAsync("13-chat-stream-gemini-3-pro-preview-tool-call-2025-11.sse");
        ChatCompletionChoice choice = folded.Choices[0];
        choice.FinishReason.Should().Be(FinishReason.ToolCalls);
        choice.NativeFinishReason!.Value.Value.Should().Be("STOP", "the first non-null native reason");
        ToolCall call = choice.Message.ToolCalls.Should().ContainSingle().Subject;
        call.Id.Should().Be("tool_weather_ZdFohc8uRXpsZsX3K74b");
        ReasoningDetail encrypted = choice.Message.ReasoningDetails!.Single(d => d.Type == ReasoningDetailType.Encrypted);
        encrypted.Id.Should().Be(call.Id, "Gemini ties the encrypted reasoning to the tool call");
        choice.Message.ReasoningDetails!.Should().Contain(d => d.Type == ReasoningDetailType.Text);
    }

    [Fact]
    public async Task Fixture_15_web_search_annotations_arrive_in_content_less_chunks()
    {
        ChatCompletion folded = await FoldAsync("15-chat-stream-web-search-server-tool-annotations.sse");

        ChatCompletionChoice choice = folded.Choices[0];
        choice.Message.Content.Should().Be("The URL for Pydantic AI's GitHub repository is:  \n\nhttps://github.com/pydantic/pydantic-ai");
        choice.Message.Annotations.Should().NotBeEmpty().And.OnlyContain(a => a.Type == AnnotationType.UrlCitation);
        choice.Message.Annotations![0].UrlCitation!.Url.Should().Be("https://github.com/pydantic/pydantic-ai");
        choice.Message.Annotations[0].UrlCitation!.Title.Should().Be("AI Agent Framework, the Pydantic way - GitHub");
        choice.Message.Annotations[0].UrlCitation!.StartIndex.Should().Be(0);
        folded.ServiceTier.Should().BeNull();
        folded.Usage!.IsByok.Should().BeNull("this usage has no is_byok");
        folded.Usage.Cost.Should().Be(0.0076509169000000005m);
        folded.Usage.ServerToolUseDetails!.WebSearchRequests.Should().Be(1);
    }

    [Fact]
    public async Task Fixture_16_claude_via_vertex_signature_lands_on_the_text_entry()
    {
        ChatCompletion folded = await FoldAsync("16-chat-stream-claude-reasoning-enabled-2025-12.sse");

        folded.Provider.Should().Be("Google");
        folded.Model.Should().Be("anthropic/claude-sonnet-4.5");
        ChatCompletionChoice choice = folded.Choices[0];
        choice.Message.Content.Should().Be("2 + 2 = 4");
        ReasoningDetail thinking = choice.Message.ReasoningDetails.Should().ContainSingle().Subject;
        thinking.Type.Should().Be(ReasoningDetailType.Text);
        thinking.Signature.Should().StartWith("Et0BCkgIChACGAIqQA2s7h7tA7IG35fbwVkou9PM2hANVJNUwcEM4q12fTRDK6y3v6YoEvJ+");
        thinking.Text.Should().Be(choice.Message.Reasoning);
    }

    [Fact]
    public async Task Fixture_17_processing_comments_after_data_started_yield_nothing()
    {
        List<ChatCompletionChunk> chunks = await StreamAsync("17-chat-stream-o3-interleaved-processing-comments.sse");
        chunks.Should().HaveCount(102);

        ChatCompletion folded = await FoldAsync("17-chat-stream-o3-interleaved-processing-comments.sse");
        folded.Choices[0].Message.Content.Should().StartWith("I’m ChatGPT, a large-language-model assistant created by OpenAI.");
        folded.Choices[0].NativeFinishReason!.Value.Value.Should().Be("completed");
        folded.Choices[0].Message.ReasoningDetails.Should().ContainSingle().Which.Type.Should().Be(ReasoningDetailType.Encrypted);
        folded.Usage!.Cost.Should().Be(0.00085m);
    }

    [Fact]
    public async Task Fixture_18_openai_2025_tool_call_stream()
    {
        ChatCompletion folded = await FoldAsync("18-chat-stream-tool-call-gpt-4.1-mini-2025-08.sse");

        folded.SystemFingerprint.Should().Be("fp_6f2eabb9a5");
        ChatCompletionChoice choice = folded.Choices[0];
        choice.Message.Content.Should().BeEmpty("the only non-null content was the empty string of the usage chunk");
        ToolCall call = choice.Message.ToolCalls.Should().ContainSingle().Subject;
        call.Id.Should().Be("call_o4OCgtJrNoZTmoCRvmlfoHfj");
        call.Function!.Name.Should().Be("llm_version");
        call.Function.Arguments.Should().Be("{}");
        choice.FinishReason.Should().Be(FinishReason.ToolCalls);
        folded.Usage!.Cost.Should().Be(0.0000368m);
        folded.Usage.CostDetails!.UpstreamInferenceCost.Should().BeNull();
    }

    [Fact]
    public async Task Fixture_19_megabyte_image_data_url_is_parsed_intact()
    {
        string expectedUrl = WireJson.ChunkElements("19-chat-stream-image-generation-gemini.sse")
            .SelectMany(e => e.GetProperty("choices").EnumerateArray())
            .Select(c => WireJson.Path(c, "delta", "images"))
            .Single(i => i is not null)!.Value[0].GetProperty("image_url").GetProperty("url").GetString()!;
        expectedUrl.Length.Should().BeGreaterThan(1_800_000);

        List<ChatCompletionChunk> chunks = await StreamAsync("19-chat-stream-image-generation-gemini.sse");
        chunks.Should().HaveCount(2);
        GeneratedImage image = chunks[0].Choices[0].Delta!.Images.Should().ContainSingle().Subject;
        image.Type.Should().Be("image_url");
        image.Index.Should().Be(0);
        image.ImageUrl!.Url.Should().StartWith("data:image/png;base64,iVBOR");
        image.ImageUrl.Url.Should().Be(expectedUrl);
        Convert.FromBase64String(image.ImageUrl.Url.Substring("data:image/png;base64,".Length)).Should().StartWith(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' });

        ChatCompletion folded = await FoldAsync("19-chat-stream-image-generation-gemini.sse");
        folded.Choices[0].Message.Images.Should().ContainSingle().Which.ImageUrl!.Url.Should().Be(expectedUrl);
        folded.Choices[0].NativeFinishReason!.Value.Value.Should().Be("STOP");
        folded.Usage!.CostDetails!.UpstreamInferencePromptCost.Should().Be(0.0000006m, "6e-7 in exponent notation");
        folded.Usage.Cost.Should().Be(0.0387006m);
        folded.Usage.CompletionTokensDetails!.ImageTokens.Should().Be(1290);
    }

    [Fact]
    public async Task Fixture_14_raises_the_stream_error_after_the_reasoning_chunks_were_yielded()
    {
        var handler = new StubHandler().RespondStream(Fixture.Bytes("14-chat-stream-midstream-error-minimax.sse"));
        using var client = TestClients.Create(handler);
        var received = new List<ChatCompletionChunk>();

        Func<Task> act = async () =>
        {
            await foreach (ChatCompletionChunk chunk in client.StreamChatCompletionAsync(Request(), Ct))
            {
                received.Add(chunk);
            }
        };

        OpenRouterStreamException e = (await act.Should().ThrowAsync<OpenRouterStreamException>()).Which;
        received.Should().HaveCount(3, "the three chunks before the error chunk were yielded");
        string expectedReasoning = string.Concat(WireJson.ChunkElements("14-chat-stream-midstream-error-minimax.sse")
            .Select(c => WireJson.String(c.GetProperty("choices")[0], "delta", "reasoning")));
        expectedReasoning.Should().Be("We need to respond to a greeting. The user");
        e.ReceivedReasoning.Should().Be(expectedReasoning);
        e.ReceivedContent.Should().BeEmpty();
        e.ChunksReceived.Should().Be(3);
        e.ErrorCode.Should().Be("400");
        e.Message.Should().Contain("Token limit reached");
        e.StatusCode.Should().BeNull("the HTTP status was 200; the failure came inside the stream");
        e.GenerationId.Should().Be("gen-1762179802-UN8pkJI4AGZvryk0kFnb");
        e.ProviderName.Should().Be("Minimax");
        e.ErrorChunk!.Error!.Message.Should().Be("Token limit reached");
        e.ErrorChunk.Usage!.Cost.Should().Be(0m);
        e.ErrorChunk.Choices[0].FinishReason.Should().BeNull();
    }

    [Fact]
    public async Task Fixture_14_folding_also_raises_the_stream_error()
    {
        Func<Task> act = () => FoldAsync("14-chat-stream-midstream-error-minimax.sse");

        (await act.Should().ThrowAsync<OpenRouterStreamException>()).Which.ReceivedReasoning.Should().Be("We need to respond to a greeting. The user");
    }

    [Fact]
    public async Task The_streamed_request_asks_for_a_stream_and_leaves_the_callers_request_untouched()
    {
        var handler = new StubHandler().RespondStream(Fixture.Bytes("04-chat-stream-basic-gpt-4o.sse"));
        using var client = TestClients.Create(handler);
        ChatCompletionRequest request = Request();

        await client.StreamChatCompletionAsync(request, Ct).ToChatCompletionAsync(Ct);

        request.Stream.Should().BeNull();
        request.StreamOptions.Should().BeNull();
        JsonAssert.Equivalent("{\"model\":\"openai/gpt-4o\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],\"stream\":true}", handler.Requests.Single().BodyText);
        Encoding.UTF8.GetString(handler.Requests.Single().Body).Should().NotContain(TestClients.ApiKey);
    }
}
