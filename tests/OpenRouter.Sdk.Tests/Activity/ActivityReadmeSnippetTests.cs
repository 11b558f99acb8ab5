using System.Globalization;
using System.Net;
using FluentAssertions;
using Xunit;

namespace OpenRouter.Sdk.Tests.ActivityArea;

/// <summary>Runs the C# snippet of the README section on management keys and area clients (kept verbatim below).</summary>
public sealed class ActivityReadmeSnippetTests
{
    [Fact]
    public async Task Yesterdays_activity_with_a_client_that_has_only_a_management_key()
    {
        CancellationToken ct = TestContext.Current.CancellationToken;
        string day = DateTime.UtcNow.Date.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var handler = new RecordingHandler(HttpStatusCode.OK,
            $$"""{"data":[{"date":"{{day}}","model":"openai/gpt-4.1","model_permaslug":"openai/gpt-4.1-2025-04-14","endpoint_id":"e1","provider_name":"OpenAI","usage":0.015,"byok_usage_inference":0,"requests":5,"prompt_tokens":50,"completion_tokens":125,"reasoning_tokens":0}]}""");
        using var admin = new OpenRouterClient(new HttpClient(handler), new OpenRouterClientOptions { ManagementKey = ActivityTestSupport.ManagementKey });

        IReadOnlyList<ActivityItem> yesterday = await admin.Activity.GetActivityAsync(
            new ActivityQuery { Date = DateTime.UtcNow.Date.AddDays(-1) }, ct);
        foreach (ActivityItem row in yesterday)
        {
            Console.WriteLine($"{row.Model} via {row.ProviderName}: {row.Requests} requests, ${row.Usage}");
        }

        handler.Requests.Single().RequestUri!.Query.Should().Be("?date=" + day);
        yesterday.Single().Requests.Should().Be(5);
    }
}
