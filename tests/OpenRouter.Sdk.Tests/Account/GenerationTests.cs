using System.Diagnostics;
using System.Net;
using FluentAssertions;
using OpenRouter.Sdk.Tests.Infrastructure;
using RichardSzalay.MockHttp;
using Xunit;

namespace OpenRouter.Sdk.Tests.Account;

public sealed class GenerationTests
{
    private const string NotFoundBody = """{"error":{"code":404,"message":"Generation not found"}}""";

    // Every field of API.md §9, with nulls, exponent-form money and a member the SDK does not know.
    internal const string GenerationBody = """
        {"data":{
          "id":"gen-1747930371-AbCdEfGhIjKlMnOpQrSt",
          "upstream_id":"chatcmpl-BkUpstream",
          "total_cost":6e-7,
          "cache_discount":null,
          "upstream_inference_cost":0.0076509169000000005,
          "created_at":"2026-03-01T12:34:56.789Z",
          "model":"openai/gpt-4o-mini",
          "app_id":12345,
          "streamed":true,
          "cancelled":false,
          "provider_name":"OpenAI",
          "latency":412,
          "moderation_latency":null,
          "generation_time":1234.5,
          "finish_reason":"stop",
          "native_finish_reason":"completed",
          "tokens_prompt":12,
          "tokens_completion":34,
          "native_tokens_prompt":13,
          "native_tokens_completion":35,
          "native_tokens_completion_images":0,
          "native_tokens_reasoning":7,
          "native_tokens_cached":4,
          "num_media_prompt":1,
          "num_input_audio_prompt":null,
          "num_media_completion":0,
          "num_search_results":5,
          "num_fetches":2,
          "origin":"https://example.com/",
          "usage":6e-7,
          "is_byok":false,
          "external_user":"user-42",
          "api_type":"completions",
          "router":null,
          "http_referer":"https://example.com",
          "user_agent":"OpenRouter.Sdk/0.1.0",
          "preset_id":null,
          "session_id":"session-1",
          "request_id":"req-9",
          "response_cache_source_id":null,
          "service_tier":"default",
          "web_search_engine":"exa",
          "data_region":"europe",
          "workspace_id":"ws-1",
          "provider_responses":[
            {"endpoint_id":"ep-1","id":"up-1","is_byok":false,"latency":80,"model_permaslug":"openai/gpt-4o-mini-2024-07-18","provider_name":"Azure","status":429,"routed_service_tier":null},
            {"endpoint_id":"ep-2","is_byok":false,"latency":412.5,"model_permaslug":"openai/gpt-4o-mini-2024-07-18","provider_name":"OpenAI","status":200,"routed_service_tier":"default"}
          ],
          "future_field":{"x":1}
        }}
        """;

