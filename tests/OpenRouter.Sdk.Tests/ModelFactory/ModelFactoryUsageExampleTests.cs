using System.Runtime.CompilerServices;
using FluentAssertions;
using Microsoft.Extensions.AI;
using Xunit;

namespace OpenRouter.Sdk.Tests.ModelFactory;

/// <summary>
/// The intended use, as a user's own test: code under test takes an <see cref="IChatClient"/>; the test gives it a
/// fake <see cref="IOpenRouterClient"/> answering with factory-built responses, through <c>AsChatClient()</c>.
/// </summary>
public sealed class ModelFactoryUsageExampleTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

#pragma warning disable xUnit1051 // The README shows this test as users write it, without a test token.
    [Fact]
    public async Task A_fake_client_returning_a_factory_built_completion_drives_the_IChatClient()
    {
        ChatCompletion canned = OpenRouterModelFactory.ChatCompletion(
            id: "gen-test-1",
            model: "openai/gpt-4o-mini",
            choices: [OpenRouterModelFactory.ChatCompletionChoice(
                message: OpenRouterModelFactory.ChatCompletionMessage(content: "Olá!"),
                finishReason: FinishReason.Stop)],
            usage: OpenRouterModelFactory.Usage(promptTokens: 12, completionTokens: 3, cost: 0.00002m));

        IChatClient chat = new FakeOpenRouterClient(canned).AsIChatClient("openai/gpt-4o-mini");
        ChatResponse response = await chat.GetResponseAsync("Say hi in Portuguese.");

        response.Text.Should().Be("Olá!");
        response.ResponseId.Should().Be("gen-test-1");
        response.ModelId.Should().Be("openai/gpt-4o-mini");
        response.FinishReason.Should().Be(ChatFinishReason.Stop);
        response.Usage!.TotalTokenCount.Should().Be(15);
        response.AdditionalProperties!["cost"].Should().Be(0.00002m);
    }
#pragma warning restore xUnit1051

    [Fact]
    public async Task Code_under_test_sees_the_tool_call_of_a_factory_built_completion()
    {
        ChatCompletion canned = OpenRouterModelFactory.ChatCompletion(
            choices: [OpenRouterModelFactory.ChatCompletionChoice(
                finishReason: FinishReason.ToolCalls,
                message: OpenRouterModelFactory.ChatCompletionMessage(
                    toolCalls: [OpenRouterModelFactory.ToolCall(id: "call_1", functionName: "get_weather", functionArguments: """{"city":"Lisbon"}""")]))]);
        IChatClient chat = new FakeOpenRouterClient(canned).AsIChatClient("openai/gpt-4o-mini");

        ChatResponse response = await chat.GetResponseAsync("Weather in Lisbon?", cancellationToken: Ct);

        FunctionCallContent call = response.Messages.SelectMany(m => m.Contents).OfType<FunctionCallContent>().Should().ContainSingle().Subject;
        call.CallId.Should().Be("call_1");
        call.Name.Should().Be("get_weather");
        call.Arguments!["city"]!.ToString().Should().Be("Lisbon");
        response.FinishReason.Should().Be(ChatFinishReason.ToolCalls);
    }

    [Fact]
    public async Task A_fake_stream_of_factory_built_chunks_streams_through_the_IChatClient()
    {
        ChatCompletionChunk[] chunks =
        [
            OpenRouterModelFactory.ChatCompletionChunk(id: "gen-s", choices: [OpenRouterModelFactory.ChatCompletionChunkChoice(delta: OpenRouterModelFactory.ChatCompletionDelta(role: MessageRole.Assistant, content: "Bom "))]),
            OpenRouterModelFactory.ChatCompletionChunk(id: "gen-s", choices: [OpenRouterModelFactory.ChatCompletionChunkChoice(delta: OpenRouterModelFactory.ChatCompletionDelta(content: "dia!"), finishReason: FinishReason.Stop)]),
            OpenRouterModelFactory.ChatCompletionChunk(id: "gen-s", usage: OpenRouterModelFactory.Usage(promptTokens: 4, completionTokens: 2)),
        ];
        IChatClient chat = new StreamingFake(chunks).AsIChatClient("openai/gpt-4o-mini");

        var updates = new List<ChatResponseUpdate>();
        await foreach (ChatResponseUpdate update in chat.GetStreamingResponseAsync("Good morning in Portuguese.", cancellationToken: Ct))
        {
            updates.Add(update);
        }

        ChatResponse folded = updates.ToChatResponse();
        folded.Text.Should().Be("Bom dia!");
        folded.FinishReason.Should().Be(ChatFinishReason.Stop);
        folded.Usage!.TotalTokenCount.Should().Be(6);
    }

    [Fact]
    public async Task Errors_the_client_throws_are_built_with_their_public_constructors()
    {
        // No factory method is needed: the exception family has public constructors and init properties.
        var limited = new OpenRouterRateLimitException("Rate limited") { StatusCode = 429, RetryAfter = TimeSpan.FromSeconds(2), ProviderName = "OpenAI" };
        IChatClient chat = new ThrowingFake(limited).AsIChatClient("openai/gpt-4o-mini");

        Func<Task> call = () => chat.GetResponseAsync("hi", cancellationToken: Ct);

        OpenRouterRateLimitException thrown = (await call.Should().ThrowAsync<OpenRouterRateLimitException>()).Which;
        thrown.StatusCode.Should().Be(429);
        thrown.RetryAfter.Should().Be(TimeSpan.FromSeconds(2));
        thrown.ProviderName.Should().Be("OpenAI");
    }

    private sealed class StreamingFake(IReadOnlyList<ChatCompletionChunk> chunks) : ThrowingFake(new NotSupportedException())
    {
        public override async IAsyncEnumerable<ChatCompletionChunk> StreamChatCompletionAsync(ChatCompletionRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            foreach (ChatCompletionChunk chunk in chunks)
            {
                await Task.Yield();
                yield return chunk;
            }
        }
    }

    private class ThrowingFake(Exception error) : IOpenRouterClient
    {
        public Task<ChatCompletion> CreateChatCompletionAsync(ChatCompletionRequest request, CancellationToken cancellationToken = default) => Task.FromException<ChatCompletion>(error);
        public virtual IAsyncEnumerable<ChatCompletionChunk> StreamChatCompletionAsync(ChatCompletionRequest request, CancellationToken cancellationToken = default) => throw error;
        public Task<IReadOnlyList<ModelInfo>> ListModelsAsync(ModelListQuery? query = null, CancellationToken cancellationToken = default) => throw error;
        public Task<ModelEndpoints> ListModelEndpointsAsync(string modelId, CancellationToken cancellationToken = default) => throw error;
        public Task<IReadOnlyList<ProviderInfo>> ListProvidersAsync(CancellationToken cancellationToken = default) => throw error;
        public Task<GenerationInfo> GetGenerationAsync(string generationId, CancellationToken cancellationToken = default) => throw error;
        public Task<KeyInfo> GetKeyInfoAsync(CancellationToken cancellationToken = default) => throw error;
        public Task<CreditsInfo> GetCreditsAsync(CancellationToken cancellationToken = default) => throw error;
        public Task<EmbeddingsResponse> CreateEmbeddingsAsync(EmbeddingsRequest request, CancellationToken cancellationToken = default) => throw error;
    }
}
