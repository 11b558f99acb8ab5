using System.Text.Json;
using FluentAssertions;
using OpenRouter.Sdk.Serialization;
using OpenRouter.Sdk.Tests.Infrastructure;
using Xunit;

namespace OpenRouter.Sdk.Tests.ModelFactory;

/// <summary>
/// The factory methods of the SCIM, workspace budget and analytics query answers: each rebuilds the spec's example
/// by hand, and the SDK's own JSON context writes back the same members and values (timestamps as <c>+00:00</c>).
/// </summary>
public sealed class AdministrationFactoryTests
{
    private static readonly DateTimeOffset SpecTime = new(2025, 8, 24, 10, 30, 0, TimeSpan.Zero);

    [Fact]
    public void ScimGroup_builds_the_spec_example()
    {
        ScimGroup group = OpenRouterModelFactory.ScimGroup(
            id: "550e8400-e29b-41d4-a716-446655440000", organizationId: "org_123456", externalId: "group-external-id",
            displayName: "Engineering", createdAt: SpecTime, updatedAt: SpecTime);

        JsonAssert.Equivalent("""
            {"created_at":"2025-08-24T10:30:00+00:00","display_name":"Engineering","external_id":"group-external-id",
             "id":"550e8400-e29b-41d4-a716-446655440000","organization_id":"org_123456","updated_at":"2025-08-24T10:30:00+00:00"}
            """, JsonSerializer.Serialize(group, OpenRouterJsonContext.Default.ScimGroup));
        OpenRouterModelFactory.ScimGroup().Id.Should().BeEmpty("a promised string is never null");
    }

    [Fact]
    public void ScimGroupMapping_builds_the_spec_example()
    {
        ScimGroupMapping mapping = OpenRouterModelFactory.ScimGroupMapping(
            id: "770e8400-e29b-41d4-a716-446655440000", organizationId: "org_123456", scimGroupId: "550e8400-e29b-41d4-a716-446655440000",
            workspaceId: "660e8400-e29b-41d4-a716-446655440000", role: WorkspaceMemberRole.Member, createdAt: SpecTime, updatedAt: SpecTime);

        JsonAssert.Equivalent("""
            {"created_at":"2025-08-24T10:30:00+00:00","id":"770e8400-e29b-41d4-a716-446655440000","organization_id":"org_123456",
             "role":"member","scim_group_id":"550e8400-e29b-41d4-a716-446655440000","updated_at":"2025-08-24T10:30:00+00:00",
             "workspace_id":"660e8400-e29b-41d4-a716-446655440000"}
            """, JsonSerializer.Serialize(mapping, OpenRouterJsonContext.Default.ScimGroupMapping));
    }

    [Fact]
    public void WorkspaceBudget_builds_the_spec_example_and_a_lifetime_budget()
    {
        WorkspaceBudget budget = MonthlyBudget();
        WorkspaceBudget lifetime = OpenRouterModelFactory.WorkspaceBudget(limitUsd: 500m);

        JsonAssert.Equivalent(BudgetJson, JsonSerializer.Serialize(budget, OpenRouterJsonContext.Default.WorkspaceBudget));
        budget.Interval.Should().Be(WorkspaceBudgetInterval.Monthly);
        lifetime.ResetInterval.Should().BeNull();
        lifetime.Interval.Should().Be(WorkspaceBudgetInterval.Lifetime, "a budget without a reset interval is the lifetime one");
    }

    [Fact]
    public void WorkspaceBudgetList_builds_the_spec_example_and_copies_the_budgets()
    {
        var budgets = new List<WorkspaceBudget> { MonthlyBudget() };
        WorkspaceBudgetList list = OpenRouterModelFactory.WorkspaceBudgetList(budgets, includeByokInBudgets: false);
        budgets.Clear();

        JsonAssert.Equivalent("{\"data\":[" + BudgetJson + "],\"include_byok_in_budgets\":false}",
            JsonSerializer.Serialize(list, OpenRouterJsonContext.Default.WorkspaceBudgetList));
        FluentActions.Invoking(() => OpenRouterModelFactory.WorkspaceBudgetList([null!])).Should().Throw<ArgumentException>().WithParameterName("budgets");
    }

