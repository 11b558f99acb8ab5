using FluentAssertions;
using OpenRouter.Sdk.Tests.GuardrailsArea;
using Xunit;
using static OpenRouter.Sdk.Tests.GuardrailsArea.GuardrailsTestSupport;

namespace OpenRouter.Sdk.Tests.WorkspacesArea;

public sealed class WorkspaceManagementKeyTests
{
    public static TheoryData<string> Operations { get; } =
    [
        "GET /workspaces", "POST /workspaces", "GET /workspaces/ws", "PATCH /workspaces/ws", "DELETE /workspaces/ws",
        "GET /workspaces/ws/members", "POST /workspaces/ws/members/add", "POST /workspaces/ws/members/remove",
    ];

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Without_a_management_key_every_operation_fails_before_any_request(string operation)
    {
        var handler = new QueueHandler("""{"data":[]}""");
        using OpenRouterClient client = Client(handler, managementKey: null);
        OpenRouterWorkspacesClient w = client.Workspaces;
        CancellationToken ct = TestContext.Current.CancellationToken;
        Func<Task> call = operation switch
        {
            "GET /workspaces" => () => CollectAsync(w.ListAsync(ct)),
            "POST /workspaces" => () => w.CreateAsync(new CreateWorkspaceRequest { Name = "n", Slug = "s" }, ct),
            "GET /workspaces/ws" => () => w.GetAsync("ws", ct),
            "PATCH /workspaces/ws" => () => w.UpdateAsync("ws", new UpdateWorkspaceRequest { Name = "n" }, ct),
            "DELETE /workspaces/ws" => () => w.DeleteAsync("ws", ct),
            "GET /workspaces/ws/members" => () => CollectAsync(w.ListMembersAsync("ws", ct)),
            "POST /workspaces/ws/members/add" => () => w.AddMembersAsync("ws", ["u"], ct),
            "POST /workspaces/ws/members/remove" => () => w.RemoveMembersAsync("ws", ["u"], ct),
            _ => throw new ArgumentOutOfRangeException(nameof(operation)),
        };

        InvalidOperationException e = (await call.Should().ThrowAsync<InvalidOperationException>()).Which;

        e.Message.Should().Contain(operation).And.Contain("OpenRouterClientOptions.ManagementKey");
        e.Message.Should().NotContain(ApiKey);
        handler.Requests.Should().BeEmpty("nothing is sent with the wrong key");
    }

    [Fact]
    public async Task A_403_says_a_management_key_is_needed()
    {
        var handler = new QueueHandler("""{"error":{"code":403,"message":"Only management keys can perform this operation"}}""") { Status = System.Net.HttpStatusCode.Forbidden };
        using OpenRouterClient client = Client(handler);

        OpenRouterPermissionDeniedException e = (await FluentActions.Awaiting(() => client.Workspaces.CreateAsync(new CreateWorkspaceRequest { Name = "n", Slug = "s" }, TestContext.Current.CancellationToken))
            .Should().ThrowAsync<OpenRouterPermissionDeniedException>()).Which;
        e.Message.Should().Contain("management key");
        e.Message.Should().NotContain(ManagementKey);
    }
}
