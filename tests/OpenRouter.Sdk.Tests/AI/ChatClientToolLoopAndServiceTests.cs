using System.Text.Json;
using FluentAssertions;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using OpenRouter.Sdk.Tests.Infrastructure;
using Xunit;
using static OpenRouter.Sdk.Tests.AI.AiTestSupport;

namespace OpenRouter.Sdk.Tests.AI;

/// <summary>
/// The tool loop, driven the way FunctionInvokingChatClient (<c>UseFunctionInvocation()</c>) drives it: call, run the
/// requested functions, send the history with the results back. The Microsoft.Extensions.AI package that holds
/// FunctionInvokingChatClient is not on this build's feed, so the loop is driven here with the abstractions only.
/// </summary>
public sealed class ChatClientToolLoopAndServiceTests
{
    private static async Task<List<ChatMessage>> RunToolLoopAsync(IChatClient chat, ChatOptions options, bool streaming, List<ChatMessage> history)
    {
        for (int turn = 0; turn < 5; turn++)
        {
            ChatResponse response = streaming
                ? (await chat.GetStreamingResponseAsync(history, options, Ct).ToListAsync()).ToChatResponse()
                : await chat.GetResponseAsync(history, options, Ct);
            history.AddRange(response.Messages);

            var calls = response.Messages.SelectMany(m => m.Contents).OfType<FunctionCallContent>().ToList();
            if (calls.Count == 0)
            {
                return history;
            }

            var results = new List<AIContent>();
            foreach (FunctionCallContent call in calls)
            {
                AIFunction function = options.Tools!.OfType<AIFunction>().Single(f => f.Name == call.Name);
                object? result = await function.InvokeAsync(new AIFunctionArguments(call.Arguments), Ct);
                results.Add(new FunctionResultContent(call.CallId, result));
            }

            history.Add(new ChatMessage(ChatRole.Tool, results));
        }

        throw new InvalidOperationException("The loop did not end.");
    }

    [Theory]
    [InlineData(false, "20")]
    [InlineData(true, "10")]
    public async Task A_full_tool_loop_runs_the_function_and_sends_its_result_back(bool streaming, string toolCallFixture)
    {
        var (chat, handler, client) = Create("anthropic/claude-haiku-4.5");
        using var _ = client;
        handler.RespondFixture(toolCallFixture);
        handler.RespondFixture(streaming ? "04" : "01");
        var asked = new List<string>();
        var options = new ChatOptions
        {
            Tools = [AIFunctionFactory.Create((string location) => { asked.Add(location); return $"22 C in {location}"; }, "weather", "Gets the weather.")],
        };

        List<ChatMessage> history = await RunToolLoopAsync(chat, options, streaming, [new ChatMessage(ChatRole.User, "Weather in Florence?")]);

        asked.Should().Equal("Florence, Italy");
        history.Last().Role.Should().Be(ChatRole.Assistant);
        history.Last().Text.Should().NotBeEmpty();
        handler.Requests.Should().HaveCount(2);

        JsonElement messages = handler.Requests[1].Body().GetProperty("messages");
        messages.GetArrayLength().Should().Be(3);
        JsonElement assistant = messages[1];
        string callId = assistant.GetProperty("tool_calls")[0].GetProperty("id").GetString()!;
        assistant.GetProperty("tool_calls")[0].GetProperty("function").GetProperty("name").GetString().Should().Be("weather");
        messages[2].GetProperty("role").GetString().Should().Be("tool");
        messages[2].GetProperty("tool_call_id").GetString().Should().Be(callId);
        messages[2].GetProperty("content").GetString().Should().Be("\"22 C in Florence, Italy\"");
        handler.Requests[1].Body().GetProperty("tools")[0].GetProperty("function").GetProperty("name").GetString().Should().Be("weather");
    }

    [Fact]
    public void GetService_returns_metadata_and_the_underlying_client()
    {
        var (chat, _, client) = Create("openai/gpt-4o-mini");
        using var __ = client;

        ChatClientMetadata metadata = chat.GetService<ChatClientMetadata>()!;
        metadata.ProviderName.Should().Be("openrouter");
        metadata.ProviderUri.Should().Be(new Uri("https://openrouter.ai/api/v1/"));
        metadata.DefaultModelId.Should().Be("openai/gpt-4o-mini");
        chat.GetService<IOpenRouterClient>().Should().BeSameAs(client);
        chat.GetService<OpenRouterClient>().Should().BeSameAs(client);
        chat.GetService<IChatClient>().Should().BeSameAs(chat);
        chat.GetService<ChatClientMetadata>("some-key").Should().BeNull();
        chat.GetService<string>().Should().BeNull();
    }

    [Fact]
    public void Metadata_reports_a_custom_endpoint()
    {
        using var client = TestClients.Create(new StubHandler(), o => o.BaseUrl = new Uri("http://127.0.0.1:5050/api/v1/"));
        client.AsIChatClient().GetService<ChatClientMetadata>()!.ProviderUri.Should().Be(new Uri("http://127.0.0.1:5050/api/v1/"));
    }

    [Fact]
    public async Task Disposing_the_chat_client_leaves_the_openrouter_client_usable()
    {
        var handler = new StubHandler().RespondFixture("01");
        using var client = TestClients.Create(handler);
        client.AsIChatClient("m").Dispose();

        ChatCompletion completion = await client.CreateChatCompletionAsync(new ChatCompletionRequest { Model = "m", Messages = { new UserMessage("hi") } }, Ct);

        completion.Provider.Should().Be("OpenAI");
        completion.Choices[0].Message.Content.Should().NotBeNullOrEmpty();
        handler.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task AddOpenRouterChatClient_builds_on_the_registered_openrouter_client()
    {
        var handler = new StubHandler().RespondFixture("01");
        using var client = TestClients.Create(handler);
        var services = new ServiceCollection();
        services.AddSingleton<IOpenRouterClient>(client);
        IChatClient? inner = null;
        services.AddOpenRouterChatClient("openai/gpt-4o", (chat, sp) =>
        {
            inner = chat;
            return new CountingChatClient(chat);
        });
        services.AddKeyedOpenRouterChatClient("cheap", "openai/gpt-4o-mini");
        using ServiceProvider provider = services.BuildServiceProvider();

        IChatClient resolved = provider.GetRequiredService<IChatClient>();
        resolved.Should().BeOfType<CountingChatClient>();
        await resolved.GetResponseAsync("hi", cancellationToken: Ct);
        ((CountingChatClient)resolved).Calls.Should().Be(1);
        inner!.GetService<IOpenRouterClient>().Should().BeSameAs(client);
        handler.Requests.Single().Body().GetProperty("model").GetString().Should().Be("openai/gpt-4o");

        IChatClient keyed = provider.GetRequiredKeyedService<IChatClient>("cheap");
        keyed.GetService<ChatClientMetadata>()!.DefaultModelId.Should().Be("openai/gpt-4o-mini");
    }

    [Fact]
    public void AddOpenRouterChatClient_without_an_openrouter_client_says_what_is_missing()
    {
        using ServiceProvider provider = new ServiceCollection().AddOpenRouterChatClient().BuildServiceProvider();
        Action resolve = () => provider.GetRequiredService<IChatClient>();
        resolve.Should().Throw<InvalidOperationException>().WithMessage("*AddOpenRouter*");
    }

    private sealed class CountingChatClient(IChatClient inner) : DelegatingChatClient(inner)
    {
        public int Calls { get; private set; }

        public override Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
        {
            Calls++;
            return base.GetResponseAsync(messages, options, cancellationToken);
        }
    }
}
