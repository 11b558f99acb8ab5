using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using FluentAssertions;
using OpenRouter.Sdk;
using Xunit;

namespace OpenRouter.Emulator.Tests;

/// <summary><c>POST /responses</c> end to end through the SDK's <c>client.Responses</c>: echo, streaming events, a function call round trip, a mid-stream error, the stateless rule.</summary>
public sealed class ResponsesEmulatorTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_streamed_response_echoes_one_word_per_delta_and_ends_with_usage_and_cost()
    {
        await using var session = await EmulatorSession.StartAsync();

        var events = new List<ResponseStreamEvent>();
        await foreach (ResponseStreamEvent item in session.Client.Responses.StreamAsync(new ResponseRequest { Model = EmulatedModels.Echo, Input = "Olá wide world" }, Ct))
        {
            events.Add(item);
        }

        events[0].Should().BeOfType<ResponseCreatedEvent>();
        events[1].Should().BeOfType<ResponseInProgressEvent>();
        events.OfType<ResponseOutputTextDeltaEvent>().Select(d => d.Delta).Should().Equal("Olá", " wide", " world");
        events.OfType<ResponseOutputTextDoneEvent>().Single().Text.Should().Be("Olá wide world");
        events.Select(e => e.SequenceNumber).Should().BeInAscendingOrder();
        events.Should().NotContain(e => e is UnknownResponseStreamEvent, "the emulator only sends event types the SDK knows");
        ResponseCompletedEvent completed = events[^1].Should().BeOfType<ResponseCompletedEvent>().Subject;
        completed.Response.OutputText.Should().Be("Olá wide world");
        completed.Response.Id.Should().StartWith("gen-");

        // A string input is one user message: 3 tokens plus 3 words in, 3 words out.
        ResponseUsage usage = completed.Response.Usage!;
        usage.InputTokens.Should().Be(6);
        usage.OutputTokens.Should().Be(3);
        usage.Cost.Should().Be((6 * 0.0000001m) + (3 * 0.0000004m));
        session.Emulator.State.Find(completed.Response.Id)!.Streamed.Should().BeTrue();
    }

    [Fact]
    public async Task Folded_stream_and_unary_response_agree()
    {
        await using var session = await EmulatorSession.StartAsync();
        var request = new ResponseRequest { Model = "openai/gpt-5-nano", Input = new[] { ResponseItem.Message(MessageRole.System, "Be brief."), ResponseItem.UserMessage("Any model id echoes") } };

        OpenRouterResponse folded = await session.Client.Responses.StreamAsync(request, Ct).ToResponseAsync(Ct);
        OpenRouterResponse whole = await session.Client.Responses.CreateAsync(request, Ct);

        foreach (OpenRouterResponse response in new[] { folded, whole })
        {
            response.Status.Should().Be(ResponseStatus.Completed);
            response.OutputText.Should().Be("Any model id echoes");
            response.Model.Should().Be("openai/gpt-5-nano");
            response.Usage!.InputTokens.Should().Be(3 + 2 + 3 + 4);
        }

        whole.Id.Should().NotBe(folded.Id);
    }

    [Fact]
    public async Task A_function_tool_is_called_and_its_output_sent_back_is_acknowledged()
    {
        await using var session = await EmulatorSession.StartAsync();
        var tool = ResponseTool.Function("get_weather", "Weather of a city", """{"type":"object","properties":{"city":{"type":"string"}},"required":["city"]}""", strict: true);
        var first = new ResponseRequest { Model = EmulatedModels.Echo, Input = "Weather in Paris?", Tools = [tool] };

        OpenRouterResponse call = await session.Client.Responses.StreamAsync(first, Ct).ToResponseAsync(Ct);

        ResponseItem functionCall = call.Output.Single();
        functionCall.Type.Should().Be(ResponseItemType.FunctionCall);
        functionCall.Name.Should().Be("get_weather");
        JsonNode.Parse(functionCall.Arguments!)!["city"].Should().NotBeNull();

        var followUp = new ResponseRequest
        {
            Model = EmulatedModels.Echo,
            Tools = [tool],
            Input = new List<ResponseItem> { ResponseItem.UserMessage("Weather in Paris?"), functionCall, ResponseItem.FunctionCallOutput(functionCall.CallId!, """{"temp":21}""") },
        };
        OpenRouterResponse answer = await session.Client.Responses.CreateAsync(followUp, Ct);

        answer.OutputText.Should().Be("""The get_weather tool returned: {"temp":21}""");
    }

    [Fact]
    public async Task A_mid_stream_error_raises_a_stream_exception_with_the_words_received()
    {
        await using var session = await EmulatorSession.StartAsync();
        var request = new ResponseRequest { Model = EmulatedModels.MidStreamError, Input = "one two three four" };

        Func<Task> read = () => session.Client.Responses.StreamAsync(request, Ct).ToResponseAsync(Ct);

        var thrown = await read.Should().ThrowAsync<OpenRouterStreamException>();
        thrown.Which.ReceivedContent.Should().Be("one two");
        thrown.Which.ErrorCode.Should().Be("server_error");
        thrown.Which.ErrorEvent.Should().BeOfType<ResponseErrorEvent>();
    }

    [Fact]
    public async Task A_response_carries_every_member_the_spec_requires_even_when_null()
    {
        await using var session = await EmulatorSession.StartAsync();

        using var content = new StringContent("""{"model":"emulator/echo","input":"hi"}""", Encoding.UTF8, "application/json");
        using HttpResponseMessage response = await session.Http.PostAsync("responses", content, Ct);
        JsonObject body = JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!.AsObject();

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        foreach (string member in new[] { "temperature", "top_p", "presence_penalty", "frequency_penalty", "instructions", "error", "incomplete_details" })
        {
            body.ContainsKey(member).Should().BeTrue(member + " is required by the spec");
            body[member].Should().BeNull();
        }

        body["tool_choice"]!.GetValue<string>().Should().Be("auto");
        body["parallel_tool_calls"]!.GetValue<bool>().Should().BeTrue();
        body["metadata"].Should().BeOfType<JsonObject>();
        body["tools"].Should().BeOfType<JsonArray>();
    }

    [Fact]
    public async Task Stored_state_is_refused_with_400_as_OpenRouter_does()
    {
        await using var session = await EmulatorSession.StartAsync();

        using var content = new StringContent("""{"model":"emulator/echo","input":"hi","previous_response_id":"gen-1"}""", Encoding.UTF8, "application/json");
        using HttpResponseMessage response = await session.Http.PostAsync("responses", content, Ct);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync(Ct)).Should().Contain("stateless");
    }
}
