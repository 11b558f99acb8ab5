using System.Net;
using FluentAssertions;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Time.Testing;
using OpenRouter.Sdk.Tests.AI;
using OpenRouter.Sdk.Tests.Infrastructure;
using Xunit;

namespace OpenRouter.Sdk.Tests.Telemetry;

/// <summary>
/// The metrics of the <c>OpenRouter.Sdk</c> meter. Collectors see the measurements of every test running in parallel,
/// so each test uses its own model id (or server host, for retries) and looks only at its own measurements. Durations
/// are measured on a fake clock that the stub handler or the test moves.
/// </summary>
public sealed class MetricsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ChatCompletionRequest Request(string model) => new() { Model = model, Messages = { new UserMessage("hi") } };

    private static OpenRouterClient Client(StubHandler handler, FakeTimeProvider time, Action<OpenRouterClientOptions>? configure = null) =>
        TestClients.Create(handler, o =>
        {
            o.TimeProvider = time;
            configure?.Invoke(o);
        });

    /// <summary>Answers with a fixture after the fake clock has moved by <paramref name="delay"/> (the server's time to answer).</summary>
    private static StubHandler AnswerAfter(FakeTimeProvider time, TimeSpan delay, string fixture)
    {
        string? sse = Fixture.All(fixture + "-*.sse").SingleOrDefault();
        byte[] body = Fixture.Bytes(sse ?? Fixture.Named(fixture, ".json"));
        return new StubHandler().Respond(_ =>
        {
            time.Advance(delay);
            HttpContent content = sse is null ? new ByteArrayContent(body) : new StreamContent(new TrickleStream(body, 64));
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(sse is null ? "application/json" : "text/event-stream");
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
        });
    }

    private static void ShouldHaveCallTags(CollectedMeasurement<double> measurement, string operation, string model, string? responseModel)
    {
        measurement.Tags["gen_ai.operation.name"].Should().Be(operation);
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
    public void The_meter_is_named_like_the_activity_source()
    {
        OpenRouterTelemetry.MeterName.Should().Be(OpenRouterTelemetry.ActivitySourceName);
        OpenRouterMetrics.Meter.Name.Should().Be("OpenRouter.Sdk");
        OpenRouterMetrics.Duration.Unit.Should().Be("s");
        OpenRouterMetrics.TimeToFirstChunk.Unit.Should().Be("s");
        OpenRouterMetrics.TokenUsage.Unit.Should().Be("{token}");
        OpenRouterMetrics.Cost.Unit.Should().Be("USD");
        OpenRouterMetrics.Duration.Advice!.HistogramBucketBoundaries.Should().Equal(0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92);
        OpenRouterMetrics.TimeToFirstChunk.Advice!.HistogramBucketBoundaries.Should().Equal(OpenRouterMetrics.Duration.Advice.HistogramBucketBoundaries);
        OpenRouterMetrics.TokenUsage.Advice!.HistogramBucketBoundaries.Should().StartWith(new long[] { 1, 4, 16, 64 }).And.EndWith(67108864L);
    }

    [Fact]
    public async Task A_unary_chat_call_records_its_duration_tokens_and_cost()
    {
        const string model = "test/metrics-unary";
        using var collectors = new Collectors();
        var time = new FakeTimeProvider();
        using OpenRouterClient client = Client(AnswerAfter(time, TimeSpan.FromSeconds(1.5), "20"), time);

        await client.CreateChatCompletionAsync(Request(model), Ct);

        CollectedMeasurement<double> duration = Collectors.Of(collectors.Duration, model).Should().ContainSingle().Subject;
        duration.Value.Should().Be(1.5);
        ShouldHaveCallTags(duration, "chat", model, "anthropic/claude-4.5-haiku-20251001");
        duration.Tags.Should().NotContainKey("error.type");

        List<CollectedMeasurement<long>> tokens = Collectors.Of(collectors.Tokens, model);
        tokens.Select(t => (t.Tags["gen_ai.token.type"], t.Value)).Should().BeEquivalentTo(new[] { ((object?)"input", 577L), ("output", 54L) });
        tokens.Should().OnlyContain(t => (string?)t.Tags["gen_ai.response.model"] == "anthropic/claude-4.5-haiku-20251001");

        CollectedMeasurement<double> cost = Collectors.Of(collectors.Cost, model).Should().ContainSingle().Subject;
        cost.Value.Should().BeApproximately(0.000847, 1e-12);
        cost.Tags["gen_ai.operation.name"].Should().Be("chat");
        Collectors.Of(collectors.FirstChunk, model).Should().BeEmpty("a unary call has no chunks");
    }

    [Fact]
    public async Task A_failed_call_records_its_duration_with_the_error_type()
    {
        const string model = "test/metrics-failure";
        using var collectors = new Collectors();
        var time = new FakeTimeProvider();
        var handler = new StubHandler().Respond(_ =>
        {
            time.Advance(TimeSpan.FromSeconds(0.25));
            return new HttpResponseMessage(HttpStatusCode.BadRequest)
            {
                Content = new StringContent("""{"error":{"code":400,"message":"bad model"}}""", System.Text.Encoding.UTF8, "application/json"),
            };
        });
        using OpenRouterClient client = Client(handler, time);

        OpenRouterException failure = (await FluentActions.Awaiting(() => client.CreateChatCompletionAsync(Request(model), Ct))
            .Should().ThrowAsync<OpenRouterBadRequestException>()).Which;

        CollectedMeasurement<double> duration = Collectors.Of(collectors.Duration, model).Should().ContainSingle().Subject;
        duration.Value.Should().Be(0.25);
        duration.Tags["error.type"].Should().Be(failure.GetType().FullName).And.Be("OpenRouter.Sdk.OpenRouterBadRequestException");
        ShouldHaveCallTags(duration, "chat", model, responseModel: null);
        Collectors.Of(collectors.Tokens, model).Should().BeEmpty();
        Collectors.Of(collectors.Cost, model).Should().BeEmpty();
    }

    [Fact]
    public async Task A_stream_records_the_time_to_its_first_chunk_and_the_usage_of_its_final_chunk()
    {
        const string model = "test/metrics-stream";
        using var collectors = new Collectors();
        var time = new FakeTimeProvider();
        using OpenRouterClient client = Client(AnswerAfter(time, TimeSpan.FromSeconds(0.3), "06"), time);

        int chunks = 0;
        await foreach (ChatCompletionChunk _ in client.StreamChatCompletionAsync(Request(model), Ct))
        {
            if (chunks++ == 0)
            {
                Collectors.Of(collectors.Duration, model).Should().BeEmpty("the call lasts until the stream ends");
                time.Advance(TimeSpan.FromSeconds(2));
            }
        }

        chunks.Should().BeGreaterThan(1);
        CollectedMeasurement<double> first = Collectors.Of(collectors.FirstChunk, model).Should().ContainSingle().Subject;
        first.Value.Should().Be(0.3);
        ShouldHaveCallTags(first, "chat", model, "openai/gpt-5.4-nano-20260317");

        CollectedMeasurement<double> duration = Collectors.Of(collectors.Duration, model).Should().ContainSingle().Subject;
        duration.Value.Should().Be(2.3);
        ShouldHaveCallTags(duration, "chat", model, "openai/gpt-5.4-nano-20260317");
        duration.Tags.Should().NotContainKey("error.type");

        Collectors.Of(collectors.Tokens, model).Select(t => (t.Tags["gen_ai.token.type"], t.Value))
            .Should().BeEquivalentTo(new[] { ((object?)"input", 19L), ("output", 7L) });
        Collectors.Of(collectors.Cost, model).Should().ContainSingle().Which.Value.Should().BeApproximately(0.00001255, 1e-14);
    }

    [Fact]
    public async Task A_stream_that_fails_midway_records_the_error_type()
    {
        const string model = "test/metrics-stream-error";
        using var collectors = new Collectors();
        var time = new FakeTimeProvider();
        using OpenRouterClient client = Client(AnswerAfter(time, TimeSpan.FromSeconds(0.5), "14"), time);

        await FluentActions.Awaiting(() => client.StreamChatCompletionAsync(Request(model), Ct).ToChatCompletionAsync(Ct))
            .Should().ThrowAsync<OpenRouterStreamException>();

        CollectedMeasurement<double> duration = Collectors.Of(collectors.Duration, model).Should().ContainSingle().Subject;
        duration.Value.Should().Be(0.5);
        duration.Tags["error.type"].Should().Be(typeof(OpenRouterStreamException).FullName);
    }

    [Fact]
    public async Task An_embeddings_call_records_its_duration_input_tokens_and_cost()
    {
        const string model = "test/metrics-embeddings";
        using var collectors = new Collectors();
        var time = new FakeTimeProvider();
        var handler = new StubHandler().Respond(_ =>
        {
            time.Advance(TimeSpan.FromSeconds(0.08));
            return new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent("""
                    {"object":"list","model":"openai/text-embedding-3-small","data":[{"object":"embedding","index":0,"embedding":[0.5]}],
                     "usage":{"prompt_tokens":8,"total_tokens":8,"cost":6e-7}}
                    """, System.Text.Encoding.UTF8, "application/json"),
            };
        });
        using OpenRouterClient client = Client(handler, time);

        await client.CreateEmbeddingsAsync(new EmbeddingsRequest(model, new[] { "first" }), Ct);

        CollectedMeasurement<double> duration = Collectors.Of(collectors.Duration, model).Should().ContainSingle().Subject;
        duration.Value.Should().Be(0.08);
        ShouldHaveCallTags(duration, "embeddings", model, "openai/text-embedding-3-small");
        CollectedMeasurement<long> tokens = Collectors.Of(collectors.Tokens, model).Should().ContainSingle("embeddings have no output tokens").Subject;
        tokens.Value.Should().Be(8);
        tokens.Tags["gen_ai.token.type"].Should().Be("input");
        Collectors.Of(collectors.Cost, model).Should().ContainSingle().Which.Value.Should().BeApproximately(6e-7, 1e-15);
    }

    [Fact]
    public async Task A_call_through_the_chat_client_is_measured_once()
    {
        const string model = "test/metrics-chat-client";
        using var collectors = new Collectors();
        var time = new FakeTimeProvider();
        using OpenRouterClient client = Client(AnswerAfter(time, TimeSpan.FromSeconds(1), "20"), time);
        IChatClient chat = client.AsIChatClient(model);

        await chat.GetResponseAsync("hi", cancellationToken: Ct);

        Collectors.Of(collectors.Duration, model).Should().ContainSingle("the chat client and the OpenRouter client must not both measure one call")
            .Which.Value.Should().Be(1);
        Collectors.Of(collectors.Tokens, model).Should().HaveCount(2);
    }

    [Fact]
    public async Task Without_gen_ai_metrics_only_the_cost_is_recorded()
    {
        const string model = "test/metrics-gen-ai-off";
        using var collectors = new Collectors();
        var time = new FakeTimeProvider();
        using OpenRouterClient client = Client(AnswerAfter(time, TimeSpan.FromSeconds(1), "06"), time, o => o.EnableGenAIMetrics = false);

        await client.StreamChatCompletionAsync(Request(model), Ct).ToChatCompletionAsync(Ct);
        await client.WithOptions(o => o.EnableGenAIMetrics = true).StreamChatCompletionAsync(Request(model), Ct).ToChatCompletionAsync(Ct);

        Collectors.Of(collectors.Duration, model).Should().ContainSingle("only the call with GenAI metrics on records them");
        Collectors.Of(collectors.FirstChunk, model).Should().ContainSingle();
        Collectors.Of(collectors.Tokens, model).Should().HaveCount(2);
        Collectors.Of(collectors.Cost, model).Should().HaveCount(2, "the cost is the SDK's own metric, recorded either way");
    }

    [Fact]
    public async Task Readme_metrics_snippet_leaves_only_the_cost_to_the_sdk()
    {
        const string model = "test/metrics-readme";
        string apiKey = TestClients.ApiKey;
        using var collectors = new Collectors();
        var services = new ServiceCollection();
        // snippet: metrics with UseOpenTelemetry()
        services.AddOpenRouter(o =>
        {
            o.ApiKey = apiKey;
            o.EnableGenAIMetrics = false; // gen_ai.* come from UseOpenTelemetry()
        });
        // end snippet
        services.AddHttpClient(OpenRouterServiceCollectionExtensions.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => new StubHandler().RespondFixture("20"));
        await using ServiceProvider provider = services.BuildServiceProvider();

        await provider.GetRequiredService<OpenRouterClient>().CreateChatCompletionAsync(Request(model), Ct);

        Collectors.Of(collectors.Duration, model).Should().BeEmpty();
        Collectors.Of(collectors.Tokens, model).Should().BeEmpty();
        Collectors.Of(collectors.Cost, model).Should().ContainSingle().Which.Value.Should().BeApproximately(0.000847, 1e-12);
    }

    [Fact]
    public async Task Each_retry_is_counted_once_with_its_cause()
    {
        const string host = "retry-metrics.example";
        using var collectors = new Collectors();
        var time = new AutoAdvancingTimeProvider();
        var stub = new StubHandler()
            .Respond(HttpStatusCode.ServiceUnavailable, """{"error":{"code":503,"message":"busy"}}""")
            .Respond(HttpStatusCode.TooManyRequests, """{"error":{"code":429,"message":"slow down"}}""")
            .RespondFixture("01");
        var options = new OpenRouterClientOptions
        {
            ApiKey = TestClients.ApiKey,
            BaseUrl = new Uri("https://" + host + "/api/v1/"),
            TimeProvider = time,
            RequestTimeout = Timeout.InfiniteTimeSpan,
            MaxRetries = 3,
        };
        using var client = new OpenRouterClient(new HttpClient(new OpenRouterResilienceHandler(options, stub)), options);

        await client.CreateChatCompletionAsync(Request("test/metrics-retries"), Ct);

        stub.Requests.Should().HaveCount(3);
        List<CollectedMeasurement<long>> retries = collectors.Retries.GetMeasurementSnapshot()
            .Where(m => m.Tags.TryGetValue("server.address", out object? v) && (v as string) == host).ToList();
        retries.Should().HaveCount(2, "two attempts failed and were retried; the third succeeded");
        retries.Should().OnlyContain(m => m.Value == 1);
        retries.Select(m => m.Tags["error.type"]).Should().Equal("503", "429");
        retries.Select(m => m.Tags["http.response.status_code"]).Should().Equal(503, 429);
        retries.Should().OnlyContain(m => (int?)m.Tags["server.port"] == 443);
    }

    [Fact]
    public async Task A_call_that_is_not_retried_counts_no_retry()
    {
        const string host = "no-retry-metrics.example";
        using var collectors = new Collectors();
        var stub = new StubHandler().Respond(HttpStatusCode.BadRequest, """{"error":{"code":400,"message":"bad"}}""");
        var options = new OpenRouterClientOptions { ApiKey = TestClients.ApiKey, BaseUrl = new Uri("https://" + host + "/api/v1/") };
        using var client = new OpenRouterClient(new HttpClient(new OpenRouterResilienceHandler(options, stub)), options);

        await FluentActions.Awaiting(() => client.CreateChatCompletionAsync(Request("test/metrics-no-retry"), Ct)).Should().ThrowAsync<OpenRouterBadRequestException>();

        stub.Requests.Should().ContainSingle();
        collectors.Retries.GetMeasurementSnapshot().Should().NotContain(m => m.Tags.ContainsKey("server.address") && (string?)m.Tags["server.address"] == host);
    }

    [Fact]
    public async Task A_key_echoed_as_the_response_model_is_redacted_in_the_tags()
    {
        const string model = "test/metrics-redaction";
        const string secret = "metrics-custom-secret-7c1e9a3b5d";
        using var collectors = new Collectors();
        var time = new FakeTimeProvider();
        string body = "{\"id\":\"gen-1\",\"model\":\"" + secret + "\",\"object\":\"chat.completion\",\"created\":1,"
            + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"hi\"},\"finish_reason\":\"stop\"}],"
            + "\"usage\":{\"prompt_tokens\":3,\"completion_tokens\":1,\"total_tokens\":4,\"cost\":0.01}}";
        var handler = new StubHandler().Respond(HttpStatusCode.OK, body);
        using OpenRouterClient client = Client(handler, time, o => o.ApiKey = secret);

        ChatCompletion completion = await client.CreateChatCompletionAsync(Request(model), Ct);

        completion.Model.Should().Be(secret, "the answer itself is the caller's data");
        var all = Collectors.Of(collectors.Duration, model).Select(m => m.Tags)
            .Concat(Collectors.Of(collectors.Tokens, model).Select(m => m.Tags))
            .Concat(Collectors.Of(collectors.Cost, model).Select(m => m.Tags)).ToList();
        all.Should().HaveCount(4);
        all.Should().OnlyContain(tags => (string?)tags["gen_ai.response.model"] == SecretRedactor.Placeholder);
        all.SelectMany(tags => tags.Values).Should().NotContain(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)!.Contains(secret));
    }
}
