using System.Net;
using FluentAssertions;
using Xunit;
using static OpenRouter.Sdk.Tests.KeysArea.KeysTestSupport;

namespace OpenRouter.Sdk.Tests.KeysArea;

/// <summary><see cref="OpenRouterKeysClient.ListKeysAsync"/> walks the offset pages lazily and stops at the first empty one.</summary>
public sealed class KeysPagingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ScriptedHandler TwoPagesThenEmpty() => new(
        (HttpStatusCode.OK, """{"data":[{"hash":"h1","name":"one"},{"hash":"h2","name":"two"}]}"""),
        (HttpStatusCode.OK, """{"data":[{"hash":"h3","name":"three"}]}"""),
        (HttpStatusCode.OK, """{"data":[]}"""));

    [Fact]
    public async Task Two_pages_then_an_empty_one_yield_every_key_in_order_with_the_offset_advanced_by_each_page()
    {
        ScriptedHandler handler = TwoPagesThenEmpty();
        using OpenRouterClient client = Client(handler);

        var hashes = new List<string>();
        await foreach (ApiKeyInfo key in client.Keys.ListKeysAsync(new ApiKeyListQuery { IncludeDisabled = true }, Ct))
        {
            hashes.Add(key.Hash);
        }

        hashes.Should().Equal("h1", "h2", "h3");
        handler.Requests.Select(r => r.RequestUri!.PathAndQuery).Should().Equal(
            "/api/v1/keys?offset=0&include_disabled=true",
            "/api/v1/keys?offset=2&include_disabled=true",
            "/api/v1/keys?offset=3&include_disabled=true");
        handler.Requests.Should().OnlyContain(r => r.Headers.Authorization!.Parameter == ManagementKey);
    }

    [Fact]
    public async Task Nothing_is_sent_before_enumeration_and_the_next_page_only_when_the_first_is_used_up()
    {
        ScriptedHandler handler = TwoPagesThenEmpty();
        using OpenRouterClient client = Client(handler);

        IAsyncEnumerable<ApiKeyInfo> keys = client.Keys.ListKeysAsync(cancellationToken: Ct);
        handler.Requests.Should().BeEmpty("the pages are fetched lazily");

        await using IAsyncEnumerator<ApiKeyInfo> e = keys.GetAsyncEnumerator(Ct);
        (await e.MoveNextAsync()).Should().BeTrue();
        (await e.MoveNextAsync()).Should().BeTrue();
        handler.Requests.Should().HaveCount(1, "the first page still had items");
        (await e.MoveNextAsync()).Should().BeTrue();
        e.Current.Hash.Should().Be("h3");
        handler.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task Leaving_the_loop_early_sends_no_further_request()
    {
        ScriptedHandler handler = TwoPagesThenEmpty();
        using OpenRouterClient client = Client(handler);

        await foreach (ApiKeyInfo key in client.Keys.ListKeysAsync(cancellationToken: Ct))
        {
            key.Hash.Should().Be("h1");
            break;
        }

        handler.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task A_cancelled_token_given_to_WithCancellation_stops_before_the_next_page()
    {
        ScriptedHandler handler = TwoPagesThenEmpty();
        using OpenRouterClient client = Client(handler);
        using var cts = new CancellationTokenSource();

        var seen = new List<string>();
        Func<Task> walk = async () =>
        {
            await foreach (ApiKeyInfo key in client.Keys.ListKeysAsync().WithCancellation(cts.Token))
            {
                seen.Add(key.Hash);
                if (seen.Count == 2)
                {
                    await cts.CancelAsync();
                }
            }
        };

        (await walk.Should().ThrowAsync<OperationCanceledException>()).Which.CancellationToken.Should().Be(cts.Token);
        seen.Should().Equal("h1", "h2");
        handler.Requests.Should().ContainSingle("the second page is never sent once the caller cancelled");
    }

    [Fact]
    public async Task A_negative_offset_is_refused_before_any_request()
    {
        ScriptedHandler handler = TwoPagesThenEmpty();
        using OpenRouterClient client = Client(handler);

        Func<Task> call = () => client.Keys.ListKeysPageAsync(-1, cancellationToken: Ct);

        await call.Should().ThrowAsync<ArgumentOutOfRangeException>();
        handler.Requests.Should().BeEmpty();
    }
}
