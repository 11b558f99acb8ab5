using System.Net;
using FluentAssertions;
using OpenRouter.Sdk.Tests.Infrastructure;
using RichardSzalay.MockHttp;
using Xunit;

namespace OpenRouter.Sdk.Tests.Catalog;

public sealed class ModelListTests
{
    [Fact]
    public async Task The_2026_model_list_is_read_with_exact_prices_and_every_field()
    {
        using var api = new MockApi();
        api.ExpectGet("models").Respond(HttpStatusCode.OK, "application/json", _ => new MemoryStream(Fixture.Bytes("27-models-list-filtered-2026-08.json")));
        using var client = api.Client();

        IReadOnlyList<ModelInfo> models = await client.ListModelsAsync(cancellationToken: TestContext.Current.CancellationToken);

        api.Verify();
        models.Select(m => m.Id).Should().Equal("anthropic/claude-sonnet-4", "openai/gpt-4.1-mini", "openai/gpt-4o", "openai/gpt-3.5-turbo");

        ModelInfo sonnet = models[0];
        sonnet.CanonicalSlug.Should().Be("anthropic/claude-4-sonnet-20250522");
        sonnet.HuggingFaceId.Should().BeEmpty().And.NotBeNull();
        sonnet.Name.Should().Be("Anthropic: Claude Sonnet 4");
        sonnet.Created.Should().Be(new DateTimeOffset(2025, 5, 22, 16, 12, 51, TimeSpan.Zero));
        sonnet.Description.Should().StartWith("Claude Sonnet 4 significantly enhances");
        sonnet.ContextLength.Should().Be(1_000_000);
        sonnet.Architecture!.Modality.Should().Be("text+image+file->text");
        sonnet.Architecture.InputModalities.Should().Equal(Modality.Image, Modality.Text, Modality.File);
        sonnet.Architecture.OutputModalities.Should().Equal(Modality.Text);
        sonnet.Architecture.Tokenizer.Should().Be("Claude");
        sonnet.Architecture.InstructType.Should().BeNull();

        ModelPricing price = sonnet.Pricing;
        price.Prompt.Should().Be(0.000003m);
        price.Completion.Should().Be(0.000015m);
        price.PromptPerMillionTokens.Should().Be(3m);
        price.CompletionPerMillionTokens.Should().Be(15m);
        price.WebSearch.Should().Be(0.01m);
        price.InputCacheRead.Should().Be(0.0000003m);
        price.InputCacheWrite.Should().Be(0.00000375m);
        price.InputCacheWrite1h.Should().Be(0.000006m);
        price.Request.Should().BeNull("2026 lists omit prices that do not apply");
        price.Image.Should().BeNull();
        price.IsFree.Should().BeFalse();
        price.IsVariable.Should().BeFalse();
        price.Overrides.Should().ContainSingle();
        ModelPricingOverride longPrompt = price.Overrides![0];
        longPrompt.MinPromptTokens.Should().Be(200_000);
        longPrompt.Prompt.Should().Be(0.000006m);
        longPrompt.Completion.Should().Be(0.0000225m);
        longPrompt.InputCacheRead.Should().Be(0.0000006m);
        longPrompt.InputCacheWrite.Should().Be(0.0000075m);
        longPrompt.InputCacheWrite1h.Should().Be(0.000012m);
        longPrompt.UtcStart.Should().BeNull();

        sonnet.TopProvider!.ContextLength.Should().Be(200_000);
        sonnet.TopProvider.MaxCompletionTokens.Should().Be(64_000);
        sonnet.TopProvider.IsModerated.Should().BeTrue();
        sonnet.PerRequestLimits.Should().BeNull();
        sonnet.SupportedParameters.Should().Equal("include_reasoning", "max_tokens", "reasoning", "stop", "temperature", "tool_choice", "tools", "top_k", "top_p");
        sonnet.SupportsParameter("tools").Should().BeTrue();
        sonnet.SupportsParameter("TOOLS").Should().BeTrue();
        sonnet.SupportsParameter("response_format").Should().BeFalse();
        sonnet.DefaultParameters.Should().BeEquivalentTo(new { Temperature = (double?)null, TopP = (double?)null, TopK = (double?)null, FrequencyPenalty = (double?)null, PresencePenalty = (double?)null, RepetitionPenalty = (double?)null });
        sonnet.SupportedVoices.Should().BeNull();
        sonnet.KnowledgeCutoff.Should().Be("2025-01-31");
        sonnet.ExpirationDate.Should().BeNull();
        sonnet.Links!.Details.Should().Be("/api/v1/models/anthropic/claude-4-sonnet-20250522/endpoints");
        sonnet.Reasoning!.Mandatory.Should().BeFalse();
        sonnet.Reasoning.SupportedEfforts.Should().BeNull();
        sonnet.Benchmarks!.ArtificialAnalysis!.IntelligenceIndex.Should().Be(28.9);
        sonnet.Benchmarks.ArtificialAnalysis.CodingIndex.Should().Be(37.6);
        sonnet.Benchmarks.ArtificialAnalysis.AgenticIndex.Should().Be(16.6);
        sonnet.Benchmarks.DesignArena.Should().HaveCount(7);
        DesignArenaScore first = sonnet.Benchmarks.DesignArena![0];
        (first.Arena, first.Category, first.Elo, first.WinRate, first.Rank).Should().Be(("models", "3d", 1195d, 57.8, 46));
        sonnet.AdditionalProperties.Should().BeNullOrEmpty("every member of this record is modelled");

        ModelInfo gpt4o = models[2];
        gpt4o.HuggingFaceId.Should().BeNull();
        gpt4o.Pricing.Prompt.Should().Be(0.0000025m);
        gpt4o.Pricing.Completion.Should().Be(0.00001m);
        gpt4o.Pricing.Overrides.Should().BeNull();
        gpt4o.Reasoning.Should().BeNull("non-reasoning models carry no reasoning member");
        gpt4o.Benchmarks!.ArtificialAnalysis.Should().BeNull();
        gpt4o.DefaultParameters!.Temperature.Should().BeNull();

        ModelInfo turbo = models[3];
        turbo.Benchmarks!.DesignArena.Should().BeEmpty();
        turbo.Benchmarks.ArtificialAnalysis!.IntelligenceIndex.Should().BeNull();
        turbo.Benchmarks.ArtificialAnalysis.CodingIndex.Should().Be(10.7);
        turbo.Architecture!.InputModalities.Should().Equal(Modality.Text);
    }