    [Fact]
    public void WorkspaceBudgetResult_builds_the_spec_example()
    {
        WorkspaceBudgetResult result = OpenRouterModelFactory.WorkspaceBudgetResult(MonthlyBudget(), includeByokInBudgets: true);

        JsonAssert.Equivalent("{\"data\":" + BudgetJson + ",\"include_byok_in_budgets\":true}",
            JsonSerializer.Serialize(result, OpenRouterJsonContext.Default.WorkspaceBudgetResult));
        OpenRouterModelFactory.WorkspaceBudgetResult().Budget.Should().NotBeNull();
    }

    [Fact]
    public void AnalyticsQueryResult_AnalyticsQueryMetadata_and_AnalyticsRow_build_the_spec_answer()
    {
        using JsonDocument values = JsonDocument.Parse("""["2025-01-01T00:00:00.000Z", 1500]""");
        AnalyticsRow row = OpenRouterModelFactory.AnalyticsRow(new Dictionary<string, JsonElement>
        {
            ["date__day"] = values.RootElement[0],
            ["request_count"] = values.RootElement[1],
        });

        AnalyticsQueryResult result = OpenRouterModelFactory.AnalyticsQueryResult(
            rows: [row],
            metadata: OpenRouterModelFactory.AnalyticsQueryMetadata(queryTimeMs: 42, rowCount: 1, truncated: false));

        JsonAssert.Equivalent("""
            {"data":[{"date__day":"2025-01-01T00:00:00.000Z","request_count":1500}],
             "metadata":{"query_time_ms":42,"row_count":1,"truncated":false},"warnings":[]}
            """, JsonSerializer.Serialize(result, OpenRouterJsonContext.Default.AnalyticsQueryResult));
        row.GetMetric(AnalyticsMetric.RequestCount).Should().Be(1500m);
        row.GetTimeBucket(AnalyticsGranularity.Day).Should().Be(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void AnalyticsRow_copies_its_columns_and_AnalyticsQueryResult_its_warnings()
    {
        using JsonDocument value = JsonDocument.Parse("7");
        var columns = new Dictionary<string, JsonElement> { ["request_count"] = value.RootElement };
        var warnings = new List<string> { "w" };

        AnalyticsRow row = OpenRouterModelFactory.AnalyticsRow(columns);
        AnalyticsQueryResult result = OpenRouterModelFactory.AnalyticsQueryResult(warnings: warnings, cachedAt: 1.5);
        columns.Clear();
        warnings.Clear();

        row.GetMetric("request_count").Should().Be(7m);
        result.Warnings.Should().Equal("w");
        result.CachedAt.Should().Be(1.5);
        OpenRouterModelFactory.AnalyticsRow().Columns.Should().BeEmpty();
    }

    private const string BudgetJson = """
        {"created_at":"2025-08-24T10:30:00+00:00","id":"770e8400-e29b-41d4-a716-446655440000","limit_usd":100,"reset_interval":"monthly",
         "updated_at":"2025-08-24T15:45:00+00:00","workspace_id":"550e8400-e29b-41d4-a716-446655440000"}
        """;

    private static WorkspaceBudget MonthlyBudget() => OpenRouterModelFactory.WorkspaceBudget(
        id: "770e8400-e29b-41d4-a716-446655440000", workspaceId: "550e8400-e29b-41d4-a716-446655440000", limitUsd: 100m,
        resetInterval: WorkspaceBudgetInterval.Monthly, createdAt: SpecTime, updatedAt: new DateTimeOffset(2025, 8, 24, 15, 45, 0, TimeSpan.Zero));
}