    [Fact]
    public async Task Every_field_of_a_generation_record_is_read()
    {
        using var api = new MockApi();
        api.ExpectGet("generation?id=gen-1747930371-AbCdEfGhIjKlMnOpQrSt").Respond(HttpStatusCode.OK, "application/json", GenerationBody);
        using var client = api.Client();

        GenerationInfo g = await client.GetGenerationAsync("gen-1747930371-AbCdEfGhIjKlMnOpQrSt", TestContext.Current.CancellationToken);

        api.Verify();
        g.Id.Should().Be("gen-1747930371-AbCdEfGhIjKlMnOpQrSt");
        g.UpstreamId.Should().Be("chatcmpl-BkUpstream");
        g.TotalCost.Should().Be(0.0000006m);
        g.CacheDiscount.Should().BeNull();
        g.UpstreamInferenceCost.Should().Be(0.0076509169000000005m);
        g.CreatedAt.Should().Be(new DateTimeOffset(2026, 3, 1, 12, 34, 56, 789, TimeSpan.Zero));
        g.Model.Should().Be("openai/gpt-4o-mini");
        g.AppId.Should().Be(12345);
        g.Streamed.Should().BeTrue();
        g.Cancelled.Should().BeFalse();
        g.ProviderName.Should().Be("OpenAI");
        g.Latency.Should().Be(412);
        g.ModerationLatency.Should().BeNull();
        g.GenerationTime.Should().Be(1234.5);
        g.FinishReason.Should().Be(FinishReason.Stop);
        g.NativeFinishReason.Should().Be("completed");
        (g.TokensPrompt, g.TokensCompletion).Should().Be((12, 34));
        (g.NativeTokensPrompt, g.NativeTokensCompletion).Should().Be((13, 35));
        g.NativeTokensCompletionImages.Should().Be(0);
        g.NativeTokensReasoning.Should().Be(7);
        g.NativeTokensCached.Should().Be(4);
        g.NumMediaPrompt.Should().Be(1);
        g.NumInputAudioPrompt.Should().BeNull();
        g.NumMediaCompletion.Should().Be(0);
        g.NumSearchResults.Should().Be(5);
        g.NumFetches.Should().Be(2);
        g.Origin.Should().Be("https://example.com/");
        g.Usage.Should().Be(0.0000006m);
        g.IsByok.Should().BeFalse();
        g.ExternalUser.Should().Be("user-42");
        g.ApiType.Should().Be(GenerationApiType.Completions);
        g.Router.Should().BeNull();
        g.HttpReferer.Should().Be("https://example.com");
        g.UserAgent.Should().Be("OpenRouter.Sdk/0.1.0");
        g.PresetId.Should().BeNull();
        g.SessionId.Should().Be("session-1");
        g.RequestId.Should().Be("req-9");
        g.ResponseCacheSourceId.Should().BeNull();
        g.ServiceTier.Should().Be(ServiceTier.Default);
        g.WebSearchEngine.Should().Be("exa");
        g.DataRegion.Should().Be(DataRegion.Europe);
        g.WorkspaceId.Should().Be("ws-1");
        g.ProviderResponses.Should().HaveCount(2);
        g.ProviderResponses![0].ProviderName.Should().Be("Azure");
        g.ProviderResponses[0].Status.Should().Be(429);
        g.ProviderResponses[0].Id.Should().Be("up-1");
        g.ProviderResponses[0].EndpointId.Should().Be("ep-1");
        g.ProviderResponses[0].RoutedServiceTier.Should().BeNull();
        g.ProviderResponses[1].Latency.Should().Be(412.5);
        g.ProviderResponses[1].ModelPermaslug.Should().Be("openai/gpt-4o-mini-2024-07-18");
        g.ProviderResponses[1].RoutedServiceTier.Should().Be("default");
        g.ProviderResponses[1].IsByok.Should().BeFalse();
        g.AdditionalProperties.Should().ContainKey("future_field");
        g.AdditionalProperties!["future_field"].GetProperty("x").GetInt32().Should().Be(1);
    }

    [Fact]
    public async Task Unknown_api_type_and_region_values_are_kept()
    {
        using var api = new MockApi();
        api.ExpectGet("generation?id=gen-1").Respond(HttpStatusCode.OK, "application/json", """{"data":{"id":"gen-1","total_cost":0,"api_type":"hologram","data_region":"mars","created_at":"2025-05-12 10:00:00.123+00"}}""");
        using var client = api.Client();

        GenerationInfo g = await client.GetGenerationAsync("gen-1", TestContext.Current.CancellationToken);

        api.Verify();

        g.ApiType!.Value.Value.Should().Be("hologram");
        g.DataRegion!.Value.Value.Should().Be("mars");
        g.CreatedAt.Should().Be(new DateTimeOffset(2025, 5, 12, 10, 0, 0, 123, TimeSpan.Zero));
    }

    [Fact]
    public async Task The_id_is_escaped_in_the_query_string()
    {
        using var api = new MockApi();
        api.ExpectGet("generation?id=a%26b%20%3Dc").Respond(HttpStatusCode.OK, "application/json", """{"data":{"id":"a&b","total_cost":0}}""");
        using var client = api.Client();

        await client.GetGenerationAsync("a&b =c", TestContext.Current.CancellationToken);

        api.Verify();
    }

