using System.Net;
using FluentAssertions;
using Xunit;
using static OpenRouter.Sdk.Tests.ActivityArea.ActivityTestSupport;

namespace OpenRouter.Sdk.Tests.ActivityArea;

public sealed class ActivityClientTests
{
    // The example of the spec's ActivityResponse (openapi-2026-08.yaml, GET /activity 200), plus a workspace id and a
    // member the SDK does not model.
    private const string SpecExample = """
        {"data":[{
          "byok_usage_inference":0.012,
          "completion_tokens":125,
          "date":"2025-08-24",
          "endpoint_id":"550e8400-e29b-41d4-a716-446655440000",
          "model":"openai/gpt-4.1",
          "model_permaslug":"openai/gpt-4.1-2025-04-14",
          "prompt_tokens":50,
          "provider_name":"OpenAI",
          "reasoning_tokens":25,
          "requests":5,
          "usage":0.015,
          "workspace_id":"0f3c9a5e-1111-4222-8333-444455556666",
          "cache_hits":2
        }]}
        """;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetActivity_sends_a_GET_with_the_escaped_query_and_the_management_key_and_no_body()
    {
        var handler = new RecordingHandler(HttpStatusCode.OK, """{"data":[]}""");
        using OpenRouterClient client = Client(handler);

        await client.Activity.GetActivityAsync(new ActivityQuery
        {
            Date = new DateTime(2025, 8, 24),
            ApiKeyHash = "abc123+/=",
            UserId = "user a&b",
            GroupByWorkspace = true,
            WorkspaceId = "550e8400-e29b-41d4-a716-446655440000",
        }, Ct);

        HttpRequestMessage request = handler.Requests.Single();
        request.Method.Should().Be(HttpMethod.Get);
        request.RequestUri!.AbsoluteUri.Should().Be(
            "https://openrouter.ai/api/v1/activity?date=2025-08-24&api_key_hash=abc123%2B%2F%3D&user_id=user%20a%26b&group_by=workspace&workspace_id=550e8400-e29b-41d4-a716-446655440000");
        request.Headers.Authorization!.Scheme.Should().Be("Bearer");
        request.Headers.Authorization.Parameter.Should().Be(ManagementKey, "management operations are sent with the management key, never the API key");
        handler.Bodies.Single().Should().BeNull("a GET sends no body");
    }

    [Fact]
    public async Task GetActivity_without_a_query_sends_no_query_string()
    {
        var handler = new RecordingHandler(HttpStatusCode.OK, """{"data":[]}""");
        using OpenRouterClient client = Client(handler);

        IReadOnlyList<ActivityItem> rows = await client.Activity.GetActivityAsync(cancellationToken: Ct);

        handler.Requests.Single().RequestUri!.AbsoluteUri.Should().Be("https://openrouter.ai/api/v1/activity");
        rows.Should().BeEmpty();
    }

    [Fact]
    public async Task GetActivity_reads_every_member_of_the_spec_example()
    {
        using OpenRouterClient client = Client(new RecordingHandler(HttpStatusCode.OK, SpecExample));

        ActivityItem row = (await client.Activity.GetActivityAsync(cancellationToken: Ct)).Single();

        row.Date.Should().Be(new DateTime(2025, 8, 24));
        row.Date.Kind.Should().Be(DateTimeKind.Utc);
        row.Model.Should().Be("openai/gpt-4.1");
        row.ModelPermaslug.Should().Be("openai/gpt-4.1-2025-04-14");
        row.EndpointId.Should().Be("550e8400-e29b-41d4-a716-446655440000");
        row.ProviderName.Should().Be("OpenAI");
        row.Usage.Should().Be(0.015m, "money is an exact decimal");
        row.ByokUsageInference.Should().Be(0.012m);
        row.Requests.Should().Be(5);
        row.PromptTokens.Should().Be(50);
        row.CompletionTokens.Should().Be(125);
        row.ReasoningTokens.Should().Be(25);
        row.WorkspaceId.Should().Be("0f3c9a5e-1111-4222-8333-444455556666");
        row.AdditionalProperties.Should().ContainKey("cache_hits");
        row.AdditionalProperties!["cache_hits"].GetInt32().Should().Be(2);
    }

