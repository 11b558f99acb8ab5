using System.Net;
using FluentAssertions;
using OpenRouter.Sdk.Tests.Infrastructure;
using Xunit;

namespace OpenRouter.Sdk.Tests.RerankArea;

public sealed class RerankTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // The spec's example of the POST /rerank answer, with a provider and a cost as its schema describes them.
    private const string Answer = """
        {"id":"gen-rerank-1234567890-abc","model":"cohere/rerank-v3.5","provider":"Cohere",
         "results":[{"document":{"text":"Paris is the capital of France."},"index":0,"relevance_score":0.98},
                    {"document":{"text":"Berlin is the capital of Germany."},"index":1,"relevance_score":0.12}],
         "usage":{"search_units":1,"total_tokens":150,"cost":0.001}}
        """;

    [Fact]
    public async Task Rerank_posts_the_spec_example_and_reads_the_ranking()
    {
        var handler = new StubHandler().Respond(HttpStatusCode.OK, Answer);
        using OpenRouterClient client = TestClients.Create(handler);

        RerankResponse response = await client.Rerank.RerankAsync(
            new RerankRequest("cohere/rerank-v3.5", "What is the capital of France?", ["Paris is the capital of France.", "Berlin is the capital of Germany."]) { TopN = 3 },
            Ct);

        RecordedRequest sent = handler.Requests.Single();
        sent.Method.Should().Be(HttpMethod.Post);
        sent.Uri.AbsoluteUri.Should().Be("https://openrouter.ai/api/v1/rerank");
        sent.Header("Authorization").Should().Be("Bearer " + TestClients.ApiKey);
        sent.BodyText.Should().Be("""{"model":"cohere/rerank-v3.5","query":"What is the capital of France?","documents":["Paris is the capital of France.","Berlin is the capital of Germany."],"top_n":3}""");
        response.Id.Should().Be("gen-rerank-1234567890-abc");
        response.Model.Should().Be("cohere/rerank-v3.5");
        response.Provider.Should().Be("Cohere");
        response.Results.Select(r => r.Index).Should().Equal(0, 1);
        response.Results[0].RelevanceScore.Should().Be(0.98);
        response.Results[0].Document!.Text.Should().Be("Paris is the capital of France.");
        response.Results[0].Document!.Image.Should().BeNull();
        response.Results[1].RelevanceScore.Should().Be(0.12);
        response.Usage!.SearchUnits.Should().Be(1);
        response.Usage.TotalTokens.Should().Be(150);
        response.Usage.Cost.Should().Be(0.001m);
    }

    [Fact]
    public async Task Structured_documents_and_provider_preferences_are_sent_as_the_spec_shapes_them()
    {
        var handler = new StubHandler().Respond(HttpStatusCode.OK, Answer);
        using OpenRouterClient client = TestClients.Create(handler);

        await client.Rerank.RerankAsync(new RerankRequest
        {
            Model = "cohere/rerank-v3.5",
            Query = "robots",
            Documents =
            [
                "plain text",
                RerankDocument.FromContent("AI enables robots to perceive.", "https://example.com/robot.png"),
                RerankDocument.FromContent(null, "data:image/png;base64,AQID"),
            ],
            Provider = new ProviderPreferences { Order = ["cohere"], AllowFallbacks = false },
        }, Ct);

        JsonAssert.Equivalent("""
            {"model":"cohere/rerank-v3.5","query":"robots",
             "documents":["plain text",{"text":"AI enables robots to perceive.","image":"https://example.com/robot.png"},{"image":"data:image/png;base64,AQID"}],
             "provider":{"order":["cohere"],"allow_fallbacks":false}}
            """, handler.Requests.Single().BodyText);
    }

    [Fact]
    public async Task The_cost_is_recorded_in_the_budget()
    {
        var handler = new StubHandler().Respond(HttpStatusCode.OK, Answer);
        using OpenRouterClient client = TestClients.Create(handler, o => o.Budget = new OpenRouterBudget { Limit = 1m });

        await client.Rerank.RerankAsync(new RerankRequest("cohere/rerank-v3.5", "q", ["d"]), Ct);

        client.Budget!.Spent.Should().Be(0.001m);
    }

    public static TheoryData<string, Func<RerankRequest>> BadRequests { get; } = new()
    {
        { "needs a model", () => new RerankRequest("", "q", ["d"]) },
        { "needs a query", () => new RerankRequest { Model = "m/x", Query = null!, Documents = ["d"] } },
        { "at least one document", () => new RerankRequest("m/x", "q", []) },
        { "cannot contain null", () => new RerankRequest { Model = "m/x", Query = "q", Documents = [null!] } },
        { "TopN must be at least 1", () => new RerankRequest("m/x", "q", ["d"]) { TopN = 0 } },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task A_bad_request_is_refused_before_any_request(string expected, Func<RerankRequest> request)
    {
        var handler = new StubHandler().Respond(HttpStatusCode.OK, Answer);
        using OpenRouterClient client = TestClients.Create(handler);

        (await client.Rerank.Invoking(r => r.RerankAsync(request(), Ct)).Should().ThrowAsync<ArgumentException>())
            .Which.Message.Should().Contain(expected);
        await client.Rerank.Invoking(r => r.RerankAsync(null!, Ct)).Should().ThrowAsync<ArgumentNullException>();
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public void A_structured_document_needs_a_text_or_an_image()
    {
        FluentActions.Invoking(() => RerankDocument.FromContent(null, null)).Should().Throw<ArgumentException>();
    }

    [Fact]
    public async Task A_fake_derives_from_the_area_client()
    {
        OpenRouterRerankClient fake = new FakeRerank();

        (await fake.RerankAsync(new RerankRequest("m/x", "q", ["d"]), Ct)).Results.Single().Index.Should().Be(0);
    }

    private sealed class FakeRerank : OpenRouterRerankClient
    {
        public override Task<RerankResponse> RerankAsync(RerankRequest request, CancellationToken cancellationToken = default) =>
            Task.FromResult(OpenRouterModelFactory.RerankResponse([OpenRouterModelFactory.RerankResult(0, 0.9, "d")], "m/x"));
    }
}