    [Fact]
    public async Task Prices_order_models_from_cheapest()
    {
        using var api = new MockApi();
        api.ExpectGet("models").Respond(HttpStatusCode.OK, "application/json", _ => new MemoryStream(Fixture.Bytes("27-models-list-filtered-2026-08.json")));
        using var client = api.Client();

        IReadOnlyList<ModelInfo> models = await client.ListModelsAsync(cancellationToken: TestContext.Current.CancellationToken);

        api.Verify();

        models.OrderBy(m => m.Pricing.Prompt).Select(m => m.Id).Should().Equal(
            "openai/gpt-4.1-mini", "openai/gpt-3.5-turbo", "openai/gpt-4o", "anthropic/claude-sonnet-4");
    }

    [Fact]
    public async Task The_2025_model_list_keeps_zero_prices_and_lacks_the_2026_members()
    {
        using var api = new MockApi();
        api.ExpectGet("models").Respond(HttpStatusCode.OK, "application/json", _ => new MemoryStream(Fixture.Bytes("28-models-list-filtered-2025-09.json")));
        using var client = api.Client();

        IReadOnlyList<ModelInfo> models = await client.ListModelsAsync(cancellationToken: TestContext.Current.CancellationToken);

        api.Verify();

        models.Select(m => m.Id).Should().Equal("anthropic/claude-sonnet-4", "openai/gpt-4.1-mini", "anthropic/claude-3.5-sonnet", "openai/gpt-4o", "openai/gpt-3.5-turbo");
        ModelInfo sonnet = models[0];
        sonnet.HuggingFaceId.Should().Be("");
        sonnet.ContextLength.Should().Be(200_000);
        sonnet.Architecture!.InputModalities.Should().Equal(Modality.Image, Modality.Text);
        sonnet.TopProvider!.IsModerated.Should().BeFalse();
        sonnet.Pricing.Prompt.Should().Be(0.000003m);
        sonnet.Pricing.Request.Should().Be(0m);
        sonnet.Pricing.Image.Should().Be(0.0048m);
        sonnet.Pricing.Audio.Should().Be(0m);
        sonnet.Pricing.WebSearch.Should().Be(0m);
        sonnet.Pricing.InternalReasoning.Should().Be(0m);
        sonnet.Pricing.InputCacheWrite1h.Should().BeNull();
        sonnet.DefaultParameters.Should().BeNull();
        sonnet.Links.Should().BeNull();
        sonnet.Benchmarks.Should().BeNull();
        sonnet.Reasoning.Should().BeNull();
        sonnet.KnowledgeCutoff.Should().BeNull();
        models[3].Pricing.Image.Should().Be(0.003613m);
        models[4].Pricing.InputCacheRead.Should().BeNull();
        models[1].Created.Should().Be(new DateTimeOffset(2025, 4, 14, 17, 23, 1, TimeSpan.Zero));
    }

