using FluentAssertions;
using Xunit;
using static OpenRouter.Sdk.Tests.GuardrailsArea.GuardrailsTestSupport;

namespace OpenRouter.Sdk.Tests.GuardrailsArea;

public sealed class GuardrailManagementKeyTests
{
    public static TheoryData<string> Operations { get; } =
    [
        "GET /guardrails", "POST /guardrails", "GET /guardrails/g1", "PATCH /guardrails/g1", "DELETE /guardrails/g1",
        "GET /guardrails/g1/assignments/keys", "POST /guardrails/g1/assignments/keys", "POST /guardrails/g1/assignments/keys/remove",
        "GET /guardrails/g1/assignments/members", "POST /guardrails/g1/assignments/members", "POST /guardrails/g1/assignments/members/remove",
        "GET /guardrails/assignments/keys", "GET /guardrails/assignments/members",
    ];

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Without_a_management_key_every_operation_fails_before_any_request(string operation)
    {
        var handler = new QueueHandler("""{"data":[]}""");
        using OpenRouterClient client = Client(handler, managementKey: null);
        OpenRouterGuardrailsClient g = client.Guardrails;
        CancellationToken ct = TestContext.Current.CancellationToken;
        Func<Task> call = operation switch
        {
            "GET /guardrails" => () => CollectAsync(g.ListAsync(cancellationToken: ct)),
            "POST /guardrails" => () => g.CreateAsync(new CreateGuardrailRequest { Name = "n" }, ct),
            "GET /guardrails/g1" => () => g.GetAsync("g1", ct),
            "PATCH /guardrails/g1" => () => g.UpdateAsync("g1", new UpdateGuardrailRequest { Name = "n" }, ct),
            "DELETE /guardrails/g1" => () => g.DeleteAsync("g1", ct),
            "GET /guardrails/g1/assignments/keys" => () => CollectAsync(g.ListKeyAssignmentsAsync("g1", ct)),
            "POST /guardrails/g1/assignments/keys" => () => g.AssignKeysAsync("g1", ["h"], ct),
            "POST /guardrails/g1/assignments/keys/remove" => () => g.RemoveKeysAsync("g1", ["h"], ct),
            "GET /guardrails/g1/assignments/members" => () => CollectAsync(g.ListMemberAssignmentsAsync("g1", ct)),
            "POST /guardrails/g1/assignments/members" => () => g.AssignMembersAsync("g1", ["u"], ct),
            "POST /guardrails/g1/assignments/members/remove" => () => g.RemoveMembersAsync("g1", ["u"], ct),
            "GET /guardrails/assignments/keys" => () => CollectAsync(g.ListAllKeyAssignmentsAsync(ct)),
            "GET /guardrails/assignments/members" => () => CollectAsync(g.ListAllMemberAssignmentsAsync(ct)),
            _ => throw new ArgumentOutOfRangeException(nameof(operation)),
        };

        InvalidOperationException e = (await call.Should().ThrowAsync<InvalidOperationException>()).Which;

        e.Message.Should().Contain(operation).And.Contain("OpenRouterClientOptions.ManagementKey");
        e.Message.Should().NotContain(ApiKey);
        handler.Requests.Should().BeEmpty("nothing is sent with the wrong key");
    }
}
