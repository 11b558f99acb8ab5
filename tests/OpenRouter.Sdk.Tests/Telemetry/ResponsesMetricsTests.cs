using System.Net;
using System.Text;
using FluentAssertions;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Time.Testing;
using OpenRouter.Sdk.Tests.Infrastructure;
using Xunit;

namespace OpenRouter.Sdk.Tests.Telemetry;

/// <summary>
/// The GenAI metrics of Responses API calls, unary and streamed, through the Responses client and through its
/// IChatClient. Collectors see the measurements of every test running in parallel, so each test uses its own model id
/// and looks only at its own measurements; durations are measured on a fake clock the stub handler or the test moves.
/// </summary>
public sealed class ResponsesMetricsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static OpenRouterClient Client(StubHandler handler, FakeTimeProvider time) => TestClients.Create(handler, o => o.TimeProvider = time);

    private static StubHandler AnswerAfter(FakeTimeProvider time, TimeSpan delay, byte[] body, bool stream) =>
        new StubHandler().Respond(_ =>
        {
            time.Advance(delay);
            HttpContent content = stream ? new StreamContent(new TrickleStream(body, 64)) : new ByteArrayContent(body);
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(stream ? "text/event-stream" : "application/json");
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
        });

    private static void ShouldHaveCallTags(CollectedMeasurement<double> measurement, string model, string? responseModel)
    {
        measurement.Tags["gen_ai.operation.name"].Should().Be("chat");
        measurement.Tags["gen_ai.provider.name"].Should().Be("openrouter");
        measurement.Tags["gen_ai.request.model"].Should().Be(model);
        if (responseModel is null)
        {
            measurement.Tags.Should().NotContainKey("gen_ai.response.model");
        }
        else
        {
            measurement.Tags["gen_ai.response.model"].Should().Be(responseModel);
        }

        measurement.Tags["server.address"].Should().Be("openrouter.ai");
        measurement.Tags["server.port"].Should().Be(443);
    }

    [Fact]
    public async Task A_unary_responses_call_records_its_duration_tokens_and_cost()
    {
        const string model = "test/responses-metrics-unary";
        using var collectors = new Collectors();
        var time = new FakeTimeProvider();
        using OpenRouterClient client = Client(AnswerAfter(time, TimeSpan.FromSeconds(1.5), Fixture.Bytes("32-responses-nonstream-prompt-cache.json"), stream: false), time);

        await client.Responses.CreateAsync(new ResponseRequest { Model = model, Input = "hi" }, Ct);

        CollectedMeasurement<double> duration = Collectors.Of(collectors.Duration, model).Should().ContainSingle().Subject;
        duration.Value.Should().Be(1.5);
        ShouldHaveCallTags(duration, model, "openai/gpt-5.6-sol");
        duration.Tags.Should().NotContainKey("error.type");
        Collectors.Of(collectors.Tokens, model).Select(t => (t.Tags["gen_ai.token.type"], t.Value))
            .Should().BeEquivalentTo(new[] { ((object?)"input", 4020L), ("output", 5L) });
        Collectors.Of(collectors.Cost, model).Should().ContainSingle().Which.Value.Should().BeApproximately(0.025265, 1e-12);
        Collectors.Of(collectors.FirstChunk, model).Should().BeEmpty("a unary call has no chunks");
    }

    [Fact]
    public async Task A_failed_unary_call_records_its_duration_with_the_error_type()
    {
        const string model = "test/responses-metrics-failure";
        using var collectors = new Collectors();
        var time = new FakeTimeProvider();
        var handler = new StubHandler().Respond(_ =>
        {
            time.Advance(TimeSpan.FromSeconds(0.25));
            return new HttpResponseMessage(HttpStatusCode.BadRequest)
            {
                Content = new StringContent("""{"error":{"code":400,"message":"bad model"}}""", Encoding.UTF8, "application/json"),
            };
        });
        using OpenRouterClient client = Client(handler, time);

        await FluentActions.Awaiting(() => client.Responses.CreateAsync(new ResponseRequest { Model = model, Input = "hi" }, Ct))
            .Should().ThrowAsync<OpenRouterBadRequestException>();

        CollectedMeasurement<double> duration = Collectors.Of(collectors.Duration, model).Should().ContainSingle().Subject;
        duration.Value.Should().Be(0.25);
        duration.Tags["error.type"].Should().Be("OpenRouter.Sdk.OpenRouterBadRequestException");
        ShouldHaveCallTags(duration, model, responseModel: null);
        Collectors.Of(collectors.Tokens, model).Should().BeEmpty();
        Collectors.Of(collectors.Cost, model).Should().BeEmpty();
    }

    [Fact]
    public async Task A_stream_records_the_time_to_its_first_event_and_the_usage_of_its_completed_event()
    {
        const string model = "test/responses-metrics-stream";
        using var collectors = new Collectors();
        var time = new FakeTimeProvider();
        using OpenRouterClient client = Client(AnswerAfter(time, TimeSpan.FromSeconds(0.3), Fixture.Bytes("30-responses-stream-gpt-oss-20b-reasoning-text.sse"), stream: true), time);

        int events = 0;
        await foreach (ResponseStreamEvent _ in client.Responses.StreamAsync(new ResponseRequest { Model = model, Input = "hi" }, Ct))
        {
            if (events++ == 0)
            {
                Collectors.Of(collectors.Duration, model).Should().BeEmpty("the call lasts until the stream ends");
                time.Advance(TimeSpan.FromSeconds(2));
            }
        }

        events.Should().BeGreaterThan(1);
        CollectedMeasurement<double> first = Collectors.Of(collectors.FirstChunk, model).Should().ContainSingle().Subject;
        first.Value.Should().Be(0.3);
        ShouldHaveCallTags(first, model, "openai/gpt-oss-20b");
        CollectedMeasurement<double> duration = Collectors.Of(collectors.Duration, model).Should().ContainSingle().Subject;
        duration.Value.Should().Be(2.3);
        ShouldHaveCallTags(duration, model, "openai/gpt-oss-20b");
        duration.Tags.Should().NotContainKey("error.type");
        Collectors.Of(collectors.Tokens, model).Select(t => (t.Tags["gen_ai.token.type"], t.Value))
            .Should().BeEquivalentTo(new[] { ((object?)"input", 78L), ("output", 37L) });
        Collectors.Of(collectors.Cost, model).Should().ContainSingle().Which.Value.Should().BeApproximately(0.0000113, 1e-14);
    }

    [Fact]
    public async Task A_stream_that_fails_records_the_error_type()
    {
        const string model = "test/responses-metrics-stream-error";
        using var collectors = new Collectors();
        var time = new FakeTimeProvider();
        byte[] sse = Encoding.UTF8.GetBytes(
            "data: " + """{"type":"response.created","response":{"object":"response","id":"gen-r1","created_at":1,"status":"in_progress","output":[],"model":"m"},"sequence_number":0}""" + "\n\n"
            + "data: " + """{"type":"error","code":"server_error","message":"Upstream failed","param":null,"sequence_number":1}""" + "\n\n");
        using OpenRouterClient client = Client(AnswerAfter(time, TimeSpan.FromSeconds(0.5), sse, stream: true), time);

        await FluentActions.Awaiting(() => client.Responses.StreamAsync(new ResponseRequest { Model = model, Input = "hi" }, Ct).ToResponseAsync(Ct))
            .Should().ThrowAsync<OpenRouterStreamException>();

        CollectedMeasurement<double> duration = Collectors.Of(collectors.Duration, model).Should().ContainSingle().Subject;
        duration.Value.Should().Be(0.5);
        duration.Tags["error.type"].Should().Be(typeof(OpenRouterStreamException).FullName);
        ShouldHaveCallTags(duration, model, "m");
    }

    [Fact]
    public async Task A_call_through_the_responses_chat_client_is_measured_once()
    {
        const string model = "test/responses-metrics-chat-client";
        using var collectors = new Collectors();
        var time = new FakeTimeProvider();
        using OpenRouterClient client = Client(AnswerAfter(time, TimeSpan.FromSeconds(0.75), Fixture.Bytes("32-responses-nonstream-prompt-cache.json"), stream: false), time);

        await client.Responses.AsIChatClient(model).GetResponseAsync("hi", cancellationToken: Ct);

        Collectors.Of(collectors.Duration, model).Should().ContainSingle().Which.Value.Should().Be(0.75);
        Collectors.Of(collectors.Cost, model).Should().ContainSingle();
    }
}
