using System.Net;
using FluentAssertions;
using OpenRouter.Sdk.Tests.GuardrailsArea;
using Xunit;
using static OpenRouter.Sdk.Tests.GuardrailsArea.GuardrailsTestSupport;

namespace OpenRouter.Sdk.Tests.ScimArea;

public sealed class ScimManagementKeyTests
{
    public static TheoryData<string> Operations { get; } =
    [
        "GET /scim/groups", "GET /scim/group-mappings", "POST /scim/group-mappings", "GET /scim/group-mappings/m",
        "PATCH /scim/group-mappings/m", "DELETE /scim/group-mappings/m",
    ];

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Without_a_management_key_every_operation_fails_before_any_request(string operation)
    {
        var handler = new QueueHandler("""{"data":[]}""");
        using OpenRouterClient client = Client(handler, managementKey: null);
        OpenRouterScimClient scim = client.Scim;
        CancellationToken ct = TestContext.Current.CancellationToken;
        Func<Task> call = operation switch
        {
            "GET /scim/groups" => () => CollectAsync(scim.ListGroupsAsync(ct)),
            "GET /scim/group-mappings" => () => CollectAsync(scim.ListGroupMappingsAsync(ct)),
            "POST /scim/group-mappings" => () => scim.CreateGroupMappingAsync(new CreateScimGroupMappingRequest { ScimGroupId = "g", WorkspaceId = "w", Role = WorkspaceMemberRole.Member }, ct),
            "GET /scim/group-mappings/m" => () => scim.GetGroupMappingAsync("m", ct),
            "PATCH /scim/group-mappings/m" => () => scim.UpdateGroupMappingAsync("m", new UpdateScimGroupMappingRequest { Role = WorkspaceMemberRole.Admin }, ct),
            "DELETE /scim/group-mappings/m" => () => scim.DeleteGroupMappingAsync("m", keepMembers: true, ct),
            _ => throw new ArgumentOutOfRangeException(nameof(operation)),
        };

        InvalidOperationException e = (await call.Should().ThrowAsync<InvalidOperationException>()).Which;

        e.Message.Should().Contain(operation).And.Contain("OpenRouterClientOptions.ManagementKey");
        e.Message.Should().NotContain(ApiKey);
        handler.Requests.Should().BeEmpty("nothing is sent with the wrong key");
    }

    [Fact]
    public async Task An_inference_key_refused_with_403_says_a_management_key_is_needed()
    {
        // The inference key configured as the management key: OpenRouter answers 403.
        var handler = new QueueHandler("""{"error":{"code":403,"message":"Only management keys can perform this operation"}}""") { Status = HttpStatusCode.Forbidden };
        using OpenRouterClient client = Client(handler, managementKey: ApiKey);

        OpenRouterPermissionDeniedException e = (await FluentActions.Awaiting(() => CollectAsync(client.Scim.ListGroupsAsync(TestContext.Current.CancellationToken)))
            .Should().ThrowAsync<OpenRouterPermissionDeniedException>()).Which;

        e.Message.Should().StartWith("GET /scim/groups was refused (HTTP 403)").And.Contain("management key");
        e.Message.Should().NotContain(ApiKey).And.NotContain(ManagementKey);
        handler.Requests.Single().Headers.Authorization!.Parameter.Should().Be(ApiKey, "the configured management key is what was sent");
    }
}
