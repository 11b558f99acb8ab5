using FluentAssertions;
using OpenRouter.Sdk;
using Xunit;

namespace OpenRouter.Emulator.Tests;

/// <summary>The emulator's <c>POST /analytics/query</c>, answered from the generations it served and read by the SDK end to end.</summary>
public sealed class AnalyticsQueryEmulatorTests
{
    private const string ManagementKey = "sk-or-v1-management-fedcba9876543210fedcba9876543210";

    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 15, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static OpenRouterClient ClientFor(OpenRouterEmulator emulator, string managementKey = ManagementKey) =>
        new(new OpenRouterClientOptions { ApiKey = TestCredentials.ApiKey, ManagementKey = managementKey, BaseUrl = emulator.BaseUrl, EnableRetries = false });

    /// <summary>Five generations over two days, two models and two providers; one of them cancelled.</summary>
    private static void Seed(EmulatorState state)
    {
        state.Record(new GenerationRecord("gen-1", "openai/gpt-4o", "OpenAI", Monday, false, false, "stop", 10, 5, 0.25m, null));
        state.Record(new GenerationRecord("gen-2", "openai/gpt-4o", "OpenAI", Monday.AddHours(2), false, true, null, 20, 0, 0.5m, null));
        state.Record(new GenerationRecord("gen-3", "anthropic/claude-sonnet-4", "Anthropic", Monday.AddHours(3), true, false, "stop", 30, 15, 1.125m, null));
        state.Record(new GenerationRecord("gen-4", "openai/gpt-4o", "Azure", Monday.AddDays(1), false, false, "stop", 40, 20, 2m, null));
        state.Record(new GenerationRecord("gen-5", "anthropic/claude-sonnet-4", "Anthropic", Monday.AddDays(1).AddHours(1), false, false, "length", 50, 25, 0.0001m, null));
    }

    [Fact]
    public async Task The_spec_example_query_counts_requests_per_model_and_day()
    {
        await using OpenRouterEmulator emulator = await OpenRouterEmulator.StartAsync(cancellationToken: Ct);
        Seed(emulator.State);
        using OpenRouterClient client = ClientFor(emulator);

        AnalyticsQueryResult result = await client.Activity.QueryAnalyticsAsync(new AnalyticsQueryRequest
        {
            Metrics = { AnalyticsMetric.RequestCount, "total_cost" },
            Dimensions = [AnalyticsDimension.Model],
            Granularity = AnalyticsGranularity.Day,
            Limit = 100,
            TimeRange = new AnalyticsTimeRange(new DateTimeOffset(Monday.Date, TimeSpan.Zero), new DateTimeOffset(Monday.Date.AddDays(7), TimeSpan.Zero)),
        }, Ct);

        result.Rows.Select(r => (r.GetTimeBucket(AnalyticsGranularity.Day), r.GetDimension(AnalyticsDimension.Model), r.GetMetric(AnalyticsMetric.RequestCount), r.GetMetric("total_cost")))
            .Should().Equal(
                (new DateTimeOffset(Monday.Date, TimeSpan.Zero), "anthropic/claude-sonnet-4", 1m, 1.125m),
                (new DateTimeOffset(Monday.Date, TimeSpan.Zero), "openai/gpt-4o", 2m, 0.75m),
                (new DateTimeOffset(Monday.Date.AddDays(1), TimeSpan.Zero), "anthropic/claude-sonnet-4", 1m, 0.0001m),
                (new DateTimeOffset(Monday.Date.AddDays(1), TimeSpan.Zero), "openai/gpt-4o", 1m, 2m));
        result.Metadata.RowCount.Should().Be(4);
        result.Metadata.Truncated.Should().BeFalse();
        result.Metadata.QueryTimeMs.Should().BeGreaterThanOrEqualTo(0);
    }

