using System.Net;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using OpenRouter.Sdk.Serialization;
using OpenRouter.Sdk.Tests.Infrastructure;
using Xunit;

namespace OpenRouter.Sdk.Tests.RequestOptions;

/// <summary>
/// What the answers carry back: the routing metadata (<c>openrouter_metadata</c>, the spec's <c>OpenRouterMetadata</c>
/// example) on completions, chunks and responses, and the response cache's headers.
/// </summary>
public sealed class ResponseMetadataAndCacheTests
{
    /// <summary>The spec's OpenRouterMetadata example, with an attempt list, router params and a pipeline stage (the spec's PipelineStage example).</summary>
    private const string Metadata = """
        {"attempt":1,"attempts":[{"model":"openai/gpt-4o","provider":"Azure","status":429},{"model":"openai/gpt-4o","provider":"OpenAI","status":200}],
         "endpoints":{"available":[{"model":"openai/gpt-4o","provider":"OpenAI","selected":true},{"model":"openai/gpt-4o","provider":"Azure","selected":false}],"total":3},
         "is_byok":false,"params":{"version_group":"anthropic/claude-sonnet-4","quality_floor":0.8},
         "pipeline":[{"data":{"action":"redacted","engines":["presidio"],"flagged":true,"matched_entity_types":["EMAIL","PHONE"]},"name":"content-filter","summary":"PII redacted via Presidio (EMAIL, PHONE)","type":"guardrail","cost_usd":0.00002}],
         "region":"iad","requested":"openai/gpt-4o","strategy":"direct","summary":"available=1, selected=OpenAI","future_field":7}
        """;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static void AssertSpecExample(OpenRouterMetadata? metadata)
    {
        metadata.Should().NotBeNull();
        metadata!.Requested.Should().Be("openai/gpt-4o");
        metadata.Strategy.Should().Be(RoutingStrategy.Direct);
        metadata.Region.Should().Be("iad");
        metadata.Summary.Should().Be("available=1, selected=OpenAI");
        metadata.Attempt.Should().Be(1);
        metadata.IsByok.Should().BeFalse();
        metadata.Attempts!.Select(a => (a.Provider, a.Model, a.Status)).Should().Equal(("Azure", "openai/gpt-4o", 429), ("OpenAI", "openai/gpt-4o", 200));
        metadata.Endpoints!.Total.Should().Be(3);
        metadata.Endpoints.Available!.Single(e => e.Selected).Provider.Should().Be("OpenAI");
        metadata.Params!.VersionGroup.Should().Be("anthropic/claude-sonnet-4");
        metadata.Params.QualityFloor.Should().Be(0.8);
        metadata.Params.ThroughputFloor.Should().BeNull();
        RoutingPipelineStage stage = metadata.Pipeline!.Single();
        stage.Type.Should().Be(RoutingPipelineStageType.Guardrail);
        stage.Name.Should().Be("content-filter");
        stage.Summary.Should().Be("PII redacted via Presidio (EMAIL, PHONE)");
        stage.CostUsd.Should().Be(0.00002m);
        stage.Data!["action"].GetString().Should().Be("redacted");
        stage.Data["matched_entity_types"].EnumerateArray().Select(e => e.GetString()).Should().Equal("EMAIL", "PHONE");
        metadata.AdditionalProperties!["future_field"].GetInt32().Should().Be(7, "members the SDK does not model are kept");
    }

