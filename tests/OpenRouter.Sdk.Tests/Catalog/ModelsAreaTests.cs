using System.Net;
using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;
using OpenRouter.Sdk.Tests.Infrastructure;
using Xunit;

namespace OpenRouter.Sdk.Tests.Catalog;

/// <summary><see cref="OpenRouterModelsClient"/>: the exact requests and the spec's example answers read with their meaning.</summary>
public sealed class ModelsAreaTests
{
    // The spec's example Model (getModel, listModelsUser), with a price as the spec writes it: a decimal string.
    private const string SpecModel = """
        {"architecture":{"input_modalities":["text"],"instruct_type":"chatml","modality":"text->text","output_modalities":["text"],"tokenizer":"GPT"},
         "canonical_slug":"openai/gpt-4","context_length":8192,"created":1692901234,"default_parameters":null,
         "description":"GPT-4 is a large multimodal model that can solve difficult problems with greater accuracy.",
         "expiration_date":null,"id":"openai/gpt-4","knowledge_cutoff":null,"links":{"details":"/api/v1/models/openai/gpt-4/endpoints"},
         "name":"GPT-4","per_request_limits":null,"pricing":{"completion":"0.00006","image":"0","prompt":"0.00003","request":"0"},
         "supported_parameters":["temperature","top_p","max_tokens"],"supported_voices":null,
         "top_provider":{"context_length":8192,"is_moderated":true,"max_completion_tokens":4096}}
        """;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetAsync_sends_the_author_and_slug_as_escaped_segments_and_reads_the_spec_example()
    {
        var handler = new StubHandler().Respond(HttpStatusCode.OK, "{\"data\":" + SpecModel + "}");
        using OpenRouterClient client = TestClients.Create(handler);

        ModelInfo model = await client.Models.GetAsync("openai/gpt-4:free", Ct);

        RecordedRequest sent = handler.Requests.Single();
        sent.Method.Should().Be(HttpMethod.Get);
        sent.Uri.AbsoluteUri.Should().Be("https://openrouter.ai/api/v1/model/openai/gpt-4%3Afree");
        sent.Header("Authorization").Should().Be("Bearer " + TestClients.ApiKey);
        model.Id.Should().Be("openai/gpt-4");
        model.CanonicalSlug.Should().Be("openai/gpt-4");
        model.Name.Should().Be("GPT-4");
        model.Created.Should().Be(DateTimeOffset.FromUnixTimeSeconds(1692901234));
        model.ContextLength.Should().Be(8192);
        model.Pricing.Prompt.Should().Be(0.00003m);
        model.Pricing.Completion.Should().Be(0.00006m);
        model.Pricing.PromptPerMillionTokens.Should().Be(30m);
        model.Architecture!.Tokenizer.Should().Be("GPT");
        model.TopProvider!.MaxCompletionTokens.Should().Be(4096);
        model.TopProvider.IsModerated.Should().BeTrue();
        model.SupportedParameters.Should().Equal("temperature", "top_p", "max_tokens");
        model.Links!.Details.Should().Be("/api/v1/models/openai/gpt-4/endpoints");
    }

