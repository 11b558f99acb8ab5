using System.Net;
using FluentAssertions;
using OpenRouter.Sdk.Tests.Infrastructure;
using Xunit;

namespace OpenRouter.Sdk.Tests.DatasetsArea;

/// <summary><see cref="OpenRouterDatasetsClient"/>: the exact queries sent and the spec's example answers read.</summary>
public sealed class DatasetsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Session_costs_send_every_filter_and_read_the_spec_example()
    {
        const string Answer = """
            {"data":[{"app_name":"Hermes Agent","app_slug":"hermes-agent","median_session_cost_usd":1.74,"model_permaslug":"anthropic/claude-4.8-opus","turn_range":"10-49-turns"}],
             "meta":{"as_of":"2026-05-12T02:00:00.000Z","version":"v1","window_days":30,"window_end_date":"2026-05-11"}}
            """;
        var handler = new StubHandler().Respond(HttpStatusCode.OK, Answer);
        using OpenRouterClient client = TestClients.Create(handler);

        SessionCosts costs = await client.Datasets.GetSessionCostsAsync(new SessionCostQuery
        {
            AppSlug = "hermes-agent",
            Model = "anthropic/claude-4.8-opus",
            TurnRange = SessionTurnRange.TenToFortyNineTurns,
            Limit = 10,
            Offset = 20,
        }, Ct);

        RecordedRequest sent = handler.Requests.Single();
        sent.Method.Should().Be(HttpMethod.Get);
        sent.Uri.PathAndQuery.Should().Be("/api/v1/datasets/session-cost?app_slug=hermes-agent&model=anthropic%2Fclaude-4.8-opus&turn_range=10-49-turns&limit=10&offset=20");
        sent.Header("Authorization").Should().Be("Bearer " + TestClients.ApiKey);
        SessionCost cell = costs.Cells.Single();
        cell.AppSlug.Should().Be("hermes-agent");
        cell.AppName.Should().Be("Hermes Agent");
        cell.TurnRange.Should().Be(SessionTurnRange.TenToFortyNineTurns);
        cell.ModelPermaslug.Should().Be("anthropic/claude-4.8-opus");
        cell.MedianSessionCostUsd.Should().Be(1.74m);
        costs.Meta!.AsOf.Should().Be(new DateTimeOffset(2026, 5, 12, 2, 0, 0, TimeSpan.Zero));
        costs.Meta.Version.Should().Be("v1");
        costs.Meta.WindowDays.Should().Be(30);
        costs.Meta.WindowEndDate.Should().Be("2026-05-11");
    }

    [Fact]
    public async Task App_rankings_send_the_window_and_read_token_totals_from_strings()
    {
        const string Answer = """
            {"data":[{"app_id":12345,"app_name":"Cline","rank":1,"total_requests":4321,"total_tokens":"12345678"},
                     {"app_id":67890,"app_name":"Roo Code","rank":2,"total_requests":2109,"total_tokens":"9876543"}],
             "meta":{"as_of":"2026-05-12T02:00:00Z","end_date":"2026-05-11","start_date":"2026-04-12","version":"v1"}}
            """;
        var handler = new StubHandler().Respond(HttpStatusCode.OK, Answer);
        using OpenRouterClient client = TestClients.Create(handler);

        AppRankings rankings = await client.Datasets.GetAppRankingsAsync(new AppRankingsQuery
        {
            Category = "coding",
            Subcategory = "cli-agent",
            Sort = "trending",
            StartDate = new DateTime(2026, 4, 12),
            EndDate = new DateTime(2026, 5, 11),
            Limit = 2,
            Offset = 0,
        }, Ct);

        handler.Requests.Single().Uri.PathAndQuery.Should().Be(
            "/api/v1/datasets/app-rankings?category=coding&subcategory=cli-agent&sort=trending&start_date=2026-04-12&end_date=2026-05-11&limit=2&offset=0");
        rankings.Apps.Select(a => (a.Rank, a.AppId, a.AppName, a.TotalTokens, a.TotalRequests)).Should().Equal(
            (1, 12345L, "Cline", 12_345_678L, 4321L), (2, 67890L, "Roo Code", 9_876_543L, 2109L));
        rankings.Meta!.StartDate.Should().Be(new DateTime(2026, 4, 12));
        rankings.Meta.EndDate.Should().Be(new DateTime(2026, 5, 11));
        rankings.Meta.AsOf.Should().Be(new DateTimeOffset(2026, 5, 12, 2, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task Daily_rankings_send_the_filters_and_mark_the_other_row()
    {
        const string Answer = """
            {"data":[{"date":"2026-05-11","model_permaslug":"openai/gpt-4o-2024-05-13","total_tokens":"12345678"},
                     {"date":"2026-05-11","model_permaslug":"anthropic/claude-3.5-sonnet-20241022","total_tokens":"9876543"},
                     {"date":"2026-05-11","model_permaslug":"other","total_tokens":"4321098"}],
             "meta":{"as_of":"2026-05-12T02:00:00Z","end_date":"2026-05-11","start_date":"2026-04-12","version":"v1"}}
            """;
        var handler = new StubHandler().Respond(HttpStatusCode.OK, Answer);
        using OpenRouterClient client = TestClients.Create(handler);

        DailyModelRankings rankings = await client.Datasets.GetDailyModelRankingsAsync(new DailyModelRankingsQuery
        {
            StartDate = new DateTime(2026, 4, 12),
            EndDate = new DateTime(2026, 5, 11),
            Period = "week",
            Modality = "tool_calling",
            ContextBucket = "100K",
        }, Ct);

        handler.Requests.Single().Uri.PathAndQuery.Should().Be(
            "/api/v1/datasets/rankings-daily?start_date=2026-04-12&end_date=2026-05-11&period=week&modality=tool_calling&context_bucket=100K");
        rankings.Rows.Should().HaveCount(3);
        rankings.Rows[0].Date.Should().Be(new DateTime(2026, 5, 11));
        rankings.Rows[0].ModelPermaslug.Should().Be("openai/gpt-4o-2024-05-13");
        rankings.Rows[0].TotalTokens.Should().Be(12_345_678L);
        rankings.Rows.Select(r => r.IsOther).Should().Equal(false, false, true);
        rankings.Meta!.Version.Should().Be("v1");
    }

    [Fact]
    public async Task Category_and_language_filters_are_sent_as_given()
    {
        var handler = new StubHandler().Respond(HttpStatusCode.OK, """{"data":[],"meta":{"as_of":"2026-05-12T02:00:00Z","end_date":"2026-05-11","start_date":"2026-04-12","version":"v1"}}""");
        using OpenRouterClient client = TestClients.Create(handler);

        DailyModelRankings rankings = await client.Datasets.GetDailyModelRankingsAsync(new DailyModelRankingsQuery { Category = "marketing/seo", LanguageType = "programming" }, Ct);

        handler.Requests.Single().Uri.PathAndQuery.Should().Be("/api/v1/datasets/rankings-daily?category=marketing%2Fseo&language_type=programming");
        rankings.Rows.Should().BeEmpty();
    }

    [Fact]
    public async Task Benchmarks_send_every_filter_and_read_each_source_shape()
    {
        const string Answer = """
            {"data":[{"agentic_index":58.3,"coding_index":65.8,"display_name":"GPT-4o","intelligence_index":71.2,"model_permaslug":"openai/gpt-4o",
                      "pricing":{"completion":"0.00001","prompt":"0.0000025"},"source":"artificial-analysis"},
                     {"accuracy":0.72,"accuracy_stddev":0.03,"avg_cost_per_task":0.002,"benchmark_type":"gpqa_diamond","display_name":"GPT-4o",
                      "last_run_timestamp":"2026-06-03T12:00:00Z","model_permaslug":"openai/gpt-4o","source":"openrouter","total_tasks":300},
                     {"source":"design-arena","model_permaslug":"anthropic/claude-sonnet-4.5","display_name":"Claude Sonnet 4.5","arena":"models","category":"website",
                      "elo":1385.2,"win_rate":62.5,"avg_generation_time_ms":null,"tournament_stats":{"first_place":12,"second_place":8,"third_place":5,"fourth_place":2,"total":27},"pricing":null},
                     {"source":"openrouter","model_permaslug":"openai/gpt-5","display_name":"GPT-5","benchmark_type":"search_browsecomp","primary_metric":"accuracy",
                      "primary_score":0.41,"total_tasks":200,"avg_cost_per_task":null,"avg_latency_per_task_ms":53000.5,"search_engine":"exa","search_surface":"server-tool",
                      "last_run_timestamp":"2026-06-01T00:00:00Z","run_config":{"max_agent_turns":20,"reasoning_effort":"high","temperature":null}}],
             "meta":{"as_of":"2026-06-03T12:00:00Z","citation":null,"model_count":1,"source":null,"source_url":null,"task_type":null,"version":"v1"}}
            """;
        var handler = new StubHandler().Respond(HttpStatusCode.OK, Answer);
        using OpenRouterClient client = TestClients.Create(handler);

        BenchmarkScores benchmarks = await client.Datasets.GetBenchmarksAsync(new BenchmarksQuery
        {
            Source = BenchmarkSource.OpenRouter,
            TaskType = "search",
            BenchmarkType = "search_browsecomp",
            IncludeRunConfig = true,
            SearchEngine = "exa",
            SearchSurface = "server-tool",
            Arena = "models",
            Category = "website",
            MaxResults = 5,
        }, Ct);

        handler.Requests.Single().Uri.PathAndQuery.Should().Be(
            "/api/v1/benchmarks?source=openrouter&task_type=search&benchmark_type=search_browsecomp&include_run_config=true&search_engine=exa&search_surface=server-tool&arena=models&category=website&max_results=5");
        BenchmarkResult aa = benchmarks.Results[0];
        aa.Source.Should().Be(BenchmarkSource.ArtificialAnalysis);
        aa.ModelPermaslug.Should().Be("openai/gpt-4o");
        aa.IntelligenceIndex.Should().Be(71.2);
        aa.CodingIndex.Should().Be(65.8);
        aa.AgenticIndex.Should().Be(58.3);
        aa.Pricing!.Prompt.Should().Be(0.0000025m);
        aa.Pricing.Completion.Should().Be(0.00001m);
        aa.Elo.Should().BeNull();

        BenchmarkResult gpqa = benchmarks.Results[1];
        gpqa.Source.Should().Be(BenchmarkSource.OpenRouter);
        gpqa.BenchmarkType.Should().Be("gpqa_diamond");
        gpqa.Accuracy.Should().Be(0.72);
        gpqa.AccuracyStdDev.Should().Be(0.03);
        gpqa.AverageCostPerTask.Should().Be(0.002m);
        gpqa.TotalTasks.Should().Be(300);
        gpqa.LastRun.Should().Be(new DateTimeOffset(2026, 6, 3, 12, 0, 0, TimeSpan.Zero));

        BenchmarkResult arena = benchmarks.Results[2];
        arena.Source.Should().Be(BenchmarkSource.DesignArena);
        (arena.Arena, arena.Category, arena.Elo, arena.WinRate).Should().Be(("models", "website", 1385.2, 62.5));
        arena.AverageGenerationTimeMs.Should().BeNull();
        arena.TournamentStats!.FirstPlace.Should().Be(12);
        arena.TournamentStats.Total.Should().Be(27);
        arena.Pricing.Should().BeNull();

        BenchmarkResult search = benchmarks.Results[3];
        search.PrimaryMetric.Should().Be("accuracy");
        search.PrimaryScore.Should().Be(0.41);
        search.AverageLatencyPerTaskMs.Should().Be(53000.5);
        search.SearchSurface.Should().Be("server-tool");
        search.RunConfig!.MaxAgentTurns.Should().Be(20);
        search.RunConfig.ReasoningEffort.Should().Be("high");
        search.RunConfig.Temperature.Should().BeNull();

        benchmarks.Meta!.Source.Should().BeNull("the answer mixes sources");
        benchmarks.Meta.ModelCount.Should().Be(1);
        benchmarks.Meta.Citation.Should().BeNull();
        benchmarks.Meta.AsOf.Should().Be(new DateTimeOffset(2026, 6, 3, 12, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task Task_classifications_send_the_window_and_read_the_spec_example()
    {
        const string Answer = """
            {"data":{"as_of":"2026-06-17","classifications":[{"category_token_share":0.48,"category_usage_share":0.51,"display_name":"Code Generation",
              "macro_category":"code","models":[{"id":"openai/gpt-4.1-mini","tag_token_share":0.75,"tag_usage_share":0.55}],
              "tag":"code:general_impl","token_share":0.31,"usage_share":0.23}],
              "macro_categories":[{"key":"code","label":"Code","token_share":0.52,"usage_share":0.45}],"window_days":7}}
            """;
        var handler = new StubHandler().Respond(HttpStatusCode.OK, Answer).Respond(HttpStatusCode.OK, Answer);
        using OpenRouterClient client = TestClients.Create(handler);

        TaskClassifications tasks = await client.Datasets.GetTaskClassificationsAsync("7d", Ct);
        await client.Datasets.GetTaskClassificationsAsync(cancellationToken: Ct);

        handler.Requests.Select(r => r.Uri.PathAndQuery).Should().Equal("/api/v1/classifications/task?window=7d", "/api/v1/classifications/task");
        tasks.WindowDays.Should().Be(7);
        tasks.AsOf.Should().Be(new DateTime(2026, 6, 17));
        TaskClassification code = tasks.Classifications.Single();
        code.Tag.Should().Be("code:general_impl");
        code.DisplayName.Should().Be("Code Generation");
        code.MacroCategory.Should().Be("code");
        (code.UsageShare, code.TokenShare, code.CategoryUsageShare, code.CategoryTokenShare).Should().Be((0.23, 0.31, 0.51, 0.48));
        code.Models.Single().Id.Should().Be("openai/gpt-4.1-mini");
        code.Models[0].TagUsageShare.Should().Be(0.55);
        code.Models[0].TagTokenShare.Should().Be(0.75);
        TaskMacroCategory group = tasks.MacroCategories.Single();
        (group.Key, group.Label, group.UsageShare, group.TokenShare).Should().Be(("code", "Code", 0.45, 0.52));
    }

    [Fact]
    public async Task Limits_out_of_the_servers_range_are_refused_before_sending()
    {
        var handler = new StubHandler();
        using OpenRouterClient client = TestClients.Create(handler);

        await FluentActions.Awaiting(() => client.Datasets.GetSessionCostsAsync(new SessionCostQuery { Limit = 501 }, Ct)).Should().ThrowAsync<ArgumentOutOfRangeException>();
        await FluentActions.Awaiting(() => client.Datasets.GetAppRankingsAsync(new AppRankingsQuery { Offset = 101 }, Ct)).Should().ThrowAsync<ArgumentOutOfRangeException>();
        await FluentActions.Awaiting(() => client.Datasets.GetBenchmarksAsync(new BenchmarksQuery { MaxResults = 0 }, Ct)).Should().ThrowAsync<ArgumentOutOfRangeException>();
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Without_a_query_nothing_is_added_to_the_path()
    {
        const string Meta = """{"as_of":"2026-05-12T02:00:00Z","end_date":"2026-05-11","start_date":"2026-04-12","version":"v1"}""";
        var handler = new StubHandler()
            .Respond(HttpStatusCode.OK, """{"data":[],"meta":{"as_of":"2026-05-12T02:00:00Z","version":"v1","window_days":null,"window_end_date":null}}""")
            .Respond(HttpStatusCode.OK, "{\"data\":[],\"meta\":" + Meta + "}")
            .Respond(HttpStatusCode.OK, "{\"data\":[],\"meta\":" + Meta + "}")
            .Respond(HttpStatusCode.OK, """{"data":[],"meta":{"as_of":"2026-06-03T12:00:00Z","citation":null,"model_count":0,"source":null,"source_url":null,"task_type":null,"version":"v1"}}""");
        using OpenRouterClient client = TestClients.Create(handler);

        SessionCosts costs = await client.Datasets.GetSessionCostsAsync(cancellationToken: Ct);
        await client.Datasets.GetAppRankingsAsync(cancellationToken: Ct);
        await client.Datasets.GetDailyModelRankingsAsync(cancellationToken: Ct);
        await client.Datasets.GetBenchmarksAsync(cancellationToken: Ct);

        handler.Requests.Select(r => r.Uri.PathAndQuery).Should().Equal(
            "/api/v1/datasets/session-cost", "/api/v1/datasets/app-rankings", "/api/v1/datasets/rankings-daily", "/api/v1/benchmarks");
        costs.Meta!.WindowDays.Should().BeNull();
        costs.Meta.WindowEndDate.Should().BeNull();
    }
}