    [Fact]
    public async Task Filters_order_and_limits_shape_the_rows()
    {
        await using OpenRouterEmulator emulator = await OpenRouterEmulator.StartAsync(cancellationToken: Ct);
        Seed(emulator.State);
        using OpenRouterClient client = ClientFor(emulator);

        AnalyticsQueryResult byProvider = await client.Activity.QueryAnalyticsAsync(new AnalyticsQueryRequest
        {
            Metrics = { "prompt_tokens", "completion_tokens", "error_rate" },
            Dimensions = [AnalyticsDimension.Provider],
            Filters = [new AnalyticsFilter(AnalyticsDimension.Model, AnalyticsFilterOperator.Equal, "openai/gpt-4o")],
            OrderBy = new AnalyticsOrderBy("prompt_tokens", AnalyticsOrderDirection.Descending),
        }, Ct);
        AnalyticsQueryResult notOpenAI = await client.Activity.QueryAnalyticsAsync(new AnalyticsQueryRequest
        {
            Metrics = { AnalyticsMetric.RequestCount },
            Filters = [new AnalyticsFilter(AnalyticsDimension.Provider, AnalyticsFilterOperator.NotIn, new[] { "OpenAI", "Azure" })],
        }, Ct);
        AnalyticsQueryResult limited = await client.Activity.QueryAnalyticsAsync(new AnalyticsQueryRequest
        {
            Metrics = { AnalyticsMetric.RequestCount },
            Dimensions = [AnalyticsDimension.Model],
            Granularity = AnalyticsGranularity.Hour,
            OrderBy = new AnalyticsOrderBy("date", AnalyticsOrderDirection.Ascending),
            GroupLimit = 1,
        }, Ct);
        AnalyticsQueryResult cut = await client.Activity.QueryAnalyticsAsync(new AnalyticsQueryRequest { Metrics = { AnalyticsMetric.RequestCount }, Dimensions = [AnalyticsDimension.Provider], Limit = 2 }, Ct);

        byProvider.Rows.Select(r => (r.GetDimension(AnalyticsDimension.Provider), r.GetMetric("prompt_tokens"), r.GetMetric("completion_tokens"), r.GetMetric("error_rate")))
            .Should().Equal(("Azure", 40m, 20m, 0m), ("OpenAI", 30m, 5m, 0.5m));
        notOpenAI.Rows.Single().GetMetric(AnalyticsMetric.RequestCount).Should().Be(2m);
        limited.Rows.Select(r => (r.GetDimension(AnalyticsDimension.Model), r.GetTimeBucket(AnalyticsGranularity.Hour)))
            .Should().Equal(("openai/gpt-4o", Monday.AddMinutes(-15)), ("anthropic/claude-sonnet-4", Monday.AddHours(3).AddMinutes(-15)));
        limited.Metadata.Truncated.Should().BeTrue("the group limit left rows out");
        cut.Rows.Should().HaveCount(2);
        cut.Metadata.Truncated.Should().BeTrue();
    }

    [Fact]
    public async Task Traffic_served_by_the_emulator_is_counted_per_week_and_month()
    {
        await using OpenRouterEmulator emulator = await OpenRouterEmulator.StartAsync(cancellationToken: Ct);
        using OpenRouterClient client = ClientFor(emulator);
        var chat = new ChatCompletionRequest { Model = EmulatedModels.Echo, Messages = [new UserMessage("hello there")] };
        ChatCompletion first = await client.CreateChatCompletionAsync(chat, Ct);
        ChatCompletion second = await client.CreateChatCompletionAsync(chat, Ct);

        AnalyticsRow week = (await client.Activity.QueryAnalyticsAsync(new AnalyticsQueryRequest
        {
            Metrics = { AnalyticsMetric.RequestCount, "total_cost", "prompt_tokens" },
            Granularity = AnalyticsGranularity.Week,
        }, Ct)).Rows.Single();
        AnalyticsRow month = (await client.Activity.QueryAnalyticsAsync(new AnalyticsQueryRequest
        {
            Metrics = { AnalyticsMetric.RequestCount },
            Dimensions = [AnalyticsDimension.Workspace],
            Granularity = AnalyticsGranularity.Month,
        }, Ct)).Rows.Single();

        DateTimeOffset served = emulator.State.Generations.First().CreatedAt;
        week.GetMetric(AnalyticsMetric.RequestCount).Should().Be(2m);
        week.GetMetric("total_cost").Should().Be(emulator.State.TotalUsage);
        week.GetMetric("prompt_tokens").Should().Be(first.Usage!.PromptTokens + second.Usage!.PromptTokens);
        DateTimeOffset weekStart = week.GetTimeBucket(AnalyticsGranularity.Week)!.Value;
        weekStart.DayOfWeek.Should().Be(DayOfWeek.Monday);
        (served - weekStart).Should().BeGreaterThanOrEqualTo(TimeSpan.Zero).And.BeLessThan(TimeSpan.FromDays(7));
        month.GetTimeBucket(AnalyticsGranularity.Month).Should().Be(new DateTimeOffset(served.UtcDateTime.Year, served.UtcDateTime.Month, 1, 0, 0, 0, TimeSpan.Zero));
        month.GetDimension(AnalyticsDimension.Workspace).Should().Be(ActivityRoutes.DefaultWorkspaceId);
    }

