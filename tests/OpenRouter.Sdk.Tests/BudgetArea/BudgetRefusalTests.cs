using FluentAssertions;
using OpenRouter.Sdk.Tests.Infrastructure;
using Xunit;
using static OpenRouter.Sdk.Tests.BudgetArea.BudgetTestSupport;

namespace OpenRouter.Sdk.Tests.BudgetArea;

/// <summary>Once the ceiling is reached, calls that spend fail before anything is sent; a new window admits them again.</summary>
public sealed class BudgetRefusalTests
{
    [Fact]
    public async Task The_call_that_crosses_the_ceiling_completes_and_the_next_chat_call_is_refused_without_a_request()
    {
        var handler = Answering(Completion(0.60m));
        using OpenRouterClient client = Client(handler, new ManualClock(), limit: 1m);
        await client.CreateChatCompletionAsync(ChatRequest, Ct);

        ChatCompletion crossing = await client.CreateChatCompletionAsync(ChatRequest, Ct);
        crossing.Usage!.Cost.Should().Be(0.60m, "the call that crosses the ceiling was admitted below it");
        Func<Task> next = () => client.CreateChatCompletionAsync(ChatRequest, Ct);

        await next.Should().ThrowAsync<OpenRouterBudgetExceededException>();
        handler.Requests.Should().HaveCount(2, "the refused call sent nothing");
        client.Budget!.GetSnapshot().IsExceeded.Should().BeTrue();
        client.Budget.Remaining.Should().Be(0m);
    }

    [Fact]
    public async Task A_stream_is_refused_without_a_request()
    {
        var handler = Answering(Completion(2m));
        using OpenRouterClient client = Client(handler, new ManualClock(), limit: 1m);
        await client.CreateChatCompletionAsync(ChatRequest, Ct);

        Func<Task> stream = () => DrainAsync(client.StreamChatCompletionAsync(ChatRequest, Ct));

        await stream.Should().ThrowAsync<OpenRouterBudgetExceededException>();
        handler.Requests.Should().HaveCount(1);
    }

    [Fact]
    public async Task Embeddings_are_refused_without_a_request()
    {
        var handler = Answering(EmbeddingsAnswer(1m));
        using OpenRouterClient client = Client(handler, new ManualClock(), limit: 1m);
        await client.CreateEmbeddingsAsync(EmbeddingsCall, Ct);

        Func<Task> next = () => client.CreateEmbeddingsAsync(EmbeddingsCall, Ct);

        await next.Should().ThrowAsync<OpenRouterBudgetExceededException>();
        handler.Requests.Should().HaveCount(1);
    }

    [Fact]
    public async Task The_exception_says_what_was_spent_the_limit_and_the_window()
    {
        using OpenRouterClient client = Client(Answering(Completion(5.25m)), new ManualClock(), limit: 5m, window: TimeSpan.FromDays(1));
        await client.CreateChatCompletionAsync(ChatRequest, Ct);

        Func<Task> next = () => client.CreateChatCompletionAsync(ChatRequest, Ct);

        OpenRouterBudgetExceededException e = (await next.Should().ThrowAsync<OpenRouterBudgetExceededException>()).Which;
        e.Message.Should().Contain("US$5.25 spent of the US$5 limit in the current 1-day window (it ends at 2026-12-06 10:00:00 UTC)");
        e.Message.Should().Contain("refused before it was sent").And.Contain("OpenRouter:Budget:Limit");
        e.Message.Should().NotContain(TestClients.ApiKey);
        e.Spent.Should().Be(5.25m);
        e.Limit.Should().Be(5m);
        e.Window.Should().Be(TimeSpan.FromDays(1));
        e.WindowEnd.Should().Be(Start.AddDays(1));
        e.StatusCode.Should().BeNull("no response was involved");
        e.Should().BeAssignableTo<OpenRouterException>();
    }

    [Fact]
    public async Task Without_a_window_the_message_says_the_budget_never_resets()
    {
        using OpenRouterClient client = Client(Answering(Completion(3m)), new ManualClock(), limit: 2.5m);
        await client.CreateChatCompletionAsync(ChatRequest, Ct);

        Func<Task> next = () => client.CreateChatCompletionAsync(ChatRequest, Ct);

        (await next.Should().ThrowAsync<OpenRouterBudgetExceededException>()).Which.Message
            .Should().Contain("US$3 spent of the US$2.5 limit over the client's life (the budget has no window, so it never resets)");
    }

    [Fact]
    public async Task The_next_window_restores_the_budget()
    {
        var clock = new ManualClock();
        var handler = Answering(Completion(1m));
        using OpenRouterClient client = Client(handler, clock, limit: 1m, window: TimeSpan.FromHours(1));
        await client.CreateChatCompletionAsync(ChatRequest, Ct);
        Func<Task> next = () => client.CreateChatCompletionAsync(ChatRequest, Ct);
        await next.Should().ThrowAsync<OpenRouterBudgetExceededException>();

        clock.Advance(TimeSpan.FromMinutes(59));
        await next.Should().ThrowAsync<OpenRouterBudgetExceededException>("the window has a minute left");
        clock.Advance(TimeSpan.FromMinutes(1));

        client.Budget!.Spent.Should().Be(0m, "a new window starts from zero");
        await client.CreateChatCompletionAsync(ChatRequest, Ct);
        handler.Requests.Should().HaveCount(2);
        OpenRouterBudgetSnapshot snapshot = client.Budget.GetSnapshot();
        snapshot.Spent.Should().Be(1m);
        snapshot.WindowStart.Should().Be(Start.AddHours(1));
        snapshot.WindowEnd.Should().Be(Start.AddHours(2));
    }

    [Fact]
    public async Task Windows_stay_on_their_boundaries_after_a_long_quiet_spell()
    {
        var clock = new ManualClock();
        using OpenRouterClient client = Client(Answering(Completion(0.5m)), clock, limit: 1m, window: TimeSpan.FromHours(1));

        clock.Advance(TimeSpan.FromHours(5) + TimeSpan.FromMinutes(20));
        await client.CreateChatCompletionAsync(ChatRequest, Ct);

        client.Budget!.GetSnapshot().WindowStart.Should().Be(Start.AddHours(5));
    }

    [Fact]
    public async Task Calls_that_cost_nothing_are_not_refused()
    {
        var handler = Answering(Completion(2m)).Respond(System.Net.HttpStatusCode.OK, """{"data":[]}""");
        using OpenRouterClient client = Client(handler, new ManualClock(), limit: 1m);
        await client.CreateChatCompletionAsync(ChatRequest, Ct);

        IReadOnlyList<ProviderInfo> providers = await client.ListProvidersAsync(Ct);

        providers.Should().BeEmpty();
        handler.Requests.Should().HaveCount(2, "the catalog is free, so the guard leaves it alone");
    }

    [Theory]
    [InlineData(0, null, "Budget.Limit")]
    [InlineData(-1, null, "Budget.Limit")]
    [InlineData(1, 0, "Budget.Window")]
    [InlineData(1, -5, "Budget.Window")]
    public void An_unusable_budget_is_refused_when_the_client_is_built(int limit, int? windowSeconds, string named)
    {
        Action build = () => TestClients.Create(new StubHandler(), o => o.Budget = new OpenRouterBudget
        {
            Limit = limit,
            Window = windowSeconds is { } s ? TimeSpan.FromSeconds(s) : null,
        });

        build.Should().Throw<ArgumentException>().WithMessage($"*OpenRouterClientOptions.{named}*");
    }
}
