using System.Collections.Concurrent;
using System.Diagnostics;
using FluentAssertions;
using Microsoft.Extensions.AI;
using OpenRouter.Sdk.IntegrationTests.Infrastructure;

namespace OpenRouter.Sdk.IntegrationTests;

/// <summary>
/// K1/K7 for traces: a key a server echoes as the id, model or provider of a successful answer reaches no tag of the
/// SDK's activities, which tracing backends export (a rotated key included).
/// </summary>
public sealed class TraceTagRedactionTests
{
    /// <summary>Not shaped like an OpenRouter key, so only the client's knowledge of its key can remove it.</summary>
    private const string Secret = "trace-custom-secret-5b7d9f1a3c";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task K7_a_key_echoed_in_the_id_model_and_provider_of_a_completion_and_a_stream_is_redacted_in_the_trace_tags()
    {
        string echoing = "{\"id\":\"" + Secret + "\",\"provider\":\"" + Secret + "\",\"model\":\"" + Secret + "\",\"object\":\"chat.completion\",\"created\":1,"
            + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"hi\"},\"finish_reason\":\"stop\"}]}";
        string chunk = "{\"id\":\"" + Secret + "\",\"provider\":\"" + Secret + "\",\"model\":\"" + Secret + "\",\"object\":\"chat.completion.chunk\",\"created\":1,"
            + "\"choices\":[{\"index\":0,\"delta\":{\"content\":\"hi\"},\"finish_reason\":\"stop\"}]}";
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Status(200, echoing)).Then(Reply.Sse(chunk, "[DONE]")).Then(Reply.Status(200, echoing));
        string marker = "trace-test-" + Guid.NewGuid().ToString("N");
        var tags = new ConcurrentQueue<KeyValuePair<string, object?>>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == OpenRouterTelemetry.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a =>
            {
                // Other tests run in parallel: only this test's activities (its model name) are collected.
                if (a.DisplayName.Contains(marker, StringComparison.Ordinal))
                {
                    foreach (KeyValuePair<string, object?> tag in a.TagObjects)
                    {
                        tags.Enqueue(tag);
                    }
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
        using OpenRouterClient client = TestClients.Standalone(server, o => o.ApiKey = Secret);
        ChatCompletionRequest request = Json.Request();
        request.Model = marker;

        ChatCompletion completion = await client.CreateChatCompletionAsync(request, Ct);
        await foreach (ChatCompletionChunk _ in client.StreamChatCompletionAsync(request, Ct))
        {
        }

        await client.AsIChatClient(marker).GetResponseAsync("hi", cancellationToken: Ct);

        completion.Id.Should().Be(Secret, "the answer itself is the caller's data and is returned as sent");
        tags.Where(t => t.Key is "gen_ai.response.id" or "gen_ai.response.model" or "openrouter.provider")
            .Should().HaveCountGreaterThanOrEqualTo(9).And.OnlyContain(t => (string?)t.Value == SecretRedactor.Placeholder);
        tags.Should().NotContain(t => Convert.ToString(t.Value, System.Globalization.CultureInfo.InvariantCulture)!.Contains(Secret));
    }
}
