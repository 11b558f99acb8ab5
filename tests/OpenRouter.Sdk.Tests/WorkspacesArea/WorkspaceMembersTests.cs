using FluentAssertions;
using OpenRouter.Sdk.Tests.GuardrailsArea;
using Xunit;
using static OpenRouter.Sdk.Tests.GuardrailsArea.GuardrailsTestSupport;
using static OpenRouter.Sdk.Tests.WorkspacesArea.WorkspaceCrudTests;

namespace OpenRouter.Sdk.Tests.WorkspacesArea;

public sealed class WorkspaceMembersTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ListMembers_sends_a_GET_with_paging_to_the_escaped_id_and_reads_the_spec_example()
    {
        var handler = new QueueHandler(WorkspacesSpecExamples.Members);
        using OpenRouterClient client = Client(handler);

        List<WorkspaceMember> members = await CollectAsync(client.Workspaces.ListMembersAsync(AwkwardId, Ct));

        handler.Requests.Should().ContainSingle();
        AssertManagementRequest(handler, 0, HttpMethod.Get, Base + "workspaces/" + EscapedAwkwardId + "/members?offset=0&limit=100");
        WorkspaceMember m = members.Single();
        m.Id.Should().Be("660e8400-e29b-41d4-a716-446655440000");
        m.UserId.Should().Be("user_abc123");
        m.WorkspaceId.Should().Be("550e8400-e29b-41d4-a716-446655440000");
        m.Role.Should().Be(WorkspaceMemberRole.Member);
        m.Role.Should().NotBe(WorkspaceMemberRole.Admin);
        m.CreatedAt.Should().Be(new DateTimeOffset(2025, 8, 24, 10, 30, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task ListMembers_fetches_the_next_page_only_when_needed()
    {
        string fullPage = "{\"data\":[" + string.Join(",", Enumerable.Range(0, 100).Select(i => $"{{\"id\":\"m{i}\",\"user_id\":\"u{i}\",\"role\":\"admin\"}}")) + "]}";
        var handler = new QueueHandler(fullPage, """{"data":[]}""");
        using OpenRouterClient client = Client(handler);

        WorkspaceMember first = await FirstAsync(client.Workspaces.ListMembersAsync("ws", Ct));
        handler.Requests.Should().ContainSingle();
        first.Role.Should().Be(WorkspaceMemberRole.Admin);

        var pages = new QueueHandler(fullPage, """{"data":[]}""");
        using OpenRouterClient paged = Client(pages);
        (await CollectAsync(paged.Workspaces.ListMembersAsync("ws", Ct))).Should().HaveCount(100);
        pages.Requests.Select(r => r.RequestUri!.Query).Should().Equal("?offset=0&limit=100", "?offset=100&limit=100");
    }

    [Fact]
    public async Task An_unknown_role_is_kept()
    {
        var handler = new QueueHandler("""{"data":[{"id":"m","user_id":"u","role":"owner"}]}""");
        using OpenRouterClient client = Client(handler);

        WorkspaceMember m = (await CollectAsync(client.Workspaces.ListMembersAsync("ws", Ct))).Single();

        m.Role!.Value.Value.Should().Be("owner");
    }

    [Fact]
    public async Task AddMembers_posts_the_user_ids_and_reads_the_spec_example()
    {
        var handler = new QueueHandler(WorkspacesSpecExamples.MembersAdded);
        using OpenRouterClient client = Client(handler);

        WorkspaceMembersAdded added = await client.Workspaces.AddMembersAsync(AwkwardId, ["user_abc123", "user_def456"], Ct);

        AssertManagementRequest(handler, 0, HttpMethod.Post, Base + "workspaces/" + EscapedAwkwardId + "/members/add");
        handler.Bodies[0].Should().Be("""{"user_ids":["user_abc123","user_def456"]}""");
        added.AddedCount.Should().Be(1);
        added.Members.Should().ContainSingle().Which.UserId.Should().Be("user_abc123");
    }

    [Fact]
    public async Task RemoveMembers_posts_the_user_ids_and_returns_the_removed_count()
    {
        var handler = new QueueHandler(WorkspacesSpecExamples.MembersRemoved);
        using OpenRouterClient client = Client(handler);

        int removed = await client.Workspaces.RemoveMembersAsync(AwkwardId, ["user_abc123", "user_def456"], Ct);

        AssertManagementRequest(handler, 0, HttpMethod.Post, Base + "workspaces/" + EscapedAwkwardId + "/members/remove");
        handler.Bodies[0].Should().Be("""{"user_ids":["user_abc123","user_def456"]}""");
        removed.Should().Be(2);
    }

    [Fact]
    public async Task RemoveMembers_without_a_count_is_an_invalid_response()
    {
        var handler = new QueueHandler("{}");
        using OpenRouterClient client = Client(handler);

        OpenRouterInvalidResponseException e = (await FluentActions.Awaiting(() => client.Workspaces.RemoveMembersAsync("ws", ["u"], Ct))
            .Should().ThrowAsync<OpenRouterInvalidResponseException>()).Which;
        e.Message.Should().Contain("removed_count");
    }

    [Fact]
    public async Task Empty_null_or_blank_user_ids_are_refused_before_any_request()
    {
        var handler = new QueueHandler(WorkspacesSpecExamples.MembersRemoved);
        using OpenRouterClient client = Client(handler);
        OpenRouterWorkspacesClient w = client.Workspaces;

        await FluentActions.Awaiting(() => w.AddMembersAsync("ws", [], Ct)).Should().ThrowAsync<ArgumentException>().WithParameterName("userIds");
        await FluentActions.Awaiting(() => w.AddMembersAsync("ws", ["u", " "], Ct)).Should().ThrowAsync<ArgumentException>().WithParameterName("userIds");
        await FluentActions.Awaiting(() => w.RemoveMembersAsync("ws", null!, Ct)).Should().ThrowAsync<ArgumentNullException>();
        await FluentActions.Awaiting(() => w.RemoveMembersAsync("ws", [""], Ct)).Should().ThrowAsync<ArgumentException>().WithParameterName("userIds");
        handler.Requests.Should().BeEmpty();
    }
}
