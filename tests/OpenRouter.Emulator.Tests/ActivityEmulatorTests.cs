using System.Net;
using System.Text.Json;
using FluentAssertions;
using OpenRouter.Sdk;
using Xunit;

namespace OpenRouter.Emulator.Tests;

/// <summary>The emulator's <c>GET /activity</c>, read by the SDK end to end.</summary>
public sealed class ActivityEmulatorTests
{
    private const string ApiKey = TestCredentials.ApiKey;
    private const string ManagementKey = "sk-or-v1-management-fedcba9876543210fedcba9876543210";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static OpenRouterClient ClientFor(OpenRouterEmulator emulator, string managementKey = ManagementKey) =>
        new(new OpenRouterClientOptions { ApiKey = ApiKey, ManagementKey = managementKey, BaseUrl = emulator.BaseUrl, EnableRetries = false });

    [Fact]
    public async Task Activity_sums_the_generations_served_today_per_model_and_splits_them_per_workspace()
    {
        await using OpenRouterEmulator emulator = await OpenRouterEmulator.StartAsync(cancellationToken: Ct);
        using OpenRouterClient client = ClientFor(emulator);
        var request = new ChatCompletionRequest { Model = EmulatedModels.Echo, Messages = [new UserMessage("hello there")] };
        ChatCompletion first = await client.CreateChatCompletionAsync(request, Ct);
        ChatCompletion second = await client.CreateChatCompletionAsync(request, Ct);

        ActivityItem row = (await client.Activity.GetActivityAsync(cancellationToken: Ct)).Single();
        ActivityItem split = (await client.Activity.GetActivityAsync(new ActivityQuery { GroupByWorkspace = true }, Ct)).Single();
        IReadOnlyList<ActivityItem> otherDay = await client.Activity.GetActivityAsync(new ActivityQuery { Date = new DateTime(2020, 1, 1) }, Ct);

        row.Date.Should().Be(emulator.State.Generations.First().CreatedAt.UtcDateTime.Date);
        row.Model.Should().Be(EmulatedModels.Echo);
        row.Requests.Should().Be(2);
        row.PromptTokens.Should().Be(first.Usage!.PromptTokens + second.Usage!.PromptTokens);
        row.CompletionTokens.Should().Be(first.Usage.CompletionTokens + second.Usage.CompletionTokens);
        row.Usage.Should().Be(emulator.State.TotalUsage);
        row.WorkspaceId.Should().BeNull();
        split.WorkspaceId.Should().Be(ActivityRoutes.DefaultWorkspaceId);
        otherDay.Should().BeEmpty();
    }

    [Fact]
    public async Task Activity_needs_a_bearer_key_and_a_bad_date_is_a_400()
    {
        await using OpenRouterEmulator emulator = await OpenRouterEmulator.StartAsync(cancellationToken: Ct);
        using var http = new HttpClient { BaseAddress = emulator.BaseUrl };

        using HttpResponseMessage anonymous = await http.GetAsync("activity", Ct);
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", ManagementKey);
        using HttpResponseMessage badDate = await http.GetAsync("activity?date=24-08-2025", Ct);
        using HttpResponseMessage ok = await http.GetAsync("activity", Ct);

        anonymous.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        badDate.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        ok.StatusCode.Should().Be(HttpStatusCode.OK);
        using JsonDocument body = JsonDocument.Parse(await ok.Content.ReadAsStringAsync(Ct));
        body.RootElement.GetProperty("data").ValueKind.Should().Be(JsonValueKind.Array);
    }

    [Fact]
    public async Task An_emulator_with_a_management_key_refuses_other_keys_and_the_SDK_says_a_management_key_is_needed()
    {
        await using OpenRouterEmulator emulator = await OpenRouterEmulator.StartAsync(new OpenRouterEmulatorOptions { ManagementKey = ManagementKey }, Ct);
        using OpenRouterClient wrongKey = ClientFor(emulator, managementKey: "sk-or-v1-not-a-management-key-000000000");
        using OpenRouterClient rightKey = ClientFor(emulator);

        Func<Task> refused = () => wrongKey.Activity.GetActivityAsync(cancellationToken: Ct);

        (await refused.Should().ThrowAsync<OpenRouterPermissionDeniedException>()).Which.Message
            .Should().Contain("management key").And.Contain("Only management keys can perform this operation");
        (await rightKey.Activity.GetActivityAsync(cancellationToken: Ct)).Should().BeEmpty();
    }

    [Fact]
    public async Task The_emulator_answers_every_value_the_spec_lists()
    {
        await using OpenRouterEmulator emulator = await OpenRouterEmulator.StartAsync(cancellationToken: Ct);
        using var client = new OpenRouterClient(new OpenRouterClientOptions { ManagementKey = ManagementKey, BaseUrl = emulator.BaseUrl, EnableRetries = false });

        AnalyticsMeta meta = await client.Activity.GetAnalyticsMetaAsync(Ct);

        meta.Granularities.Select(g => g.Name).Should().Equal("minute", "hour", "day", "week", "month");
        meta.Operators.Select(o => o.Name).Should().Equal("eq", "neq", "in", "not_in", "gt", "gte", "lt", "lte");
        meta.Operators.Where(o => o.ValueType == "array").Select(o => o.Name).Should().Equal("in", "not_in");
        meta.Metrics.Select(m => m.DisplayFormat).Distinct().Should().BeSubsetOf(new[] { "number", "currency", "percent", "latency", "throughput" });
        meta.Metrics.Should().Contain(m => m.Name == "request_count" && !m.IsRate);
        meta.Dimensions.Should().Contain(d => d.Name == "model" && d.DisplayLabel == "Model");
    }
}
