using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using FluentAssertions;
using OpenRouter.Sdk.Tests.Infrastructure;
using Xunit;

namespace OpenRouter.Sdk.Tests.RequestOptions;

/// <summary>The headers each <see cref="OpenRouterRequestOptions"/> property puts on the wire, on every endpoint that carries them.</summary>
public sealed class RequestOptionsWireTests
{
    internal const string Completion = """{"id":"gen-1","object":"chat.completion","created":1,"model":"m","choices":[{"index":0,"message":{"role":"assistant","content":"Hi"},"finish_reason":"stop"}]}""";

    internal const string ChunkStream = "data: {\"id\":\"gen-1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hi\"},\"finish_reason\":\"stop\"}]}\n\ndata: [DONE]\n\n";

    /// <summary>The headers only per-request options send; none of them may appear on a call without options.</summary>
    private static readonly string[] OptionHeaders =
    [
        "X-OpenRouter-Metadata", "x-session-id", "X-OpenRouter-Cache", "X-OpenRouter-Cache-TTL", "X-OpenRouter-Cache-Clear", "x-anthropic-beta",
    ];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    internal static ChatCompletionRequest Request(OpenRouterRequestOptions? options) =>
        new() { Model = "m", Messages = { new UserMessage("Hi") }, RequestOptions = options };

    private static async Task<RecordedRequest> SendAsync(OpenRouterRequestOptions? options)
    {
        var handler = new StubHandler().Respond(HttpStatusCode.OK, Completion);
        using OpenRouterClient client = TestClients.Create(handler);
        await client.CreateChatCompletionAsync(Request(options), Ct);
        return handler.Requests.Single();
    }

    public static TheoryData<string, Func<OpenRouterRequestOptions>, string, string> EachProperty => new()
    {
        { "metadata enabled", () => new() { Metadata = OpenRouterMetadataLevel.Enabled }, "X-OpenRouter-Metadata", "enabled" },
        { "metadata disabled", () => new() { Metadata = OpenRouterMetadataLevel.Disabled }, "X-OpenRouter-Metadata", "disabled" },
        { "session id", () => new() { SessionId = "conv-42" }, "x-session-id", "conv-42" },
        { "cache on", () => new() { ResponseCache = new ResponseCacheOptions { Enabled = true } }, "X-OpenRouter-Cache", "true" },
        { "cache off", () => new() { ResponseCache = new ResponseCacheOptions { Enabled = false } }, "X-OpenRouter-Cache", "false" },
        { "cache ttl", () => new() { ResponseCache = new ResponseCacheOptions { Ttl = TimeSpan.FromMinutes(10) } }, "X-OpenRouter-Cache-TTL", "600" },
        { "cache clear", () => new() { ResponseCache = new ResponseCacheOptions { Clear = true } }, "X-OpenRouter-Cache-Clear", "true" },
        { "anthropic beta", () => new() { AnthropicBeta = ["fine-grained-tool-streaming-2025-05-14", "context-1m-2025-08-07"] }, "x-anthropic-beta", "fine-grained-tool-streaming-2025-05-14,context-1m-2025-08-07" },
        { "other header", () => new OpenRouterRequestOptions().AddHeader("X-Trace-Id", "abc-123"), "X-Trace-Id", "abc-123" },
    };

    [Theory]
    [MemberData(nameof(EachProperty))]
    public async Task Each_property_sends_exactly_its_header(string what, Func<OpenRouterRequestOptions> options, string header, string value)
    {
        RecordedRequest sent = await SendAsync(options());

        sent.Header(header).Should().Be(value, what);
        sent.Headers.Select(h => h.Key).Except(OptionHeaders.Append(header), StringComparer.OrdinalIgnoreCase)
            .Should().BeEquivalentTo(["Authorization", "Accept", "User-Agent"], "only the header of the property set is added to the SDK's own");
        sent.BodyText.Should().Be("""{"model":"m","messages":[{"role":"user","content":"Hi"}]}""", "the options are headers, never body members");
    }

    [Fact]
    public async Task Everything_set_at_once_sends_every_header_once()
    {
        var options = new OpenRouterRequestOptions
        {
            Metadata = OpenRouterMetadataLevel.Enabled,
            SessionId = "s-1",
            ResponseCache = new ResponseCacheOptions { Enabled = true, Ttl = TimeSpan.FromSeconds(30), Clear = true },
            AnthropicBeta = ["b1"],
        }.AddHeader("X-A", "1").AddHeader("x-a", "2");

        RecordedRequest sent = await SendAsync(options);

        sent.Header("X-OpenRouter-Metadata").Should().Be("enabled");
        sent.Header("x-session-id").Should().Be("s-1");
        sent.Header("X-OpenRouter-Cache").Should().Be("true");
        sent.Header("X-OpenRouter-Cache-TTL").Should().Be("30");
        sent.Header("X-OpenRouter-Cache-Clear").Should().Be("true");
        sent.Header("x-anthropic-beta").Should().Be("b1");
        sent.Header("X-A").Should().Be("2", "a header added again replaces the earlier value (names ignore case)");
    }

