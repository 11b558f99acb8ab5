using System.Net;
using FluentAssertions;
using OpenRouter.Sdk.Tests.GuardrailsArea;
using Xunit;
using static OpenRouter.Sdk.Tests.GuardrailsArea.GuardrailsTestSupport;
using static OpenRouter.Sdk.Tests.WorkspacesArea.WorkspaceCrudTests;

namespace OpenRouter.Sdk.Tests.ScimArea;

public sealed class ScimGroupMappingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static void AssertSpecMapping(ScimGroupMapping m)
    {
        m.Id.Should().Be("770e8400-e29b-41d4-a716-446655440000");
        m.OrganizationId.Should().Be("org_123456");
        m.ScimGroupId.Should().Be("550e8400-e29b-41d4-a716-446655440000");
        m.WorkspaceId.Should().Be("660e8400-e29b-41d4-a716-446655440000");
        m.Role.Should().Be(WorkspaceMemberRole.Member);
        m.Role.Should().NotBe(WorkspaceMemberRole.Admin);
        m.CreatedAt.Should().Be(new DateTimeOffset(2025, 8, 24, 10, 30, 0, TimeSpan.Zero));
        m.UpdatedAt.Should().Be(new DateTimeOffset(2025, 8, 24, 10, 30, 0, TimeSpan.Zero));
        m.AdditionalProperties.Should().BeNullOrEmpty("every member of the spec's mapping is modelled");
    }

    [Fact]
    public async Task ListGroupMappings_sends_a_GET_with_paging_and_reads_the_spec_example()
    {
        var handler = new QueueHandler(ScimSpecExamples.Mappings);
        using OpenRouterClient client = Client(handler);

        List<ScimGroupMapping> mappings = await CollectAsync(client.Scim.ListGroupMappingsAsync(Ct));

        handler.Requests.Should().ContainSingle();
        AssertManagementRequest(handler, 0, HttpMethod.Get, Base + "scim/group-mappings?offset=0&limit=100");
        handler.Bodies.Single().Should().BeNull();
        AssertSpecMapping(mappings.Single());
    }

    [Fact]
    public async Task ListGroupMappings_pages_lazily()
    {
        string fullPage = "{\"data\":[" + string.Join(",", Enumerable.Range(0, 100).Select(i => $"{{\"id\":\"m{i}\",\"role\":\"admin\"}}")) + "],\"total_count\":100}";
        var handler = new QueueHandler(fullPage, """{"data":[],"total_count":100}""");
        using OpenRouterClient client = Client(handler);

        ScimGroupMapping first = await FirstAsync(client.Scim.ListGroupMappingsAsync(Ct));
        handler.Requests.Should().ContainSingle();
        first.Role.Should().Be(WorkspaceMemberRole.Admin);

        var pages = new QueueHandler(fullPage, """{"data":[],"total_count":100}""");
        using OpenRouterClient paged = Client(pages);
        (await CollectAsync(paged.Scim.ListGroupMappingsAsync(Ct))).Should().HaveCount(100);
        pages.Requests.Select(r => r.RequestUri!.Query).Should().Equal("?offset=0&limit=100", "?offset=100&limit=100");
    }

    [Fact]
    public async Task CreateGroupMapping_posts_the_group_workspace_and_role_and_reads_the_spec_example()
    {
        var handler = new QueueHandler(ScimSpecExamples.MappingEnvelope) { Status = HttpStatusCode.Created };
        using OpenRouterClient client = Client(handler);

        ScimGroupMapping created = await client.Scim.CreateGroupMappingAsync(new CreateScimGroupMappingRequest
        {
            ScimGroupId = "550e8400-e29b-41d4-a716-446655440000",
            WorkspaceId = "660e8400-e29b-41d4-a716-446655440000",
            Role = WorkspaceMemberRole.Member,
        }, Ct);

        AssertManagementRequest(handler, 0, HttpMethod.Post, Base + "scim/group-mappings");
        handler.Bodies[0].Should().Be("""{"scim_group_id":"550e8400-e29b-41d4-a716-446655440000","workspace_id":"660e8400-e29b-41d4-a716-446655440000","role":"member"}""");
        handler.Requests[0].Content!.Headers.ContentType!.MediaType.Should().Be("application/json");
        AssertSpecMapping(created);
    }

    [Theory]
    [InlineData("", "w", "member")]
    [InlineData("g", " ", "member")]
    [InlineData("g", "w", "")]
    [InlineData("g", "w", " ")]
    public async Task CreateGroupMapping_without_a_group_workspace_or_role_is_refused_before_any_request(string group, string workspace, string role)
    {
        var handler = new QueueHandler(ScimSpecExamples.MappingEnvelope);
        using OpenRouterClient client = Client(handler);

        await FluentActions.Awaiting(() => client.Scim.CreateGroupMappingAsync(new CreateScimGroupMappingRequest { ScimGroupId = group, WorkspaceId = workspace, Role = new WorkspaceMemberRole(role) }, Ct))
            .Should().ThrowAsync<ArgumentException>().WithParameterName("request");
        await FluentActions.Awaiting(() => client.Scim.CreateGroupMappingAsync(new CreateScimGroupMappingRequest { ScimGroupId = "g", WorkspaceId = "w" }, Ct))
            .Should().ThrowAsync<ArgumentException>().WithParameterName("request").WithMessage("*role*");
        await FluentActions.Awaiting(() => client.Scim.CreateGroupMappingAsync(null!, Ct)).Should().ThrowAsync<ArgumentNullException>();
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task GetGroupMapping_sends_a_GET_to_the_escaped_id_and_reads_the_spec_example()
    {
        var handler = new QueueHandler(ScimSpecExamples.MappingEnvelope);
        using OpenRouterClient client = Client(handler);

        ScimGroupMapping m = await client.Scim.GetGroupMappingAsync(AwkwardId, Ct);

        AssertManagementRequest(handler, 0, HttpMethod.Get, Base + "scim/group-mappings/" + EscapedAwkwardId);
        handler.Bodies[0].Should().BeNull();
        AssertSpecMapping(m);
    }

    [Fact]
    public async Task UpdateGroupMapping_patches_the_role_and_reads_the_answer()
    {
        var handler = new QueueHandler(ScimSpecExamples.MappingEnvelope.Replace("\"role\":\"member\"", "\"role\":\"admin\""));
        using OpenRouterClient client = Client(handler);

        ScimGroupMapping m = await client.Scim.UpdateGroupMappingAsync(AwkwardId, new UpdateScimGroupMappingRequest { Role = WorkspaceMemberRole.Admin }, Ct);

        AssertManagementRequest(handler, 0, new HttpMethod("PATCH"), Base + "scim/group-mappings/" + EscapedAwkwardId);
        handler.Bodies[0].Should().Be("""{"role":"admin"}""");
        m.Role.Should().Be(WorkspaceMemberRole.Admin);
        m.Id.Should().Be("770e8400-e29b-41d4-a716-446655440000");
    }

    [Fact]
    public async Task UpdateGroupMapping_refuses_a_null_request_a_missing_role_and_an_unusable_id_before_any_request()
    {
        var handler = new QueueHandler(ScimSpecExamples.MappingEnvelope);
        using OpenRouterClient client = Client(handler);
        OpenRouterScimClient scim = client.Scim;

        await FluentActions.Awaiting(() => scim.UpdateGroupMappingAsync("m", null!, Ct)).Should().ThrowAsync<ArgumentNullException>();
        await FluentActions.Awaiting(() => scim.UpdateGroupMappingAsync("m", new UpdateScimGroupMappingRequest(), Ct))
            .Should().ThrowAsync<ArgumentException>().WithParameterName("request");
        await FluentActions.Awaiting(() => scim.UpdateGroupMappingAsync("..", new UpdateScimGroupMappingRequest { Role = WorkspaceMemberRole.Admin }, Ct))
            .Should().ThrowAsync<ArgumentException>();
        await FluentActions.Awaiting(() => scim.GetGroupMappingAsync(" ", Ct)).Should().ThrowAsync<ArgumentException>();
        await FluentActions.Awaiting(() => scim.DeleteGroupMappingAsync("", keepMembers: true, Ct)).Should().ThrowAsync<ArgumentException>();
        handler.Requests.Should().BeEmpty();
    }

    [Theory]
    [InlineData(true, "true")]
    [InlineData(false, "false")]
    public async Task DeleteGroupMapping_sends_a_DELETE_with_keep_members_and_accepts_the_confirmation(bool keepMembers, string wire)
    {
        var handler = new QueueHandler(ScimSpecExamples.Deleted);
        using OpenRouterClient client = Client(handler);

        await client.Scim.DeleteGroupMappingAsync(AwkwardId, keepMembers, Ct);

        AssertManagementRequest(handler, 0, HttpMethod.Delete, Base + "scim/group-mappings/" + EscapedAwkwardId + "?keep_members=" + wire);
        handler.Bodies[0].Should().BeNull();
    }

    [Theory]
    [InlineData("""{"deleted":false}""")]
    [InlineData("{}")]
    public async Task DeleteGroupMapping_without_a_confirmation_is_an_invalid_response(string body)
    {
        var handler = new QueueHandler(body);
        using OpenRouterClient client = Client(handler);

        OpenRouterInvalidResponseException e = (await FluentActions.Awaiting(() => client.Scim.DeleteGroupMappingAsync("m", keepMembers: false, Ct))
            .Should().ThrowAsync<OpenRouterInvalidResponseException>()).Which;
        e.Message.Should().Contain("deleted").And.Contain("DELETE /scim/group-mappings/m").And.NotContain("keep_members");
    }

    [Fact]
    public async Task A_mapping_answer_without_data_is_an_invalid_response()
    {
        var handler = new QueueHandler("{}");
        using OpenRouterClient client = Client(handler);

        await FluentActions.Awaiting(() => client.Scim.UpdateGroupMappingAsync("m", new UpdateScimGroupMappingRequest { Role = WorkspaceMemberRole.Member }, Ct))
            .Should().ThrowAsync<OpenRouterInvalidResponseException>().WithMessage("*PATCH /scim/group-mappings/m*data*");
    }

    [Fact]
    public async Task A_missing_mapping_is_an_OpenRouterNotFoundException_and_a_conflict_keeps_its_status()
    {
        var missing = new QueueHandler("""{"error":{"code":404,"message":"Resource not found"}}""") { Status = HttpStatusCode.NotFound };
        var conflict = new QueueHandler("""{"error":{"code":409,"message":"Resource conflict. Please try again later."}}""") { Status = HttpStatusCode.Conflict };
        using OpenRouterClient a = Client(missing);
        using OpenRouterClient b = Client(conflict);

        await FluentActions.Awaiting(() => a.Scim.GetGroupMappingAsync("nope", Ct)).Should().ThrowAsync<OpenRouterNotFoundException>();
        OpenRouterException e = (await FluentActions.Awaiting(() => b.Scim.CreateGroupMappingAsync(
            new CreateScimGroupMappingRequest { ScimGroupId = "g", WorkspaceId = "w", Role = WorkspaceMemberRole.Member }, Ct)).Should().ThrowAsync<OpenRouterException>()).Which;
        e.StatusCode.Should().Be(409);
        e.Message.Should().Contain("Resource conflict");
    }
}