    [Fact]
    public async Task Unknown_members_router_prices_and_reasoning_capabilities_are_kept()
    {
        using var api = new MockApi();
        api.ExpectGet("models").Respond(HttpStatusCode.OK, "application/json", """
            {"data":[{"id":"openrouter/auto","canonical_slug":"openrouter/auto","name":"Auto Router","created":1699401600.5,
              "context_length":2000000,
              "architecture":{"modality":"text->text","input_modalities":["text","hologram"],"output_modalities":["text"],"tokenizer":"Router","instruct_type":null},
              "pricing":{"prompt":"-1","completion":"-1","image_token":"1e-6","image_output":"0.00004","audio_output":"0.00002","input_audio_cache":"0.0000001","discount":0.25,
                         "overrides":[{"utc_start":1,"utc_end":7,"prompt":"0.0000005","audio":"0.000001","input_audio_cache":"2E-7"}]},
              "top_provider":{"context_length":null,"max_completion_tokens":null,"is_moderated":false},
              "per_request_limits":{"prompt_tokens":1000000,"completion_tokens":8192},
              "supported_parameters":[],
              "default_parameters":{"temperature":0.7,"top_p":0.95,"top_k":40,"frequency_penalty":0,"presence_penalty":0.1,"repetition_penalty":1.05,"min_p":0.05},
              "supported_voices":["alloy","nova"],"expiration_date":"2027-06-30",
              "reasoning":{"supported_efforts":["low","medium","high","ultra"],"default_effort":"medium","default_enabled":true,"supports_max_tokens":true,"mandatory":true},
              "alias_target":{"slug":"openai/gpt-5","name":"OpenAI: GPT-5"},
              "benchmarks":{"artificial_analysis":{"intelligence_index":70},"design_arena":[],"lmarena":{"elo":1400}},
              "future_member":[1,2]}],
             "total_count":1,"links":{"next":null}}
            """);
        using var client = api.Client();

        ModelInfo auto = (await client.ListModelsAsync(cancellationToken: TestContext.Current.CancellationToken)).Single();
        api.Verify();

        auto.Created.Should().Be(new DateTimeOffset(2023, 11, 8, 0, 0, 0, 500, TimeSpan.Zero));
        auto.Architecture!.InputModalities[1].Value.Should().Be("hologram");
        auto.Pricing.IsVariable.Should().BeTrue();
        auto.Pricing.Prompt.Should().Be(-1m);
        auto.Pricing.ImageToken.Should().Be(0.000001m);
        auto.Pricing.ImageOutput.Should().Be(0.00004m);
        auto.Pricing.AudioOutput.Should().Be(0.00002m);
        auto.Pricing.InputAudioCache.Should().Be(0.0000001m);
        auto.Pricing.Discount.Should().Be(0.25m);
        auto.Pricing.Overrides![0].UtcStart.Should().Be(1);
        auto.Pricing.Overrides[0].UtcEnd.Should().Be(7);
        auto.Pricing.Overrides[0].Audio.Should().Be(0.000001m);
        auto.Pricing.Overrides[0].InputAudioCache.Should().Be(0.0000002m);
        auto.TopProvider!.ContextLength.Should().BeNull();
        auto.PerRequestLimits!.PromptTokens.Should().Be(1_000_000);
        auto.PerRequestLimits.CompletionTokens.Should().Be(8192);
        auto.SupportedParameters.Should().BeEmpty();
        auto.SupportsParameter("tools").Should().BeFalse();
        auto.DefaultParameters!.Temperature.Should().Be(0.7);
        auto.DefaultParameters.TopP.Should().Be(0.95);
        auto.DefaultParameters.TopK.Should().Be(40);
        auto.DefaultParameters.FrequencyPenalty.Should().Be(0);
        auto.DefaultParameters.PresencePenalty.Should().Be(0.1);
        auto.DefaultParameters.RepetitionPenalty.Should().Be(1.05);
        auto.DefaultParameters.AdditionalProperties.Should().ContainKey("min_p");
        auto.SupportedVoices.Should().Equal("alloy", "nova");
        auto.ExpirationDate.Should().Be("2027-06-30");
        auto.Reasoning!.SupportedEfforts!.Select(e => e.Value).Should().Equal("low", "medium", "high", "ultra");
        auto.Reasoning.DefaultEffort.Should().Be(ReasoningEffortLevel.Medium);
        auto.Reasoning.DefaultEnabled.Should().BeTrue();
        auto.Reasoning.SupportsMaxTokens.Should().BeTrue();
        auto.Reasoning.Mandatory.Should().BeTrue();
        auto.AliasTarget!.Slug.Should().Be("openai/gpt-5");
        auto.AliasTarget.Name.Should().Be("OpenAI: GPT-5");
        auto.Benchmarks!.AdditionalProperties.Should().ContainKey("lmarena");
        auto.AdditionalProperties.Should().ContainKey("future_member");
    }

