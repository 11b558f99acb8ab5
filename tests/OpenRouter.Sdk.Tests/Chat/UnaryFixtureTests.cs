using System.Net;
using System.Text.Json;
using FluentAssertions;
using OpenRouter.Sdk.Tests.Infrastructure;
using OpenRouter.Sdk.Tests.Streaming;
using Xunit;

namespace OpenRouter.Sdk.Tests.Chat;

/// <summary>Every recorded non-streaming chat response replayed through the public API, with its meaning asserted.</summary>
public sealed class UnaryFixtureTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> ChatResponses { get; } = new(
        Fixture.All("*-chat-nonstream-*.json").Where(n => !n.EndsWith(".request.json", StringComparison.Ordinal)));

    internal static async Task<ChatCompletion> ReplayAsync(string fixture)
    {
        var handler = new StubHandler().Respond(HttpStatusCode.OK, Fixture.Bytes(fixture));
        using var client = TestClients.Create(handler);
        var request = new ChatCompletionRequest { Model = "openai/gpt-4o", Messages = { new UserMessage("hi") } };
        return await client.CreateChatCompletionAsync(request, Ct);
    }

    [Fact]
    public void All_ten_non_streaming_chat_fixtures_are_covered()
    {
        ChatResponses.Should().HaveCount(10);
    }

    [Theory]
    [MemberData(nameof(ChatResponses))]
    public async Task The_parsed_completion_holds_everything_the_server_sent(string fixture)
    {
        ChatCompletion completion = await ReplayAsync(fixture);

        // Writing the typed object back gives the recorded document (nulls aside): no member was lost or altered.
        WireJson.EquivalentIgnoringNulls(Fixture.Text(fixture), WireJson.Serialize(completion));
    }

    [Theory]
    [MemberData(nameof(ChatResponses))]
    public async Task Identity_choice_and_usage_match_the_recorded_body(string fixture)
    {
        using JsonDocument document = JsonDocument.Parse(Fixture.Text(fixture).Trim());
        JsonElement root = document.RootElement;
        JsonElement expectedChoice = root.GetProperty("choices")[0];
        JsonElement expectedMessage = expectedChoice.GetProperty("message");
        JsonElement expectedUsage = root.GetProperty("usage");

        ChatCompletion completion = await ReplayAsync(fixture);

        completion.Id.Should().Be(root.GetProperty("id").GetString());
        completion.Object.Should().Be("chat.completion");
        completion.Model.Should().Be(root.GetProperty("model").GetString());
        completion.Provider.Should().Be(root.GetProperty("provider").GetString());
        completion.Created.Should().Be(root.GetProperty("created").GetInt64());
        completion.CreatedAt.Should().Be(DateTimeOffset.FromUnixTimeSeconds(root.GetProperty("created").GetInt64()));
        completion.SystemFingerprint.Should().Be(WireJson.String(root, "system_fingerprint"));
        (completion.ServiceTier?.Value).Should().Be(WireJson.String(root, "service_tier"));

        ChatCompletionChoice choice = completion.Choices.Should().ContainSingle().Subject;
        choice.FinishReason!.Value.Value.Should().Be(expectedChoice.GetProperty("finish_reason").GetString());
        choice.NativeFinishReason!.Value.Value.Should().Be(expectedChoice.GetProperty("native_finish_reason").GetString());
        choice.Message.Role.Should().Be(MessageRole.Assistant);
        choice.Message.Content.Should().Be(WireJson.String(expectedMessage, "content"));
        choice.Message.Reasoning.Should().Be(WireJson.String(expectedMessage, "reasoning"));
        choice.Message.Refusal.Should().BeNull();

        completion.Usage!.PromptTokens.Should().Be(expectedUsage.GetProperty("prompt_tokens").GetInt32());
        completion.Usage.CompletionTokens.Should().Be(expectedUsage.GetProperty("completion_tokens").GetInt32());
        completion.Usage.TotalTokens.Should().Be(expectedUsage.GetProperty("total_tokens").GetInt32());
        completion.Usage.Cost.Should().Be(WireJson.Path(expectedUsage, "cost") is { } cost ? WireJson.Decimal(cost) : null);
        completion.Usage.IsByok.Should().Be(WireJson.Path(expectedUsage, "is_byok")?.GetBoolean());
        completion.Usage.CompletionTokensDetails?.ReasoningTokens.Should().Be(WireJson.Path(expectedUsage, "completion_tokens_details", "reasoning_tokens")?.GetInt32());
        completion.Usage.PromptTokensDetails?.CachedTokens.Should().Be(WireJson.Path(expectedUsage, "prompt_tokens_details", "cached_tokens")?.GetInt32());
        if (WireJson.Path(expectedUsage, "cost_details") is { } costDetails)
        {
            completion.Usage.CostDetails!.UpstreamInferenceCost.Should().Be(WireJson.Path(costDetails, "upstream_inference_cost") is { } c ? WireJson.Decimal(c) : null);
            completion.Usage.CostDetails.UpstreamInferencePromptCost.Should().Be(WireJson.Decimal(costDetails.GetProperty("upstream_inference_prompt_cost")));
            completion.Usage.CostDetails.UpstreamInferenceCompletionsCost.Should().Be(WireJson.Decimal(costDetails.GetProperty("upstream_inference_completions_cost")));
        }
    }

    [Fact]
    public async Task Fixture_01_basic_completion_behind_whitespace_padding()
    {
        Fixture.Text("01-chat-nonstream-basic-gpt-4o.json").Should().StartWith("\n");

        ChatCompletion completion = await ReplayAsync("01-chat-nonstream-basic-gpt-4o.json");

        completion.Id.Should().Be("gen-1769672415-IZfpP2WAlINOOT5hLvOW");
        completion.Provider.Should().Be("OpenAI");
        completion.Model.Should().Be("openai/gpt-4o");
        completion.SystemFingerprint.Should().Be("fp_deacdd5f6f");
        completion.Choices[0].Message.Content.Should().Be("Hello!");
        completion.Choices[0].FinishReason.Should().Be(FinishReason.Stop);
        completion.Usage!.Cost.Should().Be(0.00005m);
        completion.Usage.IsByok.Should().BeFalse();
        completion.Usage.CostDetails!.UpstreamInferencePromptCost.Should().Be(0.00003m);
        completion.Usage.PromptTokensDetails!.AudioTokens.Should().Be(0);
    }

    [Fact]
    public async Task Fixture_02_native_finish_reason_completed_alongside_stop()
    {
        ChatCompletion completion = await ReplayAsync("02-chat-nonstream-o1-native-finish-completed.json");

        completion.Choices[0].FinishReason.Should().Be(FinishReason.Stop);
        completion.Choices[0].NativeFinishReason.Should().Be(new FinishReason("completed"));
        completion.Choices[0].Message.Content.Should().Be("2 + 2 = 4.");
        completion.Usage!.Cost.Should().Be(0.000735m);
        completion.Usage.CompletionTokensDetails!.ImageTokens.Should().Be(0);
    }

    [Fact]
    public async Task Fixture_03_alias_model_and_bedrock_provider()
    {
        ChatCompletion completion = await ReplayAsync("03-chat-nonstream-claude-bedrock-model-alias.json");

        completion.Model.Should().Be("anthropic/claude-3.5-sonnet", "the answer names the canonical alias, not the requested dated id");
        completion.Provider.Should().Be("Amazon Bedrock");
        completion.Usage!.PromptTokensDetails!.CacheWriteTokens.Should().Be(0);
        completion.Usage.Cost.Should().Be(0.000354m);
    }

    [Fact]
    public async Task Fixture_20_tool_call_with_index_and_null_content()
    {
        ChatCompletion completion = await ReplayAsync("20-chat-nonstream-tool-call-claude-haiku-4.5-cache-fields.json");

        completion.Model.Should().Be("anthropic/claude-4.5-haiku-20251001");
        completion.SystemFingerprint.Should().BeNull();
        ChatCompletionChoice choice = completion.Choices[0];
        choice.FinishReason.Should().Be(FinishReason.ToolCalls);
        choice.NativeFinishReason.Should().Be(new FinishReason("tool_use"));
        choice.Message.Content.Should().BeNull();
        ToolCall call = choice.Message.ToolCalls.Should().ContainSingle().Subject;
        call.Index.Should().Be(0);
        call.Id.Should().Be("toolu_bdrk_01V4dpjrUNjqou54LTv3DMEt");
        call.Type.Should().Be("function");
        call.Function!.Name.Should().Be("weather");
        JsonDocument.Parse(call.Function.Arguments!).RootElement.GetProperty("location").GetString().Should().Be("Florence, Italy");
        completion.Usage!.PromptTokensDetails!.VideoTokens.Should().Be(0);
        completion.Usage.Cost.Should().Be(0.000847m);
    }

    [Fact]
    public async Task Fixture_21_grok_summary_and_encrypted_reasoning_details_with_service_tier()
    {
        ChatCompletion completion = await ReplayAsync("21-chat-nonstream-grok-reasoning-details-encrypted-summary.json");

        completion.ServiceTier.Should().Be(ServiceTier.Default);
        ChatCompletionMessage message = completion.Choices[0].Message;
        message.Content.Should().Be("Oi! 😊");
        message.ReasoningDetails.Should().HaveCount(2);
        ReasoningDetail summary = message.ReasoningDetails![0];
        summary.Type.Should().Be(ReasoningDetailType.Summary);
        summary.Summary.Should().Be(message.Reasoning);
        summary.Format.Should().Be("xai-responses-v1");
        summary.Index.Should().Be(0);
        ReasoningDetail encrypted = message.ReasoningDetails[1];
        encrypted.Type.Should().Be(ReasoningDetailType.Encrypted);
        encrypted.Id.Should().Be("rs_e41feed0-8b2f-6f95-622e-14e425b24797");
        encrypted.Data.Should().StartWith("MeWs6QVnhVNuKh2jxXDcCclblLnFMYaLRiMLk4AQ").And.EndWith("jomDaA");
        encrypted.Index.Should().Be(1);
        completion.Usage!.Cost.Should().Be(0.0000816m);
        completion.Usage.PromptTokensDetails!.CachedTokens.Should().Be(156);
        completion.Usage.CompletionTokensDetails!.ReasoningTokens.Should().Be(140);
    }

    [Fact]
    public async Task Fixture_22_url_citation_annotations_and_server_tool_usage_without_is_byok()
    {
        ChatCompletion completion = await ReplayAsync("22-chat-nonstream-web-search-annotations.json");

        ChatCompletionMessage message = completion.Choices[0].Message;
        message.Content.Should().Be("https://github.com/pydantic/pydantic-ai");
        message.Annotations.Should().HaveCount(5).And.OnlyContain(a => a.Type == AnnotationType.UrlCitation);
        UrlCitation first = message.Annotations![0].UrlCitation!;
        first.Url.Should().Be("https://github.com/pydantic/pydantic-ai");
        first.Title.Should().Be("AI Agent Framework, the Pydantic way");
        first.StartIndex.Should().Be(0);
        first.EndIndex.Should().Be(0);
        first.Content.Should().StartWith("# pydantic/pydantic-ai");
        message.Annotations[1].UrlCitation!.Title.Should().BeEmpty();
        completion.Usage!.IsByok.Should().BeNull();
        completion.Usage.Cost.Should().Be(0.007637029m);
        completion.Usage.CostDetails!.UpstreamInferenceCost.Should().Be(0.000637029m);
        completion.Usage.CostDetails.UpstreamInferenceCompletionsCost.Should().Be(0.000041148m, "4.1148e-05 in exponent notation");
        completion.Usage.ServerToolUseDetails!.WebSearchRequests.Should().Be(1);
        completion.Usage.ServerToolUseDetails.ToolCallsRequested.Should().Be(1);
        completion.Usage.ServerToolUseDetails.ToolCallsExecuted.Should().Be(1);
    }

    [Fact]
    public async Task Fixture_23_file_annotation_and_openai_reasoning_details()
    {
        ChatCompletion completion = await ReplayAsync("23-chat-nonstream-file-annotations-pdf.json");

        ChatCompletionMessage message = completion.Choices[0].Message;
        Annotation annotation = message.Annotations.Should().ContainSingle().Subject;
        annotation.Type.Should().Be(AnnotationType.File);
        annotation.File!.Hash.Should().Be("a1e01852b473a959e3d5234eea9ca3489acec9dfb82938d51f1a45d980a23fe5");
        annotation.File.Name.Should().Be("filename.pdf");
        annotation.File.Content!.Select(c => c.Text).Should().Equal("<file name=\"filename.pdf\">", "# Dummy PDF file", "</file>");
        annotation.File.Content!.Should().OnlyContain(c => c.Type == "text");
        message.ReasoningDetails!.Select(d => d.Type).Should().Equal(ReasoningDetailType.Summary, ReasoningDetailType.Encrypted);
        message.ReasoningDetails![1].Format.Should().Be("openai-responses-v1");
        message.ReasoningDetails[1].Id.Should().Be("rs_05bf8ea94da6e78901693776f7ccbc8196be12bafeee9d7d81");
        message.ReasoningDetails[1].Data.Should().StartWith("gAAAAABpN3b5");
        completion.Choices[0].NativeFinishReason.Should().Be(new FinishReason("completed"));
        completion.Usage!.CostDetails!.UpstreamInferenceCost.Should().BeNull();
        completion.Usage.CostDetails.UpstreamInferencePromptCost.Should().Be(0.00000775m);
        completion.Usage.Cost.Should().Be(0.00216775m);
    }

    [Fact]
    public async Task Fixture_24_empty_content_with_tool_call_and_reasoning()
    {
        ChatCompletion completion = await ReplayAsync("24-chat-nonstream-image-model-tool-call-reasoning.json");

        ChatCompletionChoice choice = completion.Choices[0];
        choice.Message.Content.Should().BeEmpty();
        choice.FinishReason.Should().Be(FinishReason.ToolCalls);
        ToolCall call = choice.Message.ToolCalls.Should().ContainSingle().Subject;
        call.Id.Should().Be("call_HWAt8NUDHnW5TSUN1ztrL7lK");
        call.Function!.Name.Should().Be("get_color");
        JsonDocument.Parse(call.Function.Arguments!).RootElement.EnumerateObject().Should().BeEmpty();
        choice.Message.ReasoningDetails.Should().HaveCount(2);
        choice.Message.ReasoningDetails![0].Summary.Should().StartWith("**Using the color tool**");
        completion.Usage!.Cost.Should().Be(0.001125m);
    }

    [Fact]
    public async Task Fixture_34_reports_the_fallback_model_and_provider()
    {
        ChatCompletion completion = await ReplayAsync("34-chat-nonstream-models-fallback-provider-only-transforms.json");

        completion.Model.Should().Be("x-ai/grok-4", "the fallback from models[] served the request");
        completion.Provider.Should().Be("xAI");
        completion.SystemFingerprint.Should().Be("fp_19e21a36c0");
        completion.Choices[0].Message.Content.Should().StartWith("I'm Grok, a helpful and maximally truthful AI built by xAI.");
        completion.Usage!.Cost.Should().BeNull("this 2025 body has no cost");
        completion.Usage.CompletionTokensDetails!.ReasoningTokens.Should().Be(165);
        completion.Usage.PromptTokensDetails!.CachedTokens.Should().Be(682);
        completion.Usage.TotalTokens.Should().Be(927);
    }

    [Fact]
    public async Task Fixture_35_google_native_finish_reason_STOP()
    {
        ChatCompletion completion = await ReplayAsync("35-chat-nonstream-preset-field.json");

        completion.Provider.Should().Be("Google");
        completion.Choices[0].NativeFinishReason!.Value.Value.Should().Be("STOP", "the native value is kept as sent");
        completion.Choices[0].NativeFinishReason.Should().Be(new FinishReason("stop"));
        completion.Choices[0].FinishReason.Should().Be(FinishReason.Stop);
        completion.Choices[0].Message.Content.Should().StartWith("Why did the train break up with the track?");
    }

    [Fact]
    public async Task The_unary_request_does_not_ask_for_a_stream()
    {
        var handler = new StubHandler().Respond(HttpStatusCode.OK, Fixture.Bytes("01-chat-nonstream-basic-gpt-4o.json"));
        using var client = TestClients.Create(handler);
        var request = new ChatCompletionRequest { Model = "openai/gpt-4o", Messages = { new UserMessage("Say hello in one word") }, Stream = true };

        await client.CreateChatCompletionAsync(request, Ct);

        JsonAssert.Equivalent(Fixture.Text("01-chat-nonstream-basic-gpt-4o.request.json"), handler.Requests.Single().BodyText);
        request.Stream.Should().BeTrue("the caller's request is not mutated");
    }
}
