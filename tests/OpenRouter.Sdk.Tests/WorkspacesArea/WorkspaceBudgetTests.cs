using System.Net;
using FluentAssertions;
using OpenRouter.Sdk.Tests.GuardrailsArea;
using Xunit;
using static OpenRouter.Sdk.Tests.GuardrailsArea.GuardrailsTestSupport;
using static OpenRouter.Sdk.Tests.WorkspacesArea.WorkspaceCrudTests;

namespace OpenRouter.Sdk.Tests.WorkspacesArea;

public sealed class WorkspaceBudgetTests
{
    // ListWorkspaceBudgetsResponse example of GET /workspaces/{id}/budgets.
    private const string ListExample = """
        {"data":[{"created_at":"2025-08-24T10:30:00Z","id":"770e8400-e29b-41d4-a716-446655440000","limit_usd":100,"reset_interval":"monthly",
          "updated_at":"2025-08-24T15:45:00Z","workspace_id":"550e8400-e29b-41d4-a716-446655440000"}],"include_byok_in_budgets":false}
        """;

    // GetWorkspaceBudgetResponse example (the same as the UpsertWorkspaceBudgetResponse example).
    private const string BudgetExample = """
        {"data":{"created_at":"2025-08-24T10:30:00Z","id":"770e8400-e29b-41d4-a716-446655440000","limit_usd":100,"reset_interval":"monthly",
          "updated_at":"2025-08-24T15:45:00Z","workspace_id":"550e8400-e29b-41d4-a716-446655440000"},"include_byok_in_budgets":true}
        """;

    // A lifetime budget as the server reads it back: reset_interval null.
    private const string LifetimeExample = """
        {"data":{"created_at":"2025-08-24T10:30:00Z","id":"880e8400-e29b-41d4-a716-446655440000","limit_usd":1000.25,"reset_interval":null,
          "updated_at":"2025-08-24T10:30:00Z","workspace_id":"550e8400-e29b-41d4-a716-446655440000"}}
        """;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static void AssertMonthlyExample(WorkspaceBudget b)
    {
        b.Id.Should().Be("770e8400-e29b-41d4-a716-446655440000");
        b.WorkspaceId.Should().Be("550e8400-e29b-41d4-a716-446655440000");
        b.LimitUsd.Should().Be(100m);
        b.ResetInterval.Should().Be(WorkspaceBudgetInterval.Monthly);
        b.Interval.Should().Be(WorkspaceBudgetInterval.Monthly);
        b.CreatedAt.Should().Be(new DateTimeOffset(2025, 8, 24, 10, 30, 0, TimeSpan.Zero));
        b.UpdatedAt.Should().Be(new DateTimeOffset(2025, 8, 24, 15, 45, 0, TimeSpan.Zero));
        b.AdditionalProperties.Should().BeNullOrEmpty("every member of the spec's budget is modelled");
    }

    [Fact]
    public async Task ListBudgets_sends_a_GET_to_the_escaped_id_and_reads_the_spec_example()
    {
        var handler = new QueueHandler(ListExample);
        using OpenRouterClient client = Client(handler);

        WorkspaceBudgetList list = await client.Workspaces.ListBudgetsAsync(AwkwardId, Ct);

        AssertManagementRequest(handler, 0, HttpMethod.Get, Base + "workspaces/" + EscapedAwkwardId + "/budgets");
        handler.Bodies.Single().Should().BeNull();
        AssertMonthlyExample(list.Budgets.Single());
        list.IncludeByokInBudgets.Should().BeFalse();
        list.AdditionalProperties.Should().BeNullOrEmpty();
    }

    [Fact]
    public async Task ListBudgets_of_a_workspace_without_budgets_is_empty_and_a_list_without_data_is_invalid()
    {
        using OpenRouterClient empty = Client(new QueueHandler("""{"data":[null]}"""));
        using OpenRouterClient invalid = Client(new QueueHandler("""{"include_byok_in_budgets":true}"""));

        WorkspaceBudgetList none = await empty.Workspaces.ListBudgetsAsync("ws", Ct);

        none.Budgets.Should().BeEmpty("a null item is left out");
        none.IncludeByokInBudgets.Should().BeNull("the server did not say");
        await FluentActions.Awaiting(() => invalid.Workspaces.ListBudgetsAsync("ws", Ct))
            .Should().ThrowAsync<OpenRouterInvalidResponseException>().WithMessage("*GET /workspaces/ws/budgets*data*");
    }

    [Theory]
    [InlineData("daily")]
    [InlineData("weekly")]
    [InlineData("monthly")]
    [InlineData("lifetime")]
    public async Task GetBudget_sends_a_GET_to_the_interval_and_reads_the_spec_example(string interval)
    {
        var handler = new QueueHandler(BudgetExample);
        using OpenRouterClient client = Client(handler);

        WorkspaceBudgetResult result = await client.Workspaces.GetBudgetAsync(AwkwardId, new WorkspaceBudgetInterval(interval), Ct);

        AssertManagementRequest(handler, 0, HttpMethod.Get, Base + "workspaces/" + EscapedAwkwardId + "/budgets/" + interval);
        handler.Bodies.Single().Should().BeNull();
        AssertMonthlyExample(result.Budget);
        result.IncludeByokInBudgets.Should().BeTrue();
    }

