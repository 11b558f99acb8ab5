using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using FluentAssertions;
using OpenRouter.Sdk;
using Xunit;

namespace OpenRouter.Emulator.Tests;

/// <summary>The emulator's catalog, generation and dataset routes, read through the SDK end to end.</summary>
public sealed class CatalogAreasEmulatorTests
{
    private const string ManagementKey = "sk-or-v1-management-fedcba9876543210fedcba9876543210";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static OpenRouterClient ClientFor(OpenRouterEmulator emulator, string? managementKey = ManagementKey) =>
        new(new OpenRouterClientOptions { ApiKey = TestCredentials.ApiKey, ManagementKey = managementKey, BaseUrl = emulator.BaseUrl, EnableRetries = false });

    [Fact]
    public async Task One_model_is_read_by_id_a_variant_resolves_and_an_unknown_one_is_not_found()
    {
        await using OpenRouterEmulator emulator = await OpenRouterEmulator.StartAsync(cancellationToken: Ct);
        using OpenRouterClient client = ClientFor(emulator);

        ModelInfo echo = await client.Models.GetAsync(EmulatedModels.Echo, Ct);
        ModelInfo variant = await client.Models.GetAsync(EmulatedModels.Echo + ":free", Ct);

        echo.Id.Should().Be(EmulatedModels.Echo);
        echo.Pricing.Prompt.Should().Be(EmulatorCatalog.Find(EmulatedModels.Echo).PromptPrice);
        echo.SupportedParameters.Should().Contain("tools");
        variant.Id.Should().Be(EmulatedModels.Echo);
        await FluentActions.Awaiting(() => client.Models.GetAsync("emulator/none", Ct)).Should().ThrowAsync<OpenRouterNotFoundException>();
    }

    [Fact]
    public async Task Pages_of_the_model_list_carry_the_total_and_the_next_link_until_the_last()
    {
        await using OpenRouterEmulator emulator = await OpenRouterEmulator.StartAsync(cancellationToken: Ct);
        using OpenRouterClient client = ClientFor(emulator);
        List<string> ids = EmulatorCatalog.ToListBody([])["data"]!.AsArray().Select(m => (string)m!["id"]!).ToList();
        int total = ids.Count;

        ModelPage first = await client.Models.ListForUserAsync(offset: 0, limit: 5, Ct);
        ModelPage last = await client.Models.ListForUserAsync(offset: total - 3, limit: 5, Ct);
        ModelPage whole = await client.Models.ListForUserAsync(cancellationToken: Ct);

        first.Models.Select(m => m.Id).Should().Equal(ids.Take(5));
        first.TotalCount.Should().Be(total);
        first.Links!.Next.Should().Be("/api/v1/models/user?offset=5&limit=5");
        last.Models.Select(m => m.Id).Should().Equal(ids.Skip(total - 3));
        last.HasMore.Should().BeFalse();
        whole.Models.Select(m => m.Id).Should().Equal(ids);
        whole.HasMore.Should().BeFalse();
    }

    [Fact]
    public async Task The_count_follows_the_output_modalities_and_embedding_models_are_listed_apart()
    {
        await using OpenRouterEmulator emulator = await OpenRouterEmulator.StartAsync(cancellationToken: Ct);
        using OpenRouterClient client = ClientFor(emulator);

        int text = await client.Models.CountAsync(cancellationToken: Ct);
        int all = await client.Models.CountAsync(new ModelCountQuery { AllOutputModalities = true }, Ct);
        int images = await client.Models.CountAsync(new ModelCountQuery { OutputModalities = [Modality.Image] }, Ct);
        ModelPage embeddings = await client.Models.ListEmbeddingModelsAsync(cancellationToken: Ct);

        text.Should().Be(EmulatorCatalog.Models.Count(m => m.OutputModality == "text"));
        all.Should().Be(EmulatorCatalog.Models.Count);
        images.Should().Be(0);
        ModelInfo embed = embeddings.Models.Single();
        embed.Id.Should().Be(CatalogRoutes.EmbeddingModelId);
        embed.Architecture!.OutputModalities.Should().Equal(Modality.Embeddings);
        embed.Pricing.Prompt.Should().Be(0.00000002m);
        embeddings.TotalCount.Should().Be(1);
    }

    [Fact]
    public async Task Every_emulated_model_has_a_zero_data_retention_endpoint()
    {
        await using OpenRouterEmulator emulator = await OpenRouterEmulator.StartAsync(cancellationToken: Ct);
        using OpenRouterClient client = ClientFor(emulator);

        IReadOnlyList<ModelEndpoint> endpoints = await client.Models.ListZeroDataRetentionEndpointsAsync(Ct);

        endpoints.Select(e => e.ModelId).Should().Equal(EmulatorCatalog.Models.Select(m => m.Id));
        endpoints.Should().OnlyContain(e => e.ProviderName == CatalogRoutes.Provider && e.IsAvailable);
        endpoints[0].Pricing.Completion.Should().Be(EmulatorCatalog.Models[0].CompletionPrice);
    }