    [Fact]
    public async Task Every_metric_and_dimension_of_the_meta_is_accepted_and_unknown_names_or_classifiers_are_a_400()
    {
        await using OpenRouterEmulator emulator = await OpenRouterEmulator.StartAsync(cancellationToken: Ct);
        Seed(emulator.State);
        using OpenRouterClient client = ClientFor(emulator);
        AnalyticsMeta meta = await client.Activity.GetAnalyticsMetaAsync(Ct);

        foreach (AnalyticsMeta.Dimension dimension in meta.Dimensions)
        {
            AnalyticsQueryResult result = await client.Activity.QueryAnalyticsAsync(new AnalyticsQueryRequest
            {
                Metrics = meta.Metrics.Select(m => new AnalyticsMetric(m.Name)).ToList(),
                Dimensions = [dimension.Name],
            }, Ct);
            result.Rows.Should().NotBeEmpty($"{dimension.Name} groups the seeded generations");
            result.Rows.Should().OnlyContain(r => meta.Metrics.All(m => r.GetMetric(m.Name) != null) && r.GetDimension(dimension.Name) != null);
        }

        await FluentActions.Awaiting(() => client.Activity.QueryAnalyticsAsync(new AnalyticsQueryRequest { Metrics = { "nope" } }, Ct))
            .Should().ThrowAsync<OpenRouterBadRequestException>().WithMessage("*Unknown metric: nope*");
        await FluentActions.Awaiting(() => client.Activity.QueryAnalyticsAsync(new AnalyticsQueryRequest { Metrics = { AnalyticsMetric.RequestCount }, Dimensions = [AnalyticsDimension.Country] }, Ct))
            .Should().ThrowAsync<OpenRouterBadRequestException>().WithMessage("*Unknown dimension: country*");
        await FluentActions.Awaiting(() => client.Activity.QueryAnalyticsAsync(new AnalyticsQueryRequest
        {
            Metrics = { AnalyticsMetric.RequestCount },
            ClassifierDimensions = new AnalyticsClassifierDimensions { ClassifierId = "550e8400-e29b-41d4-a716-446655440000" },
        }, Ct)).Should().ThrowAsync<OpenRouterBadRequestException>().WithMessage("*classifier*");
    }

    [Fact]
    public async Task An_emulator_with_a_management_key_refuses_an_inference_key_and_the_SDK_says_a_management_key_is_needed()
    {
        await using OpenRouterEmulator emulator = await OpenRouterEmulator.StartAsync(new OpenRouterEmulatorOptions { ManagementKey = ManagementKey }, Ct);
        using OpenRouterClient wrongKey = ClientFor(emulator, managementKey: TestCredentials.ApiKey);

        OpenRouterPermissionDeniedException e = (await FluentActions.Awaiting(() => wrongKey.Activity.QueryAnalyticsAsync(
            new AnalyticsQueryRequest { Metrics = { AnalyticsMetric.RequestCount } }, Ct)).Should().ThrowAsync<OpenRouterPermissionDeniedException>()).Which;

        e.Message.Should().StartWith("POST /analytics/query was refused (HTTP 403)").And.Contain("management key").And.NotContain(TestCredentials.ApiKey);
    }
}
