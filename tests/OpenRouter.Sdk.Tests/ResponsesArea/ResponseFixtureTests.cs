using System.Net;
using System.Text;
using FluentAssertions;
using OpenRouter.Sdk.Tests.Infrastructure;
using OpenRouter.Sdk.Tests.Streaming;
using Xunit;

namespace OpenRouter.Sdk.Tests.ResponsesArea;

/// <summary>The recorded Responses API answers (fixtures 30, 31, 32) replayed, unary and streamed, with their meaning checked.</summary>
public sealed class ResponseFixtureTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string ReasoningOf30 = "The user asks: \"What is 2+2?\" They expect a straightforward answer: 4. Just answer 4.";

    private static async Task<List<ResponseStreamEvent>> StreamFixtureAsync(string fixture)
    {
        var handler = new StubHandler().RespondStream(Fixture.Bytes(fixture), readSize: 97);
        using OpenRouterClient client = TestClients.Create(handler);
        var events = new List<ResponseStreamEvent>();
        await foreach (ResponseStreamEvent item in client.Responses.StreamAsync(new ResponseRequest { Model = "m", Input = "x" }, Ct))
        {
            events.Add(item);
        }

        return events;
    }

    [Fact]
    public async Task Fixture_32_unary_response_is_read_with_text_usage_cache_and_cost()
    {
        var handler = new StubHandler().Respond(HttpStatusCode.OK, Fixture.Bytes("32-responses-nonstream-prompt-cache.json"));
        using OpenRouterClient client = TestClients.Create(handler);

        OpenRouterResponse response = await client.Responses.CreateAsync(new ResponseRequest { Model = "openai/gpt-5.6-sol", Input = "x" }, Ct);

        response.Id.Should().Be("gen-1784286312-3R0SU4Mb8ucOpEJ79d2o");
        response.Object.Should().Be("response");
        response.Model.Should().Be("openai/gpt-5.6-sol");
        response.Status.Should().Be(ResponseStatus.Completed);
        response.CreatedAt.Should().Be(1784286312);
        response.CompletedAt.Should().Be(1784286313);
        response.OutputText.Should().Be("OK");
        ResponseItem message = response.Output.Single();
        message.Type.Should().Be(ResponseItemType.Message);
        message.Role.Should().Be(MessageRole.Assistant);
        message.Phase.Should().Be("final_answer");
        message.Status.Should().Be(ResponseStatus.Completed);
        message.Content!.Parts!.Single().Type.Should().Be(ResponseContentPartType.OutputText);
        response.Reasoning!.Effort.Should().Be(ReasoningEffortLevel.Medium);
        response.Reasoning.Summary.Should().Be(ReasoningSummary.Detailed);
        response.Reasoning.Context.Should().Be("all_turns");
        response.Text!.Format!.Type.Should().Be("text");
        response.ToolChoice!.Mode.Should().Be("auto");
        response.ServiceTier.Should().Be(ServiceTier.Default);
        response.Usage!.InputTokens.Should().Be(4020);
        response.Usage.OutputTokens.Should().Be(5);
        response.Usage.TotalTokens.Should().Be(4025);
        response.Usage.InputTokensDetails!.CacheWriteTokens.Should().Be(4012);
        response.Usage.InputTokensDetails.CachedTokens.Should().Be(0);
        response.Usage.OutputTokensDetails!.ReasoningTokens.Should().Be(0);
        response.Usage.Cost.Should().Be(0.025265m);
        response.Usage.IsByok.Should().BeFalse();
        response.Usage.CostDetails!.UpstreamInferenceCost.Should().Be(0.025265m);
        response.Usage.CostDetails.UpstreamInferenceInputCost.Should().Be(0.025115m);
        response.Usage.CostDetails.UpstreamInferenceOutputCost.Should().Be(0.00015m);
        response.AdditionalProperties.Should().ContainKey("previous_response_id", "members not modelled are kept");
    }

    [Fact]
    public async Task Fixture_30_stream_yields_typed_events_with_reasoning_text_then_the_answer_and_usage()
    {
        List<ResponseStreamEvent> events = await StreamFixtureAsync("30-responses-stream-gpt-oss-20b-reasoning-text.sse");

        events.Should().HaveCount(40);
        events.Select(e => e.SequenceNumber).Should().Equal(Enumerable.Range(0, 40).Select(i => (long?)i));
        events[0].Should().BeOfType<ResponseCreatedEvent>().Which.Response.Id.Should().Be("gen-1764265411-Fu1iEX7h5MRWiL79lb94");
        events[1].Should().BeOfType<ResponseInProgressEvent>().Which.Response.Status.Should().Be(ResponseStatus.InProgress);
        events[2].Should().BeOfType<ResponseOutputItemAddedEvent>().Which.Item.Type.Should().Be(ResponseItemType.Reasoning);
        events[3].Should().BeOfType<ResponseContentPartAddedEvent>().Which.Part.Type.Should().Be(ResponseContentPartType.ReasoningText);
        string.Concat(events.OfType<ResponseReasoningTextDeltaEvent>().Select(d => d.Delta)).Should().Be(ReasoningOf30);
        events.OfType<ResponseReasoningTextDeltaEvent>().Should().OnlyContain(d => d.ItemId == "rs_tmp_2kbe7x16sax" && d.OutputIndex == 0);
        events.OfType<ResponseOutputTextDeltaEvent>().Single().Delta.Should().Be("4");
        events.OfType<ResponseOutputTextDoneEvent>().Single().Text.Should().Be("4");
        events.OfType<ResponseReasoningTextDoneEvent>().Single().Text.Should().Be(ReasoningOf30);
        events.OfType<ResponseContentPartDoneEvent>().Should().HaveCount(2);
        events.OfType<ResponseOutputItemDoneEvent>().Select(e => e.Item.Type).Should().Equal(ResponseItemType.Message, ResponseItemType.Reasoning);

        ResponseCompletedEvent completed = events[^1].Should().BeOfType<ResponseCompletedEvent>().Subject;
        completed.Response.Status.Should().Be(ResponseStatus.Completed);
        completed.Response.OutputText.Should().Be("4");
        completed.Response.ReasoningText.Should().Be(ReasoningOf30);
        completed.Response.ServerOutputText.Should().BeEmpty("the server's own output_text is empty here; OutputText reads the message");
        ResponseUsage usage = completed.Response.Usage!;
        usage.InputTokens.Should().Be(78);
        usage.OutputTokens.Should().Be(37);
        usage.TotalTokens.Should().Be(115);
        usage.OutputTokensDetails!.ReasoningTokens.Should().Be(22);
        usage.Cost.Should().Be(0.0000113m);
        usage.CostDetails!.UpstreamInferenceCost.Should().BeNull();
        usage.CostDetails.UpstreamInferenceInputCost.Should().Be(0.0000039m);
        usage.CostDetails.UpstreamInferenceOutputCost.Should().Be(0.0000074m);
        completed.Json.GetProperty("type").GetString().Should().Be("response.completed", "every event keeps its JSON");
    }

    [Fact]
    public async Task Fixture_30_folds_into_the_final_response()
    {
        var handler = new StubHandler().RespondStream(Fixture.Bytes("30-responses-stream-gpt-oss-20b-reasoning-text.sse"));
        using OpenRouterClient client = TestClients.Create(handler);

        OpenRouterResponse response = await client.Responses.StreamAsync(new ResponseRequest { Input = "x" }, Ct).ToResponseAsync(Ct);

        response.Id.Should().Be("gen-1764265411-Fu1iEX7h5MRWiL79lb94");
        response.Status.Should().Be(ResponseStatus.Completed);
        response.OutputText.Should().Be("4");
        response.ReasoningText.Should().Be(ReasoningOf30);
        response.Output.Select(o => o.Id).Should().Equal(["rs_tmp_ku4i7pagjwn", "msg_tmp_8cjof4f6zpw"], "the final event's ids win (they differ from output_item.done's)");
        response.Usage!.Cost.Should().Be(0.0000113m);
    }

    [Fact]
    public async Task Fixture_30_without_its_final_event_folds_into_the_output_so_far()
    {
        List<ResponseStreamEvent> events = await StreamFixtureAsync("30-responses-stream-gpt-oss-20b-reasoning-text.sse");
        var accumulator = new ResponseAccumulator();

        foreach (ResponseStreamEvent item in events.Take(30))
        {
            accumulator.Add(item);
        }

        OpenRouterResponse partial = accumulator.ToResponse();
        accumulator.IsComplete.Should().BeFalse();
        partial.Status.Should().Be(ResponseStatus.InProgress);
        partial.ReasoningText.Should().Be(ReasoningOf30);
        partial.OutputText.Should().BeEmpty();

        foreach (ResponseStreamEvent item in events.Skip(30).Take(3))
        {
            accumulator.Add(item);
        }

        accumulator.ToResponse().OutputText.Should().Be("4");
        accumulator.EventCount.Should().Be(33);
        events[2].Should().BeOfType<ResponseOutputItemAddedEvent>().Which.Item.Content.Should().BeNull("folding does not change the events handed out");
    }

    [Fact]
    public async Task Fixture_31_stream_carries_encrypted_reasoning_and_the_answer()
    {
        List<ResponseStreamEvent> events = await StreamFixtureAsync("31-responses-stream-gpt-5-nano-encrypted-reasoning.sse");

        events.Should().HaveCount(11);
        ResponseItem reasoning = events.OfType<ResponseOutputItemDoneEvent>().First().Item;
        reasoning.Type.Should().Be(ResponseItemType.Reasoning);
        reasoning.EncryptedContent.Should().StartWith("gAAAAABqcmhG").And.EndWith("fQ");
        reasoning.Format.Should().Be("openai-responses-v1");
        reasoning.Summary.Should().BeEmpty();

        var accumulator = new ResponseAccumulator();
        events.ForEach(accumulator.Add);
        OpenRouterResponse response = accumulator.ToResponse();
        response.Model.Should().Be("openai/gpt-5-nano");
        response.OutputText.Should().Be("4");
        response.Output[0].EncryptedContent.Should().Be(reasoning.EncryptedContent);
        response.MaxOutputTokens.Should().Be(128);
        response.Usage!.InputTokens.Should().Be(20);
        response.Usage.OutputTokens.Should().Be(19);
        response.Usage.Cost.Should().Be(0.0000086m, "8.6e-06 in exponent notation");
        response.Usage.CostDetails!.UpstreamInferenceInputCost.Should().Be(0.000001m);
    }

    [Fact]
    public void An_output_item_sent_back_as_input_keeps_every_member()
    {
        string json = Fixture.Text("31-responses-stream-gpt-5-nano-encrypted-reasoning.sse")
            .Split('\n').First(l => l.Contains("\"response.output_item.done\"", StringComparison.Ordinal)).Substring("data: ".Length);
        var done = (ResponseOutputItemDoneEvent)OpenRouter.Sdk.Http.Streaming.ResponseStreamEvents.Parse(Encoding.UTF8.GetBytes(json));

        string sent = ResponseRequestTests.Serialize(new ResponseRequest { Input = new[] { done.Item } });

        JsonAssert.Equivalent("{\"input\":[" + done.Json.GetProperty("item").GetRawText() + "]}", sent);
    }
}
