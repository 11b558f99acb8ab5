using FluentAssertions;
using Xunit;

namespace OpenRouter.Sdk.Tests.ActivityArea;

/// <summary>An area client is faked by deriving from it, with no mocking library and no HTTP.</summary>
public sealed class ActivityMockingTests
{
    private sealed class FakeActivityClient : OpenRouterActivityClient
    {
        public ActivityQuery? LastQuery { get; private set; }

        public override Task<IReadOnlyList<ActivityItem>> GetActivityAsync(ActivityQuery? query = null, CancellationToken cancellationToken = default)
        {
            LastQuery = query;
            IReadOnlyList<ActivityItem> rows = new[] { new ActivityItem { Model = "openai/gpt-4.1", Usage = 1.25m, Requests = 3 } };
            return Task.FromResult(rows);
        }
    }

    /// <summary>Code under test that depends on the area client, as an app would.</summary>
    private static async Task<decimal> SpentAsync(OpenRouterActivityClient activity, CancellationToken cancellationToken)
    {
        IReadOnlyList<ActivityItem> rows = await activity.GetActivityAsync(new ActivityQuery { GroupByWorkspace = true }, cancellationToken);
        return rows.Sum(r => r.Usage);
    }

    [Fact]
    public async Task A_subclass_made_with_the_protected_constructor_replaces_the_call()
    {
        var fake = new FakeActivityClient();

        decimal spent = await SpentAsync(fake, TestContext.Current.CancellationToken);

        spent.Should().Be(1.25m);
        fake.LastQuery!.GroupByWorkspace.Should().BeTrue();
    }

    private sealed class EmptyFake : OpenRouterActivityClient
    {
    }

    [Fact]
    public async Task A_method_the_fake_does_not_override_says_so_instead_of_sending()
    {
        Func<Task> call = () => new EmptyFake().GetActivityAsync(cancellationToken: TestContext.Current.CancellationToken);

        (await call.Should().ThrowAsync<NotSupportedException>()).Which.Message.Should().Contain("EmptyFake").And.Contain("override");
    }
}
