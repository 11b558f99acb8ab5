using System.Diagnostics;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using Microsoft.AspNetCore.Http;
using OpenRouter.Sdk.IntegrationTests.Infrastructure;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk.IntegrationTests;

/// <summary>RELIABILITY.md "Streaming".</summary>
[Collection(WallClockCollection.Name)]
public sealed class StreamingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> SseFixtures() =>
        new(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures"), "*-chat-stream-*.sse").Select(Path.GetFileName).Order()!);

    [Theory]
    [MemberData(nameof(SseFixtures))]
    public async Task S1_every_sse_fixture_parses_the_same_under_any_re_chunking(string fixture)
    {
        string text = (await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", fixture), Ct)).Replace("\r\n", "\n");
        foreach (string newline in new[] { "\n", "\r\n" })
        {
            byte[] bytes = Encoding.UTF8.GetBytes(text.Replace("\n", newline));
            string expected = await ParseAsync(bytes, Array.Empty<int>());
            expected.Should().NotBeEmpty();

            var splitSets = new List<int[]>
            {
                Enumerable.Range(1, bytes.Length).ToArray(),
                Enumerable.Range(1, bytes.Length - 1).Where(i => bytes[i - 1] == '\r' || (bytes[i] & 0xC0) == 0x80).ToArray(),
            };
            for (int seed = 1; seed <= 3; seed++)
            {
                var random = new Random(seed);
                splitSets.Add(Enumerable.Range(0, Math.Max(1, bytes.Length / 50)).Select(_ => random.Next(1, bytes.Length)).Distinct().Order().ToArray());
            }

            foreach (int[] splits in splitSets)
            {
                (await ParseAsync(bytes, splits)).Should().Be(expected, $"{fixture} with {(newline == "\n" ? "LF" : "CRLF")} split at {splits.Length} points");
            }
        }
    }

    [Fact]
    public async Task S2_comments_empty_choices_and_usage_chunks_end_at_DONE_without_waiting_for_EOF()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Stream(async (response, ct) =>
        {
            await Reply.WriteEventAsync(response, ": OPENROUTER PROCESSING");
            await Reply.WriteEventAsync(response, Json.Chunk("Hel"));
            await Reply.WriteEventAsync(response, ": OPENROUTER PROCESSING");
            await Reply.WriteEventAsync(response, Json.Chunk("lo", "stop"));
            await Reply.WriteEventAsync(response, """{"id":"gen-1","object":"chat.completion.chunk","created":1,"model":"m","choices":[],"usage":{"prompt_tokens":9,"completion_tokens":2,"total_tokens":11,"cost":0.00012}}""");
            await Reply.WriteEventAsync(response, "[DONE]");
            await Task.Delay(Timeout.Infinite, ct);
        }));
        using var client = TestClients.Standalone(server);

        var chunks = new List<ChatCompletionChunk>();
        Task reading = Task.Run(async () =>
        {
            await foreach (ChatCompletionChunk chunk in client.StreamChatCompletionAsync(Json.Request(), Ct))
            {
                chunks.Add(chunk);
            }
        }, Ct);

        (await Task.WhenAny(reading, Task.Delay(TimeSpan.FromSeconds(5), Ct))).Should().BeSameAs(reading, "the stream ends at [DONE], not at EOF");
        await reading;
        chunks.Should().HaveCount(3);
        string.Concat(chunks.Select(c => c.Choices.FirstOrDefault()?.Delta?.Content)).Should().Be("Hello");
        chunks[2].Choices.Should().BeEmpty();
        chunks[2].Usage!.TotalTokens.Should().Be(11);
        chunks[2].Usage!.Cost.Should().Be(0.00012m);
    }

    [Fact]
    public async Task S3_a_chunk_reaches_the_consumer_within_300ms_of_its_send()
    {
        await using var server = await ScriptedServer.StartAsync();
        long sentAt = 0;
        var consumed = new TaskCompletionSource();
        server.Then(Reply.Stream(async (response, ct) =>
        {
            await Reply.WriteEventAsync(response, Json.Chunk("first"));
            Volatile.Write(ref sentAt, Stopwatch.GetTimestamp());
            await Task.WhenAny(consumed.Task, Task.Delay(TimeSpan.FromSeconds(3), ct));
            await Reply.WriteEventAsync(response, Json.Chunk("second", "stop"));
            await Reply.WriteEventAsync(response, "[DONE]");
        }));
        using var client = TestClients.Standalone(server);

        TimeSpan? firstLatency = null;
        var texts = new List<string?>();
        await foreach (ChatCompletionChunk chunk in client.StreamChatCompletionAsync(Json.Request(), Ct))
        {
            texts.Add(chunk.Choices[0].Delta?.Content);
            if (firstLatency is null)
            {
                firstLatency = Stopwatch.GetElapsedTime(Volatile.Read(ref sentAt));
                consumed.TrySetResult();
            }
        }

        firstLatency.Should().BeLessThan(TimeSpan.FromMilliseconds(300));
        texts.Should().Equal("first", "second");
    }

    [Theory]
    [InlineData("502", null)]
    [InlineData("\"server_error\"", null)]
    [InlineData("502", "\"error\"")]
    [InlineData("\"server_error\"", "\"error\"")]
    public async Task S4_an_error_chunk_after_3_chunks_raises_a_stream_exception_with_what_was_received(string code, string? finishReason)
    {
        string errorChunk = "{\"id\":\"gen-err\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\",\"provider\":\"Minimax\","
            + "\"error\":{\"code\":" + code + ",\"message\":\"Provider disconnected\",\"metadata\":{\"provider_name\":\"Minimax\",\"raw\":\"upstream reset\"}},"
            + "\"choices\":[{\"index\":0,\"delta\":{\"content\":\"\"},\"finish_reason\":" + (finishReason ?? "null") + "}]}";
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Sse(Json.Chunk("a"), Json.Chunk("b"), Json.Chunk("c"), errorChunk, "[DONE]"));
        using var client = TestClients.Standalone(server);

        var received = new List<string?>();
        Func<Task> read = async () =>
        {
            await foreach (ChatCompletionChunk chunk in client.StreamChatCompletionAsync(Json.Request(), Ct))
            {
                received.Add(chunk.Choices[0].Delta?.Content);
            }
        };

        var thrown = await read.Should().ThrowAsync<OpenRouterStreamException>();
        received.Should().Equal("a", "b", "c");
        thrown.Which.ErrorCode.Should().Be(code.Trim('"'));
        thrown.Which.Message.Should().Contain("Provider disconnected");
        thrown.Which.ProviderName.Should().Be("Minimax");
        thrown.Which.Metadata!["raw"].GetString().Should().Be("upstream reset");
        thrown.Which.ReceivedContent.Should().Be("abc");
        thrown.Which.ChunksReceived.Should().Be(3);
        server.Attempts.Should().Be(1);
    }

    [Fact]
    public async Task S5_a_connection_reset_after_3_chunks_raises_a_stream_exception_and_is_never_replayed()
    {
        await using var server = await ScriptedServer.StartAsync();
        var consumedThree = new TaskCompletionSource();
        server.Then(async context =>
        {
            await Reply.Stream(async (response, ct) =>
            {
                await Reply.WriteEventAsync(response, Json.Chunk("one "));
                await Reply.WriteEventAsync(response, Json.Chunk("two "));
                await Reply.WriteEventAsync(response, Json.Chunk("three"));
                await consumedThree.Task.WaitAsync(TimeSpan.FromSeconds(5), ct);
                context.Abort();
            })(context);
        });
        using var client = TestClients.Standalone(server);

        var received = new List<string?>();
        Func<Task> read = async () =>
        {
            await foreach (ChatCompletionChunk chunk in client.StreamChatCompletionAsync(Json.Request(), Ct))
            {
                received.Add(chunk.Choices[0].Delta?.Content);
                if (received.Count == 3)
                {
                    consumedThree.TrySetResult();
                }
            }
        };

        var thrown = await read.Should().ThrowAsync<OpenRouterStreamException>();
        thrown.Which.ReceivedContent.Should().Be("one two three");
        thrown.Which.ChunksReceived.Should().Be(3);
        thrown.Which.GenerationId.Should().Be("gen-1");
        received.Should().HaveCount(3);
        server.Attempts.Should().Be(1);
    }

    [Fact]
    public async Task S6_EOF_without_DONE_or_finish_reason_is_an_error_not_a_silent_success()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Sse(Json.Chunk("partial "), Json.Chunk("answer")));
        using var client = TestClients.Standalone(server);

        Func<Task> read = () => client.StreamChatCompletionAsync(Json.Request(), Ct).ToChatCompletionAsync(Ct);

        var thrown = await read.Should().ThrowAsync<OpenRouterStreamException>();
        thrown.Which.ReceivedContent.Should().Be("partial answer");
        thrown.Which.Message.Should().Contain("without [DONE]");
    }

    [Fact]
    public async Task S6_EOF_inside_an_event_does_not_yield_the_partial_event()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Stream(async (response, _) =>
        {
            await Reply.WriteEventAsync(response, Json.Chunk("kept"));
            await response.WriteAsync("data: " + Json.Chunk(" never yielded", "stop"), _);
        }));
        using var client = TestClients.Standalone(server);

        var received = new List<string?>();
        Func<Task> read = async () =>
        {
            await foreach (ChatCompletionChunk chunk in client.StreamChatCompletionAsync(Json.Request(), Ct))
            {
                received.Add(chunk.Choices[0].Delta?.Content);
            }
        };

        await read.Should().ThrowAsync<OpenRouterStreamException>();
        received.Should().Equal("kept");
    }

    [Fact]
    public async Task S7_a_stalled_stream_times_out_after_the_idle_limit()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Stream(async (response, ct) =>
        {
            await Reply.WriteEventAsync(response, Json.Chunk("one"));
            await Task.Delay(Timeout.Infinite, ct);
        }));
        using var client = TestClients.Standalone(server, o => o.StreamIdleTimeout = TimeSpan.FromSeconds(1));

        var clock = new Stopwatch();
        Func<Task> read = async () =>
        {
            await foreach (ChatCompletionChunk chunk in client.StreamChatCompletionAsync(Json.Request(), Ct))
            {
                clock.Start();
            }
        };

        var thrown = await read.Should().ThrowAsync<OpenRouterTimeoutException>();
        thrown.Which.Timeout.Should().Be(TimeSpan.FromSeconds(1));
        clock.Elapsed.Should().BeGreaterThan(TimeSpan.FromMilliseconds(900)).And.BeLessThan(TimeSpan.FromSeconds(2.5));
    }

    [Fact]
    public async Task S7_a_consumer_that_takes_longer_than_the_idle_limit_between_chunks_is_not_a_silent_server()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Stream(async (response, ct) =>
        {
            // Separate network reads: each chunk arrives on its own, shortly after the one before.
            foreach (string e in new[] { Json.Chunk("one"), Json.Chunk("two"), Json.Chunk("three", "stop"), "[DONE]" })
            {
                await Reply.WriteEventAsync(response, e);
                await Task.Delay(100, ct);
            }
        }));
        var time = new FakeTimeProvider();
        using var client = TestClients.Standalone(server, o =>
        {
            o.TimeProvider = time;
            o.StreamIdleTimeout = TimeSpan.FromSeconds(1);
        });

        var received = new List<string?>();
        await foreach (ChatCompletionChunk chunk in client.StreamChatCompletionAsync(Json.Request(), Ct))
        {
            received.Add(chunk.Choices[0].Delta?.Content);

            // The application works on each chunk for longer than the idle limit; the server was never silent.
            time.Advance(TimeSpan.FromSeconds(5));
        }

        received.Should().Equal("one", "two", "three");
    }

    [Fact]
    public async Task S7_keep_alive_comments_every_300ms_for_3s_keep_the_stream_alive()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Stream(async (response, ct) =>
        {
            for (int i = 0; i < 10; i++)
            {
                await Reply.WriteEventAsync(response, ": OPENROUTER PROCESSING");
                await Task.Delay(300, ct);
            }

            await Reply.WriteEventAsync(response, Json.Chunk("alive", "stop"));
            await Reply.WriteEventAsync(response, "[DONE]");
        }));
        using var client = TestClients.Standalone(server, o => o.StreamIdleTimeout = TimeSpan.FromSeconds(1));

        ChatCompletion completion = await client.StreamChatCompletionAsync(Json.Request(), Ct).ToChatCompletionAsync(Ct);

        completion.Choices[0].Message.Content.Should().Be("alive");
    }

    [Fact]
    public async Task S8_breaking_out_early_closes_the_connection_and_100_repetitions_do_not_grow_the_pool()
    {
        await using var server = await ScriptedServer.StartAsync();
        var disconnects = new System.Collections.Concurrent.ConcurrentQueue<long>();
        server.Then(Reply.Stream(async (response, ct) =>
        {
            // The server sees the disconnect when its abort token fires or, whichever comes first, when a write or a
            // wait fails because the connection is gone: either way it stops generating. Counted once per stream.
            int seen = 0;
            void Seen()
            {
                if (Interlocked.Exchange(ref seen, 1) == 0)
                {
                    disconnects.Enqueue(Stopwatch.GetTimestamp());
                }
            }

            using var registration = ct.Register(Seen);
            try
            {
                for (int i = 0; ; i++)
                {
                    await Reply.WriteEventAsync(response, Json.Chunk("tick " + i));
                    await Task.Delay(10, ct);
                }
            }
            finally
            {
                Seen();
            }
        }));
        using var client = TestClients.Standalone(server);

        for (int repetition = 0; repetition < 100; repetition++)
        {
            int seen = 0;
            await foreach (ChatCompletionChunk chunk in client.StreamChatCompletionAsync(Json.Request(), Ct))
            {
                if (++seen == 2)
                {
                    break;
                }
            }

            long brokeAt = Stopwatch.GetTimestamp();
            if (repetition == 0)
            {
                var deadline = Stopwatch.StartNew();
                // Generous bounds: a loaded machine may be slow to schedule the server, and the stream it cuts short
                // would otherwise run far longer than this.
                while (disconnects.IsEmpty && deadline.Elapsed < TimeSpan.FromSeconds(10))
                {
                    await Task.Delay(5, Ct);
                }

                disconnects.Should().NotBeEmpty("the server sees the disconnect soon after the break");
                Stopwatch.GetElapsedTime(brokeAt, disconnects.First()).Should().BeLessThan(TimeSpan.FromSeconds(5));
            }
        }

        var settle = Stopwatch.StartNew();
        while ((server.OpenConnections > 1 || disconnects.Count < 100) && settle.Elapsed < TimeSpan.FromSeconds(3))
        {
            await Task.Delay(10, Ct);
        }

        server.OpenConnections.Should().BeLessThanOrEqualTo(1);
        disconnects.Count.Should().Be(100);
    }

    [Fact]
    public async Task A_stream_that_ends_with_DONE_returns_its_connection_to_the_pool()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Sse(Json.Chunk("Hi"), Json.Chunk("", "stop"), "[DONE]"));
        using var client = TestClients.Standalone(server);

        for (int i = 0; i < 5; i++)
        {
            ChatCompletion completion = await client.StreamChatCompletionAsync(Json.Request(), Ct).ToChatCompletionAsync(Ct);
            completion.Choices[0].Message.Content.Should().Be("Hi");
        }

        server.Attempts.Should().Be(5);
        server.AcceptedConnections.Should().Be(1, "the client stops reading at [DONE], and the few bytes left are drained so the connection is reused");
    }

    [Fact]
    public async Task S9_cancelling_while_a_read_is_blocked_throws_within_200ms_and_closes_the_connection()
    {
        await using var server = await ScriptedServer.StartAsync();
        var aborted = new TaskCompletionSource();
        server.Then(Reply.Stream(async (response, ct) =>
        {
            using var registration = ct.Register(() => aborted.TrySetResult());
            await Reply.WriteEventAsync(response, Json.Chunk("one"));
            await Task.Delay(Timeout.Infinite, ct);
        }));
        using var client = TestClients.Standalone(server);
        using var caller = CancellationTokenSource.CreateLinkedTokenSource(Ct);

        var clock = new Stopwatch();
        Func<Task> read = async () =>
        {
            await foreach (ChatCompletionChunk chunk in client.StreamChatCompletionAsync(Json.Request(), caller.Token))
            {
                _ = Task.Delay(100).ContinueWith(_ =>
                {
                    clock.Start();
                    caller.Cancel();
                }, TaskScheduler.Default);
            }
        };

        var thrown = await read.Should().ThrowAsync<OperationCanceledException>();
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromMilliseconds(200));
        thrown.Which.CancellationToken.Should().Be(caller.Token);
        (await Task.WhenAny(aborted.Task, Task.Delay(TimeSpan.FromSeconds(2), Ct))).Should().BeSameAs(aborted.Task, "the connection is closed");
    }

    [Fact]
    public async Task S10_a_2MB_single_data_line_is_parsed_intact()
    {
        string image = "data:image/png;base64," + new string('A', 2 * 1024 * 1024);
        string chunk = "{\"id\":\"gen-img\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"google/gemini-2.5-flash-image-preview\","
            + "\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\",\"images\":[{\"type\":\"image_url\",\"image_url\":{\"url\":\"" + image + "\"},\"index\":0}]},\"finish_reason\":\"stop\"}]}";
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Sse(chunk, "[DONE]"));
        using var client = TestClients.Standalone(server);

        var chunks = new List<ChatCompletionChunk>();
        await foreach (ChatCompletionChunk c in client.StreamChatCompletionAsync(Json.Request(), Ct))
        {
            chunks.Add(c);
        }

        chunks.Should().ContainSingle();
        chunks[0].Choices[0].Delta!.Images![0].ImageUrl!.Url.Should().Be(image);
    }

    [Fact]
    public async Task S11_malformed_json_with_a_secret_gives_a_short_parse_error_without_the_secret()
    {
        const string secret = "sk-or-v1-fakesecret0123456789abcdef";
        var logs = new CapturingLoggerProvider();
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Sse(Json.Chunk("fine"), "{\"id\":\"gen-1\",\"choices\":[{\"delta\":{\"content\":\"" + secret + "\"}} oops ]", "[DONE]"));
        using var client = TestClients.Standalone(server, o => o.LoggerFactory = logs);

        Func<Task> read = () => client.StreamChatCompletionAsync(Json.Request(), Ct).ToChatCompletionAsync(Ct);

        var thrown = await read.Should().ThrowAsync<OpenRouterInvalidResponseException>();
        thrown.Which.Message.Length.Should().BeLessThan(300);
        thrown.Which.ToString().Should().NotContain(secret).And.NotContain(TestClients.ApiKey);
        logs.Records.Should().NotBeEmpty();
        logs.AllText().Should().NotContain(t => t.Contains(secret) || t.Contains(TestClients.ApiKey));
    }

    [Fact]
    public async Task S12_a_503_before_any_byte_of_a_stream_is_retried()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Status(503, Json.Error(503, "Overloaded"))).Then(Reply.Sse(Json.Chunk("retried", "stop"), "[DONE]"));
        using var client = TestClients.Standalone(server);

        ChatCompletion completion = await client.StreamChatCompletionAsync(Json.Request(), Ct).ToChatCompletionAsync(Ct);

        completion.Choices[0].Message.Content.Should().Be("retried");
        server.Attempts.Should().Be(2);
    }

    /// <summary>Streams the bytes through the public client and describes every chunk and the ending.</summary>
    private static async Task<string> ParseAsync(byte[] body, IReadOnlyList<int> splits)
    {
        var options = new OpenRouterClientOptions { ApiKey = TestClients.ApiKey };
        using var client = new OpenRouterClient(new HttpClient(new SplitSseHandler(body, splits)), options);
        var text = new StringBuilder();
        try
        {
            await foreach (ChatCompletionChunk chunk in client.StreamChatCompletionAsync(Json.Request(), Ct))
            {
                text.AppendLine(JsonSerializer.Serialize(chunk, OpenRouterJsonContext.Default.ChatCompletionChunk));
            }

            text.AppendLine("end");
        }
        catch (OpenRouterException e)
        {
            text.AppendLine(e.GetType().Name + ": " + e.Message);
        }

        return text.ToString();
    }
}
