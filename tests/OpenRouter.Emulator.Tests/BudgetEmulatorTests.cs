using FluentAssertions;
using OpenRouter.Sdk;
using Xunit;

namespace OpenRouter.Emulator.Tests;

/// <summary>
/// The budget guard end to end: the emulator's answers carry <c>usage.cost</c>, which the guard adds up, and its
/// <c>GET /key</c> reports a credit limit that the guard's key-limit watch reads.
/// </summary>
public sealed class BudgetEmulatorTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ChatCompletionRequest Ask(string text) => new() { Model = EmulatedModels.Echo, Messages = { new UserMessage(text) } };

    [Fact]
    public async Task The_guard_adds_up_the_costs_the_emulator_reports_and_refuses_the_call_after_the_ceiling()
    {
        await using OpenRouterEmulator emulator = await OpenRouterEmulator.StartAsync(cancellationToken: Ct);
        ChatCompletion probe;
        using (var measure = new OpenRouterClient(new OpenRouterClientOptions { ApiKey = TestCredentials.ApiKey, BaseUrl = emulator.BaseUrl }))
        {
            probe = await measure.CreateChatCompletionAsync(Ask("what does one call cost"), Ct);
        }

        decimal perCall = probe.Usage!.Cost!.Value;
        perCall.Should().BePositive("the emulator prices its answers");
        using var client = new OpenRouterClient(new OpenRouterClientOptions
        {
            ApiKey = TestCredentials.ApiKey,
            BaseUrl = emulator.BaseUrl,
            Budget = new OpenRouterBudget { Limit = perCall * 2.5m },
        });

        await client.CreateChatCompletionAsync(Ask("what does one call cost"), Ct);
        await foreach (ChatCompletionChunk _ in client.StreamChatCompletionAsync(Ask("what does one call cost"), Ct))
        {
        }

        await client.CreateChatCompletionAsync(Ask("what does one call cost"), Ct);
        int servedBefore = emulator.State.Generations.Count;
        Func<Task> fourth = () => client.CreateChatCompletionAsync(Ask("what does one call cost"), Ct);

        var e = (await fourth.Should().ThrowAsync<OpenRouterBudgetExceededException>()).Which;
        e.Spent.Should().Be(perCall * 3, "two unary calls and one stream, each at the emulator's price");
        e.Limit.Should().Be(perCall * 2.5m);
        emulator.State.Generations.Count.Should().Be(servedBefore, "the refused call reached no server");
    }

    [Fact]
    public async Task The_key_limit_watch_reads_the_emulators_GET_key_and_refuses_at_the_reserve()
    {
        await using OpenRouterEmulator emulator = await OpenRouterEmulator.StartAsync(new OpenRouterEmulatorOptions { KeyLimit = 1m }, Ct);
        using var client = new OpenRouterClient(new OpenRouterClientOptions
        {
            ApiKey = TestCredentials.ApiKey,
            BaseUrl = emulator.BaseUrl,
            Budget = new OpenRouterBudget { Limit = 100m, KeyLimitCheckInterval = TimeSpan.FromHours(1), KeyLimitReserve = 0.99999999m },
        });

        ChatCompletion first = await client.CreateChatCompletionAsync(Ask("spend a little"), Ct);
        OpenRouterBudgetSnapshot snapshot = client.Budget!.GetSnapshot();
        Func<Task> next = () => client.CreateChatCompletionAsync(Ask("spend a little more"), Ct);

        first.Usage!.Cost!.Value.Should().BeGreaterThanOrEqualTo(0.00000001m, "one call costs more than the gap between the limit and the reserve");
        snapshot.KeyLimitRemaining.Should().Be(1m - first.Usage.Cost.Value, "the key read 1.00 left before the call, which then cost its usage.cost");
        snapshot.KeyLimitReadAt.Should().NotBeNull();
        var e = (await next.Should().ThrowAsync<OpenRouterBudgetExceededException>()).Which;
        e.KeyLimitRemaining.Should().Be(snapshot.KeyLimitRemaining);
        e.Message.Should().Contain("KeyLimitReserve");
        emulator.State.Generations.Should().ContainSingle("the refused call reached no server");
    }
}
