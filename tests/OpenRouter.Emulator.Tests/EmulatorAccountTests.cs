using System.Net;
using System.Text.Json;
using FluentAssertions;
using OpenRouter.Sdk;
using Xunit;

namespace OpenRouter.Emulator.Tests;

public sealed class EmulatorAccountTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<JsonElement> GetJsonAsync(HttpClient http, string path)
    {
        using HttpResponseMessage response = await http.GetAsync(path, Ct);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        using JsonDocument document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        return document.RootElement.Clone();
    }

    [Fact]
    public async Task Every_endpoint_but_the_public_catalog_refuses_a_request_without_a_bearer_key()
    {
        await using var session = await EmulatorSession.StartAsync();
        using var anonymous = new HttpClient { BaseAddress = session.Emulator.BaseUrl };

        foreach (string path in new[] { "key", "credits", "generation?id=gen-1", "keys" })
        {
            using HttpResponseMessage response = await anonymous.GetAsync(path, Ct);
            response.StatusCode.Should().Be(HttpStatusCode.Unauthorized, path);
            (await response.Content.ReadAsStringAsync(Ct)).Should().Contain("\"code\":401");
        }

        using HttpResponseMessage chat = await anonymous.PostAsync("chat/completions", new StringContent("""{"messages":[{"role":"user","content":"hi"}]}"""), Ct);
        chat.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Models_lists_the_emulated_catalog_in_the_2026_shape_and_filters_by_supported_parameters()
    {
        await using var session = await EmulatorSession.StartAsync();

        JsonElement all = await GetJsonAsync(session.Http, "models");
        JsonElement withTools = await GetJsonAsync(session.Http, "models?supported_parameters=tools");

        all.GetProperty("total_count").GetInt32().Should().Be(EmulatorCatalog.Models.Count(m => m.OutputModality == "text"), "embedding models are listed only on request");
        JsonElement echo = all.GetProperty("data").EnumerateArray().Single(m => m.GetProperty("id").GetString() == EmulatedModels.Echo);
        echo.GetProperty("pricing").GetProperty("prompt").GetString().Should().Be("0.0000001", "prices are decimal strings per token");
        echo.GetProperty("pricing").GetProperty("completion").GetString().Should().Be("0.0000004");
        echo.GetProperty("context_length").GetInt32().Should().Be(128_000);
        echo.GetProperty("supported_parameters").EnumerateArray().Select(p => p.GetString()).Should().Contain("tools");
        echo.GetProperty("architecture").GetProperty("output_modalities")[0].GetString().Should().Be("text");

        string?[] toolIds = withTools.GetProperty("data").EnumerateArray().Select(m => m.GetProperty("id").GetString()).ToArray();
        toolIds.Should().Contain(EmulatedModels.Echo).And.NotContain(EmulatedModels.Lorem);
    }

    [Fact]
    public async Task Generation_returns_the_stats_of_a_served_completion_and_404_for_an_unknown_id()
    {
        await using var session = await EmulatorSession.StartAsync();
        ChatCompletion completion = await session.Client.CreateChatCompletionAsync(
            new ChatCompletionRequest { Model = EmulatedModels.Echo, Messages = { new UserMessage("count these four words") }, User = "user-7" }, Ct);

        JsonElement data = (await GetJsonAsync(session.Http, "generation?id=" + completion.Id)).GetProperty("data");
        using HttpResponseMessage missing = await session.Http.GetAsync("generation?id=gen-0-unknown", Ct);

        data.GetProperty("id").GetString().Should().Be(completion.Id);
        data.GetProperty("model").GetString().Should().Be(EmulatedModels.Echo);
        data.GetProperty("total_cost").GetDecimal().Should().Be(completion.Usage!.Cost!.Value);
        data.GetProperty("tokens_prompt").GetInt32().Should().Be(completion.Usage.PromptTokens);
        data.GetProperty("tokens_completion").GetInt32().Should().Be(4);
        data.GetProperty("streamed").GetBoolean().Should().BeFalse();
        data.GetProperty("finish_reason").GetString().Should().Be("stop");
        data.GetProperty("external_user").GetString().Should().Be("user-7");
        missing.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Key_labels_the_key_without_revealing_it_and_credits_track_what_was_spent()
    {
        await using var session = await EmulatorSession.StartAsync(new OpenRouterEmulatorOptions { TotalCredits = 5m });
        ChatCompletion a = await session.Client.CreateChatCompletionAsync(new ChatCompletionRequest { Model = EmulatedModels.Echo, Messages = { new UserMessage("one") } }, Ct);
        ChatCompletion b = await session.Client.StreamChatCompletionAsync(new ChatCompletionRequest { Model = EmulatedModels.Lorem, Messages = { new UserMessage("two") } }, Ct).ToChatCompletionAsync(Ct);
        decimal spent = a.Usage!.Cost!.Value + b.Usage!.Cost!.Value;

        JsonElement key = (await GetJsonAsync(session.Http, "key")).GetProperty("data");
        JsonElement credits = (await GetJsonAsync(session.Http, "credits")).GetProperty("data");

        string label = key.GetProperty("label").GetString()!;
        label.Should().Be(TestCredentials.ApiKey[..12] + "..." + TestCredentials.ApiKey[^4..]);
        label.Should().NotContain(TestCredentials.ApiKey[12..^4]);
        key.GetProperty("usage").GetDecimal().Should().Be(spent);
        key.GetProperty("is_free_tier").GetBoolean().Should().BeFalse();
        credits.GetProperty("total_credits").GetDecimal().Should().Be(5m);
        credits.GetProperty("total_usage").GetDecimal().Should().Be(spent);
    }

    [Fact]
    public async Task Raw_stream_has_the_recorded_2026_shape_keep_alive_first_then_done()
    {
        await using var session = await EmulatorSession.StartAsync();
        using var content = new StringContent("""{"model":"emulator/echo","stream":true,"messages":[{"role":"user","content":"hi there"}]}""");

        using HttpResponseMessage response = await session.Http.PostAsync("chat/completions", content, Ct);
        string body = await response.Content.ReadAsStringAsync(Ct);

        response.Content.Headers.ContentType!.MediaType.Should().Be("text/event-stream");
        response.Headers.GetValues("X-Generation-Id").Single().Should().StartWith("gen-");
        string[] events = body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        events[0].Should().Be(": OPENROUTER PROCESSING");
        events[^1].Should().Be("data: [DONE]");
        events.Should().HaveCount(1 + 2 + 2 + 1, "keep-alive, a chunk per word, finish, finish again with usage, [DONE]");
        events[^2].Should().Contain("\"finish_reason\":\"stop\"").And.Contain("\"usage\":{").And.Contain("\"cost\":");
        events[^3].Should().Contain("\"finish_reason\":\"stop\"").And.NotContain("usage");
    }

    [Fact]
    public async Task Generation_and_key_carry_every_member_the_spec_marks_required_so_schema_validating_clients_accept_them()
    {
        // The required lists of GenerationResponse.data and GET /key's data in spec/openrouter-openapi-2026-08.yaml.
        string[] generationRequired =
        [
            "id", "upstream_id", "total_cost", "cache_discount", "upstream_inference_cost", "created_at", "model", "app_id", "streamed",
            "cancelled", "provider_name", "latency", "moderation_latency", "generation_time", "finish_reason", "service_tier", "tokens_prompt",
            "tokens_completion", "native_tokens_prompt", "native_tokens_completion", "native_tokens_completion_images", "native_tokens_reasoning",
            "native_tokens_cached", "num_media_prompt", "num_input_audio_prompt", "num_media_completion", "num_search_results", "num_fetches",
            "web_search_engine", "origin", "usage", "is_byok", "native_finish_reason", "external_user", "api_type", "preset_id", "router",
            "provider_responses", "user_agent", "http_referer", "data_region", "workspace_id",
        ];
        string[] keyRequired =
        [
            "label", "limit", "usage", "usage_daily", "usage_weekly", "usage_monthly", "byok_usage", "byok_usage_daily", "byok_usage_weekly",
            "byok_usage_monthly", "is_free_tier", "is_management_key", "is_provisioning_key", "limit_remaining", "limit_reset",
            "include_byok_in_limit", "creator_user_id", "rate_limit",
        ];
        await using var session = await EmulatorSession.StartAsync();
        ChatCompletion completion = await session.Client.CreateChatCompletionAsync(
            new ChatCompletionRequest { Model = "emulator/echo", Messages = { new UserMessage("hi") } }, Ct);

        JsonElement generation = (await GetJsonAsync(session.Http, "generation?id=" + completion.Id)).GetProperty("data");
        JsonElement key = (await GetJsonAsync(session.Http, "key")).GetProperty("data");

        generationRequired.Where(name => !generation.TryGetProperty(name, out _)).Should().BeEmpty();
        keyRequired.Where(name => !key.TryGetProperty(name, out _)).Should().BeEmpty();
        generation.GetProperty("workspace_id").GetString().Should().Be(ActivityRoutes.DefaultWorkspaceId);
        key.GetProperty("creator_user_id").GetString().Should().Be(AccountHandlers.EmulatorUser);
    }
}
