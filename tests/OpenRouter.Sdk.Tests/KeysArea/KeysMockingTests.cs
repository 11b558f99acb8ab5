using FluentAssertions;
using Xunit;

namespace OpenRouter.Sdk.Tests.KeysArea;

/// <summary>The keys client is faked by deriving from it, with no mocking library and no HTTP.</summary>
public sealed class KeysMockingTests
{
    private sealed class FakeKeysClient : OpenRouterKeysClient
    {
        public List<string> Deleted { get; } = new();

        public override async IAsyncEnumerable<ApiKeyInfo> ListKeysAsync(ApiKeyListQuery? query = null, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            await Task.Yield();
            yield return new ApiKeyInfo { Hash = "old", Disabled = true };
            yield return new ApiKeyInfo { Hash = "live" };
        }

        public override Task DeleteKeyAsync(string hash, CancellationToken cancellationToken = default)
        {
            Deleted.Add(hash);
            return Task.CompletedTask;
        }
    }

    /// <summary>Code under test that depends on the area client, as an app would: deletes the disabled keys.</summary>
    private static async Task PruneAsync(OpenRouterKeysClient keys, CancellationToken cancellationToken)
    {
        await foreach (ApiKeyInfo key in keys.ListKeysAsync(new ApiKeyListQuery { IncludeDisabled = true }, cancellationToken))
        {
            if (key.Disabled)
            {
                await keys.DeleteKeyAsync(key.Hash, cancellationToken);
            }
        }
    }

    [Fact]
    public async Task A_subclass_made_with_the_protected_constructor_replaces_the_calls()
    {
        var fake = new FakeKeysClient();

        await PruneAsync(fake, TestContext.Current.CancellationToken);

        fake.Deleted.Should().Equal("old");
    }

    private sealed class EmptyFake : OpenRouterKeysClient
    {
    }

    [Fact]
    public async Task A_method_the_fake_does_not_override_says_so_instead_of_sending()
    {
        Func<Task> call = () => new EmptyFake().GetKeyAsync("h1", TestContext.Current.CancellationToken);

        (await call.Should().ThrowAsync<NotSupportedException>()).Which.Message.Should().Contain("EmptyFake").And.Contain("override");
    }
}
