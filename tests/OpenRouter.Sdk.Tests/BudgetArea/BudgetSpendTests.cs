using FluentAssertions;
using OpenRouter.Sdk.Tests.Infrastructure;
using Xunit;
using static OpenRouter.Sdk.Tests.BudgetArea.BudgetTestSupport;

namespace OpenRouter.Sdk.Tests.BudgetArea;

/// <summary>The guard adds up the <c>usage.cost</c> of every completed call that spends.</summary>
public sealed class BudgetSpendTests
{
    [Fact]
    public void A_client_without_a_budget_has_no_guard()
    {
        using OpenRouterClient client = TestClients.Create(new StubHandler());

        client.Budget.Should().BeNull("the guard is opt-in");
    }

    [Fact]
    public async Task Non_streamed_chat_costs_accumulate()
    {
        using OpenRouterClient client = Client(Answering(Completion(0.25m)), new ManualClock(), limit: 10m);

        await client.CreateChatCompletionAsync(ChatRequest, Ct);
        await client.CreateChatCompletionAsync(ChatRequest, Ct);

        OpenRouterBudgetSnapshot snapshot = client.Budget!.GetSnapshot();
        snapshot.Spent.Should().Be(0.50m);
        snapshot.Remaining.Should().Be(9.50m);
        snapshot.Calls.Should().Be(2);
        client.Budget.Spent.Should().Be(0.50m);
        client.Budget.Remaining.Should().Be(9.50m);
    }

    [Fact]
    public async Task A_streamed_chat_is_charged_the_cost_of_its_usage_chunk()
    {
        var handler = new StubHandler().RespondStream(BudgetTestSupport.Stream(0.125m));
        using OpenRouterClient client = Client(handler, new ManualClock(), limit: 10m);

        await DrainAsync(client.StreamChatCompletionAsync(ChatRequest, Ct));

        client.Budget!.Spent.Should().Be(0.125m);
        client.Budget.GetSnapshot().Calls.Should().Be(1);
    }

    [Fact]
    public async Task A_stream_that_fails_after_its_usage_chunk_still_counts()
    {
        var handler = new StubHandler().RespondStream(BudgetTestSupport.Stream(0.75m, done: false));
        using OpenRouterClient client = Client(handler, new ManualClock(), limit: 10m);

        Func<Task> read = () => DrainAsync(client.StreamChatCompletionAsync(ChatRequest, Ct));

        await read.Should().ThrowAsync<OpenRouterStreamException>("a stream without [DONE] fails");
        client.Budget!.Spent.Should().Be(0.75m, "the usage chunk arrived, so the generation was paid for");
    }

    [Fact]
    public async Task Embeddings_costs_accumulate()
    {
        using OpenRouterClient client = Client(Answering(EmbeddingsAnswer(0.0001m)), new ManualClock(), limit: 1m);

        await client.CreateEmbeddingsAsync(EmbeddingsCall, Ct);
        await client.CreateEmbeddingsAsync(EmbeddingsCall, Ct);
        await client.CreateEmbeddingsAsync(EmbeddingsCall, Ct);

        client.Budget!.Spent.Should().Be(0.0003m);
    }

    [Fact]
    public async Task A_client_made_with_WithOptions_shares_its_parents_guard()
    {
        using OpenRouterClient parent = Client(Answering(Completion(0.25m)), new ManualClock(), limit: 10m);
        OpenRouterClient child = parent.WithOptions(o => o.Budget = new OpenRouterBudget { Limit = 1000m });

        await child.CreateChatCompletionAsync(ChatRequest, Ct);
        await parent.CreateChatCompletionAsync(ChatRequest, Ct);

        child.Budget.Should().BeSameAs(parent.Budget, "a per-call options change cannot escape the ceiling");
        parent.Budget!.Spent.Should().Be(0.50m);
        parent.Budget.Limit.Should().Be(10m);
    }
}
