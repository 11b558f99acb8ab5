using System.Net;
using System.Text;
using FluentAssertions;
using OpenRouter.Sdk.Tests.Infrastructure;
using Xunit;

namespace OpenRouter.Sdk.Tests.Account;

/// <summary>Runs the C# snippets of the README account section (kept verbatim below) against scripted responses.</summary>
public sealed class ReadmeAccountSnippetTests
{
    [Fact]
    public async Task The_ten_cheapest_models_that_support_tools()
    {
        CancellationToken ct = TestContext.Current.CancellationToken;
        var models = new StringBuilder("""{"data":[{"id":"openrouter/auto","name":"Auto","created":0,"pricing":{"prompt":"-1","completion":"-1"},"supported_parameters":["tools"]}""");
        for (int i = 12; i >= 1; i--)
        {
            models.Append($$""",{"id":"vendor/model-{{i:00}}","name":"M{{i}}","created":0,"pricing":{"prompt":"0.000000{{i:00}}","completion":"0.000001"},"supported_parameters":["tools"]}""");
        }

        models.Append("]}");
        var handler = new StubHandler().Respond(HttpStatusCode.OK, models.ToString());
        using var client = TestClients.Create(handler);
        IOpenRouterClient openRouter = client;

        IReadOnlyList<ModelInfo> withTools = await openRouter.ListModelsAsync(
            new ModelListQuery { SupportedParameters = new List<string> { "tools" } }, ct);

        List<ModelInfo> cheapest = withTools
            .Where(m => !m.Pricing.IsVariable)   // router models such as openrouter/auto are priced per request ("-1")
            .OrderBy(m => m.Pricing.Prompt)
            .ThenBy(m => m.Pricing.Completion)
            .Take(10)
            .ToList();

        foreach (ModelInfo model in cheapest)
        {
            Console.WriteLine($"{model.Id}: ${model.Pricing.PromptPerMillionTokens}/M in, ${model.Pricing.CompletionPerMillionTokens}/M out");
        }

        handler.Requests.Single().Uri.PathAndQuery.Should().Be("/api/v1/models?supported_parameters=tools");
        cheapest.Select(m => m.Id).Should().Equal(Enumerable.Range(1, 10).Select(i => $"vendor/model-{i:00}"));
        cheapest[0].Pricing.PromptPerMillionTokens.Should().Be(0.01m);
    }

    [Fact]
    public async Task What_did_that_request_cost()
    {
        CancellationToken ct = TestContext.Current.CancellationToken;
        var time = new AutoAdvancingTimeProvider();
        var handler = new StubHandler()
            .Respond(HttpStatusCode.OK, Fixture.Bytes("01-chat-nonstream-basic-gpt-4o.json"))
            .Respond(HttpStatusCode.NotFound, """{"error":{"code":404,"message":"Generation not found"}}""")
            .Respond(HttpStatusCode.OK, GenerationTests.GenerationBody);
        using var client = TestClients.Create(handler, o => { o.TimeProvider = time; o.RequestTimeout = Timeout.InfiniteTimeSpan; });
        IOpenRouterClient openRouter = client;

        var request = new ChatCompletionRequest { Model = "openai/gpt-4o", Messages = { new UserMessage("Hello!") } };
        ChatCompletion completion = await openRouter.CreateChatCompletionAsync(request, ct);
        decimal? charged = completion.Usage?.Cost;   // the cost is already in the response

        // The full record: provider, latency, native token counts, cache discount, fallback attempts.
        GenerationInfo generation = await openRouter.GetGenerationAsync(completion.Id, ct);
        Console.WriteLine($"{generation.Model} via {generation.ProviderName}: ${generation.TotalCost} for "
            + $"{generation.NativeTokensPrompt} prompt + {generation.NativeTokensCompletion} completion tokens in {generation.GenerationTime} ms");

        charged.Should().NotBeNull().And.BeGreaterThan(0m);
        completion.Id.Should().StartWith("gen-");
        handler.Requests.Skip(1).Should().HaveCount(2).And.OnlyContain(r => r.Uri.PathAndQuery == "/api/v1/generation?id=" + completion.Id,
            "the record is looked up by the completion's id, again after the first 404");
        generation.TotalCost.Should().Be(0.0000006m);
        generation.ProviderName.Should().Be("OpenAI");
    }

    [Fact]
    public async Task How_much_budget_is_left()
    {
        CancellationToken ct = TestContext.Current.CancellationToken;
        using var client = TestClients.Create(new StubHandler().Respond(HttpStatusCode.OK, KeyAndCreditsTests.KeyBody));
        using var managementClient = TestClients.Create(new StubHandler().Respond(HttpStatusCode.OK, """{"data":{"total_credits":50,"total_usage":12.75}}"""));
        IOpenRouterClient openRouter = client;
        IOpenRouterClient management = managementClient;

        KeyInfo key = await openRouter.GetKeyInfoAsync(ct);
        string budget = key.Limit is null
            ? $"no limit on this key (spent ${key.Usage} so far)"
            : $"${key.LimitRemaining} of ${key.Limit} left, resets {key.LimitReset?.Value ?? "never"}";
        Console.WriteLine($"This key: {budget}");

        // The account balance needs a management key; an inference key gets OpenRouterPermissionDeniedException.
        CreditsInfo credits = await management.GetCreditsAsync(ct);
        Console.WriteLine($"Account: ${credits.Remaining} of ${credits.TotalCredits} left");

        budget.Should().Be("$17.4999999 of $25 left, resets monthly");
        credits.Remaining.Should().Be(37.25m);
    }
}
