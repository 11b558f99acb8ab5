using System.Net;
using FluentAssertions;
using OpenRouter.Sdk.Tests.Infrastructure;
using RichardSzalay.MockHttp;
using Xunit;

namespace OpenRouter.Sdk.Tests.Account;

public sealed class KeyAndCreditsTests
{
    // Every field of API.md §10 GET /key, with the deprecated rate_limit and undocumented extras.
    internal const string KeyBody = """
        {"data":{
          "label":"sk-or-v1-0e6...1c96",
          "limit":25,
          "limit_remaining":17.4999999,
          "limit_reset":"monthly",
          "include_byok_in_limit":false,
          "usage":7.5000001,
          "usage_daily":6e-7,
          "usage_weekly":1.25,
          "usage_monthly":7.5000001,
          "byok_usage":0,
          "byok_usage_daily":0,
          "byok_usage_weekly":0,
          "byok_usage_monthly":0.5,
          "is_free_tier":false,
          "is_management_key":false,
          "is_provisioning_key":false,
          "expires_at":"2027-01-01T00:00:00Z",
          "rate_limit":{"requests":-1,"interval":"10s","note":"This field is deprecated and safe to ignore."},
          "creator_user_id":"user_2abc",
          "free_model_daily_requests":{"used":3,"limit":1000,"remaining":997}
        }}
        """;

