using System.Net;
using System.Text.Json;
using FluentAssertions;
using OpenRouter.Sdk;
using Xunit;

namespace OpenRouter.Emulator.Tests;

/// <summary>The public catalog: <c>/models</c> (paged), <c>/models/{author}/{slug}/endpoints</c> and <c>/providers</c>.</summary>
public sealed class CatalogEmulatorTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static int TextModelCount => EmulatorCatalog.Models.Count(m => m.OutputModality == "text");

    private static async Task<JsonElement> GetJsonAsync(HttpClient http, string path)
    {
        using HttpResponseMessage response = await http.GetAsync(path, Ct);
        string body = await response.Content.ReadAsStringAsync(Ct);
        response.StatusCode.Should().Be(HttpStatusCode.OK, body);
        using JsonDocument document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }

    [Fact]
    public async Task Models_pages_follow_offset_and_limit_and_the_next_links_end_on_the_last_page()
    {
        await using var session = await EmulatorSession.StartAsync();
        var ids = new List<string>();
        var totals = new List<int>();
        string? next = "models?limit=5&supported_parameters=temperature";
        int pages = 0;

        while (next is not null)
        {
            pages.Should().BeLessThan(20, "the pager must end");
            JsonElement page = await GetJsonAsync(session.Http, next);
            pages++;
            ids.AddRange(page.GetProperty("data").EnumerateArray().Select(m => m.GetProperty("id").GetString()!));
            totals.Add(page.GetProperty("total_count").GetInt32());
            JsonElement link = page.GetProperty("links").GetProperty("next");
            next = link.ValueKind == JsonValueKind.Null ? null : link.GetString()!["/api/v1/".Length..];
            next?.Should().Contain("supported_parameters=temperature", "the next link keeps the filters");
        }

        pages.Should().Be((TextModelCount + 4) / 5);
        ids.Should().OnlyHaveUniqueItems().And.HaveCount(TextModelCount);
        ids.Should().Equal(EmulatorCatalog.Models.Where(m => m.OutputModality == "text").Select(m => m.Id), "pages follow the catalog order");
        totals.Should().AllBeEquivalentTo(TextModelCount);
    }

    [Fact]
    public async Task The_sdk_reads_one_page_by_offset_and_limit_and_the_full_list_without_them()
    {
        await using var session = await EmulatorSession.StartAsync();

        IReadOnlyList<ModelInfo> second = await session.Client.ListModelsAsync(new ModelListQuery { Offset = 2, Limit = 3 }, Ct);
        IReadOnlyList<ModelInfo> all = await session.Client.ListModelsAsync(cancellationToken: Ct);
        IReadOnlyList<ModelInfo> pastTheEnd = await session.Client.ListModelsAsync(new ModelListQuery { Offset = 500 }, Ct);

        second.Select(m => m.Id).Should().Equal(all.Skip(2).Take(3).Select(m => m.Id));
        all.Should().HaveCount(TextModelCount);
        pastTheEnd.Should().BeEmpty();
    }

    [Theory]
    [InlineData("models?limit=0", "limit")]
    [InlineData("models?limit=1001", "limit")]
    [InlineData("models?offset=-1", "offset")]
    [InlineData("models?offset=abc", "offset")]
    public async Task Models_refuses_an_offset_or_limit_out_of_range_with_a_400(string path, string parameter)
    {
        await using var session = await EmulatorSession.StartAsync();

        using HttpResponseMessage response = await session.Http.GetAsync(path, Ct);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        using JsonDocument body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        body.RootElement.GetProperty("error").GetProperty("code").GetInt32().Should().Be(400);
        body.RootElement.GetProperty("error").GetProperty("message").GetString().Should().Contain($"'{parameter}'");
    }

    [Fact]
    public async Task Embedding_models_are_listed_only_when_output_modalities_asks_for_them()
    {
        await using var session = await EmulatorSession.StartAsync();

        JsonElement text = await GetJsonAsync(session.Http, "models");
        JsonElement embeddings = await GetJsonAsync(session.Http, "models?output_modalities=embeddings");
        JsonElement all = await GetJsonAsync(session.Http, "models?output_modalities=all");

        text.GetProperty("data").EnumerateArray().Select(m => m.GetProperty("id").GetString()).Should().NotContain(EmulatorCatalog.EmbeddingModel);
        embeddings.GetProperty("data").EnumerateArray().Select(m => m.GetProperty("id").GetString()).Should().Equal(EmulatorCatalog.EmbeddingModel);
        embeddings.GetProperty("data")[0].GetProperty("architecture").GetProperty("output_modalities")[0].GetString().Should().Be("embeddings");
        all.GetProperty("total_count").GetInt32().Should().Be(EmulatorCatalog.Models.Count);
    }

    [Fact]
    public async Task The_catalog_is_public_like_on_openrouter_so_it_answers_without_a_key()
    {
        await using var session = await EmulatorSession.StartAsync();
        using var anonymous = new HttpClient { BaseAddress = session.Emulator.BaseUrl };

        foreach (string path in new[] { "models", "providers", "models/openai/gpt-4o-mini/endpoints" })
        {
            using HttpResponseMessage response = await anonymous.GetAsync(path, Ct);
            response.StatusCode.Should().Be(HttpStatusCode.OK, path);
        }
    }

    [Fact]
    public async Task The_details_link_of_every_model_leads_to_its_endpoints()
    {
        await using var session = await EmulatorSession.StartAsync();
        IReadOnlyList<ModelInfo> models = await session.Client.ListModelsAsync(new ModelListQuery { AllOutputModalities = true }, Ct);

        foreach (ModelInfo model in models)
        {
            string details = model.Links!.Details!;
            details.Should().Be($"/api/v1/models/{model.CanonicalSlug}/endpoints");
            JsonElement data = (await GetJsonAsync(session.Http, details["/api/v1/".Length..])).GetProperty("data");
            data.GetProperty("id").GetString().Should().Be(model.Id, details);
        }
    }

    [Fact]
    public async Task Model_endpoints_describe_the_emulator_endpoint_with_the_models_prices_and_404_for_an_unknown_model()
    {
        await using var session = await EmulatorSession.StartAsync();

        ModelEndpoints endpoints = await session.Client.ListModelEndpointsAsync(EmulatedModels.Echo, Ct);

        endpoints.Id.Should().Be(EmulatedModels.Echo);
        endpoints.Name.Should().Be("Emulator: Echo");
        endpoints.Created.Should().Be(EmulatorCatalog.Created);
        ModelEndpoint endpoint = endpoints.Endpoints.Should().ContainSingle().Subject;
        endpoint.ProviderName.Should().Be(EmulatedModels.ProviderName);
        endpoint.Tag.Should().Be("emulator");
        endpoint.ModelId.Should().Be(EmulatedModels.Echo);
        endpoint.ContextLength.Should().Be(128_000);
        endpoint.Pricing.Prompt.Should().Be(0.0000001m);
        endpoint.Pricing.Completion.Should().Be(0.0000004m);
        endpoint.SupportedParameters.Should().Contain("tools");
        endpoint.Status.Should().Be(0, "0 is a healthy endpoint");
        endpoint.UptimeLast30m.Should().Be(100);
        endpoint.LatencyLast30m!.P50.Should().Be(5);
        await session.Client.Invoking(c => c.ListModelEndpointsAsync("nobody/no-such-model", Ct)).Should().ThrowAsync<OpenRouterNotFoundException>();
    }

    [Fact]
    public async Task Providers_lists_the_emulator_and_the_providers_routing_commonly_names()
    {
        await using var session = await EmulatorSession.StartAsync();

        IReadOnlyList<ProviderInfo> providers = await session.Client.ListProvidersAsync(Ct);

        ProviderInfo emulator = providers.Should().ContainSingle(p => p.Slug == "emulator").Subject;
        emulator.Name.Should().Be(EmulatedModels.ProviderName);
        emulator.Headquarters.Should().Be("US");
        providers.Select(p => p.Name).Should().Contain(["OpenAI", "Anthropic", "Azure"]);
        providers.Single(p => p.Slug == "openai").PrivacyPolicyUrl.Should().StartWith("https://");
    }
}
