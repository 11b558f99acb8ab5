using System.Diagnostics;
using FluentAssertions;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using OpenRouter.Sdk.Tests.Infrastructure;
using Xunit;

namespace OpenRouter.Sdk.Tests.AI;

/// <summary>The snippets of the README IChatClient section, verbatim, run against recorded answers.</summary>
[Collection(nameof(TelemetryTests))]
#pragma warning disable xUnit1051 // The snippets are shown as users write them, without a test token.
public sealed class ReadmeChatClientSnippetTests
{
    [Fact]
    public async Task Chat_and_routing_snippets_run()
    {
        var handler = new StubHandler().RespondFixture("21").RespondFixture("04").RespondFixture("01");
        using OpenRouterClient client = TestClients.Create(handler);
        IOpenRouterClient openRouter = client;

        // snippet: basics
        IChatClient chat = openRouter.AsIChatClient("anthropic/claude-sonnet-4.5");

        ChatResponse response = await chat.GetResponseAsync("Say hi in Portuguese.");
        Console.WriteLine(response.Text);
        Console.WriteLine($"{response.Usage?.InputTokenCount} in, {response.Usage?.OutputTokenCount} out, ${response.AdditionalProperties?["cost"]}");

        await foreach (ChatResponseUpdate update in chat.GetStreamingResponseAsync("Tell me a short story."))
            Console.Write(update.Text);
        // end snippet

        // snippet: routing
        var options = new ChatOptions
        {
            Temperature = 0.2f,
            Reasoning = new Microsoft.Extensions.AI.ReasoningOptions { Effort = Microsoft.Extensions.AI.ReasoningEffort.High },
            AdditionalProperties = new()
            {
                [OpenRouterPropertyNames.Provider] = new ProviderPreferences { Order = ["anthropic", "amazon-bedrock"], AllowFallbacks = false },
                [OpenRouterPropertyNames.Models] = new[] { "openai/gpt-4o-mini" },
                [OpenRouterPropertyNames.Transforms] = new[] { "middle-out" },
            },
        };
        ChatResponse routed = await chat.GetResponseAsync("Summarize the plot of Hamlet.", options);
        // end snippet

        response.Text.Should().Be("Oi! 😊");
        routed.Text.Should().NotBeEmpty();
        JsonAssert.Equivalent("""
            {"model":"anthropic/claude-sonnet-4.5","models":["openai/gpt-4o-mini"],"messages":[{"role":"user","content":"Summarize the plot of Hamlet."}],
             "temperature":0.2,"reasoning":{"effort":"high"},"provider":{"order":["anthropic","amazon-bedrock"],"allow_fallbacks":false},"transforms":["middle-out"]}
            """, handler.Requests[2].BodyText);
    }

    [Fact]
    public void Dependency_injection_snippet_runs()
    {
        using var client = TestClients.Create(new StubHandler());
        var services = new ServiceCollection().AddSingleton<IOpenRouterClient>(client);

        // snippet: di
        services.AddOpenRouterChatClient("openai/gpt-4o-mini");
        // or, with middleware:
        // services.AddOpenRouterChatClient("openai/gpt-4o-mini", (inner, sp) => inner.AsBuilder().UseFunctionInvocation().Build(sp));
        // end snippet

        using ServiceProvider provider = services.BuildServiceProvider();
        provider.GetRequiredService<IChatClient>().GetService<ChatClientMetadata>()!.DefaultModelId.Should().Be("openai/gpt-4o-mini");
    }

    [Fact]
    public async Task Tracing_snippet_runs()
    {
        var seen = new List<string>();
        // snippet: tracing
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == OpenRouterTelemetry.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity => Console.WriteLine($"{activity.DisplayName}: {activity.GetTagItem("gen_ai.usage.output_tokens")} tokens"),
        };
        ActivitySource.AddActivityListener(listener);
        // end snippet
        using var check = new ActivityListener
        {
            ShouldListenTo = source => source.Name == OpenRouterTelemetry.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity => seen.Add(activity.DisplayName),
        };
        ActivitySource.AddActivityListener(check);

        var handler = new StubHandler().RespondFixture("01");
        using OpenRouterClient client = TestClients.Create(handler);
        await client.AsIChatClient("readme/tracing").GetResponseAsync("hi", cancellationToken: TestContext.Current.CancellationToken);

        seen.Should().Contain("chat readme/tracing");
    }
}
