using FluentAssertions;
using OpenRouter.Sdk.Tests.GuardrailsArea;
using Xunit;
using static OpenRouter.Sdk.Tests.GuardrailsArea.GuardrailsTestSupport;
using static OpenRouter.Sdk.Tests.WorkspacesArea.WorkspaceCrudTests;

namespace OpenRouter.Sdk.Tests.ScimArea;

public sealed class ScimGroupsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ListGroups_sends_a_GET_with_paging_and_the_management_key_and_reads_the_spec_example()
    {
        var handler = new QueueHandler(ScimSpecExamples.Groups);
        using OpenRouterClient client = Client(handler);

        List<ScimGroup> groups = await CollectAsync(client.Scim.ListGroupsAsync(Ct));

        handler.Requests.Should().ContainSingle("a page shorter than the limit is the last one");
        AssertManagementRequest(handler, 0, HttpMethod.Get, Base + "scim/groups?offset=0&limit=100");
        handler.Bodies.Single().Should().BeNull();
        ScimGroup g = groups.Single();
        g.Id.Should().Be("550e8400-e29b-41d4-a716-446655440000");
        g.OrganizationId.Should().Be("org_123456");
        g.ExternalId.Should().Be("group-external-id");
        g.DisplayName.Should().Be("Engineering");
        g.CreatedAt.Should().Be(new DateTimeOffset(2025, 8, 24, 10, 30, 0, TimeSpan.Zero));
        g.UpdatedAt.Should().Be(new DateTimeOffset(2025, 8, 24, 10, 30, 0, TimeSpan.Zero));
        g.AdditionalProperties.Should().BeNullOrEmpty("every member of the spec's group is modelled");
    }

    [Fact]
    public async Task ListGroups_fetches_the_next_page_only_when_the_enumeration_reaches_it()
    {
        string fullPage = "{\"data\":[" + string.Join(",", Enumerable.Range(0, 100).Select(i => $"{{\"id\":\"g{i}\",\"display_name\":\"G{i}\",\"external_id\":null}}")) + "],\"total_count\":101}";
        const string lastPage = """{"data":[{"id":"g100","display_name":"Last","external_id":null}],"total_count":101}""";
        var first = new QueueHandler(fullPage, lastPage);
        using OpenRouterClient client = Client(first);

        ScimGroup head = await FirstAsync(client.Scim.ListGroupsAsync(Ct));

        first.Requests.Should().ContainSingle("nothing past the first page is fetched until it is needed");
        head.Id.Should().Be("g0");
        head.ExternalId.Should().BeNull("a group the identity provider sent without an external id");

        var pages = new QueueHandler(fullPage, lastPage);
        using OpenRouterClient paged = Client(pages);
        List<ScimGroup> all = await CollectAsync(paged.Scim.ListGroupsAsync(Ct));

        all.Select(g => g.Id).Should().Equal(Enumerable.Range(0, 101).Select(i => "g" + i));
        pages.Requests.Select(r => r.RequestUri!.Query).Should().Equal("?offset=0&limit=100", "?offset=100&limit=100");
    }

    [Fact]
    public async Task A_cancelled_enumeration_sends_nothing()
    {
        var handler = new QueueHandler(ScimSpecExamples.Groups);
        using OpenRouterClient client = Client(handler);
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await FluentActions.Awaiting(() => CollectAsync(client.Scim.ListGroupsAsync(cts.Token))).Should().ThrowAsync<OperationCanceledException>();
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public void The_area_is_one_instance_per_client()
    {
        using OpenRouterClient client = Client(new QueueHandler("{}"));

        client.Scim.Should().BeSameAs(client.Scim);
    }
}