    [Fact]
    public async Task A_completion_reads_its_routing_metadata()
    {
        string body = RequestOptionsWireTests.Completion.TrimEnd('}') + ",\"openrouter_metadata\":" + Metadata + "}";
        var handler = new StubHandler().Respond(HttpStatusCode.OK, body);
        using OpenRouterClient client = TestClients.Create(handler);

        ChatCompletion completion = await client.CreateChatCompletionAsync(RequestOptionsWireTests.Request(new() { Metadata = OpenRouterMetadataLevel.Enabled }), Ct);

        AssertSpecExample(completion.OpenRouterMetadata);
        completion.AdditionalProperties.Should().BeNull("the metadata is a typed member, not an unknown one");
        completion.Choices.Single().Message.Content.Should().Be("Hi");

        // The generated serializer reads it the same way as the client's hand-written reader.
        ChatCompletion generated = JsonSerializer.Deserialize(body, OpenRouterJsonContext.Default.ChatCompletion)!;
        AssertSpecExample(generated.OpenRouterMetadata);
    }

    [Fact]
    public async Task A_stream_chunk_reads_its_routing_metadata_and_the_folded_completion_keeps_it()
    {
        string first = "{\"id\":\"gen-1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hi\"}}]}";
        string last = "{\"id\":\"gen-1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"!\"},\"finish_reason\":\"stop\"}],\"openrouter_metadata\":" + Metadata.ReplaceLineEndings(" ") + "}";
        string sse = $"data: {first}\n\ndata: {last}\n\ndata: [DONE]\n\n";
        var handler = new StubHandler().RespondStream(Encoding.UTF8.GetBytes(sse));
        using OpenRouterClient client = TestClients.Create(handler);

        var chunks = new List<ChatCompletionChunk>();
        await foreach (ChatCompletionChunk chunk in client.StreamChatCompletionAsync(RequestOptionsWireTests.Request(null), Ct))
        {
            chunks.Add(chunk);
        }

        chunks[0].OpenRouterMetadata.Should().BeNull();
        AssertSpecExample(chunks[1].OpenRouterMetadata);
        chunks[1].AdditionalProperties.Should().BeNull();
        var accumulator = new ChatCompletionAccumulator();
        chunks.ForEach(accumulator.Append);
        ChatCompletion folded = accumulator.ToChatCompletion();
        folded.OpenRouterMetadata.Should().BeSameAs(chunks[1].OpenRouterMetadata);
        folded.Choices.Single().Message.Content.Should().Be("Hi!");
    }

    [Fact]
    public async Task A_response_reads_its_routing_metadata()
    {
        string body = """{"object":"response","id":"gen-r1","created_at":1,"status":"completed","output":[],"model":"m","openrouter_metadata":""" + Metadata + "}";
        var handler = new StubHandler().Respond(HttpStatusCode.OK, body);
        using OpenRouterClient client = TestClients.Create(handler);

        OpenRouterResponse response = await client.Responses.CreateAsync(new ResponseRequest { Model = "m", Input = "Hi" }, Ct);

        AssertSpecExample(response.OpenRouterMetadata);
    }

    private static Action<HttpResponseMessage> CacheHeaders(string status, string? age, string? ttl, string? source) => r =>
    {
        r.Headers.TryAddWithoutValidation("X-OpenRouter-Cache-Status", status);
        if (age is not null)
        {
            r.Headers.TryAddWithoutValidation("X-OpenRouter-Cache-Age", age);
        }

        if (ttl is not null)
        {
            r.Headers.TryAddWithoutValidation("X-OpenRouter-Cache-TTL", ttl);
        }

        if (source is not null)
        {
            r.Headers.TryAddWithoutValidation("X-OpenRouter-Cache-Source-Id", source);
        }
    };

    [Fact]
    public async Task A_cache_hit_is_read_from_the_response_headers()
    {
        var handler = new StubHandler().Respond(HttpStatusCode.OK, RequestOptionsWireTests.Completion,
            configure: CacheHeaders("HIT", "12", "300", "gen-abc123"));
        using OpenRouterClient client = TestClients.Create(handler);

        ChatCompletion completion = await client.CreateChatCompletionAsync(
            RequestOptionsWireTests.Request(new() { ResponseCache = new ResponseCacheOptions { Enabled = true } }), Ct);

        ResponseCacheInfo cache = completion.ResponseCache!;
        cache.Status.Should().Be(ResponseCacheStatus.Hit);
        cache.IsHit.Should().BeTrue();
        cache.Age.Should().Be(TimeSpan.FromSeconds(12));
        cache.Ttl.Should().Be(TimeSpan.FromSeconds(300));
        cache.SourceId.Should().Be("gen-abc123");
    }