    [Theory]
    [InlineData("gpt-4")]
    [InlineData("openai/")]
    [InlineData("a/b/c")]
    [InlineData("openai/..")]
    public async Task GetAsync_refuses_an_id_that_is_not_author_slug_before_sending(string id)
    {
        var handler = new StubHandler();
        using OpenRouterClient client = TestClients.Create(handler);

        Func<Task> act = () => client.Models.GetAsync(id, Ct);

        (await act.Should().ThrowAsync<ArgumentException>()).Which.Message.Should().Contain("author/slug");
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task ListPageAsync_sends_every_filter_and_keeps_the_total_and_the_next_link()
    {
        var handler = new StubHandler().Respond(HttpStatusCode.OK,
            "{\"data\":[" + SpecModel + "],\"total_count\":150,\"links\":{\"next\":\"/api/v1/models?offset=1&limit=1\"}}");
        using OpenRouterClient client = TestClients.Create(handler);

        ModelPage page = await client.Models.ListPageAsync(new ModelListQuery
        {
            Offset = 0,
            Limit = 1,
            MaxIntelligenceIndex = 90,
            MaxCodingIndex = 80.5,
            MaxAgenticIndex = 70,
            MinToolSuccessRate = 0.9,
            MaxToolSuccessRate = 1,
        }, Ct);

        handler.Requests.Single().Uri.PathAndQuery.Should().Be(
            "/api/v1/models?max_intelligence_index=90&max_coding_index=80.5&max_agentic_index=70&min_tool_success_rate=0.9&max_tool_success_rate=1&offset=0&limit=1");
        page.Models.Select(m => m.Id).Should().Equal("openai/gpt-4");
        page.TotalCount.Should().Be(150);
        page.Links!.Next.Should().Be("/api/v1/models?offset=1&limit=1");
        page.HasMore.Should().BeTrue();
    }

    [Fact]
    public async Task The_last_page_has_no_next_link()
    {
        var handler = new StubHandler().Respond(HttpStatusCode.OK, "{\"data\":[],\"total_count\":1,\"links\":{\"next\":null}}");
        using OpenRouterClient client = TestClients.Create(handler);

        ModelPage page = await client.Models.ListPageAsync(cancellationToken: Ct);

        handler.Requests.Single().Uri.PathAndQuery.Should().Be("/api/v1/models");
        page.Models.Should().BeEmpty();
        page.TotalCount.Should().Be(1);
        page.HasMore.Should().BeFalse();
    }

    [Fact]
    public async Task CountAsync_sends_the_output_modalities_and_reads_the_count()
    {
        var handler = new StubHandler()
            .Respond(HttpStatusCode.OK, """{"data":{"count":150}}""")
            .Respond(HttpStatusCode.OK, """{"data":{"count":412}}""")
            .Respond(HttpStatusCode.OK, """{"data":{"count":7}}""");
        using OpenRouterClient client = TestClients.Create(handler);

        int text = await client.Models.CountAsync(cancellationToken: Ct);
        int all = await client.Models.CountAsync(new ModelCountQuery { AllOutputModalities = true }, Ct);
        int some = await client.Models.CountAsync(new ModelCountQuery { OutputModalities = [Modality.Image, Modality.Embeddings] }, Ct);

        handler.Requests.Select(r => r.Uri.PathAndQuery).Should().Equal(
            "/api/v1/models/count", "/api/v1/models/count?output_modalities=all", "/api/v1/models/count?output_modalities=image,embeddings");
        (text, all, some).Should().Be((150, 412, 7));
    }

    [Fact]
    public async Task ListForUserAsync_sends_the_paging_with_the_api_key_and_reads_the_spec_example()
    {
        var handler = new StubHandler().Respond(HttpStatusCode.OK,
            "{\"data\":[" + SpecModel + "],\"total_count\":150,\"links\":{\"next\":\"/api/v1/models/user?offset=500&limit=500\"}}");
        using OpenRouterClient client = TestClients.Create(handler, o => o.ManagementKey = "sk-or-v1-management-key-not-to-be-sent");

        ModelPage page = await client.Models.ListForUserAsync(offset: 0, limit: 500, Ct);

        RecordedRequest sent = handler.Requests.Single();
        sent.Uri.PathAndQuery.Should().Be("/api/v1/models/user?offset=0&limit=500");
        sent.Header("Authorization").Should().Be("Bearer " + TestClients.ApiKey);
        page.Models.Single().Pricing.Completion.Should().Be(0.00006m);
        page.TotalCount.Should().Be(150);
        page.Links!.Next.Should().Be("/api/v1/models/user?offset=500&limit=500");
    }

    [Fact]
    public async Task Without_paging_the_whole_list_is_asked_for()
    {
        var handler = new StubHandler().Respond(HttpStatusCode.OK, "{\"data\":[],\"total_count\":0,\"links\":{\"next\":null}}");
        using OpenRouterClient client = TestClients.Create(handler);

        await client.Models.ListForUserAsync(cancellationToken: Ct);

        handler.Requests.Single().Uri.PathAndQuery.Should().Be("/api/v1/models/user");
    }

    [Theory]
    [InlineData(-1, null)]
    [InlineData(null, 0)]
    [InlineData(null, 1001)]
    public async Task Paging_out_of_range_is_refused_before_sending(int? offset, int? limit)
    {
        var handler = new StubHandler();
        using OpenRouterClient client = TestClients.Create(handler);

        await FluentActions.Awaiting(() => client.Models.ListForUserAsync(offset, limit, Ct)).Should().ThrowAsync<ArgumentOutOfRangeException>();
        await FluentActions.Awaiting(() => client.Models.ListEmbeddingModelsAsync(offset, limit, Ct)).Should().ThrowAsync<ArgumentOutOfRangeException>();
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task ListEmbeddingModelsAsync_reads_the_spec_example()
    {
        const string Answer = """
            {"data":[{"architecture":{"input_modalities":["text"],"instruct_type":null,"modality":"text->text","output_modalities":["embeddings"],"tokenizer":"GPT"},
             "canonical_slug":"openai/text-embedding-3-small","context_length":8192,"created":1692901234,"default_parameters":null,"expiration_date":null,
             "id":"openai/text-embedding-3-small","knowledge_cutoff":null,"links":{"details":"/api/v1/models/openai/text-embedding-3-small/endpoints"},
             "name":"Text Embedding 3 Small","per_request_limits":null,"pricing":{"completion":"0","image":"0","prompt":"0.00000002","request":"0"},
             "supported_parameters":[],"supported_voices":null,"top_provider":{"context_length":8192,"is_moderated":false,"max_completion_tokens":null}}],
             "total_count":1,"links":{"next":null}}
            """;
        var handler = new StubHandler().Respond(HttpStatusCode.OK, Answer);
        using OpenRouterClient client = TestClients.Create(handler);

        ModelPage page = await client.Models.ListEmbeddingModelsAsync(limit: 10, cancellationToken: Ct);

        handler.Requests.Single().Uri.PathAndQuery.Should().Be("/api/v1/embeddings/models?limit=10");
        ModelInfo model = page.Models.Single();
        model.Id.Should().Be("openai/text-embedding-3-small");
        model.Architecture!.OutputModalities.Should().Equal(Modality.Embeddings);
        model.Pricing.Prompt.Should().Be(0.00000002m);
        model.Pricing.PromptPerMillionTokens.Should().Be(0.02m);
        model.TopProvider!.MaxCompletionTokens.Should().BeNull();
        page.HasMore.Should().BeFalse();
    }

    [Fact]
    public async Task ListZeroDataRetentionEndpointsAsync_reads_the_spec_example()
    {
        const string Answer = """
            {"data":[{"context_length":8192,"latency_last_30m":{"p50":0.25,"p75":0.35,"p90":0.48,"p99":0.85},"max_completion_tokens":4096,
             "max_prompt_tokens":8192,"model_id":"openai/gpt-4","model_name":"GPT-4","name":"OpenAI: GPT-4",
             "pricing":{"completion":"0.00006","image":"0","prompt":"0.00003","request":"0"},"provider_name":"OpenAI","quantization":"fp16",
             "status":0,"supported_parameters":["temperature","top_p","max_tokens"],"supports_implicit_caching":true,"supports_voice_cloning":false,
             "tag":"openai","throughput_last_30m":{"p50":45.2,"p75":38.5,"p90":28.3,"p99":15.1},"uptime_last_1d":99.8,"uptime_last_30m":99.5,"uptime_last_5m":100}]}
            """;
        var handler = new StubHandler().Respond(HttpStatusCode.OK, Answer);
        using OpenRouterClient client = TestClients.Create(handler);

        IReadOnlyList<ModelEndpoint> endpoints = await client.Models.ListZeroDataRetentionEndpointsAsync(Ct);

        RecordedRequest sent = handler.Requests.Single();
        sent.Method.Should().Be(HttpMethod.Get);
        sent.Uri.AbsoluteUri.Should().Be("https://openrouter.ai/api/v1/endpoints/zdr");
        ModelEndpoint endpoint = endpoints.Single();
        endpoint.ModelId.Should().Be("openai/gpt-4");
        endpoint.ProviderName.Should().Be("OpenAI");
        endpoint.Tag.Should().Be("openai");
        endpoint.Pricing.Completion.Should().Be(0.00006m);
        endpoint.LatencyLast30m!.P50.Should().Be(0.25);
        endpoint.UptimeLast1d.Should().Be(99.8);
        endpoint.IsAvailable.Should().BeTrue();
    }

    [Fact]
    public async Task A_fake_derived_from_the_area_client_answers_without_http()
    {
        OpenRouterModelsClient fake = new FakeModels();

        (await fake.CountAsync(cancellationToken: Ct)).Should().Be(3);
        await FluentActions.Awaiting(() => fake.GetAsync("a/b", Ct)).Should().ThrowAsync<NotSupportedException>();
    }

    [Fact]
    public void The_area_client_is_one_instance_per_client()
    {
        using OpenRouterClient client = TestClients.Create(new StubHandler());

        client.Models.Should().BeSameAs(client.Models);
    }

    [Fact]
    public async Task The_three_area_clients_resolve_from_DI_as_the_registered_clients_own()
    {
        var services = new ServiceCollection();
        services.AddOpenRouter(o => o.ApiKey = TestClients.ApiKey);
        services.AddOpenRouter("other", o => o.ApiKey = TestClients.ApiKey);
        await using ServiceProvider provider = services.BuildServiceProvider();

        OpenRouterClient client = provider.GetRequiredService<OpenRouterClient>();
        OpenRouterClient keyed = provider.GetRequiredKeyedService<OpenRouterClient>("other");
        provider.GetRequiredService<OpenRouterModelsClient>().Should().BeSameAs(client.Models);
        provider.GetRequiredService<OpenRouterGenerationsClient>().Should().BeSameAs(client.Generations);
        provider.GetRequiredService<OpenRouterDatasetsClient>().Should().BeSameAs(client.Datasets);
        provider.GetRequiredKeyedService<OpenRouterModelsClient>("other").Should().BeSameAs(keyed.Models);
        provider.GetRequiredKeyedService<OpenRouterGenerationsClient>("other").Should().BeSameAs(keyed.Generations);
        provider.GetRequiredKeyedService<OpenRouterDatasetsClient>("other").Should().BeSameAs(keyed.Datasets);
        keyed.Models.Should().NotBeSameAs(client.Models);
    }

    private sealed class FakeModels : OpenRouterModelsClient
    {
        public override Task<int> CountAsync(ModelCountQuery? query = null, CancellationToken cancellationToken = default) => Task.FromResult(3);
    }
}
