using FluentAssertions;
using Microsoft.Extensions.AI;
using Xunit;
using static OpenRouter.Sdk.Tests.BudgetArea.BudgetTestSupport;

namespace OpenRouter.Sdk.Tests.BudgetArea;

/// <summary>The IChatClient adapter calls the same client, so its calls are charged and refused the same way.</summary>
public sealed class BudgetChatClientTests
{
    [Fact]
    public async Task The_IChatClient_path_is_charged_and_then_refused_before_sending()
    {
        var handler = Answering(Completion(0.75m));
        using OpenRouterClient client = Client(handler, new ManualClock(), limit: 1m);
        IChatClient chat = client.AsIChatClient("openai/gpt-4o-mini");

        await chat.GetResponseAsync("hi", cancellationToken: Ct);
        await chat.GetResponseAsync("hi", cancellationToken: Ct);
        client.Budget!.Spent.Should().Be(1.50m);
        Func<Task> next = () => chat.GetResponseAsync("hi", cancellationToken: Ct);

        await next.Should().ThrowAsync<OpenRouterBudgetExceededException>();
        handler.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task The_IChatClient_streaming_path_is_charged()
    {
        var handler = new Infrastructure.StubHandler().RespondStream(BudgetTestSupport.Stream(0.3m));
        using OpenRouterClient client = Client(handler, new ManualClock(), limit: 1m);
        IChatClient chat = client.AsIChatClient("openai/gpt-4o-mini");

        await foreach (ChatResponseUpdate _ in chat.GetStreamingResponseAsync("hi", cancellationToken: Ct))
        {
        }

        client.Budget!.Spent.Should().Be(0.3m);
    }
}
