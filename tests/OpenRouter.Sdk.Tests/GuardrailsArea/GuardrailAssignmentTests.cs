using FluentAssertions;
using Xunit;
using static OpenRouter.Sdk.Tests.GuardrailsArea.GuardrailsTestSupport;

namespace OpenRouter.Sdk.Tests.GuardrailsArea;

public sealed class GuardrailAssignmentTests
{
    private const string KeyHash = "c56454edb818d6b14bc0d61c46025f1450b0f4012d12304ab40aacb519fcbc93";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static void AssertSent(QueueHandler handler, HttpMethod method, string url, string? body)
    {
        HttpRequestMessage request = handler.Requests.Single();
        request.Method.Should().Be(method);
        request.RequestUri!.AbsoluteUri.Should().Be(url);
        request.Headers.Authorization!.Parameter.Should().Be(ManagementKey);
        handler.Bodies.Single().Should().Be(body);
    }

    [Fact]
    public async Task AssignKeys_posts_the_key_hashes_and_returns_the_assigned_count()
    {
        var handler = new QueueHandler("""{"assigned_count":3}""");
        using OpenRouterClient client = Client(handler);

        int assigned = await client.Guardrails.AssignKeysAsync(AwkwardId, [KeyHash, "h2"], Ct);

        AssertSent(handler, HttpMethod.Post, Base + "guardrails/" + EscapedAwkwardId + "/assignments/keys", $$"""{"key_hashes":["{{KeyHash}}","h2"]}""");
        assigned.Should().Be(3);
    }

    [Fact]
    public async Task RemoveKeys_posts_the_key_hashes_to_remove_and_returns_the_unassigned_count()
    {
        var handler = new QueueHandler("""{"unassigned_count":3}""");
        using OpenRouterClient client = Client(handler);

        int removed = await client.Guardrails.RemoveKeysAsync(AwkwardId, [KeyHash], Ct);

        AssertSent(handler, HttpMethod.Post, Base + "guardrails/" + EscapedAwkwardId + "/assignments/keys/remove", $$"""{"key_hashes":["{{KeyHash}}"]}""");
        removed.Should().Be(3);
    }

    [Fact]
    public async Task AssignMembers_posts_the_member_user_ids_and_returns_the_assigned_count()
    {
        var handler = new QueueHandler("""{"assigned_count":2}""");
        using OpenRouterClient client = Client(handler);

        int assigned = await client.Guardrails.AssignMembersAsync(AwkwardId, ["user_abc123", "user_def456"], Ct);

        AssertSent(handler, HttpMethod.Post, Base + "guardrails/" + EscapedAwkwardId + "/assignments/members", """{"member_user_ids":["user_abc123","user_def456"]}""");
        assigned.Should().Be(2);
    }

    [Fact]
    public async Task RemoveMembers_posts_the_member_user_ids_to_remove_and_returns_the_unassigned_count()
    {
        var handler = new QueueHandler("""{"unassigned_count":2}""");
        using OpenRouterClient client = Client(handler);

        int removed = await client.Guardrails.RemoveMembersAsync(AwkwardId, ["user_abc123", "user_def456"], Ct);

        AssertSent(handler, HttpMethod.Post, Base + "guardrails/" + EscapedAwkwardId + "/assignments/members/remove", """{"member_user_ids":["user_abc123","user_def456"]}""");
        removed.Should().Be(2);
    }

    [Fact]
    public async Task A_count_answer_without_its_count_is_an_invalid_response()
    {
        using OpenRouterClient client = Client(new QueueHandler("""{"assigned_count":2}"""));

        Func<Task> call = () => client.Guardrails.RemoveMembersAsync("g", ["u"], Ct);

        (await call.Should().ThrowAsync<OpenRouterInvalidResponseException>()).Which.Message.Should().Contain("'unassigned_count'");
    }

