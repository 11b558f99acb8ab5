using System.Text;
using FluentAssertions;
using Microsoft.AspNetCore.Http;
using OpenRouter.Sdk.IntegrationTests.Infrastructure;

namespace OpenRouter.Sdk.IntegrationTests;

/// <summary>RELIABILITY.md S13 (encodings), S16 (pool reuse), S17 (a JSON error answering a stream) and S18 (cut after finish).</summary>
public sealed class StreamEndAndEncodingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Bytes that claim to be gzip and are not: the decompressor rejects them.</summary>
    private static readonly byte[] NotGzip = Encoding.ASCII.GetBytes("this is not gzip data, whatever the header says");

    private static Func<HttpContext, Task> Garbled(int status, string contentType, string encoding = "gzip") => async context =>
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        context.Response.Headers.ContentEncoding = encoding;
        context.Response.Headers["X-Generation-Id"] = "gen-garbled";
        await context.Response.Body.WriteAsync(NotGzip, context.RequestAborted);
    };

    [Theory]
    [InlineData(200, "gzip")]
    [InlineData(400, "gzip")]
    [InlineData(200, "deflate")]
    [InlineData(200, "br")]
    [InlineData(404, "br")]
    public async Task S13_a_unary_body_that_does_not_match_its_Content_Encoding_is_an_invalid_response_with_its_status(int status, string encoding)
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Garbled(status, "application/json", encoding));
        using var client = TestClients.Standalone(server);

        Func<Task> act = () => client.CreateChatCompletionAsync(Json.Request(), Ct);

        var thrown = await act.Should().ThrowExactlyAsync<OpenRouterInvalidResponseException>();
        thrown.Which.StatusCode.Should().Be(status);
        thrown.Which.Message.Should().Contain("Content-Encoding").And.Contain("HTTP " + status);
        thrown.Which.InnerException.Should().NotBeNull();
        thrown.Which.GenerationId.Should().Be("gen-garbled");
        server.Attempts.Should().Be(1);
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("br")]
    public async Task S13_a_stream_that_does_not_match_its_Content_Encoding_is_an_invalid_response(string encoding)
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Garbled(200, "text/event-stream", encoding));
        using var client = TestClients.Standalone(server);

        Func<Task> act = async () =>
        {
            await foreach (ChatCompletionChunk _ in client.StreamChatCompletionAsync(Json.Request(), Ct))
            {
            }
        };

        var thrown = await act.Should().ThrowExactlyAsync<OpenRouterInvalidResponseException>();
        thrown.Which.Message.Should().Contain("Content-Encoding");
        thrown.Which.InnerException.Should().NotBeNull();
        thrown.Which.ChunksReceived.Should().Be(0);
        thrown.Which.StatusCode.Should().Be(200, "the status is kept for a stream too");
        thrown.Which.GenerationId.Should().Be("gen-garbled");
        server.Attempts.Should().Be(1);
    }

    [Fact]
    public async Task S13_a_stream_whose_encoding_breaks_midway_keeps_the_chunks_before_it()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(async context =>
        {
            context.Response.StatusCode = 200;
            context.Response.ContentType = "text/event-stream";
            context.Response.Headers.ContentEncoding = "gzip";
            using var buffer = new MemoryStream();
            using (var gzip = new System.IO.Compression.GZipStream(buffer, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
            {
                gzip.Write(Encoding.UTF8.GetBytes("data: " + Json.Chunk("Hello") + "\n\n"));
                gzip.Flush();
            }

            byte[] good = buffer.ToArray();

            // A valid member, then bytes that start another gzip member and break it.
            byte[] bad = [0x1f, 0x8b, 0x08, 0x00, 0xff, 0xff, 0xff, 0xff, 0x00, 0x03, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07];
            await context.Response.Body.WriteAsync(good, context.RequestAborted);
            await context.Response.Body.WriteAsync(bad, context.RequestAborted);
        });
        using var client = TestClients.Standalone(server);
        var received = new List<string?>();

        Func<Task> act = async () =>
        {
            await foreach (ChatCompletionChunk chunk in client.StreamChatCompletionAsync(Json.Request(), Ct))
            {
                received.Add(chunk.Choices[0].Delta?.Content);
            }
        };

        var thrown = await act.Should().ThrowAsync<OpenRouterException>();
        thrown.Which.Should().BeOfType<OpenRouterInvalidResponseException>();
        received.Should().Equal("Hello");
        ((OpenRouterInvalidResponseException)thrown.Which).ReceivedContent.Should().Be("Hello");
        ((OpenRouterInvalidResponseException)thrown.Which).ChunksReceived.Should().Be(1);
    }

    [Fact]
    public async Task S16_a_hundred_sequential_streams_with_a_late_chunked_terminator_reuse_their_connection()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Stream(async (response, ct) =>
        {
            await Reply.WriteEventAsync(response, Json.Chunk("Hi", "stop"));
            await Reply.WriteEventAsync(response, "[DONE]");

            // The body's end (the chunked terminator) follows 20 ms later, as it can through proxies.
            await Task.Delay(20, ct);
        }));
        using var client = TestClients.Standalone(server);

        for (int i = 0; i < 100; i++)
        {
            var text = new StringBuilder();
            await foreach (ChatCompletionChunk chunk in client.StreamChatCompletionAsync(Json.Request(), Ct))
            {
                text.Append(chunk.Choices[0].Delta?.Content);
            }

            text.ToString().Should().Be("Hi");
        }

        server.Attempts.Should().Be(100);
        server.AcceptedConnections.Should().BeLessThanOrEqualTo(2, "a finished stream gives its connection back to the pool");
    }

    [Fact]
    public async Task S16_a_server_that_holds_the_body_open_after_DONE_does_not_hold_up_the_end_of_the_stream()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Stream(async (response, ct) =>
        {
            await Reply.WriteEventAsync(response, Json.Chunk("Hi", "stop"));
            await Reply.WriteEventAsync(response, "[DONE]");
            await Task.Delay(Timeout.Infinite, ct);
        }));
        using var client = TestClients.Standalone(server);

        var watch = new System.Diagnostics.Stopwatch();
        int chunks = 0;
        await foreach (ChatCompletionChunk _ in client.StreamChatCompletionAsync(Json.Request(), Ct))
        {
            chunks++;
            watch.Start();
        }

        chunks.Should().Be(1);
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(1.5), "the wait for the body's end after [DONE] is short and bounded");
    }

    [Fact]
    public async Task S17_a_streaming_request_answered_200_with_a_JSON_error_raises_that_error_with_its_code_and_message()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Status(200, Json.Error(429, "Rate limit exceeded: free-models-per-min")));
        using var client = TestClients.Standalone(server);

        Func<Task> act = async () =>
        {
            await foreach (ChatCompletionChunk _ in client.StreamChatCompletionAsync(Json.Request(), Ct))
            {
            }
        };

        var thrown = await act.Should().ThrowExactlyAsync<OpenRouterRateLimitException>();
        thrown.Which.StatusCode.Should().Be(429);
        thrown.Which.ErrorCode.Should().Be("429");
        thrown.Which.Message.Should().Contain("Rate limit exceeded: free-models-per-min").And.NotContain("0 chunks");
        server.Attempts.Should().Be(1);
    }

    [Fact]
    public async Task S17_a_streaming_request_answered_200_with_a_string_error_raises_it_with_the_message()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Status(200, "{\"error\":\"Upstream provider is unavailable\"}"));
        using var client = TestClients.Standalone(server);

        Func<Task> act = async () =>
        {
            await foreach (ChatCompletionChunk _ in client.StreamChatCompletionAsync(Json.Request(), Ct))
            {
            }
        };

        var thrown = await act.Should().ThrowAsync<OpenRouterException>();
        thrown.Which.Message.Should().Contain("Upstream provider is unavailable");
        thrown.Which.Should().NotBeOfType<OpenRouterInvalidResponseException>();
        server.Attempts.Should().Be(1);
    }

    [Fact]
    public async Task S17_an_error_chunk_whose_error_is_a_string_raises_a_stream_exception_with_the_message_and_the_text_so_far()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Sse(Json.Chunk("Hel"), "{\"id\":\"gen-1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\",\"choices\":[],\"error\":\"Provider disconnected\"}", "[DONE]"));
        using var client = TestClients.Standalone(server);

        Func<Task> act = () => client.StreamChatCompletionAsync(Json.Request(), Ct).ToChatCompletionAsync(Ct);

        var thrown = await act.Should().ThrowExactlyAsync<OpenRouterStreamException>();
        thrown.Which.Message.Should().Contain("Provider disconnected");
        thrown.Which.ReceivedContent.Should().Be("Hel");
        thrown.Which.ErrorChunk!.Error!.Message.Should().Be("Provider disconnected");
    }

    [Fact]
    public async Task S17_a_streaming_request_answered_200_with_JSON_that_is_no_error_is_an_invalid_response()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Status(200, Json.Completion("Hello there")));
        using var client = TestClients.Standalone(server);

        Func<Task> act = async () =>
        {
            await foreach (ChatCompletionChunk _ in client.StreamChatCompletionAsync(Json.Request(), Ct))
            {
            }
        };

        var thrown = await act.Should().ThrowExactlyAsync<OpenRouterInvalidResponseException>();
        thrown.Which.Message.Should().Contain("application/json instead of an event stream");
        thrown.Which.StatusCode.Should().Be(200);
        thrown.Which.ResponseBody.Should().Contain("Hello there");
    }

    [Fact]
    public async Task S18_a_stream_closed_cleanly_after_its_finish_chunk_before_usage_and_DONE_is_an_error_with_everything_received()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Sse(Json.Chunk("Hel"), Json.Chunk("lo", "stop")));
        using var client = TestClients.Standalone(server);
        var received = new StringBuilder();

        Func<Task> act = async () =>
        {
            await foreach (ChatCompletionChunk chunk in client.StreamChatCompletionAsync(Json.Request(), Ct))
            {
                received.Append(chunk.Choices[0].Delta?.Content);
            }
        };

        var thrown = await act.Should().ThrowExactlyAsync<OpenRouterStreamException>();
        received.ToString().Should().Be("Hello", "every chunk before the cut was yielded");
        thrown.Which.ReceivedContent.Should().Be("Hello");
        thrown.Which.ChunksReceived.Should().Be(2);
        thrown.Which.FinishReason.Should().Be(FinishReason.Stop);
        thrown.Which.Usage.Should().BeNull();
        thrown.Which.GenerationId.Should().Be("gen-1");
        thrown.Which.Message.Should().Contain("without [DONE]").And.Contain("usage");
        server.Attempts.Should().Be(1);
    }

    [Fact]
    public async Task S18_the_folded_stream_also_fails_rather_than_returning_an_answer_without_usage()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Sse(Json.Chunk("Hel"), Json.Chunk("lo", "stop")));
        using var client = TestClients.Standalone(server);

        Func<Task> act = () => client.StreamChatCompletionAsync(Json.Request(), Ct).ToChatCompletionAsync(Ct);

        (await act.Should().ThrowExactlyAsync<OpenRouterStreamException>()).Which.ReceivedContent.Should().Be("Hello");
    }
}