    [Fact]
    public async Task Nothing_is_added_without_options_or_with_empty_ones()
    {
        RecordedRequest none = await SendAsync(null);
        RecordedRequest empty = await SendAsync(new OpenRouterRequestOptions
        {
            SessionId = " ",
            AnthropicBeta = [],
            ResponseCache = new ResponseCacheOptions(),
        });

        foreach (RecordedRequest sent in new[] { none, empty })
        {
            sent.Headers.Select(h => h.Key).Should().BeEquivalentTo(["Authorization", "Accept", "User-Agent"]);
        }
    }

    [Fact]
    public async Task Text_outside_ascii_is_sent_percent_encoded_as_the_client_headers_are()
    {
        RecordedRequest sent = await SendAsync(new OpenRouterRequestOptions { SessionId = "café 100%" });

        sent.Header("x-session-id").Should().Be("caf%C3%A9 100%25");
    }

    [Fact]
    public async Task A_streamed_completion_sends_the_headers()
    {
        var handler = new StubHandler().RespondStream(Encoding.UTF8.GetBytes(ChunkStream));
        using OpenRouterClient client = TestClients.Create(handler);

        await client.StreamChatCompletionAsync(Request(new OpenRouterRequestOptions { SessionId = "s-2", Metadata = OpenRouterMetadataLevel.Enabled }), Ct)
            .ToChatCompletionAsync(Ct);

        RecordedRequest sent = handler.Requests.Single();
        sent.Header("x-session-id").Should().Be("s-2");
        sent.Header("X-OpenRouter-Metadata").Should().Be("enabled");
        sent.Header("Accept").Should().Be("text/event-stream");
    }

    [Fact]
    public async Task Embeddings_send_the_headers()
    {
        var handler = new StubHandler().Respond(HttpStatusCode.OK,
            """{"object":"list","data":[{"object":"embedding","embedding":[0.1],"index":0}],"model":"m"}""");
        using OpenRouterClient client = TestClients.Create(handler);

        await client.CreateEmbeddingsAsync(new EmbeddingsRequest
        {
            Model = "m",
            Input = "hello",
            RequestOptions = new OpenRouterRequestOptions { SessionId = "emb-1", ResponseCache = new ResponseCacheOptions { Enabled = true } },
        }, Ct);

        RecordedRequest sent = handler.Requests.Single();
        sent.Uri.AbsolutePath.Should().EndWith("/embeddings");
        sent.Header("x-session-id").Should().Be("emb-1");
        sent.Header("X-OpenRouter-Cache").Should().Be("true");
        sent.BodyText.Should().NotContain("emb-1");
    }

    [Fact]
    public async Task Responses_send_the_headers_unary_and_streamed()
    {
        const string Response = """{"object":"response","id":"gen-r1","created_at":1,"status":"completed","output":[],"model":"m"}""";
        const string Stream = "data: {\"type\":\"response.completed\",\"response\":{\"object\":\"response\",\"id\":\"gen-r1\",\"created_at\":1,\"status\":\"completed\",\"output\":[],\"model\":\"m\"},\"sequence_number\":1}\n\ndata: [DONE]\n\n";
        var handler = new StubHandler().Respond(HttpStatusCode.OK, Response);
        var streamHandler = new StubHandler().RespondStream(Encoding.UTF8.GetBytes(Stream));
        using OpenRouterClient client = TestClients.Create(handler);
        using OpenRouterClient streamClient = TestClients.Create(streamHandler);
        ResponseRequest Request() => new()
        {
            Model = "m",
            Input = "Hi",
            RequestOptions = new OpenRouterRequestOptions { AnthropicBeta = ["b1", "b2"], Metadata = OpenRouterMetadataLevel.Enabled },
        };

        await client.Responses.CreateAsync(Request(), Ct);
        await streamClient.Responses.StreamAsync(Request(), Ct).ToResponseAsync(Ct);

        foreach (RecordedRequest sent in new[] { handler.Requests.Single(), streamHandler.Requests.Single() })
        {
            sent.Uri.AbsolutePath.Should().EndWith("/responses");
            sent.Header("x-anthropic-beta").Should().Be("b1,b2");
            sent.Header("X-OpenRouter-Metadata").Should().Be("enabled");
        }
    }

