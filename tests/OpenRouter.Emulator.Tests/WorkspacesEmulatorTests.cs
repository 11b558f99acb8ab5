using FluentAssertions;
using OpenRouter.Sdk;
using Xunit;

namespace OpenRouter.Emulator.Tests;

/// <summary>The emulator's in-memory workspaces, driven by the SDK end to end.</summary>
public sealed class WorkspacesEmulatorTests
{
    private const string ManagementKey = "sk-or-v1-management-fedcba9876543210fedcba9876543210";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static OpenRouterClient ClientFor(OpenRouterEmulator emulator) =>
        new(new OpenRouterClientOptions { ApiKey = TestCredentials.ApiKey, ManagementKey = ManagementKey, BaseUrl = emulator.BaseUrl, EnableRetries = false });

    private static async Task<List<T>> CollectAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (T item in items)
        {
            list.Add(item);
        }

        return list;
    }

    [Fact]
    public async Task A_workspace_is_created_read_by_slug_listed_updated_and_deleted()
    {
        await using OpenRouterEmulator emulator = await OpenRouterEmulator.StartAsync(cancellationToken: Ct);
        using OpenRouterClient client = ClientFor(emulator);

        Workspace created = await client.Workspaces.CreateAsync(new CreateWorkspaceRequest
        {
            Name = "Production",
            Slug = "production",
            DefaultProviderSort = ProviderSort.Latency,
            IOLoggingSamplingRate = 0.5,
        }, Ct);
        Workspace bySlug = await client.Workspaces.GetAsync("production", Ct);
        Workspace updated = await client.Workspaces.UpdateAsync(created.Id, new UpdateWorkspaceRequest { Name = "Prod", Description = "d" }, Ct);
        List<Workspace> listed = await CollectAsync(client.Workspaces.ListAsync(Ct));
        await client.Workspaces.DeleteAsync("production", Ct);
        Func<Task> afterDelete = () => client.Workspaces.GetAsync(created.Id, Ct);

        created.Id.Should().NotBeEmpty();
        bySlug.Id.Should().Be(created.Id);
        bySlug.DefaultProviderSort.Should().Be(ProviderSort.Latency);
        bySlug.IOLoggingSamplingRate.Should().Be(0.5);
        bySlug.UpdatedAt.Should().BeNull();
        updated.Name.Should().Be("Prod");
        updated.Slug.Should().Be("production", "what is not sent stays as it was");
        updated.Description.Should().Be("d");
        updated.UpdatedAt.Should().NotBeNull();
        listed.Select(w => w.Name).Should().Equal("Prod");
        await afterDelete.Should().ThrowAsync<OpenRouterNotFoundException>();
    }

    [Fact]
    public async Task Members_are_added_listed_and_removed()
    {
        await using OpenRouterEmulator emulator = await OpenRouterEmulator.StartAsync(cancellationToken: Ct);
        using OpenRouterClient client = ClientFor(emulator);
        Workspace w = await client.Workspaces.CreateAsync(new CreateWorkspaceRequest { Name = "Team", Slug = "team" }, Ct);

        WorkspaceMembersAdded added = await client.Workspaces.AddMembersAsync(w.Id, ["user_a", "user_b"], Ct);
        List<WorkspaceMember> listed = await CollectAsync(client.Workspaces.ListMembersAsync("team", Ct));
        int removed = await client.Workspaces.RemoveMembersAsync(w.Id, ["user_a", "user_unknown"], Ct);
        List<WorkspaceMember> after = await CollectAsync(client.Workspaces.ListMembersAsync(w.Id, Ct));

        added.AddedCount.Should().Be(2);
        added.Members.Select(m => m.UserId).Should().Equal("user_a", "user_b");
        listed.Select(m => m.UserId).Should().Equal("user_a", "user_b");
        listed.Should().OnlyContain(m => m.WorkspaceId == w.Id && m.Role == WorkspaceMemberRole.Member);
        removed.Should().Be(1, "only a member that was there is removed");
        after.Select(m => m.UserId).Should().Equal("user_b");
    }

    [Fact]
    public async Task A_missing_workspace_is_404_and_a_duplicate_slug_is_400()
    {
        await using OpenRouterEmulator emulator = await OpenRouterEmulator.StartAsync(cancellationToken: Ct);
        using OpenRouterClient client = ClientFor(emulator);
        await client.Workspaces.CreateAsync(new CreateWorkspaceRequest { Name = "A", Slug = "a" }, Ct);

        await FluentActions.Awaiting(() => client.Workspaces.GetAsync("nope", Ct)).Should().ThrowAsync<OpenRouterNotFoundException>();
        await FluentActions.Awaiting(() => client.Workspaces.AddMembersAsync("nope", ["u"], Ct)).Should().ThrowAsync<OpenRouterNotFoundException>();
        await FluentActions.Awaiting(() => client.Workspaces.CreateAsync(new CreateWorkspaceRequest { Name = "B", Slug = "a" }, Ct))
            .Should().ThrowAsync<OpenRouterBadRequestException>();
    }
}
