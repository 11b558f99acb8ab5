using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FluentAssertions;
using OpenRouter.Sdk;
using Xunit;

namespace OpenRouter.Emulator.Tests;

/// <summary><c>POST /messages</c> end to end over a loopback socket through the SDK's <c>client.Messages</c>: echo, Anthropic's event stream, a tool round trip, a mid-stream error, the wire shape.</summary>
public sealed class MessagesEmulatorTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static MessagesRequest Request(string model, string text) => new() { Model = model, MaxTokens = 100, Messages = [MessagesMessage.User(text)] };

    [Fact]
    public async Task A_streamed_message_echoes_one_word_per_delta_and_ends_with_usage_and_cost()
    {
        await using var session = await EmulatorSession.StartAsync();

        var events = new List<MessagesStreamEvent>();
        await foreach (MessagesStreamEvent item in session.Client.Messages.StreamAsync(Request(EmulatedModels.Echo, "Olá wide world"), Ct))
        {
            events.Add(item);
        }

        events[0].Should().BeOfType<MessagesStartEvent>();
        events[1].Should().BeOfType<MessagesContentBlockStartEvent>();
        events.Should().ContainSingle(e => e is MessagesPingEvent);
        events.OfType<MessagesContentBlockDeltaEvent>().Select(d => d.Delta.Text).Should().Equal("Olá", " wide", " world");
        events.Should().NotContain(e => e is UnknownMessagesStreamEvent, "the emulator only sends event types the SDK knows");
        events[^2].Should().BeOfType<MessagesDeltaEvent>().Which.Delta.StopReason.Should().Be(MessagesStopReason.EndTurn);
        events[^1].Should().BeOfType<MessagesStopEvent>();

        var accumulator = new MessagesAccumulator();
        events.ForEach(accumulator.Add);
        MessagesResponse answer = accumulator.ToResponse();
        answer.Text.Should().Be("Olá wide world");
        answer.Id.Should().StartWith("gen-");
        answer.Usage!.InputTokens.Should().Be(6, "one user message: 3 tokens plus 3 words");
        answer.Usage.OutputTokens.Should().Be(3);
        answer.Usage.Cost.Should().Be((6 * 0.0000001m) + (3 * 0.0000004m));
        session.Emulator.State.Find(answer.Id)!.Streamed.Should().BeTrue();
    }

    [Fact]
    public async Task Folded_stream_and_unary_message_agree()
    {
        await using var session = await EmulatorSession.StartAsync();
        MessagesRequest request = Request("anthropic/claude-sonnet-4", "Any model id echoes");
        request.System = "Be brief.";

        MessagesResponse folded = await session.Client.Messages.StreamAsync(request, Ct).ToMessagesResponseAsync(Ct);
        MessagesResponse whole = await session.Client.Messages.CreateAsync(request, Ct);

        foreach (MessagesResponse answer in new[] { folded, whole })
        {
            answer.Text.Should().Be("Any model id echoes");
            answer.Model.Should().Be("anthropic/claude-sonnet-4");
            answer.StopReason.Should().Be(MessagesStopReason.EndTurn);
            answer.Usage!.InputTokens.Should().Be(2 + 3 + 4);
            answer.Usage.Cost.Should().BePositive();
        }

        whole.Id.Should().NotBe(folded.Id);
    }

    [Fact]
    public async Task A_tool_is_called_with_streamed_json_input_and_its_result_sent_back_is_acknowledged()
    {
        await using var session = await EmulatorSession.StartAsync();
        var tool = MessagesTool.Custom("get_weather", "Weather of a city", """{"type":"object","properties":{"city":{"type":"string"}},"required":["city"]}""");
        MessagesRequest first = Request(EmulatedModels.Echo, "Weather in Paris?");
        first.Tools = [tool];

        MessagesResponse call = await session.Client.Messages.StreamAsync(first, Ct).ToMessagesResponseAsync(Ct);

        call.StopReason.Should().Be(MessagesStopReason.ToolUse);
        MessagesContentBlock use = call.Content.Single();
        use.Type.Should().Be(MessagesContentBlockType.ToolUse);
        use.Name.Should().Be("get_weather");
        use.Input!.Value.ValueKind.Should().Be(JsonValueKind.Object);
        use.Input.Value.TryGetProperty("city", out _).Should().BeTrue("the input_json_delta pieces were joined");

        var followUp = new MessagesRequest
        {
            Model = EmulatedModels.Echo,
            MaxTokens = 100,
            Tools = [tool],
            Messages =
            [
                MessagesMessage.User("Weather in Paris?"),
                MessagesMessage.Assistant(call),
                MessagesMessage.User(new[] { MessagesContentBlock.CreateToolResult(use.Id!, """{"temp":21}""", isError: null) }),
            ],
        };
        MessagesResponse answer = await session.Client.Messages.CreateAsync(followUp, Ct);

        answer.Text.Should().Be("""The get_weather tool returned: {"temp":21}""");
    }

    [Fact]
    public async Task A_mid_stream_error_raises_a_stream_exception_with_the_words_received()
    {
        await using var session = await EmulatorSession.StartAsync();

        Func<Task> read = () => session.Client.Messages.StreamAsync(Request(EmulatedModels.MidStreamError, "one two three four"), Ct).ToMessagesResponseAsync(Ct);

        var thrown = await read.Should().ThrowAsync<OpenRouterStreamException>();
        thrown.Which.ReceivedContent.Should().Be("one two");
        thrown.Which.ErrorCode.Should().Be("api_error");
        thrown.Which.MessagesErrorEvent!.Error!.ErrorType.Should().Be("server");
    }

    [Fact]
    public async Task The_wire_has_anthropics_shape_event_lines_and_errors()
    {
        await using var session = await EmulatorSession.StartAsync();

        using var unary = new StringContent("""{"model":"emulator/echo","max_tokens":5,"messages":[{"role":"user","content":"hi"}]}""", Encoding.UTF8, "application/json");
        using HttpResponseMessage response = await session.Http.PostAsync("messages", unary, Ct);
        JsonObject body = JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!.AsObject();
        body.Select(m => m.Key).Should().Contain(["id", "type", "role", "container", "content", "model", "stop_reason", "stop_details", "stop_sequence", "usage"]);
        ((string?)body["type"]).Should().Be("message");

        using var streamed = new StringContent("""{"model":"emulator/echo","stream":true,"messages":[{"role":"user","content":"hi"}]}""", Encoding.UTF8, "application/json");
        using HttpResponseMessage sse = await session.Http.PostAsync("messages", streamed, Ct);
        string text = await sse.Content.ReadAsStringAsync(Ct);
        text.Should().Contain("event: message_start\ndata: {\"type\":\"message_start\"").And.EndWith("event: message_stop\ndata: {\"type\":\"message_stop\"}\n\n");

        using var missing = new StringContent("""{"model":"emulator/echo"}""", Encoding.UTF8, "application/json");
        using HttpResponseMessage bad = await session.Http.PostAsync("messages", missing, Ct);
        bad.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        JsonNode error = JsonNode.Parse(await bad.Content.ReadAsStringAsync(Ct))!;
        ((string?)error["type"]).Should().Be("error");
        ((string?)error["error"]!["type"]).Should().Be("invalid_request_error");
    }
}