    [Fact]
    public async Task Every_query_filter_is_sent_in_the_query_string()
    {
        using var api = new MockApi();
        api.ExpectGet(
            "models?category=programming&supported_parameters=tools,structured_outputs&input_modalities=text,image"
            + "&output_modalities=embeddings&q=gpt%204&sort=pricing-low-to-high&context=128000&min_price=0&max_price=2.5"
            + "&min_output_price=0.1&max_output_price=10&arch=GPT&model_authors=openai,anthropic&providers=Google%20AI%20Studio"
            + "&distillable=false&zdr=true&region=eu&min_age_days=1&max_age_days=90&min_intelligence_index=50"
            + "&min_coding_index=40.5&min_agentic_index=30&offset=100&limit=50&min_tool_success_rate=0.9")
            .Respond(HttpStatusCode.OK, "application/json", """{"data":[]}""");
        using var client = api.Client();
        var query = new ModelListQuery
        {
            Category = "programming",
            SupportedParameters = new List<string> { "tools", "structured_outputs" },
            InputModalities = new List<Modality> { Modality.Text, Modality.Image },
            OutputModalities = new List<Modality> { Modality.Embeddings },
            Search = "gpt 4",
            Sort = "pricing-low-to-high",
            MinContextLength = 128000,
            MinPromptPricePerMillionTokens = 0m,
            MaxPromptPricePerMillionTokens = 2.5m,
            MinCompletionPricePerMillionTokens = 0.1m,
            MaxCompletionPricePerMillionTokens = 10m,
            Architecture = "GPT",
            Authors = new List<string> { "openai", "anthropic" },
            Providers = new List<string> { "Google AI Studio" },
            Distillable = false,
            ZeroDataRetentionOnly = true,
            Region = "eu",
            MinAgeDays = 1,
            MaxAgeDays = 90,
            MinIntelligenceIndex = 50,
            MinCodingIndex = 40.5,
            MinAgenticIndex = 30,
            Offset = 100,
            Limit = 50,
            AdditionalParameters = new Dictionary<string, string> { ["min_tool_success_rate"] = "0.9" },
        };

        IReadOnlyList<ModelInfo> models = await client.ListModelsAsync(query, TestContext.Current.CancellationToken);

        models.Should().BeEmpty();
        api.Verify();
    }

    [Theory]
    [InlineData(true, "models?output_modalities=all")]
    [InlineData(false, "models")]
    public async Task All_output_modalities_overrides_the_text_only_default(bool all, string expected)
    {
        using var api = new MockApi();
        api.ExpectGet(expected).Respond(HttpStatusCode.OK, "application/json", """{"data":[]}""");
        using var client = api.Client();

        await client.ListModelsAsync(new ModelListQuery { AllOutputModalities = all, OutputModalities = new List<Modality>() }, TestContext.Current.CancellationToken);

        api.Verify();
    }

    [Fact]
    public async Task Values_with_reserved_characters_are_escaped()
    {
        using var api = new MockApi();
        api.ExpectGet("models?category=marketing%2Fseo&q=a%26b%3Dc&model_authors=x%2Cy").Respond(HttpStatusCode.OK, "application/json", """{"data":[]}""");
        using var client = api.Client();

        await client.ListModelsAsync(new ModelListQuery { Category = "marketing/seo", Search = "a&b=c", Authors = new List<string> { "x,y" } }, TestContext.Current.CancellationToken);

        api.Verify();
    }

    [Fact]
    public void Per_million_helpers_and_cost_estimates_use_exact_decimals()
    {
        var pricing = new ModelPricing { Prompt = 0.0000004m, Completion = 0.0000016m, Request = 0.001m };

        pricing.PromptPerMillionTokens.Should().Be(0.4m);
        pricing.CompletionPerMillionTokens.Should().Be(1.6m);
        ModelPricing.PerMillionTokens(0.00000375m).Should().Be(3.75m);
        pricing.EstimateCost(1000, 500).Should().Be(0.0004m + 0.0008m + 0.001m);
        new ModelPricing().IsFree.Should().BeTrue();
        pricing.IsFree.Should().BeFalse();
    }
}