    [Fact]
    public async Task A_cache_miss_has_only_what_the_server_sent()
    {
        var handler = new StubHandler().Respond(HttpStatusCode.OK, RequestOptionsWireTests.Completion, configure: CacheHeaders("MISS", null, "300", null));
        using OpenRouterClient client = TestClients.Create(handler);

        ChatCompletion completion = await client.CreateChatCompletionAsync(RequestOptionsWireTests.Request(null), Ct);

        completion.ResponseCache!.Status.Should().Be(ResponseCacheStatus.Miss);
        completion.ResponseCache.IsHit.Should().BeFalse();
        completion.ResponseCache.Ttl.Should().Be(TimeSpan.FromMinutes(5));
        completion.ResponseCache.Age.Should().BeNull();
        completion.ResponseCache.SourceId.Should().BeNull();
    }

    [Fact]
    public async Task Without_cache_headers_there_is_no_cache_information()
    {
        var handler = new StubHandler().Respond(HttpStatusCode.OK, RequestOptionsWireTests.Completion);
        using OpenRouterClient client = TestClients.Create(handler);

        ChatCompletion completion = await client.CreateChatCompletionAsync(RequestOptionsWireTests.Request(null), Ct);

        completion.ResponseCache.Should().BeNull();
    }

    [Fact]
    public async Task A_streamed_cache_hit_is_on_every_chunk_and_on_the_folded_completion()
    {
        var handler = new StubHandler().Respond(_ =>
        {
            var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(RequestOptionsWireTests.ChunkStream)) };
            response.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/event-stream");
            CacheHeaders("HIT", "3", "60", "gen-orig")(response);
            return response;
        });
        using OpenRouterClient client = TestClients.Create(handler);

        var chunks = new List<ChatCompletionChunk>();
        await foreach (ChatCompletionChunk chunk in client.StreamChatCompletionAsync(RequestOptionsWireTests.Request(null), Ct))
        {
            chunks.Add(chunk);
        }

        chunks.Should().NotBeEmpty().And.OnlyContain(c => c.ResponseCache != null && c.ResponseCache.IsHit && c.ResponseCache.SourceId == "gen-orig");
        var accumulator = new ChatCompletionAccumulator();
        chunks.ForEach(accumulator.Append);
        accumulator.ToChatCompletion().ResponseCache!.Age.Should().Be(TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task A_response_reads_the_cache_headers()
    {
        const string Body = """{"object":"response","id":"gen-r1","created_at":1,"status":"completed","output":[],"model":"m"}""";
        var handler = new StubHandler().Respond(HttpStatusCode.OK, Body, configure: CacheHeaders("HIT", "1", "10", "gen-src"));
        using OpenRouterClient client = TestClients.Create(handler);

        OpenRouterResponse response = await client.Responses.CreateAsync(new ResponseRequest { Model = "m", Input = "Hi" }, Ct);

        response.ResponseCache!.IsHit.Should().BeTrue();
        response.ResponseCache.SourceId.Should().Be("gen-src");
        response.ResponseCache.Ttl.Should().Be(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void Open_enums_keep_unknown_values()
    {
        JsonSerializer.Deserialize("""{"requested":"m","strategy":"something-new","pipeline":[{"type":"new_kind","name":"x"}]}""",
            OpenRouterJsonContext.Default.OpenRouterMetadata)!.Strategy!.Value.Value.Should().Be("something-new");
        new ResponseCacheStatus("hit").Should().Be(ResponseCacheStatus.Hit, "comparison ignores case");
    }
}