    [Fact]
    public async Task A_lifetime_budget_reads_with_a_null_reset_interval_and_addresses_itself_as_lifetime()
    {
        var handler = new QueueHandler(LifetimeExample, LifetimeExample);
        using OpenRouterClient client = Client(handler);

        WorkspaceBudget lifetime = (await client.Workspaces.GetBudgetAsync("ws", WorkspaceBudgetInterval.Lifetime, Ct)).Budget;
        await client.Workspaces.GetBudgetAsync("ws", lifetime.Interval, Ct);

        lifetime.ResetInterval.Should().BeNull("the server names a lifetime budget with null");
        lifetime.Interval.Should().Be(WorkspaceBudgetInterval.Lifetime);
        lifetime.LimitUsd.Should().Be(1000.25m);
        handler.Requests.Select(r => r.RequestUri!.AbsolutePath).Should().Equal("/api/v1/workspaces/ws/budgets/lifetime", "/api/v1/workspaces/ws/budgets/lifetime");
    }

    [Fact]
    public async Task SetBudget_puts_the_limit_and_the_byok_setting_and_reads_the_spec_example()
    {
        var handler = new QueueHandler(BudgetExample);
        using OpenRouterClient client = Client(handler);

        WorkspaceBudgetResult result = await client.Workspaces.SetBudgetAsync(AwkwardId, WorkspaceBudgetInterval.Monthly,
            new SetWorkspaceBudgetRequest { LimitUsd = 100m, IncludeByokInBudgets = true }, Ct);

        AssertManagementRequest(handler, 0, HttpMethod.Put, Base + "workspaces/" + EscapedAwkwardId + "/budgets/monthly");
        handler.Bodies[0].Should().Be("""{"limit_usd":100,"include_byok_in_budgets":true}""", "the spec's request example");
        handler.Requests[0].Content!.Headers.ContentType!.MediaType.Should().Be("application/json");
        AssertMonthlyExample(result.Budget);
        result.IncludeByokInBudgets.Should().BeTrue();
    }

