using System.Diagnostics;
using FluentAssertions;
using Microsoft.Extensions.AI;
using OpenRouter.Sdk.Tests.Infrastructure;
using Xunit;
using static OpenRouter.Sdk.Tests.AI.AiTestSupport;

namespace OpenRouter.Sdk.Tests.AI;

/// <summary>
/// Chat tracing through the <c>OpenRouter.Sdk</c> ActivitySource. Each test uses its own model id and only looks at
/// the activities of that model, since listeners see activities from tests running in parallel.
/// </summary>
[Collection(nameof(TelemetryTests))]
[CollectionDefinition(nameof(TelemetryTests), DisableParallelization = true)]
public sealed class TelemetryTests
{
    private const string Prompt = "SECRET-PROMPT-TEXT";

    private sealed class Capture : IDisposable
    {
        private readonly ActivityListener _listener;
        private readonly List<Activity> _stopped = new();
        private readonly string _model;

        public Capture(string model)
        {
            _model = model;
            _listener = new ActivityListener
            {
                ShouldListenTo = source => source.Name == OpenRouterTelemetry.ActivitySourceName,
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
                ActivityStopped = activity =>
                {
                    lock (_stopped)
                    {
                        _stopped.Add(activity);
                    }
                },
            };
            ActivitySource.AddActivityListener(_listener);
        }

        public List<Activity> Activities
        {
            get
            {
                lock (_stopped)
                {
                    return _stopped.Where(a => (a.GetTagItem("gen_ai.request.model") as string) == _model).ToList();
                }
            }
        }

        public void Dispose() => _listener.Dispose();
    }

