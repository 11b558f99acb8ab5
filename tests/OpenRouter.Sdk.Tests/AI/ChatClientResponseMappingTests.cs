using System.Text.Json;
using FluentAssertions;
using Microsoft.Extensions.AI;
using OpenRouter.Sdk.Tests.Infrastructure;
using Xunit;
using static OpenRouter.Sdk.Tests.AI.AiTestSupport;

namespace OpenRouter.Sdk.Tests.AI;

/// <summary>Recorded OpenRouter answers replayed through the IChatClient: nothing the SDK reads may be lost.</summary>
public sealed class ChatClientResponseMappingTests
{
    public static TheoryData<string> Fixtures => new() { "01", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "16", "17", "18", "20", "21", "22", "24" };

    private static async Task<ChatResponse> AnswerAsync(string number, IChatClient chat)
    {
        List<ChatMessage> messages = [new ChatMessage(ChatRole.User, "hi")];
        if (!IsStream(number))
        {
            return await chat.GetResponseAsync(messages, cancellationToken: Ct);
        }

        List<ChatResponseUpdate> updates = await chat.GetStreamingResponseAsync(messages, cancellationToken: Ct).ToListAsync();
        return updates.ToChatResponse();
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task Fixture_comes_through_the_chat_client_with_nothing_lost(string number)
    {
        ChatCompletion reference = await FoldAsync(number);
        ChatCompletionChoice choice = reference.Choices[0];
        var (chat, handler, client) = Create();
        using var _ = client;
        handler.RespondFixture(number);

        ChatResponse response = await AnswerAsync(number, chat);

        ChatMessage message = response.Messages.Should().ContainSingle().Subject;
        message.Role.Should().Be(ChatRole.Assistant);
        response.ResponseId.Should().Be(reference.Id);
        message.MessageId.Should().Be(reference.Id);
        response.ModelId.Should().Be(reference.Model);
        response.CreatedAt.Should().Be(reference.CreatedAt);
        response.Text.Should().Be(choice.Message.Content ?? string.Empty);

        string reasoning = string.Concat(message.Contents.OfType<TextReasoningContent>().Select(r => r.Text));
        string expectedReasoning = choice.Message.Reasoning
            ?? string.Concat(choice.Message.ReasoningDetails?.Select(d => d.Text ?? d.Summary) ?? []);
        reasoning.Should().Be(expectedReasoning);

        if (choice.Message.ReasoningDetails is { Count: > 0 } details)
        {
            Json((IEnumerable<ReasoningDetail>)message.AdditionalProperties![OpenRouterPropertyNames.ReasoningDetails]!).Should().Be(Json(details));
            string? signatureOrData = details.Select(d => d.Signature ?? d.Data).LastOrDefault(s => !string.IsNullOrEmpty(s));
            if (signatureOrData is not null)
            {
                message.Contents.OfType<TextReasoningContent>().Select(r => r.ProtectedData).Should().Contain(signatureOrData);
            }
        }
        else
        {
            message.AdditionalProperties?.ContainsKey(OpenRouterPropertyNames.ReasoningDetails).Should().NotBe(true);
        }

        List<FunctionCallContent> calls = message.Contents.OfType<FunctionCallContent>().ToList();
        IReadOnlyList<ToolCall> expectedCalls = choice.Message.ToolCalls ?? [];
        calls.Should().HaveCount(expectedCalls.Count);
        for (int i = 0; i < calls.Count; i++)
        {
            calls[i].CallId.Should().Be(expectedCalls[i].Id);
            calls[i].Name.Should().Be(expectedCalls[i].Function!.Name);
            calls[i].Exception.Should().BeNull();
            JsonAssert.Equivalent(
                string.IsNullOrEmpty(expectedCalls[i].Function!.Arguments) ? "{}" : expectedCalls[i].Function!.Arguments!,
                JsonSerializer.Serialize(calls[i].Arguments, AIJsonUtilities.DefaultOptions));
        }

        response.FinishReason.Should().NotBeNull();
        response.FinishReason!.Value.Value.Should().Be(choice.FinishReason!.Value.Value);

        Usage usage = reference.Usage!;
        response.Usage!.InputTokenCount.Should().Be(usage.PromptTokens);
        response.Usage.OutputTokenCount.Should().Be(usage.CompletionTokens);
        response.Usage.TotalTokenCount.Should().Be(usage.TotalTokens);
        response.Usage.ReasoningTokenCount.Should().Be(usage.CompletionTokensDetails?.ReasoningTokens);
        response.Usage.CachedInputTokenCount.Should().Be(usage.PromptTokensDetails?.CachedTokens);

        // Streamed, per-update properties land on the message; unary ones on the response.
        AdditionalPropertiesDictionary extra = (IsStream(number) ? message.AdditionalProperties : response.AdditionalProperties)!;
        extra.GetValueOrDefault(OpenRouterPropertyNames.Cost).Should().Be(usage.Cost);
        extra.GetValueOrDefault(OpenRouterPropertyNames.IsByok).Should().Be(usage.IsByok);
        extra.GetValueOrDefault(OpenRouterPropertyNames.ServedBy).Should().Be(reference.Provider);
        extra.GetValueOrDefault(OpenRouterPropertyNames.NativeFinishReason).Should().Be(choice.NativeFinishReason?.Value);
    }

    [Fact]
    public async Task Unary_response_has_its_raw_representations()
    {
        var (chat, handler, client) = Create();
        using var _ = client;
        handler.RespondFixture("20");

        ChatResponse response = await chat.GetResponseAsync("Weather?", cancellationToken: Ct);

        var raw = response.RawRepresentation.Should().BeOfType<ChatCompletion>().Subject;
        raw.Id.Should().Be("gen-1777319796-ug8Nx1UYcyazw6kXAE7h");
        response.Messages[0].RawRepresentation.Should().BeSameAs(raw.Choices[0].Message);
        FunctionCallContent call = response.Messages[0].Contents.OfType<FunctionCallContent>().Single();
        call.RawRepresentation.Should().BeSameAs(raw.Choices[0].Message.ToolCalls![0]);
        call.Arguments!["location"]!.ToString().Should().Be("Florence, Italy");
        response.FinishReason.Should().Be(ChatFinishReason.ToolCalls);
        response.Usage!.AdditionalCounts!["cache_write_tokens"].Should().Be(0);
    }

    [Fact]
    public async Task Stream_yields_one_update_per_chunk_as_it_arrives()
    {
        List<ChatCompletionChunk> chunks = ChunksOf("06");
        var (chat, handler, client) = Create();
        using var _ = client;
        handler.RespondFixture("06");

        List<ChatResponseUpdate> updates = await chat.GetStreamingResponseAsync("hi", cancellationToken: Ct).ToListAsync();

        updates.Should().HaveCount(chunks.Count, "the fixture has no tool calls or reasoning details to complete at the end");
        updates.Select(u => ((ChatCompletionChunk)u.RawRepresentation!).Id).Should().AllBe(chunks[0].Id);
        string.Concat(updates.Select(u => u.Text)).Should().Be(string.Concat(chunks.Select(c => c.Choices.FirstOrDefault()?.Delta?.Content)));
        updates.Count(u => u.FinishReason is not null).Should().Be(1, "the usage chunk repeats the finish reason, which is reported once");
        UsageContent usage = updates.Last().Contents.OfType<UsageContent>().Single();
        usage.Details.InputTokenCount.Should().Be(19);
        usage.Details.OutputTokenCount.Should().Be(7);
        updates.Last().AdditionalProperties![OpenRouterPropertyNames.Cost].Should().Be(0.00001255m);
    }

    [Fact]
    public async Task Streamed_tool_call_fragments_become_one_complete_function_call_at_finish()
    {
        var (chat, handler, client) = Create();
        using var _ = client;
        handler.RespondFixture("10");

        List<ChatResponseUpdate> updates = await chat.GetStreamingResponseAsync("weather?", cancellationToken: Ct).ToListAsync();

        var withCalls = updates.Where(u => u.Contents.OfType<FunctionCallContent>().Any()).ToList();
        withCalls.Should().ContainSingle();
        withCalls[0].FinishReason.Should().Be(ChatFinishReason.ToolCalls);
        FunctionCallContent call = withCalls[0].Contents.OfType<FunctionCallContent>().Single();
        call.Name.Should().Be("weather");
        call.Arguments!["location"]!.ToString().Should().Be("Florence, Italy");
        updates.IndexOf(withCalls[0]).Should().BeLessThan(updates.Count - 1, "the calls come with the finish chunk, before the usage chunk");
    }

    [Fact]
    public async Task Parallel_streamed_tool_calls_are_kept_apart()
    {
        ChatCompletion reference = await FoldAsync("08");
        var (chat, handler, client) = Create();
        using var _ = client;
        handler.RespondFixture("08");

        ChatResponse response = (await chat.GetStreamingResponseAsync("hi", cancellationToken: Ct).ToListAsync()).ToChatResponse();

        response.Messages[0].Contents.OfType<FunctionCallContent>().Select(c => c.CallId)
            .Should().Equal(reference.Choices[0].Message.ToolCalls!.Select(c => c.Id)).And.HaveCountGreaterThan(1);
    }

    [Fact]
    public async Task Mid_stream_error_throws_the_sdk_stream_exception_after_the_updates_before_it()
    {
        var (chat, handler, client) = Create();
        using var _ = client;
        handler.RespondFixture("14");
        var received = new List<ChatResponseUpdate>();

        Func<Task> read = async () =>
        {
            await foreach (ChatResponseUpdate update in chat.GetStreamingResponseAsync("hi", cancellationToken: Ct))
            {
                received.Add(update);
            }
        };

        var thrown = await read.Should().ThrowAsync<OpenRouterStreamException>();
        thrown.Which.ChunksReceived.Should().Be(received.Count);
        string.Concat(received.Select(u => u.Text)).Should().Be(thrown.Which.ReceivedContent);
    }

    public static TheoryData<string> RoundTripFixtures => new() { "08", "09", "10", "16", "21" };

    [Theory]
    [MemberData(nameof(RoundTripFixtures))]
    public async Task Reasoning_details_and_tool_calls_go_back_unchanged_on_the_next_turn(string number)
    {
        ChatCompletion reference = await FoldAsync(number);
        ChatCompletionMessage expected = reference.Choices[0].Message;
        var (chat, handler, client) = Create();
        using var _ = client;
        handler.RespondFixture(number);
        handler.RespondFixture("01");

        List<ChatMessage> history = [new ChatMessage(ChatRole.User, "hi")];
        ChatResponse first = await AnswerAsync(number, chat);
        history.AddRange(first.Messages);
        foreach (FunctionCallContent call in first.Messages[0].Contents.OfType<FunctionCallContent>())
        {
            history.Add(new ChatMessage(ChatRole.Tool, [new FunctionResultContent(call.CallId, "result")]));
        }

        await chat.GetResponseAsync(history, cancellationToken: Ct);

        JsonElement assistant = handler.Requests[1].Body().GetProperty("messages")[1];
        assistant.GetProperty("role").GetString().Should().Be("assistant");
        JsonAssert.Equivalent(Json(expected.ReasoningDetails!), assistant.GetProperty("reasoning_details").GetRawText());
        if (expected.ToolCalls is { Count: > 0 } calls)
        {
            JsonElement sentCalls = assistant.GetProperty("tool_calls");
            sentCalls.GetArrayLength().Should().Be(calls.Count);
            for (int i = 0; i < calls.Count; i++)
            {
                sentCalls[i].GetProperty("id").GetString().Should().Be(calls[i].Id);
                sentCalls[i].GetProperty("function").GetProperty("arguments").GetString().Should().Be(calls[i].Function!.Arguments);
            }
        }
    }
}
