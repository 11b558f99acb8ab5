using System.Diagnostics;
using System.Text.RegularExpressions;
using FluentAssertions;
using OpenRouter.Sdk.IntegrationTests.Infrastructure;

namespace OpenRouter.Sdk.IntegrationTests;

/// <summary>RELIABILITY.md "Load".</summary>
public sealed class LoadTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task L1_200_parallel_streams_with_503s_and_resets_finish_with_only_typed_failures()
    {
        await using var server = await ScriptedServer.StartAsync();
        var failedOnce = new System.Collections.Concurrent.ConcurrentDictionary<int, bool>();
        var attemptsPerRequest = new System.Collections.Concurrent.ConcurrentDictionary<int, int>();

        // A reset stream is cut only once its consumer holds two chunks, so it is truly mid-stream.
        var consumedTwo = Enumerable.Range(0, 200).ToDictionary(i => i, _ => new TaskCompletionSource());
        server.Then(async context =>
        {
            int index = int.Parse(Regex.Match((string)context.Items[ScriptedServer.BodyItem]!, "request-(\\d+)").Groups[1].Value);
            attemptsPerRequest.AddOrUpdate(index, 1, (_, n) => n + 1);
            if (index % 10 == 0 && failedOnce.TryAdd(index, true))
            {
                await Reply.Status(503, Json.Error(503, "Overloaded"))(context);
                return;
            }

            await Reply.Stream(async (response, ct) =>
            {
                for (int i = 0; i < 5; i++)
                {
                    await Reply.WriteEventAsync(response, Json.Chunk("x", i == 4 ? "stop" : null, "gen-" + index));
                    if (index % 50 == 1 && i == 1)
                    {
                        await consumedTwo[index].Task.WaitAsync(TimeSpan.FromSeconds(10), ct);
                        context.Abort();
                        return;
                    }
                }

                await Reply.WriteEventAsync(response, "[DONE]");
            })(context);
        });
        var client = TestClients.Standalone(server, o => o.RetryBaseDelay = TimeSpan.FromMilliseconds(10));

        var clock = Stopwatch.StartNew();
        Task<ChatCompletion>[] calls = Enumerable.Range(0, 200)
            .Select(i => Task.Run(() => ReadAsync(client, i, consumedTwo[i]), Ct))
            .ToArray();
        Task all = Task.WhenAll(calls);
        (await Task.WhenAny(all, Task.Delay(TimeSpan.FromSeconds(30), Ct))).Should().BeSameAs(all, "no deadlock: all finish within 30 s");
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(30));

        calls.Count(c => c.IsCompletedSuccessfully).Should().Be(196);
        calls.Where(c => c.IsFaulted).Select(c => c.Exception!.InnerException).Should().HaveCount(4).And.AllBeOfType<OpenRouterStreamException>();
        calls.Where(c => c.IsCompletedSuccessfully).Should().OnlyContain(c => c.Result.Choices[0].Message.Content == "xxxxx");
        attemptsPerRequest.Where(p => p.Key % 50 == 1).Should().OnlyContain(p => p.Value == 1, "a stream that began is never replayed");
        attemptsPerRequest.Where(p => p.Key % 10 == 0).Should().OnlyContain(p => p.Value == 2, "a 503 before the stream is retried once");
        attemptsPerRequest.Should().HaveCount(200);

        client.Dispose();
        var settle = Stopwatch.StartNew();
        while (server.OpenConnections > 0 && settle.Elapsed < TimeSpan.FromSeconds(5))
        {
            await Task.Delay(20, Ct);
        }

        server.OpenConnections.Should().Be(0, "every socket is closed once the client is disposed");
    }

    private static async Task<ChatCompletion> ReadAsync(OpenRouterClient client, int index, TaskCompletionSource consumedTwo)
    {
        int seen = 0;
        return await Observe().ToChatCompletionAsync(Ct);

        async IAsyncEnumerable<ChatCompletionChunk> Observe()
        {
            await foreach (ChatCompletionChunk chunk in client.StreamChatCompletionAsync(Json.Request("request-" + index), Ct))
            {
                yield return chunk;
                if (++seen == 2)
                {
                    consumedTwo.TrySetResult();
                }
            }
        }
    }
}