    [Fact]
    public async Task SetBudget_sends_an_exact_decimal_limit_and_leaves_the_byok_setting_out_when_null()
    {
        var handler = new QueueHandler(BudgetExample);
        using OpenRouterClient client = Client(handler);

        await client.Workspaces.SetBudgetAsync("ws", WorkspaceBudgetInterval.Daily, new SetWorkspaceBudgetRequest { LimitUsd = 12.345678901234567890m }, Ct);

        handler.Requests[0].RequestUri!.AbsolutePath.Should().Be("/api/v1/workspaces/ws/budgets/daily");
        handler.Bodies[0].Should().Be("""{"limit_usd":12.345678901234567890}""");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public async Task SetBudget_refuses_a_limit_that_is_not_positive_before_any_request(int limit)
    {
        var handler = new QueueHandler(BudgetExample);
        using OpenRouterClient client = Client(handler);

        ArgumentOutOfRangeException e = (await FluentActions.Awaiting(() => client.Workspaces.SetBudgetAsync("ws", WorkspaceBudgetInterval.Weekly,
            new SetWorkspaceBudgetRequest { LimitUsd = limit }, Ct)).Should().ThrowAsync<ArgumentOutOfRangeException>()).Which;
        e.ParamName.Should().Be("request");
        e.Message.Should().Contain("LimitUsd");
        await FluentActions.Awaiting(() => client.Workspaces.SetBudgetAsync("ws", WorkspaceBudgetInterval.Weekly, null!, Ct)).Should().ThrowAsync<ArgumentNullException>();
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Every_operation_refuses_an_empty_or_unusable_interval_or_id_before_any_request()
    {
        var handler = new QueueHandler(BudgetExample);
        using OpenRouterClient client = Client(handler);
        OpenRouterWorkspacesClient w = client.Workspaces;
        var request = new SetWorkspaceBudgetRequest { LimitUsd = 1m };

        foreach (WorkspaceBudgetInterval bad in new[] { default, new WorkspaceBudgetInterval(" "), new WorkspaceBudgetInterval(".."), new WorkspaceBudgetInterval(".") })
        {
            await FluentActions.Awaiting(() => w.GetBudgetAsync("ws", bad, Ct)).Should().ThrowAsync<ArgumentException>().WithParameterName("interval");
            await FluentActions.Awaiting(() => w.SetBudgetAsync("ws", bad, request, Ct)).Should().ThrowAsync<ArgumentException>().WithParameterName("interval");
            await FluentActions.Awaiting(() => w.DeleteBudgetAsync("ws", bad, Ct)).Should().ThrowAsync<ArgumentException>().WithParameterName("interval");
        }

        await FluentActions.Awaiting(() => w.ListBudgetsAsync(" ", Ct)).Should().ThrowAsync<ArgumentException>();
        await FluentActions.Awaiting(() => w.GetBudgetAsync("..", WorkspaceBudgetInterval.Daily, Ct)).Should().ThrowAsync<ArgumentException>();
        await FluentActions.Awaiting(() => w.DeleteBudgetAsync(null!, WorkspaceBudgetInterval.Daily, Ct)).Should().ThrowAsync<ArgumentException>();
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task An_unknown_interval_is_sent_escaped_as_it_is()
    {
        var handler = new QueueHandler(BudgetExample);
        using OpenRouterClient client = Client(handler);

        await client.Workspaces.GetBudgetAsync("ws", new WorkspaceBudgetInterval("quarterly/2"), Ct);

        handler.Requests[0].RequestUri!.AbsoluteUri.Should().Be(Base + "workspaces/ws/budgets/quarterly%2F2");
    }

    [Fact]
    public async Task DeleteBudget_sends_a_DELETE_and_accepts_the_spec_confirmation()
    {
        var handler = new QueueHandler("""{"deleted":true}""");
        using OpenRouterClient client = Client(handler);

        await client.Workspaces.DeleteBudgetAsync(AwkwardId, WorkspaceBudgetInterval.Lifetime, Ct);

        AssertManagementRequest(handler, 0, HttpMethod.Delete, Base + "workspaces/" + EscapedAwkwardId + "/budgets/lifetime");
        handler.Bodies[0].Should().BeNull();
    }

    [Theory]
    [InlineData("""{"deleted":false}""")]
    [InlineData("{}")]
    public async Task DeleteBudget_without_a_confirmation_is_an_invalid_response(string body)
    {
        using OpenRouterClient client = Client(new QueueHandler(body));

        await FluentActions.Awaiting(() => client.Workspaces.DeleteBudgetAsync("ws", WorkspaceBudgetInterval.Weekly, Ct))
            .Should().ThrowAsync<OpenRouterInvalidResponseException>().WithMessage("*DELETE /workspaces/ws/budgets/weekly*deleted*");
    }

    [Fact]
    public async Task A_budget_answer_without_data_is_an_invalid_response_and_a_400_keeps_the_servers_message()
    {
        using OpenRouterClient noData = Client(new QueueHandler("""{"include_byok_in_budgets":true}"""));
        using OpenRouterClient refused = Client(new QueueHandler("""{"error":{"code":400,"message":"Budget limits must strictly decrease"}}""") { Status = HttpStatusCode.BadRequest });

        await FluentActions.Awaiting(() => noData.Workspaces.GetBudgetAsync("ws", WorkspaceBudgetInterval.Monthly, Ct))
            .Should().ThrowAsync<OpenRouterInvalidResponseException>().WithMessage("*GET /workspaces/ws/budgets/monthly*data*");
        await FluentActions.Awaiting(() => refused.Workspaces.SetBudgetAsync("ws", WorkspaceBudgetInterval.Daily, new SetWorkspaceBudgetRequest { LimitUsd = 500m }, Ct))
            .Should().ThrowAsync<OpenRouterBadRequestException>().WithMessage("*strictly decrease*");
    }

    [Fact]
    public async Task Without_a_management_key_the_budget_operations_send_nothing_and_an_inference_keys_403_says_a_management_key_is_needed()
    {
        var unsent = new QueueHandler(BudgetExample);
        using OpenRouterClient withoutKey = Client(unsent, managementKey: null);
        var forbidden = new QueueHandler("""{"error":{"code":403,"message":"Only management keys can perform this operation"}}""") { Status = HttpStatusCode.Forbidden };
        using OpenRouterClient inferenceKey = Client(forbidden, managementKey: ApiKey);
        OpenRouterWorkspacesClient w = withoutKey.Workspaces;

        foreach (Func<Task> call in new Func<Task>[]
        {
            () => w.ListBudgetsAsync("ws", Ct),
            () => w.GetBudgetAsync("ws", WorkspaceBudgetInterval.Monthly, Ct),
            () => w.SetBudgetAsync("ws", WorkspaceBudgetInterval.Monthly, new SetWorkspaceBudgetRequest { LimitUsd = 1m }, Ct),
            () => w.DeleteBudgetAsync("ws", WorkspaceBudgetInterval.Monthly, Ct),
        })
        {
            (await call.Should().ThrowAsync<InvalidOperationException>()).Which.Message.Should().Contain("OpenRouterClientOptions.ManagementKey").And.Contain("/workspaces/ws/budgets");
        }

        unsent.Requests.Should().BeEmpty();
        OpenRouterPermissionDeniedException e = (await FluentActions.Awaiting(() => inferenceKey.Workspaces.SetBudgetAsync("ws", WorkspaceBudgetInterval.Monthly,
            new SetWorkspaceBudgetRequest { LimitUsd = 1m }, Ct)).Should().ThrowAsync<OpenRouterPermissionDeniedException>()).Which;
        e.Message.Should().StartWith("PUT /workspaces/ws/budgets/monthly was refused (HTTP 403)").And.Contain("management key").And.NotContain(ApiKey);
    }
}
