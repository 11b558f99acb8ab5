using FluentAssertions;
using OpenRouter.Sdk;
using Xunit;

namespace OpenRouter.Emulator.Tests;

/// <summary>The emulator's in-memory workspace budgets, driven by the SDK end to end.</summary>
public sealed class WorkspaceBudgetsEmulatorTests
{
    private const string ManagementKey = "sk-or-v1-management-fedcba9876543210fedcba9876543210";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static OpenRouterClient ClientFor(OpenRouterEmulator emulator, string managementKey = ManagementKey) =>
        new(new OpenRouterClientOptions { ApiKey = TestCredentials.ApiKey, ManagementKey = managementKey, BaseUrl = emulator.BaseUrl, EnableRetries = false });

    [Fact]
    public async Task Budgets_are_set_listed_read_updated_and_deleted_per_interval()
    {
        await using OpenRouterEmulator emulator = await OpenRouterEmulator.StartAsync(cancellationToken: Ct);
        using OpenRouterClient client = ClientFor(emulator);
        Workspace w = await client.Workspaces.CreateAsync(new CreateWorkspaceRequest { Name = "Production", Slug = "production" }, Ct);
        OpenRouterWorkspacesClient workspaces = client.Workspaces;

        WorkspaceBudgetList none = await workspaces.ListBudgetsAsync("production", Ct);
        WorkspaceBudgetResult lifetime = await workspaces.SetBudgetAsync(w.Id, WorkspaceBudgetInterval.Lifetime, new SetWorkspaceBudgetRequest { LimitUsd = 1000.5m }, Ct);
        WorkspaceBudgetResult monthly = await workspaces.SetBudgetAsync("production", WorkspaceBudgetInterval.Monthly,
            new SetWorkspaceBudgetRequest { LimitUsd = 100m, IncludeByokInBudgets = true }, Ct);
        WorkspaceBudgetResult raised = await workspaces.SetBudgetAsync("production", WorkspaceBudgetInterval.Monthly, new SetWorkspaceBudgetRequest { LimitUsd = 250.25m }, Ct);
        WorkspaceBudgetList both = await workspaces.ListBudgetsAsync(w.Id, Ct);
        WorkspaceBudgetResult readLifetime = await workspaces.GetBudgetAsync("production", both.Budgets[0].Interval, Ct);
        await workspaces.DeleteBudgetAsync("production", WorkspaceBudgetInterval.Monthly, Ct);
        await workspaces.DeleteBudgetAsync("production", WorkspaceBudgetInterval.Daily, Ct);
        WorkspaceBudgetList after = await workspaces.ListBudgetsAsync("production", Ct);

        none.Budgets.Should().BeEmpty();
        none.IncludeByokInBudgets.Should().BeFalse();
        lifetime.Budget.ResetInterval.Should().BeNull("the server names a lifetime budget with a null reset interval");
        lifetime.Budget.Interval.Should().Be(WorkspaceBudgetInterval.Lifetime);
        lifetime.Budget.LimitUsd.Should().Be(1000.5m);
        lifetime.Budget.WorkspaceId.Should().Be(w.Id);
        lifetime.IncludeByokInBudgets.Should().BeFalse();
        monthly.Budget.ResetInterval.Should().Be(WorkspaceBudgetInterval.Monthly);
        monthly.IncludeByokInBudgets.Should().BeTrue("the workspace-wide setting was changed");
        raised.Budget.Id.Should().Be(monthly.Budget.Id, "setting an interval again replaces its budget");
        raised.Budget.LimitUsd.Should().Be(250.25m);
        raised.IncludeByokInBudgets.Should().BeTrue("left out, the setting stays");
        both.Budgets.Select(b => b.Interval).Should().Equal(WorkspaceBudgetInterval.Lifetime, WorkspaceBudgetInterval.Monthly);
        both.IncludeByokInBudgets.Should().BeTrue();
        readLifetime.Budget.Id.Should().Be(lifetime.Budget.Id);
        after.Budgets.Select(b => b.Interval).Should().Equal(WorkspaceBudgetInterval.Lifetime);
        (await workspaces.GetAsync(w.Id, Ct)).IncludeByokInBudgets.Should().BeTrue("the flag is the workspace's own");
    }

