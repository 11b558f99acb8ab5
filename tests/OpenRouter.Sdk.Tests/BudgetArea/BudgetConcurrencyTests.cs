using System.Net;
using FluentAssertions;
using OpenRouter.Sdk.Tests.Infrastructure;
using Xunit;
using static OpenRouter.Sdk.Tests.BudgetArea.BudgetTestSupport;

namespace OpenRouter.Sdk.Tests.BudgetArea;

/// <summary>The guard under 100 calls at once: no cost is lost, and a spent budget refuses all of them.</summary>
public sealed class BudgetConcurrencyTests
{
    private const int Calls = 100;

    [Fact]
    public async Task One_hundred_concurrent_calls_are_each_counted_once()
    {
        var handler = Answering(Completion(0.01m));
        using OpenRouterClient client = Client(handler, new ManualClock(), limit: 100m);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // The calls, and as many readers of the spend, released together so charges and reads race.
        Task[] calls = Enumerable.Range(0, Calls).Select(i => Task.Run(async () =>
        {
            await gate.Task;
            await client.CreateChatCompletionAsync(ChatRequest, Ct);
        }, Ct)).ToArray();
        Task[] readers = Enumerable.Range(0, Calls).Select(i => Task.Run(async () =>
        {
            await gate.Task;
            await Task.Yield();
            OpenRouterBudgetSnapshot seen = client.Budget!.GetSnapshot();
            seen.Spent.Should().BeLessThanOrEqualTo(1m);
        }, Ct)).ToArray();
        gate.SetResult();
        await Task.WhenAll(calls.Concat(readers));

        handler.Requests.Should().HaveCount(Calls);
        OpenRouterBudgetSnapshot snapshot = client.Budget!.GetSnapshot();
        snapshot.Spent.Should().Be(1.00m, "100 calls of US$0.01 each, none lost to a race");
        snapshot.Calls.Should().Be(Calls);
    }

    [Fact]
    public async Task One_hundred_concurrent_streams_are_each_counted_once()
    {
        var handler = new StubHandler().Respond(_ =>
        {
            var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(BudgetTestSupport.Stream(0.02m)) };
            response.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/event-stream");
            return response;
        });
        using OpenRouterClient client = Client(handler, new ManualClock(), limit: 100m);

        await Task.WhenAll(Enumerable.Range(0, Calls).Select(_ => Task.Run(() => DrainAsync(client.StreamChatCompletionAsync(ChatRequest, Ct)), Ct)));

        client.Budget!.Spent.Should().Be(2.00m);
        client.Budget.GetSnapshot().Calls.Should().Be(Calls);
    }

    [Fact]
    public async Task One_hundred_concurrent_calls_on_a_spent_budget_are_all_refused_without_a_request()
    {
        var handler = Answering(Completion(1m));
        using OpenRouterClient client = Client(handler, new ManualClock(), limit: 1m);
        await client.CreateChatCompletionAsync(ChatRequest, Ct);

        Task<Exception?>[] calls = Enumerable.Range(0, Calls).Select(i => Task.Run(async () =>
        {
            try
            {
                await client.CreateChatCompletionAsync(ChatRequest, Ct);
                return null;
            }
            catch (Exception e)
            {
                return e;
            }
        }, Ct)).ToArray();
        Exception?[] failures = await Task.WhenAll(calls);

        failures.Should().AllBeOfType<OpenRouterBudgetExceededException>();
        handler.Requests.Should().HaveCount(1, "only the call that spent the budget was sent");
    }
}