    [Fact]
    public async Task Every_field_of_the_key_is_read()
    {
        using var api = new MockApi();
        api.ExpectGet("key").Respond(HttpStatusCode.OK, "application/json", KeyBody);
        using var client = api.Client();

        KeyInfo key = await client.GetKeyInfoAsync(TestContext.Current.CancellationToken);

        api.Verify();
        key.Label.Should().Be("sk-or-v1-0e6...1c96");
        key.Limit.Should().Be(25m);
        key.LimitRemaining.Should().Be(17.4999999m);
        key.LimitReset.Should().Be(LimitResetInterval.Monthly);
        key.IncludeByokInLimit.Should().BeFalse();
        key.Usage.Should().Be(7.5000001m);
        key.UsageDaily.Should().Be(0.0000006m);
        key.UsageWeekly.Should().Be(1.25m);
        key.UsageMonthly.Should().Be(7.5000001m);
        key.ByokUsage.Should().Be(0m);
        key.ByokUsageDaily.Should().Be(0m);
        key.ByokUsageWeekly.Should().Be(0m);
        key.ByokUsageMonthly.Should().Be(0.5m);
        key.IsFreeTier.Should().BeFalse();
        key.IsManagementKey.Should().BeFalse();
        key.IsProvisioningKey.Should().BeFalse();
        key.IsManagement.Should().BeFalse();
        key.ExpiresAt.Should().Be(new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero));
        key.RateLimit!.Requests.Should().Be(-1);
        key.RateLimit.Interval.Should().Be("10s");
        key.RateLimit.Note.Should().StartWith("This field is deprecated");
        key.CreatorUserId.Should().Be("user_2abc");
        key.AdditionalProperties.Should().ContainKey("free_model_daily_requests").And.NotContainKey("creator_user_id");
        key.AdditionalProperties!["free_model_daily_requests"].GetProperty("remaining").GetInt32().Should().Be(997);
    }

    [Fact]
    public async Task An_unlimited_key_has_null_limits_and_the_legacy_provisioning_flag_marks_a_management_key()
    {
        using var api = new MockApi();
        api.ExpectGet("key").Respond(HttpStatusCode.OK, "application/json",
            """{"data":{"label":"sk-or-v1-abc","limit":null,"limit_remaining":null,"limit_reset":null,"usage":0,"is_free_tier":true,"is_provisioning_key":true,"expires_at":null}}""");
        using var client = api.Client();

        KeyInfo key = await client.GetKeyInfoAsync(TestContext.Current.CancellationToken);

        api.Verify();

        key.Limit.Should().BeNull();
        key.LimitRemaining.Should().BeNull();
        key.LimitReset.Should().BeNull();
        key.ExpiresAt.Should().BeNull();
        key.IsFreeTier.Should().BeTrue();
        key.IsManagementKey.Should().BeNull();
        key.IsManagement.Should().BeTrue();
        key.RateLimit.Should().BeNull();
    }

    [Fact]
    public async Task A_404_on_key_falls_back_to_the_legacy_auth_key_path()
    {
        using var api = new MockApi();
        api.ExpectGet("key").Respond(HttpStatusCode.NotFound, "application/json", """{"error":{"code":404,"message":"Not Found"}}""");
        api.ExpectGet("auth/key").Respond(HttpStatusCode.OK, "application/json", KeyBody);
        using var client = api.Client();

        KeyInfo key = await client.GetKeyInfoAsync(TestContext.Current.CancellationToken);

        api.Verify();
        key.Limit.Should().Be(25m);
    }

    [Theory]
    [InlineData(HttpStatusCode.Unauthorized, typeof(OpenRouterAuthenticationException))]
    [InlineData(HttpStatusCode.Forbidden, typeof(OpenRouterPermissionDeniedException))]
    [InlineData(HttpStatusCode.InternalServerError, typeof(OpenRouterException))]
    public async Task Errors_other_than_404_do_not_fall_back(HttpStatusCode status, Type expected)
    {
        using var api = new MockApi();
        api.ExpectGet("key").Respond(status, "application/json", "{\"error\":{\"code\":" + (int)status + ",\"message\":\"nope\"}}");
        using var client = api.Client();

        Func<Task> call = () => client.GetKeyInfoAsync(TestContext.Current.CancellationToken);

        (await call.Should().ThrowAsync<OpenRouterException>()).Which.Should().BeOfType(expected);
        api.Verify();
    }

    [Fact]
    public async Task When_both_paths_are_404_the_legacy_404_is_raised()
    {
        using var api = new MockApi();
        api.ExpectGet("key").Respond(HttpStatusCode.NotFound, "application/json", """{"error":{"code":404,"message":"Not Found"}}""");
        api.ExpectGet("auth/key").Respond(HttpStatusCode.NotFound, "application/json", """{"error":{"code":404,"message":"Not Found"}}""");
        using var client = api.Client();

        Func<Task> call = () => client.GetKeyInfoAsync(TestContext.Current.CancellationToken);

        await call.Should().ThrowAsync<OpenRouterNotFoundException>();
        api.Verify();
    }

    [Fact]
    public async Task Credits_are_read_exactly_and_the_remaining_balance_is_their_difference()
    {
        using var api = new MockApi();
        api.ExpectGet("credits").Respond(HttpStatusCode.OK, "application/json", """{"data":{"total_credits":100.5,"total_usage":4.2e1,"currency":"USD"}}""");
        using var client = api.Client();

        CreditsInfo credits = await client.GetCreditsAsync(TestContext.Current.CancellationToken);

        api.Verify();
        credits.TotalCredits.Should().Be(100.5m);
        credits.TotalUsage.Should().Be(42m);
        credits.Remaining.Should().Be(58.5m);
        credits.AdditionalProperties.Should().ContainKey("currency");
    }

    [Fact]
    public async Task An_overdrawn_account_has_a_negative_balance()
    {
        using var api = new MockApi();
        api.ExpectGet("credits").Respond(HttpStatusCode.OK, "application/json", """{"data":{"total_credits":10,"total_usage":10.0000006}}""");
        using var client = api.Client();

        CreditsInfo credits = await client.GetCreditsAsync(TestContext.Current.CancellationToken);

        api.Verify();

        credits.Remaining.Should().Be(-0.0000006m);
    }

    [Fact]
    public async Task A_403_on_credits_explains_that_a_management_key_is_needed()
    {
        using var api = new MockApi();
        api.ExpectGet("credits").Respond(HttpStatusCode.Forbidden, new Dictionary<string, string> { ["X-Generation-Id"] = "gen-403" }, "application/json",
            """{"error":{"code":403,"message":"Only management keys can perform this operation"},"user_id":"user_1"}""");
        using var client = api.Client();

        Func<Task> call = () => client.GetCreditsAsync(TestContext.Current.CancellationToken);

        var thrown = (await call.Should().ThrowAsync<OpenRouterPermissionDeniedException>()).Which;
        thrown.Message.Should().Contain("management key").And.Contain("GetKeyInfoAsync").And.Contain("Only management keys can perform this operation");
        thrown.Message.Should().NotContain(TestClients.ApiKey);
        thrown.StatusCode.Should().Be(403);
        thrown.ErrorCode.Should().Be("403");
        thrown.GenerationId.Should().Be("gen-403");
        thrown.InnerException.Should().BeOfType<OpenRouterPermissionDeniedException>();
        api.Verify();
    }

    [Fact]
    public async Task A_200_whose_body_is_an_error_raises_it()
    {
        using var api = new MockApi();
        api.ExpectGet("credits").Respond(HttpStatusCode.OK, "application/json", """{"error":{"code":401,"message":"User not found."}}""");
        using var client = api.Client();

        Func<Task> call = () => client.GetCreditsAsync(TestContext.Current.CancellationToken);

        (await call.Should().ThrowAsync<OpenRouterAuthenticationException>()).Which.Message.Should().Contain("User not found.");
        api.Verify();
    }

    [Fact]
    public async Task A_body_without_data_is_an_invalid_response()
    {
        using var api = new MockApi();
        api.ExpectGet("key").Respond(HttpStatusCode.OK, "application/json", """{"something":"else"}""");
        using var client = api.Client();

        Func<Task> call = () => client.GetKeyInfoAsync(TestContext.Current.CancellationToken);

        (await call.Should().ThrowAsync<OpenRouterInvalidResponseException>()).Which.Message.Should().Contain("data");
        api.Verify();
    }
}
