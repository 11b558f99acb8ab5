using FluentAssertions;
using OpenRouter.Sdk;
using Xunit;

namespace OpenRouter.Emulator.Tests;

/// <summary>The emulator's in-memory guardrails, driven by the SDK end to end.</summary>
public sealed class GuardrailsEmulatorTests
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
    public async Task A_guardrail_is_created_read_listed_updated_and_deleted()
    {
        await using OpenRouterEmulator emulator = await OpenRouterEmulator.StartAsync(cancellationToken: Ct);
        using OpenRouterClient client = ClientFor(emulator);

        Guardrail created = await client.Guardrails.CreateAsync(new CreateGuardrailRequest
        {
            Name = "Production",
            LimitUsd = 12.5m,
            ResetInterval = LimitResetInterval.Monthly,
            ContentFilterBuiltins = [new BuiltinContentFilter { Slug = ContentFilterBuiltinSlug.Email, Action = ContentFilterAction.Redact }],
        }, Ct);
        Guardrail read = await client.Guardrails.GetAsync(created.Id, Ct);
        Guardrail updated = await client.Guardrails.UpdateAsync(created.Id, new UpdateGuardrailRequest { LimitUsd = 20m, AllowedProviders = ["openai"] }, Ct);
        List<Guardrail> listed = await CollectAsync(client.Guardrails.ListAsync(cancellationToken: Ct));
        await client.Guardrails.DeleteAsync(created.Id, Ct);
        Func<Task> afterDelete = () => client.Guardrails.GetAsync(created.Id, Ct);

        created.Id.Should().NotBeEmpty();
        read.Name.Should().Be("Production");
        read.LimitUsd.Should().Be(12.5m);
        read.ResetInterval.Should().Be(LimitResetInterval.Monthly);
        read.ContentFilterBuiltins!.Single().Slug.Should().Be(ContentFilterBuiltinSlug.Email);
        read.WorkspaceId.Should().Be(ActivityRoutes.DefaultWorkspaceId);
        updated.LimitUsd.Should().Be(20m);
        updated.AllowedProviders.Should().Equal("openai");
        updated.Name.Should().Be("Production", "a field left out of an update stays as it was");
        updated.UpdatedAt.Should().NotBeNull();
        listed.Select(g => g.Id).Should().Equal(created.Id);
        await afterDelete.Should().ThrowAsync<OpenRouterNotFoundException>();
    }

    [Fact]
    public async Task Keys_and_members_are_assigned_listed_and_removed_and_a_key_holds_one_guardrail()
    {
        await using OpenRouterEmulator emulator = await OpenRouterEmulator.StartAsync(cancellationToken: Ct);
        using OpenRouterClient client = ClientFor(emulator);
        Guardrail first = await client.Guardrails.CreateAsync(new CreateGuardrailRequest { Name = "first" }, Ct);
        Guardrail second = await client.Guardrails.CreateAsync(new CreateGuardrailRequest { Name = "second" }, Ct);

        int assignedKeys = await client.Guardrails.AssignKeysAsync(first.Id, ["hash-a", "hash-b"], Ct);
        await client.Guardrails.AssignKeysAsync(second.Id, ["hash-b"], Ct);
        int assignedMembers = await client.Guardrails.AssignMembersAsync(first.Id, ["user_1"], Ct);
        List<GuardrailKeyAssignment> firstKeys = await CollectAsync(client.Guardrails.ListKeyAssignmentsAsync(first.Id, Ct));
        List<GuardrailKeyAssignment> allKeys = await CollectAsync(client.Guardrails.ListAllKeyAssignmentsAsync(Ct));
        List<GuardrailMemberAssignment> members = await CollectAsync(client.Guardrails.ListMemberAssignmentsAsync(first.Id, Ct));
        int removedKeys = await client.Guardrails.RemoveKeysAsync(first.Id, ["hash-a", "hash-b"], Ct);
        int removedMembers = await client.Guardrails.RemoveMembersAsync(first.Id, ["user_1"], Ct);
        List<GuardrailMemberAssignment> allMembers = await CollectAsync(client.Guardrails.ListAllMemberAssignmentsAsync(Ct));

        assignedKeys.Should().Be(2);
        assignedMembers.Should().Be(1);
        firstKeys.Select(a => a.KeyHash).Should().Equal(["hash-a"], "assigning hash-b to the second guardrail moved it there");
        allKeys.Should().HaveCount(2);
        allKeys.Single(a => a.KeyHash == "hash-b").GuardrailId.Should().Be(second.Id);
        members.Single().UserId.Should().Be("user_1");
        removedKeys.Should().Be(1, "only hash-a was still on the first guardrail");
        removedMembers.Should().Be(1);
        allMembers.Should().BeEmpty();
    }

    [Fact]
    public async Task Listing_pages_past_one_hundred_guardrails()
    {
        await using OpenRouterEmulator emulator = await OpenRouterEmulator.StartAsync(cancellationToken: Ct);
        using OpenRouterClient client = ClientFor(emulator);
        for (int i = 0; i < 101; i++)
        {
            await client.Guardrails.CreateAsync(new CreateGuardrailRequest { Name = "g" + i }, Ct);
        }

        List<Guardrail> all = await CollectAsync(client.Guardrails.ListAsync(cancellationToken: Ct));

        all.Select(g => g.Name).Should().Equal(Enumerable.Range(0, 101).Select(i => "g" + i));
    }

    [Fact]
    public async Task An_emulator_with_a_management_key_refuses_other_keys()
    {
        await using OpenRouterEmulator emulator = await OpenRouterEmulator.StartAsync(new OpenRouterEmulatorOptions { ManagementKey = ManagementKey }, Ct);
        using OpenRouterClient wrongKey = ClientFor(emulator, managementKey: "sk-or-v1-not-a-management-key-000000000");

        Func<Task> refused = () => wrongKey.Guardrails.CreateAsync(new CreateGuardrailRequest { Name = "n" }, Ct);

        (await refused.Should().ThrowAsync<OpenRouterPermissionDeniedException>()).Which.Message.Should().Contain("management key");
    }

    [Fact]
    public async Task A_removed_limit_and_allowlist_read_back_as_unset()
    {
        await using OpenRouterEmulator emulator = await OpenRouterEmulator.StartAsync(cancellationToken: Ct);
        using OpenRouterClient client = ClientFor(emulator);
        Guardrail created = await client.Guardrails.CreateAsync(new CreateGuardrailRequest
        {
            Name = "Capped",
            LimitUsd = 10m,
            ResetInterval = LimitResetInterval.Daily,
            AllowedProviders = ["openai"],
        }, Ct);

        Guardrail updated = await client.Guardrails.UpdateAsync(created.Id, new UpdateGuardrailRequest { RemoveLimitUsd = true, RemoveResetInterval = true, RemoveAllowedProviders = true }, Ct);
        Guardrail read = await client.Guardrails.GetAsync(created.Id, Ct);

        updated.LimitUsd.Should().BeNull();
        read.LimitUsd.Should().BeNull();
        read.ResetInterval.Should().BeNull();
        read.AllowedProviders.Should().BeNullOrEmpty();
        read.Name.Should().Be("Capped");
    }
}
