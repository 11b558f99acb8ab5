using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using FluentAssertions;
using OpenRouter.Sdk;
using Xunit;

namespace OpenRouter.Emulator.Tests;

/// <summary><c>GET /key</c>'s full member set and <c>GET /credits</c> as a management route.</summary>
public sealed class KeyAndCreditsEmulatorTests
{
    private const string ManagementKey = "sk-or-v1-management-fedcba9876543210fedcba9876543210";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(Uri baseUrl, string key, string path)
    {
        using var http = new HttpClient { BaseAddress = baseUrl };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using HttpResponseMessage response = await http.GetAsync(path, Ct);
        using JsonDocument document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        return (response.StatusCode, document.RootElement.Clone());
    }

    [Fact]
    public async Task Credits_with_an_inference_key_is_openrouters_403_and_the_management_key_reads_them()
    {
        await using OpenRouterEmulator emulator = await OpenRouterEmulator.StartAsync(new OpenRouterEmulatorOptions { ManagementKey = ManagementKey, TotalCredits = 7m }, Ct);
        using var inferenceOnly = new OpenRouterClient(new OpenRouterClientOptions { ApiKey = TestCredentials.ApiKey, BaseUrl = emulator.BaseUrl, EnableRetries = false });
        using var withManagement = new OpenRouterClient(new OpenRouterClientOptions { ApiKey = TestCredentials.ApiKey, ManagementKey = ManagementKey, BaseUrl = emulator.BaseUrl, EnableRetries = false });

        (HttpStatusCode status, JsonElement body) = await GetAsync(emulator.BaseUrl, TestCredentials.ApiKey, "credits");
        OpenRouterPermissionDeniedException refused = (await inferenceOnly.Invoking(c => c.GetCreditsAsync(Ct)).Should().ThrowAsync<OpenRouterPermissionDeniedException>()).Which;
        CreditsInfo credits = await withManagement.GetCreditsAsync(Ct);

        status.Should().Be(HttpStatusCode.Forbidden);
        body.GetProperty("error").GetProperty("code").GetInt32().Should().Be(403);
        body.GetProperty("error").GetProperty("message").GetString().Should().Be("Only management keys can perform this operation");
        refused.StatusCode.Should().Be(403);
        refused.Message.Should().Contain("management key");
        credits.TotalCredits.Should().Be(7m);
        credits.TotalUsage.Should().Be(0m);
    }

    [Fact]
    public async Task Key_carries_the_members_the_official_sdk_requires_beyond_the_spec()
    {
        await using var session = await EmulatorSession.StartAsync();

        JsonElement key = (await GetAsync(session.Emulator.BaseUrl, TestCredentials.ApiKey, "key")).Body.GetProperty("data");

        key.GetProperty("allowed_data_regions").EnumerateArray().Select(r => r.GetString()).Should().Equal("global", "europe", "us");
        JsonElement free = key.GetProperty("free_model_daily_requests");
        free.GetProperty("used").GetInt32().Should().Be(0);
        free.GetProperty("limit").GetInt32().Should().Be(AccountHandlers.FreeModelDailyLimit);
        free.GetProperty("remaining").GetInt32().Should().Be(AccountHandlers.FreeModelDailyLimit);
        key.GetProperty("organization_id").ValueKind.Should().Be(JsonValueKind.Null, "the emulated account is a personal one");
        key.GetProperty("workspace_id").GetString().Should().Be(ActivityRoutes.DefaultWorkspaceId);
        key.GetProperty("is_management_key").GetBoolean().Should().BeFalse();
    }

    [Fact]
    public async Task Free_model_requests_count_against_the_daily_allowance()
    {
        await using var session = await EmulatorSession.StartAsync();
        foreach (string model in new[] { "openai/gpt-4o-mini:free", "openai/gpt-4o-mini", "deepseek/deepseek-chat:free" })
        {
            await session.Client.CreateChatCompletionAsync(new ChatCompletionRequest { Model = model, Messages = { new UserMessage("hi") } }, Ct);
        }

        JsonElement free = (await GetAsync(session.Emulator.BaseUrl, TestCredentials.ApiKey, "key")).Body.GetProperty("data").GetProperty("free_model_daily_requests");

        free.GetProperty("used").GetInt32().Should().Be(2);
        free.GetProperty("remaining").GetInt32().Should().Be(AccountHandlers.FreeModelDailyLimit - 2);
    }

    [Fact]
    public async Task Key_says_whether_the_calling_key_is_the_management_key()
    {
        await using OpenRouterEmulator emulator = await OpenRouterEmulator.StartAsync(new OpenRouterEmulatorOptions { ManagementKey = ManagementKey }, Ct);

        JsonElement inference = (await GetAsync(emulator.BaseUrl, TestCredentials.ApiKey, "key")).Body.GetProperty("data");
        JsonElement management = (await GetAsync(emulator.BaseUrl, ManagementKey, "key")).Body.GetProperty("data");

        inference.GetProperty("is_management_key").GetBoolean().Should().BeFalse();
        management.GetProperty("is_management_key").GetBoolean().Should().BeTrue();
        management.GetProperty("is_provisioning_key").GetBoolean().Should().BeTrue("the legacy name says the same");
    }
}