    [Fact]
    public async Task Empty_or_blank_ids_are_refused_before_any_request()
    {
        var handler = new QueueHandler("""{"assigned_count":0}""");
        using OpenRouterClient client = Client(handler);

        Func<Task> empty = () => client.Guardrails.AssignKeysAsync("g", [], Ct);
        Func<Task> blank = () => client.Guardrails.AssignMembersAsync("g", ["u", " "], Ct);

        (await empty.Should().ThrowAsync<ArgumentException>()).Which.ParamName.Should().Be("keyHashes");
        (await blank.Should().ThrowAsync<ArgumentException>()).Which.ParamName.Should().Be("memberUserIds");
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task ListKeyAssignments_pages_the_escaped_guardrail_and_reads_the_spec_example()
    {
        var handler = new QueueHandler(GuardrailsSpecExamples.KeyAssignments);
        using OpenRouterClient client = Client(handler);

        GuardrailKeyAssignment a = (await CollectAsync(client.Guardrails.ListKeyAssignmentsAsync(AwkwardId, Ct))).Single();

        AssertSent(handler, HttpMethod.Get, Base + "guardrails/" + EscapedAwkwardId + "/assignments/keys?offset=0&limit=100", null);
        AssertKeyAssignment(a);
    }

    [Fact]
    public async Task ListMemberAssignments_pages_the_escaped_guardrail_and_reads_the_spec_example()
    {
        var handler = new QueueHandler(GuardrailsSpecExamples.MemberAssignments);
        using OpenRouterClient client = Client(handler);

        GuardrailMemberAssignment a = (await CollectAsync(client.Guardrails.ListMemberAssignmentsAsync(AwkwardId, Ct))).Single();

        AssertSent(handler, HttpMethod.Get, Base + "guardrails/" + EscapedAwkwardId + "/assignments/members?offset=0&limit=100", null);
        AssertMemberAssignment(a);
    }

    [Fact]
    public async Task ListAllKeyAssignments_pages_every_guardrail_and_reads_the_spec_example()
    {
        var handler = new QueueHandler(GuardrailsSpecExamples.KeyAssignments);
        using OpenRouterClient client = Client(handler);

        GuardrailKeyAssignment a = (await CollectAsync(client.Guardrails.ListAllKeyAssignmentsAsync(Ct))).Single();

        AssertSent(handler, HttpMethod.Get, Base + "guardrails/assignments/keys?offset=0&limit=100", null);
        AssertKeyAssignment(a);
    }

    [Fact]
    public async Task ListAllMemberAssignments_pages_every_guardrail_and_reads_the_spec_example()
    {
        var handler = new QueueHandler(GuardrailsSpecExamples.MemberAssignments);
        using OpenRouterClient client = Client(handler);

        GuardrailMemberAssignment a = (await CollectAsync(client.Guardrails.ListAllMemberAssignmentsAsync(Ct))).Single();

        AssertSent(handler, HttpMethod.Get, Base + "guardrails/assignments/members?offset=0&limit=100", null);
        AssertMemberAssignment(a);
    }

    private static void AssertKeyAssignment(GuardrailKeyAssignment a)
    {
        a.Id.Should().Be("550e8400-e29b-41d4-a716-446655440000");
        a.GuardrailId.Should().Be("550e8400-e29b-41d4-a716-446655440001");
        a.KeyHash.Should().Be(KeyHash);
        a.KeyName.Should().Be("Production Key");
        a.KeyLabel.Should().Be("prod-key");
        a.AssignedBy.Should().Be("user_abc123");
        a.CreatedAt.Should().Be(new DateTimeOffset(2025, 8, 24, 10, 30, 0, TimeSpan.Zero));
    }

    private static void AssertMemberAssignment(GuardrailMemberAssignment a)
    {
        a.Id.Should().Be("550e8400-e29b-41d4-a716-446655440000");
        a.GuardrailId.Should().Be("550e8400-e29b-41d4-a716-446655440001");
        a.UserId.Should().Be("user_abc123");
        a.OrganizationId.Should().Be("org_xyz789");
        a.AssignedBy.Should().Be("user_abc123");
        a.CreatedAt.Should().Be(new DateTimeOffset(2025, 8, 24, 10, 30, 0, TimeSpan.Zero));
    }
}
