using FluentAssertions;
using OpenRouter.Sdk.IntegrationTests.Infrastructure;

namespace OpenRouter.Sdk.IntegrationTests;

/// <summary>The typed <c>error.availability</c> of routing errors, and <c>retryable: false</c> in the retry decision.</summary>
public sealed class AvailabilityTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A 2026 availability error as the docs show it: no <c>error.code</c>, but <c>error_type</c> and <c>http_status</c>.</summary>
    private static string AvailabilityError(int status, string availability) =>
        "{\"error\":{\"message\":\"No endpoint can serve anthropic/claude-sonnet-4 right now.\",\"error_type\":\"provider_unavailable\",\"http_status\":" + status
        + ",\"availability\":" + availability + "},\"user_id\":\"user_2x\"}";

    [Fact]
    public async Task Every_member_of_error_availability_is_read_into_the_exception()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Status(404, AvailabilityError(404, """
            {"code":"constraint_filtered","retryable":false,"retry_after":null,
             "requested_models":["anthropic/claude-sonnet-4"],"affected_providers":["Anthropic","Google"],"excluded_by":["provider.only"],
             "fallback_models":["anthropic/claude-3.7-sonnet","openai/gpt-4.1"],"constraint":{"field":"max_tokens","detail":"above every endpoint's limit of 64000"},
             "docs_url":"https://openrouter.ai/docs/api/reference/errors#constraint_filtered","region":"eu"}
            """)));
        using var client = TestClients.Standalone(server);

        Func<Task> call = () => client.CreateChatCompletionAsync(Json.Request(), Ct);

        var thrown = await call.Should().ThrowExactlyAsync<OpenRouterNotFoundException>();
        OpenRouterAvailability availability = thrown.Which.Availability!;
        availability.Code.Should().Be(OpenRouterAvailabilityCode.ConstraintFiltered);
        availability.Retryable.Should().BeFalse();
        availability.RetryAfter.Should().BeNull();
        availability.RequestedModels.Should().Equal("anthropic/claude-sonnet-4");
        availability.AffectedProviders.Should().Equal("Anthropic", "Google");
        availability.ExcludedBy.Should().Equal("provider.only");
        availability.FallbackModels.Should().Equal("anthropic/claude-3.7-sonnet", "openai/gpt-4.1");
        availability.Constraint!.Field.Should().Be("max_tokens");
        availability.Constraint.Detail.Should().Be("above every endpoint's limit of 64000");
        availability.DocsUrl.Should().Be("https://openrouter.ai/docs/api/reference/errors#constraint_filtered");
        availability.AdditionalProperties!["region"].GetString().Should().Be("eu");
        thrown.Which.StatusCode.Should().Be(404);
        thrown.Which.ErrorType.Should().Be("provider_unavailable");
    }

    [Fact]
    public async Task A_503_marked_not_retryable_is_not_retried()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Status(503, AvailabilityError(503, """{"code":"free_variant_ended","retryable":false,"requested_models":["x/y:free"],"fallback_models":["x/y"]}""")))
            .Then(Reply.Completion());
        var logs = new CapturingLoggerProvider();
        using var client = TestClients.Standalone(server, o => o.LoggerFactory = logs);

        Func<Task> call = () => client.CreateChatCompletionAsync(Json.Request(), Ct);

        var thrown = await call.Should().ThrowExactlyAsync<OpenRouterException>();
        thrown.Which.StatusCode.Should().Be(503);
        thrown.Which.Availability!.Code.Should().Be(OpenRouterAvailabilityCode.FreeVariantEnded);
        thrown.Which.Availability.FallbackModels.Should().Equal("x/y");
        thrown.Which.Message.Should().Contain("No endpoint can serve", "the body read for the decision is still there for the error");
        server.Attempts.Should().Be(1);
        logs.Records.Should().ContainSingle(r => r.EventId.Name == "NotRetryable").Which.State.Should().Contain("AvailabilityCode=free_variant_ended");
    }

    [Fact]
    public async Task A_retryable_503_without_Retry_After_waits_its_retry_after_and_retries()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Status(503, AvailabilityError(503, """{"code":"capacity_exhausted","retryable":true,"retry_after":3,"requested_models":["a/b"]}""")))
            .Then(Reply.Completion("served"));
        var time = new FakeTimeProvider();
        using var client = TestClients.Standalone(server, TestClients.FakeClock(time));

        Task<ChatCompletion> call = client.CreateChatCompletionAsync(Json.Request(), Ct);
        TimeSpan wait = await time.WaitForRetryWaitAsync();
        time.Advance(wait);
        ChatCompletion completion = await call;

        wait.Should().Be(TimeSpan.FromSeconds(3));
        completion.Choices[0].Message.Content.Should().Be("served");
        server.Attempts.Should().Be(2);
    }

    [Fact]
    public async Task The_Retry_After_header_wins_over_availability_retry_after_and_the_exception_reports_the_wait()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Status(503, AvailabilityError(503, """{"code":"capacity_exhausted","retryable":true,"retry_after":3}"""), ("Retry-After", "1")));
        var time = new FakeTimeProvider();
        using var client = TestClients.Standalone(server, TestClients.FakeClock(time, more: o => o.MaxRetries = 1));

        Task<ChatCompletion> call = client.CreateChatCompletionAsync(Json.Request(), Ct);
        TimeSpan wait = await time.WaitForRetryWaitAsync();
        time.Advance(wait);
        Func<Task> result = () => call;

        wait.Should().Be(TimeSpan.FromSeconds(1));
        (await result.Should().ThrowExactlyAsync<OpenRouterException>()).Which.RetryAfter.Should().Be(TimeSpan.FromSeconds(1));

        await using var other = await ScriptedServer.StartAsync();
        other.Then(Reply.Status(503, AvailabilityError(503, """{"code":"capacity_exhausted","retryable":true,"retry_after":3}""")));
        using var once = TestClients.Standalone(other, o => o.MaxRetries = 0);
        Func<Task> noHeader = () => once.CreateChatCompletionAsync(Json.Request(), Ct);
        (await noHeader.Should().ThrowExactlyAsync<OpenRouterException>()).Which.RetryAfter.Should().Be(TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task An_unknown_availability_code_is_kept()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Status(503, AvailabilityError(503, """{"code":"moon_phase_wrong","retryable":false}""")));
        using var client = TestClients.Standalone(server);

        Func<Task> call = () => client.CreateChatCompletionAsync(Json.Request(), Ct);

        var thrown = await call.Should().ThrowExactlyAsync<OpenRouterException>();
        thrown.Which.Availability!.Code!.Value.Value.Should().Be("moon_phase_wrong");
        server.Attempts.Should().Be(1);
    }
}