    private static void ShouldNotContainText(Activity activity, params string[] texts)
    {
        foreach (KeyValuePair<string, object?> tag in activity.TagObjects)
        {
            string value = tag.Value is Array array ? string.Join(",", array.Cast<object>()) : Convert.ToString(tag.Value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
            foreach (string text in texts.Where(t => t.Length > 0))
            {
                value.Should().NotContain(text, $"tag {tag.Key} must not carry prompt or completion text");
            }
        }

        activity.Events.Should().BeEmpty();
        activity.DisplayName.Should().NotContain(Prompt);
    }

    [Fact]
    public async Task A_unary_chat_call_is_one_activity_with_the_gen_ai_tags()
    {
        const string model = "test/unary-telemetry";
        using var capture = new Capture(model);
        var (chat, handler, client) = Create(model);
        using var _ = client;
        handler.RespondFixture("20");

        ChatResponse response = await chat.GetResponseAsync(Prompt, new ChatOptions { Temperature = 0.5f, MaxOutputTokens = 100 }, Ct);

        Activity activity = capture.Activities.Should().ContainSingle("the chat client and the OpenRouter client must not both trace one call").Subject;
        activity.DisplayName.Should().Be("chat " + model);
        activity.Kind.Should().Be(ActivityKind.Client);
        activity.Source.Name.Should().Be("OpenRouter.Sdk");
        activity.GetTagItem("gen_ai.operation.name").Should().Be("chat");
        activity.GetTagItem("gen_ai.provider.name").Should().Be("openrouter");
        activity.GetTagItem("gen_ai.request.temperature").Should().Be(0.5);
        activity.GetTagItem("gen_ai.request.max_tokens").Should().Be(100);
        activity.GetTagItem("gen_ai.response.model").Should().Be("anthropic/claude-4.5-haiku-20251001");
        activity.GetTagItem("gen_ai.response.id").Should().Be("gen-1777319796-ug8Nx1UYcyazw6kXAE7h");
        activity.GetTagItem("gen_ai.response.finish_reasons").Should().BeEquivalentTo(new[] { "tool_calls" });
        activity.GetTagItem("gen_ai.usage.input_tokens").Should().Be(577);
        activity.GetTagItem("gen_ai.usage.output_tokens").Should().Be(54);
        activity.GetTagItem("openrouter.provider").Should().Be("Amazon Bedrock");
        activity.GetTagItem("openrouter.cost").Should().Be(0.000847);
        activity.GetTagItem("server.address").Should().Be("openrouter.ai");
        activity.GetTagItem("server.port").Should().Be(443);
        activity.GetTagItem("error.type").Should().BeNull();
        activity.Status.Should().Be(ActivityStatusCode.Unset);
        ShouldNotContainText(activity, Prompt, "Florence");
    }

    [Fact]
    public async Task A_stream_is_one_activity_that_ends_with_the_stream()
    {
        const string model = "test/stream-telemetry";
        using var capture = new Capture(model);
        var (chat, handler, client) = Create(model);
        using var _ = client;
        handler.RespondFixture("06");

        List<ChatResponseUpdate> updates = await chat.GetStreamingResponseAsync(Prompt, cancellationToken: Ct).ToListAsync();

        Activity activity = capture.Activities.Should().ContainSingle().Subject;
        activity.GetTagItem("gen_ai.response.model").Should().Be("openai/gpt-5.4-nano-20260317");
        activity.GetTagItem("gen_ai.response.finish_reasons").Should().BeEquivalentTo(new[] { "stop" }, "the repeated finish reason of the usage chunk counts once");
        activity.GetTagItem("gen_ai.usage.input_tokens").Should().Be(19);
        activity.GetTagItem("gen_ai.usage.output_tokens").Should().Be(7);
        activity.GetTagItem("openrouter.provider").Should().Be("OpenAI");
        ShouldNotContainText(activity, Prompt, string.Concat(updates.Select(u => u.Text)));
    }

    [Fact]
    public async Task A_mid_stream_error_sets_error_type()
    {
        const string model = "test/stream-error-telemetry";
        using var capture = new Capture(model);
        var (chat, handler, client) = Create(model);
        using var _ = client;
        handler.RespondFixture("14");

        Func<Task> read = () => chat.GetStreamingResponseAsync(Prompt, cancellationToken: Ct).ToListAsync();
        await read.Should().ThrowAsync<OpenRouterStreamException>();

        Activity activity = capture.Activities.Should().ContainSingle().Subject;
        activity.GetTagItem("error.type").Should().Be(typeof(OpenRouterStreamException).FullName);
        activity.Status.Should().Be(ActivityStatusCode.Error);
        activity.StatusDescription.Should().BeNull("exception messages may quote provider output");
    }

    [Fact]
    public async Task The_openrouter_client_traces_its_own_chat_calls()
    {
        const string model = "test/client-telemetry";
        using var capture = new Capture(model);
        var handler = new StubHandler().RespondFixture("01");
        using var client = TestClients.Create(handler);

        await client.CreateChatCompletionAsync(new ChatCompletionRequest { Model = model, Messages = { new UserMessage(Prompt) } }, Ct);

        Activity activity = capture.Activities.Should().ContainSingle().Subject;
        activity.GetTagItem("gen_ai.response.finish_reasons").Should().BeEquivalentTo(new[] { "stop" });
        activity.GetTagItem("openrouter.provider").Should().Be("OpenAI");
        ShouldNotContainText(activity, Prompt);
    }

    [Fact]
    public async Task Other_openrouter_client_implementations_are_traced_by_the_chat_client()
    {
        const string model = "test/proxy-telemetry";
        using var capture = new Capture(model);
        var (openRouter, script) = ScriptedOpenRouterClient.Create();
        script.Script.Enqueue(_ => CompletionOf("21"));
        script.Script.Enqueue(_ => ChunksOf("06"));
        IChatClient chat = openRouter.AsIChatClient(model);

        await chat.GetResponseAsync(Prompt, cancellationToken: Ct);
        await chat.GetStreamingResponseAsync(Prompt, cancellationToken: Ct).ToListAsync();

        capture.Activities.Should().HaveCount(2);
        capture.Activities[0].GetTagItem("gen_ai.usage.output_tokens").Should().Be(144);
        capture.Activities[0].GetTagItem("openrouter.provider").Should().Be("xAI");
        capture.Activities[0].GetTagItem("server.address").Should().BeNull("the endpoint of another implementation is unknown");
        capture.Activities[1].GetTagItem("gen_ai.usage.output_tokens").Should().Be(7);
        script.Requests.Should().OnlyContain(r => r.Model == model);
    }

    [Fact]
    public async Task Nothing_is_created_without_a_listener()
    {
        OpenRouterTelemetry.Source.HasListeners().Should().BeFalse();
        OpenRouterTelemetry.StartChat(new ChatCompletionRequest { Model = "m" }, null).Should().BeNull();

        var handler = new StubHandler().RespondFixture("06");
        using var client = TestClients.Create(handler);
        var request = new ChatCompletionRequest { Model = "m", Messages = { new UserMessage("hi") } };
        IAsyncEnumerable<ChatCompletionChunk> stream = client.StreamChatCompletionAsync(request, Ct);
        stream.GetType().DeclaringType.Should().NotBe(typeof(OpenRouterTelemetry), "an unobserved stream is not wrapped");
        await stream.ToChatCompletionAsync(Ct);
    }
}