    [Fact]
    public async Task A_record_that_appears_after_two_404s_is_returned_after_short_waits_on_the_injected_clock()
    {
        var time = new AutoAdvancingTimeProvider();
        using var api = new MockApi();
        api.ExpectGet("generation?id=gen-1747930371-AbCdEfGhIjKlMnOpQrSt").Respond(HttpStatusCode.NotFound, "application/json", NotFoundBody);
        api.ExpectGet("generation?id=gen-1747930371-AbCdEfGhIjKlMnOpQrSt").Respond(HttpStatusCode.NotFound, "application/json", NotFoundBody);
        api.ExpectGet("generation?id=gen-1747930371-AbCdEfGhIjKlMnOpQrSt").Respond(HttpStatusCode.OK, "application/json", GenerationBody);
        using var client = api.Client(o => { o.TimeProvider = time; o.RequestTimeout = Timeout.InfiniteTimeSpan; });
        var wall = Stopwatch.StartNew();

        GenerationInfo g = await client.GetGenerationAsync("gen-1747930371-AbCdEfGhIjKlMnOpQrSt", TestContext.Current.CancellationToken);

        g.TotalCost.Should().Be(0.0000006m);
        api.Verify();
        time.Waits.Should().Equal(TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(500));
        wall.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5), "waits run on the injected clock, not in real time");
    }

    [Fact]
    public async Task A_record_that_never_appears_raises_the_404_once_the_default_lookup_time_is_spent()
    {
        var time = new AutoAdvancingTimeProvider();
        using var api = new MockApi();
        for (int attempt = 0; attempt < 9; attempt++)
        {
            api.ExpectGet("generation?id=gen-missing").Respond(HttpStatusCode.NotFound, "application/json", NotFoundBody);
        }

        using var client = api.Client(o => { o.TimeProvider = time; o.RequestTimeout = Timeout.InfiniteTimeSpan; });
        var wall = Stopwatch.StartNew();

        Func<Task> lookup = () => client.GetGenerationAsync("gen-missing", TestContext.Current.CancellationToken);

        (await lookup.Should().ThrowAsync<OpenRouterNotFoundException>()).Which.StatusCode.Should().Be(404);
        new OpenRouterClientOptions().GenerationLookupTimeout.Should().Be(TimeSpan.FromSeconds(10));
        time.Elapsed.Should().Be(TimeSpan.FromSeconds(10));
        time.Waits.Should().Equal(
            new[] { 0.25, 0.5, 1, 2, 2, 2, 2, 0.25 }.Select(TimeSpan.FromSeconds),
            "the backoff doubles from 250 ms, is capped at 2 s, and the last wait ends exactly at the limit");
        api.Verify();
        wall.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task The_lookup_time_is_configurable_and_zero_means_a_single_attempt()
    {
        var time = new AutoAdvancingTimeProvider();
        using var api = new MockApi();
        api.ExpectGet("generation?id=gen-missing").Respond(HttpStatusCode.NotFound, "application/json", NotFoundBody);
        using var client = api.Client(o => { o.TimeProvider = time; o.RequestTimeout = Timeout.InfiniteTimeSpan; o.GenerationLookupTimeout = TimeSpan.Zero; });

        Func<Task> lookup = () => client.GetGenerationAsync("gen-missing", TestContext.Current.CancellationToken);

        await lookup.Should().ThrowAsync<OpenRouterNotFoundException>();
        api.Verify();
        time.Waits.Should().BeEmpty();
    }

    [Fact]
    public async Task Errors_other_than_404_are_not_retried()
    {
        var time = new AutoAdvancingTimeProvider();
        using var api = new MockApi();
        api.ExpectGet("generation?id=gen-1").Respond(HttpStatusCode.Unauthorized, "application/json", """{"error":{"code":401,"message":"User not found."}}""");
        using var client = api.Client(o => { o.TimeProvider = time; o.RequestTimeout = Timeout.InfiniteTimeSpan; });

        Func<Task> lookup = () => client.GetGenerationAsync("gen-1", TestContext.Current.CancellationToken);

        await lookup.Should().ThrowAsync<OpenRouterAuthenticationException>();
        api.Verify();
        time.Waits.Should().BeEmpty();
    }

    [Fact]
    public async Task Cancellation_while_waiting_for_the_record_throws_OperationCanceledException()
    {
        var time = new AutoAdvancingTimeProvider { Frozen = true };
        using var api = new MockApi();
        api.ExpectGet("generation?id=gen-1").Respond(HttpStatusCode.NotFound, "application/json", NotFoundBody);
        using var client = api.Client(o => { o.TimeProvider = time; o.RequestTimeout = Timeout.InfiniteTimeSpan; });
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);

        Task<GenerationInfo> lookup = client.GetGenerationAsync("gen-1", cts.Token);
        while (time.Waits.Count == 0)
        {
            await Task.Delay(5, TestContext.Current.CancellationToken);
        }

        lookup.IsCompleted.Should().BeFalse("the lookup is waiting on a timer that never fires");
        cts.Cancel();

        Func<Task> awaiting = () => lookup;
        await awaiting.Should().ThrowAsync<OperationCanceledException>();
        api.Verify();
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task A_blank_id_is_rejected_before_any_request(string id)
    {
        using var api = new MockApi();
        using var client = api.Client();

        Action call = () => client.GetGenerationAsync(id, TestContext.Current.CancellationToken);
        Action nullCall = () => client.GetGenerationAsync(null!, TestContext.Current.CancellationToken);

        call.Should().Throw<ArgumentException>().WithParameterName("generationId");
        nullCall.Should().Throw<ArgumentNullException>().WithParameterName("generationId");
        api.Verify();
        await Task.CompletedTask;
    }
}
