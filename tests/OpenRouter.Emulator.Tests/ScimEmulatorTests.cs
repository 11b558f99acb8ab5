using System.Net;
using FluentAssertions;
using OpenRouter.Sdk;
using Xunit;

namespace OpenRouter.Emulator.Tests;

/// <summary>The emulator's SCIM groups and in-memory group mappings, driven by the SDK end to end.</summary>
public sealed class ScimEmulatorTests
{
    private const string ManagementKey = "sk-or-v1-management-fedcba9876543210fedcba9876543210";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static OpenRouterClient ClientFor(OpenRouterEmulator emulator, string managementKey = ManagementKey) =>
        new(new OpenRouterClientOptions { ApiKey = TestCredentials.ApiKey, ManagementKey = managementKey, BaseUrl = emulator.BaseUrl, EnableRetries = false });

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
    public async Task The_seeded_groups_are_listed()
    {
        await using OpenRouterEmulator emulator = await OpenRouterEmulator.StartAsync(cancellationToken: Ct);
        using OpenRouterClient client = ClientFor(emulator);

        List<ScimGroup> groups = await CollectAsync(client.Scim.ListGroupsAsync(Ct));

        groups.Select(g => g.DisplayName).Should().Equal("Engineering", "Finance");
        ScimGroup engineering = groups[0];
        engineering.Id.Should().Be(ScimRoutes.EngineeringGroupId);
        engineering.ExternalId.Should().Be("group-external-id");
        engineering.OrganizationId.Should().Be(ScimRoutes.OrganizationId);
        engineering.CreatedAt.Should().NotBeNull();
        groups[1].Id.Should().Be(ScimRoutes.FinanceGroupId);
        groups[1].ExternalId.Should().BeNull();
    }

    [Fact]
    public async Task A_mapping_is_created_listed_read_updated_and_deleted()
    {
        await using OpenRouterEmulator emulator = await OpenRouterEmulator.StartAsync(cancellationToken: Ct);
        using OpenRouterClient client = ClientFor(emulator);
        Workspace workspace = await client.Workspaces.CreateAsync(new CreateWorkspaceRequest { Name = "Engineering", Slug = "engineering" }, Ct);

        ScimGroupMapping created = await client.Scim.CreateGroupMappingAsync(new CreateScimGroupMappingRequest
        {
            ScimGroupId = ScimRoutes.EngineeringGroupId,
            WorkspaceId = workspace.Id,
            Role = WorkspaceMemberRole.Member,
        }, Ct);
        List<ScimGroupMapping> listed = await CollectAsync(client.Scim.ListGroupMappingsAsync(Ct));
        ScimGroupMapping read = await client.Scim.GetGroupMappingAsync(created.Id, Ct);
        ScimGroupMapping updated = await client.Scim.UpdateGroupMappingAsync(created.Id, new UpdateScimGroupMappingRequest { Role = WorkspaceMemberRole.Admin }, Ct);
        await client.Scim.DeleteGroupMappingAsync(created.Id, keepMembers: true, Ct);
        Func<Task> afterDelete = () => client.Scim.GetGroupMappingAsync(created.Id, Ct);

        created.Id.Should().NotBeEmpty();
        created.ScimGroupId.Should().Be(ScimRoutes.EngineeringGroupId);
        created.WorkspaceId.Should().Be(workspace.Id);
        created.OrganizationId.Should().Be(ScimRoutes.OrganizationId);
        created.Role.Should().Be(WorkspaceMemberRole.Member);
        listed.Select(m => m.Id).Should().Equal(created.Id);
        read.Role.Should().Be(WorkspaceMemberRole.Member);
        updated.Role.Should().Be(WorkspaceMemberRole.Admin);
        updated.CreatedAt.Should().Be(created.CreatedAt);
        await afterDelete.Should().ThrowAsync<OpenRouterNotFoundException>();
        (await CollectAsync(client.Scim.ListGroupMappingsAsync(Ct))).Should().BeEmpty();
    }

    [Fact]
    public async Task An_unknown_group_is_404_a_second_mapping_of_the_same_pair_is_409_and_a_missing_mapping_is_404()
    {
        await using OpenRouterEmulator emulator = await OpenRouterEmulator.StartAsync(cancellationToken: Ct);
        using OpenRouterClient client = ClientFor(emulator);
        var request = new CreateScimGroupMappingRequest { ScimGroupId = ScimRoutes.FinanceGroupId, WorkspaceId = "660e8400-e29b-41d4-a716-446655440000", Role = WorkspaceMemberRole.Admin };
        await client.Scim.CreateGroupMappingAsync(request, Ct);

        Func<Task> unknownGroup = () => client.Scim.CreateGroupMappingAsync(
            new CreateScimGroupMappingRequest { ScimGroupId = "00000000-0000-0000-0000-000000000000", WorkspaceId = request.WorkspaceId, Role = WorkspaceMemberRole.Member }, Ct);
        Func<Task> duplicate = () => client.Scim.CreateGroupMappingAsync(request, Ct);

        await unknownGroup.Should().ThrowAsync<OpenRouterNotFoundException>();
        (await duplicate.Should().ThrowAsync<OpenRouterException>()).Which.StatusCode.Should().Be(409);
        await FluentActions.Awaiting(() => client.Scim.UpdateGroupMappingAsync("nope", new UpdateScimGroupMappingRequest { Role = WorkspaceMemberRole.Admin }, Ct))
            .Should().ThrowAsync<OpenRouterNotFoundException>();
        await FluentActions.Awaiting(() => client.Scim.DeleteGroupMappingAsync("nope", keepMembers: false, Ct)).Should().ThrowAsync<OpenRouterNotFoundException>();
    }

    [Fact]
    public async Task Deleting_without_keep_members_is_a_400_as_on_OpenRouter()
    {
        await using OpenRouterEmulator emulator = await OpenRouterEmulator.StartAsync(cancellationToken: Ct);
        using OpenRouterClient client = ClientFor(emulator);
        ScimGroupMapping m = await client.Scim.CreateGroupMappingAsync(new CreateScimGroupMappingRequest
        {
            ScimGroupId = ScimRoutes.EngineeringGroupId,
            WorkspaceId = "660e8400-e29b-41d4-a716-446655440000",
            Role = WorkspaceMemberRole.Member,
        }, Ct);
        using var http = new HttpClient { BaseAddress = emulator.BaseUrl };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", ManagementKey);

        using HttpResponseMessage withoutFlag = await http.DeleteAsync("scim/group-mappings/" + m.Id, Ct);

        withoutFlag.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await client.Scim.GetGroupMappingAsync(m.Id, Ct)).Id.Should().Be(m.Id, "nothing was deleted");
    }

    [Fact]
    public async Task An_emulator_with_a_management_key_refuses_an_inference_key_and_the_SDK_says_a_management_key_is_needed()
    {
        await using OpenRouterEmulator emulator = await OpenRouterEmulator.StartAsync(new OpenRouterEmulatorOptions { ManagementKey = ManagementKey }, Ct);
        using OpenRouterClient wrongKey = ClientFor(emulator, managementKey: TestCredentials.ApiKey);

        OpenRouterPermissionDeniedException e = (await FluentActions.Awaiting(() => CollectAsync(wrongKey.Scim.ListGroupsAsync(Ct)))
            .Should().ThrowAsync<OpenRouterPermissionDeniedException>()).Which;

        e.Message.Should().Contain("management key").And.Contain("Only management keys can perform this operation").And.NotContain(TestCredentials.ApiKey);
    }
}