    [Fact]
    public async Task Messages_send_the_headers_unary_and_streamed()
    {
        string stream = "event: message_start\ndata: " + MessagesArea.MessagesStreamTests.Start + "\n\nevent: message_stop\ndata: {\"type\":\"message_stop\"}\n\n";
        var handler = new StubHandler().Respond(HttpStatusCode.OK, MessagesArea.MessagesResponseTests.SpecExample);
        var streamHandler = new StubHandler().RespondStream(Encoding.UTF8.GetBytes(stream));
        using OpenRouterClient client = TestClients.Create(handler);
        using OpenRouterClient streamClient = TestClients.Create(streamHandler);
        MessagesRequest Request() => new()
        {
            Model = "anthropic/claude-sonnet-4",
            MaxTokens = 64,
            Messages = [MessagesMessage.User("Hi")],
            RequestOptions = new OpenRouterRequestOptions { AnthropicBeta = ["context-1m-2025-08-07"], SessionId = "conv-7" },
        };

        await client.Messages.CreateAsync(Request(), Ct);
        await streamClient.Messages.StreamAsync(Request(), Ct).ToMessagesResponseAsync(Ct);

        foreach (RecordedRequest sent in new[] { handler.Requests.Single(), streamHandler.Requests.Single() })
        {
            sent.Uri.AbsolutePath.Should().EndWith("/messages");
            sent.Header("x-anthropic-beta").Should().Be("context-1m-2025-08-07");
            sent.Header("x-session-id").Should().Be("conv-7");
            JsonNode.Parse(sent.BodyText)!.AsObject().ContainsKey("RequestOptions").Should().BeFalse("the options are headers, never body members");
        }
    }

    [Fact]
    public async Task A_retry_resends_the_same_headers()
    {
        var handler = new StubHandler()
            .Respond(HttpStatusCode.ServiceUnavailable, """{"error":{"code":503,"message":"busy"}}""", configure: r => r.Headers.TryAddWithoutValidation("retry-after-ms", "0"));
        handler.Respond(_ =>
        {
            var ok = new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(Completion, Encoding.UTF8, "application/json") };
            return ok;
        });
        var options = new OpenRouterClientOptions { ApiKey = TestClients.ApiKey, EnableRetries = true, MaxRetries = 2 };
        using var client = new OpenRouterClient(new HttpClient(new OpenRouterResilienceHandler(options, handler)), options);

        await client.CreateChatCompletionAsync(Request(new OpenRouterRequestOptions { SessionId = "s-retry" }.AddHeader("X-Trace-Id", "t-1")), Ct);

        handler.Requests.Should().HaveCount(2);
        handler.Requests.Select(r => (r.Header("x-session-id"), r.Header("X-Trace-Id")))
            .Should().Equal(("s-retry", "t-1"), ("s-retry", "t-1"));
    }

    [Fact]
    public async Task The_options_are_read_when_the_call_is_made_so_later_changes_do_not_leak_into_it()
    {
        var options = new OpenRouterRequestOptions { SessionId = "first" };
        ChatCompletionRequest request = new ChatRequestBuilder("m").AddUserMessage("Hi").WithRequestOptions(options).Build();
        options.SessionId = "changed after building";
        options.AddHeader("X-Late", "1");

        var handler = new StubHandler().Respond(HttpStatusCode.OK, Completion);
        using OpenRouterClient client = TestClients.Create(handler);
        await client.CreateChatCompletionAsync(request, Ct);

        handler.Requests.Single().Header("x-session-id").Should().Be("first", "the builder copies the options");
        handler.Requests.Single().Header("X-Late").Should().BeNull();
    }

    [Fact]
    public void A_built_request_carries_a_copy_of_the_options()
    {
        var builder = new ChatRequestBuilder("m").AddUserMessage("Hi")
            .WithRequestOptions(new OpenRouterRequestOptions { SessionId = "a", AnthropicBeta = ["x"] }.AddHeader("X-A", "1"));

        ChatCompletionRequest first = builder.Build();
        ChatCompletionRequest second = builder.Build();
        first.RequestOptions!.AnthropicBeta!.Add("y");
        first.RequestOptions.AddHeader("X-B", "2");

        second.RequestOptions.Should().NotBeSameAs(first.RequestOptions);
        second.RequestOptions!.SessionId.Should().Be("a");
        second.RequestOptions.AnthropicBeta.Should().Equal("x");
        second.RequestOptions.Headers.Should().Equal(new Dictionary<string, string> { ["X-A"] = "1" });
    }

    [Fact]
    public void The_builder_refuses_null_options()
    {
        FluentActions.Invoking(() => new ChatRequestBuilder("m").WithRequestOptions(null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void The_options_are_never_serialized()
    {
        ChatCompletionRequest request = Request(new OpenRouterRequestOptions { SessionId = "hidden" });

        string json = System.Text.Json.JsonSerializer.Serialize(request, OpenRouter.Sdk.Serialization.OpenRouterJsonContext.Default.ChatCompletionRequest);

        JsonNode.Parse(json)!.AsObject().Select(p => p.Key).Should().BeEquivalentTo(["model", "messages"]);
    }
}