    [Fact]
    public async Task Zero_data_retention_endpoints_say_which_tool_choices_they_support()
    {
        await using OpenRouterEmulator emulator = await OpenRouterEmulator.StartAsync(cancellationToken: Ct);
        using var http = new HttpClient { BaseAddress = emulator.BaseUrl };
        using var request = new HttpRequestMessage(HttpMethod.Get, "endpoints/zdr");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TestCredentials.ApiKey);

        using HttpResponseMessage response = await http.SendAsync(request, Ct);
        JsonArray data = JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!["data"]!.AsArray();

        data.Should().HaveCount(EmulatorCatalog.Models.Count);
        for (int i = 0; i < data.Count; i++)
        {
            bool tools = EmulatorCatalog.Models[i].SupportedParameters.Contains("tool_choice");
            JsonObject support = data[i]!["supports_tool_choice"]!.AsObject();
            support.Select(p => p.Key).Should().Equal("auto", "function", "none", "required");
            support.Should().OnlyContain(p => p.Value!.GetValue<bool>() == tools);
        }
    }

    [Fact]
    public async Task Stored_content_is_read_for_the_example_and_missing_for_a_served_generation()
    {
        await using OpenRouterEmulator emulator = await OpenRouterEmulator.StartAsync(cancellationToken: Ct);
        using OpenRouterClient client = ClientFor(emulator);
        ChatCompletion served = await client.CreateChatCompletionAsync(
            new ChatCompletionRequest { Model = EmulatedModels.Echo, Messages = [new UserMessage("hello")] }, Ct);

        GenerationContent example = await client.Generations.GetContentAsync(GenerationsRoutes.ExampleGenerationId, Ct);
        Func<Task> servedContent = () => client.Generations.GetContentAsync(served.Id!, Ct);

        example.Input!.Messages!.Single().GetProperty("content").GetString().Should().Be("What is the meaning of life?");
        example.Output!.Completion.Should().StartWith("The meaning of life");
        example.Error.Should().BeNull();
        (await servedContent.Should().ThrowAsync<OpenRouterNotFoundException>()).Which.Message.Should().Contain("logging is off");
    }

    [Fact]
    public async Task Feedback_on_a_served_generation_is_accepted_with_the_management_key_only()
    {
        await using OpenRouterEmulator emulator = await OpenRouterEmulator.StartAsync(new OpenRouterEmulatorOptions { ManagementKey = ManagementKey }, Ct);
        using OpenRouterClient client = ClientFor(emulator);
        using OpenRouterClient wrongKey = ClientFor(emulator, "sk-or-v1-management-wrong");
        ChatCompletion served = await client.CreateChatCompletionAsync(
            new ChatCompletionRequest { Model = EmulatedModels.Echo, Messages = [new UserMessage("hello")] }, Ct);

        await client.Generations.SubmitFeedbackAsync(new GenerationFeedback(served.Id!, GenerationFeedbackCategory.Latency, "slow"), Ct);
        Func<Task> refused = () => wrongKey.Generations.SubmitFeedbackAsync(new GenerationFeedback(served.Id!, GenerationFeedbackCategory.Other), Ct);
        Func<Task> unknown = () => client.Generations.SubmitFeedbackAsync(new GenerationFeedback("gen-0-unknown", GenerationFeedbackCategory.Other), Ct);

        await refused.Should().ThrowAsync<OpenRouterPermissionDeniedException>();
        await unknown.Should().ThrowAsync<OpenRouterNotFoundException>();
        var accepted = GenerationsRoutes.FeedbackFor(emulator.State).Single();
        ((string?)accepted["generation_id"]).Should().Be(served.Id);
        ((string?)accepted["category"]).Should().Be("latency");
        ((string?)accepted["comment"]).Should().Be("slow");
    }

    [Fact]
    public async Task Daily_rankings_give_each_model_its_tokens_with_the_other_row_last()
    {
        await using OpenRouterEmulator emulator = await OpenRouterEmulator.StartAsync(cancellationToken: Ct);
        using OpenRouterClient client = ClientFor(emulator);
        var start = new DateTime(2026, 3, 2);
        var end = new DateTime(2026, 3, 3);

        DailyModelRankings days = await client.Datasets.GetDailyModelRankingsAsync(new DailyModelRankingsQuery { StartDate = start, EndDate = end }, Ct);
        DailyModelRankings week = await client.Datasets.GetDailyModelRankingsAsync(new DailyModelRankingsQuery { StartDate = start, EndDate = end, Period = "week" }, Ct);
        Func<Task> sampledByDay = () => client.Datasets.GetDailyModelRankingsAsync(new DailyModelRankingsQuery { Category = "programming", Period = "day" }, Ct);

        days.Rows.Select(r => r.Date).Distinct().Should().Equal(start, end);
        days.Rows.Where(r => r.Date == start).Last().IsOther.Should().BeTrue();
        days.Rows.Single(r => r.Date == start && r.ModelPermaslug == EmulatedModels.Echo).TotalTokens.Should().Be(DatasetsRoutes.DailyTokens(EmulatedModels.Echo));
        days.Meta!.StartDate.Should().Be(start);
        days.Meta.EndDate.Should().Be(end);
        week.Rows.Select(r => r.Date).Distinct().Should().ContainSingle().Which.Should().Be(start, "2026-03-02 is a Monday, the start of its ISO week");
        week.Rows.Single(r => r.ModelPermaslug == EmulatedModels.Echo).TotalTokens.Should().Be(2 * DatasetsRoutes.DailyTokens(EmulatedModels.Echo));
        week.Rows.Single(r => r.IsOther).TotalTokens.Should().Be(2 * DatasetsRoutes.OtherTokensPerDay);
        await sampledByDay.Should().ThrowAsync<OpenRouterBadRequestException>();
    }

    [Fact]
    public async Task App_rankings_keep_absolute_ranks_when_paged_and_filter_by_subcategory()
    {
        await using OpenRouterEmulator emulator = await OpenRouterEmulator.StartAsync(cancellationToken: Ct);
        using OpenRouterClient client = ClientFor(emulator);

        AppRankings second = await client.Datasets.GetAppRankingsAsync(new AppRankingsQuery { Limit = 1, Offset = 1 }, Ct);
        AppRankings cli = await client.Datasets.GetAppRankingsAsync(new AppRankingsQuery { Subcategory = "cli-agent" }, Ct);

        AppRanking roo = second.Apps.Single();
        (roo.Rank, roo.AppName, roo.TotalTokens).Should().Be((2, "Roo Code", 9_876_543L));
        cli.Apps.Select(a => (a.Rank, a.AppName)).Should().Equal((1, "Hermes Agent"));
        second.Meta!.EndDate.Should().Be(DateTime.UtcNow.Date.AddDays(-1));
        second.Meta.StartDate.Should().Be(DateTime.UtcNow.Date.AddDays(-30));
    }

    [Fact]
    public async Task Session_costs_benchmarks_and_task_shares_are_read_with_their_filters()
    {
        await using OpenRouterEmulator emulator = await OpenRouterEmulator.StartAsync(cancellationToken: Ct);
        using OpenRouterClient client = ClientFor(emulator);

        SessionCosts costs = await client.Datasets.GetSessionCostsAsync(new SessionCostQuery { AppSlug = "hermes-agent", Model = EmulatedModels.Echo, TurnRange = SessionTurnRange.TenToFortyNineTurns }, Ct);
        BenchmarkScores arena = await client.Datasets.GetBenchmarksAsync(new BenchmarksQuery { Source = BenchmarkSource.DesignArena }, Ct);
        BenchmarkScores all = await client.Datasets.GetBenchmarksAsync(cancellationToken: Ct);
        TaskClassifications tasks = await client.Datasets.GetTaskClassificationsAsync("7d", Ct);

        SessionCost cell = costs.Cells.Single();
        (cell.AppName, cell.ModelPermaslug, cell.TurnRange, cell.MedianSessionCostUsd).Should().Be(("Hermes Agent", EmulatedModels.Echo, SessionTurnRange.TenToFortyNineTurns, 0.15m));
        costs.Meta!.WindowDays.Should().Be(30);
        arena.Results.Single().Elo.Should().Be(1385.2);
        arena.Meta!.Source.Should().Be(BenchmarkSource.DesignArena);
        all.Results.Select(r => r.Source).Should().Equal(BenchmarkSource.ArtificialAnalysis, BenchmarkSource.DesignArena, BenchmarkSource.OpenRouter);
        all.Meta!.Source.Should().BeNull();
        tasks.WindowDays.Should().Be(7);
        tasks.Classifications.Sum(c => c.UsageShare).Should().BeApproximately(1.0, 1e-9);
        tasks.MacroCategories.Select(m => m.Key).Should().Equal("code", "general");
        await FluentActions.Awaiting(() => client.Datasets.GetTaskClassificationsAsync("30d", Ct)).Should().ThrowAsync<OpenRouterBadRequestException>();
    }
}