    [Fact]
    public async Task Limits_out_of_order_are_a_400_and_a_missing_budget_or_workspace_is_404()
    {
        await using OpenRouterEmulator emulator = await OpenRouterEmulator.StartAsync(cancellationToken: Ct);
        using OpenRouterClient client = ClientFor(emulator);
        await client.Workspaces.CreateAsync(new CreateWorkspaceRequest { Name = "Team", Slug = "team" }, Ct);
        OpenRouterWorkspacesClient workspaces = client.Workspaces;
        await workspaces.SetBudgetAsync("team", WorkspaceBudgetInterval.Weekly, new SetWorkspaceBudgetRequest { LimitUsd = 50m }, Ct);

        Func<Task> dailyAboveWeekly = () => workspaces.SetBudgetAsync("team", WorkspaceBudgetInterval.Daily, new SetWorkspaceBudgetRequest { LimitUsd = 50m }, Ct);
        Func<Task> monthlyBelowWeekly = () => workspaces.SetBudgetAsync("team", WorkspaceBudgetInterval.Monthly, new SetWorkspaceBudgetRequest { LimitUsd = 49.99m }, Ct);

        (await dailyAboveWeekly.Should().ThrowAsync<OpenRouterBadRequestException>()).Which.Message.Should().Contain("strictly decrease");
        await monthlyBelowWeekly.Should().ThrowAsync<OpenRouterBadRequestException>();
        (await workspaces.SetBudgetAsync("team", WorkspaceBudgetInterval.Daily, new SetWorkspaceBudgetRequest { LimitUsd = 10m }, Ct)).Budget.LimitUsd.Should().Be(10m);
        await FluentActions.Awaiting(() => workspaces.GetBudgetAsync("team", WorkspaceBudgetInterval.Monthly, Ct)).Should().ThrowAsync<OpenRouterNotFoundException>();
        await FluentActions.Awaiting(() => workspaces.ListBudgetsAsync("nope", Ct)).Should().ThrowAsync<OpenRouterNotFoundException>();
        await FluentActions.Awaiting(() => workspaces.GetBudgetAsync("team", new WorkspaceBudgetInterval("yearly"), Ct)).Should().ThrowAsync<OpenRouterBadRequestException>();
    }

    [Fact]
    public async Task Deleting_a_workspace_deletes_its_budgets()
    {
        await using OpenRouterEmulator emulator = await OpenRouterEmulator.StartAsync(cancellationToken: Ct);
        using OpenRouterClient client = ClientFor(emulator);
        await client.Workspaces.CreateAsync(new CreateWorkspaceRequest { Name = "Temp", Slug = "temp" }, Ct);
        await client.Workspaces.SetBudgetAsync("temp", WorkspaceBudgetInterval.Daily, new SetWorkspaceBudgetRequest { LimitUsd = 5m }, Ct);

        await client.Workspaces.DeleteAsync("temp", Ct);
        await client.Workspaces.CreateAsync(new CreateWorkspaceRequest { Name = "Temp", Slug = "temp" }, Ct);

        (await client.Workspaces.ListBudgetsAsync("temp", Ct)).Budgets.Should().BeEmpty("a new workspace of the same slug starts without budgets");
    }

    [Fact]
    public async Task An_emulator_with_a_management_key_refuses_an_inference_key_and_the_SDK_says_a_management_key_is_needed()
    {
        await using OpenRouterEmulator emulator = await OpenRouterEmulator.StartAsync(new OpenRouterEmulatorOptions { ManagementKey = ManagementKey }, Ct);
        using OpenRouterClient wrongKey = ClientFor(emulator, managementKey: TestCredentials.ApiKey);

        OpenRouterPermissionDeniedException e = (await FluentActions.Awaiting(() => wrongKey.Workspaces.ListBudgetsAsync("production", Ct))
            .Should().ThrowAsync<OpenRouterPermissionDeniedException>()).Which;

        e.Message.Should().Contain("management key").And.NotContain(TestCredentials.ApiKey);
    }
}