    [Fact]
    public async Task A_date_sent_as_a_timestamp_keeps_its_UTC_day_and_null_items_are_skipped()
    {
        using OpenRouterClient client = Client(new RecordingHandler(HttpStatusCode.OK,
            """{"data":[null,{"date":"2025-08-24T23:30:00-02:00","model":null,"usage":"0.5","requests":1}]}"""));

        ActivityItem row = (await client.Activity.GetActivityAsync(cancellationToken: Ct)).Single();

        row.Date.Should().Be(new DateTime(2025, 8, 25), "23:30 at UTC-2 is the 25th in UTC");
        row.Model.Should().BeEmpty("a null where a value is promised reads as empty, never null");
        row.Usage.Should().Be(0.5m);
        row.WorkspaceId.Should().BeNull("rows carry a workspace only with group_by=workspace");
    }

    [Fact]
    public async Task Without_a_management_key_the_call_fails_before_any_request_naming_the_setting()
    {
        var handler = new RecordingHandler(HttpStatusCode.OK, """{"data":[]}""");
        using OpenRouterClient client = Client(handler, managementKey: null);

        Func<Task> call = () => client.Activity.GetActivityAsync(cancellationToken: Ct);

        InvalidOperationException e = (await call.Should().ThrowAsync<InvalidOperationException>()).Which;
        e.Message.Should().Contain("GET /activity").And.Contain("OpenRouterClientOptions.ManagementKey").And.Contain("OPENROUTER_MANAGEMENT_KEY");
        e.Message.Should().NotContain(ApiKey);
        handler.Requests.Should().BeEmpty("nothing is sent with the wrong key");
    }

    [Fact]
    public async Task A_403_from_the_server_says_a_management_key_is_needed()
    {
        var handler = new RecordingHandler(HttpStatusCode.Forbidden,
            """{"error":{"code":403,"message":"Only management keys can perform this operation"}}""");
        using OpenRouterClient client = Client(handler);

        Func<Task> call = () => client.Activity.GetActivityAsync(new ActivityQuery { Date = new DateTime(2025, 8, 24) }, Ct);

        OpenRouterPermissionDeniedException e = (await call.Should().ThrowAsync<OpenRouterPermissionDeniedException>()).Which;
        e.Message.Should().StartWith("GET /activity was refused (HTTP 403)");
        e.Message.Should().Contain("management key").And.Contain("https://openrouter.ai/settings/management-keys");
        e.Message.Should().Contain("Only management keys can perform this operation", "the server's own words are kept");
        e.Message.Should().NotContain("date=", "the operation is named without its query");
        e.StatusCode.Should().Be(403);
        e.InnerException.Should().BeOfType<OpenRouterPermissionDeniedException>();
        e.Message.Should().NotContain(ManagementKey).And.NotContain(ApiKey);
    }

    [Fact]
    public async Task A_date_with_a_time_of_day_is_refused_before_any_request()
    {
        var handler = new RecordingHandler(HttpStatusCode.OK, """{"data":[]}""");
        using OpenRouterClient client = Client(handler);

        Func<Task> call = () => client.Activity.GetActivityAsync(new ActivityQuery { Date = new DateTime(2025, 8, 24, 13, 5, 0) }, Ct);

        (await call.Should().ThrowAsync<ArgumentException>()).Which.Message.Should().Contain("ActivityQuery.Date").And.Contain("DateTime.UtcNow.Date");
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task An_answer_without_data_is_an_invalid_response()
    {
        using OpenRouterClient client = Client(new RecordingHandler(HttpStatusCode.OK, """{"rows":[]}"""));

        Func<Task> call = () => client.Activity.GetActivityAsync(cancellationToken: Ct);

        (await call.Should().ThrowAsync<OpenRouterInvalidResponseException>()).Which.Message.Should().Contain("GET /activity").And.Contain("'data'");
    }

    [Fact]
    public void Activity_is_created_once_per_client_and_follows_WithOptions()
    {
        using OpenRouterClient client = Client(new RecordingHandler(HttpStatusCode.OK, """{"data":[]}"""));

        OpenRouterActivityClient[] seen = Enumerable.Range(0, 16).AsParallel().Select(_ => client.Activity).ToArray();

        seen.Should().OnlyContain(a => ReferenceEquals(a, client.Activity), "racing first uses still share one instance");
        client.WithOptions(o => o.MaxRetries = 0).Activity.Should().NotBeSameAs(client.Activity, "a client with other options has its own area clients");
    }

    [Fact]
    public async Task WithOptions_changes_the_management_key_of_its_area_clients()
    {
        var handler = new RecordingHandler(HttpStatusCode.OK, """{"data":[]}""");
        using OpenRouterClient client = Client(handler);

        await client.WithOptions(o => o.ManagementKey = "sk-or-v1-other-management-key-000000").Activity.GetActivityAsync(cancellationToken: Ct);

        handler.Requests.Single().Headers.Authorization!.Parameter.Should().Be("sk-or-v1-other-management-key-000000");
    }
}
