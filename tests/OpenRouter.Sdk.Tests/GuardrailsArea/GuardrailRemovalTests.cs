using FluentAssertions;
using OpenRouter.Sdk.Tests.Infrastructure;
using Xunit;
using static OpenRouter.Sdk.Tests.GuardrailsArea.GuardrailsTestSupport;

namespace OpenRouter.Sdk.Tests.GuardrailsArea;

/// <summary>
/// Removing a guardrail or workspace setting: the API does it with an explicit JSON <c>null</c>, which a member left
/// null never sends, so each removable setting has a <c>Remove...</c> flag.
/// </summary>
public sealed class GuardrailRemovalTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Each_guardrail_removal_sends_its_member_as_an_explicit_null_beside_the_members_set()
    {
        var handler = new QueueHandler(GuardrailsSpecExamples.Updated);
        using OpenRouterClient client = Client(handler);

        await client.Guardrails.UpdateAsync("g1", new UpdateGuardrailRequest
        {
            Name = "Open",
            RemoveDescription = true,
            RemoveLimitUsd = true,
            RemoveResetInterval = true,
            RemoveAllowedModels = true,
            RemoveAllowedProviders = true,
            RemoveIgnoredModels = true,
            RemoveIgnoredProviders = true,
            RemoveContentFilterBuiltins = true,
            RemoveContentFilters = true,
        }, Ct);

        handler.Bodies[0].Should().Be("""{"name":"Open","description":null,"limit_usd":null,"reset_interval":null,"allowed_models":null,"allowed_providers":null,"ignored_models":null,"ignored_providers":null,"content_filter_builtins":null,"content_filters":null}""");
    }

    [Fact]
    public async Task Without_a_removal_a_null_member_is_still_left_out()
    {
        var handler = new QueueHandler(GuardrailsSpecExamples.Updated);
        using OpenRouterClient client = Client(handler);

        await client.Guardrails.UpdateAsync("g1", new UpdateGuardrailRequest { RemoveLimitUsd = true }, Ct);

        handler.Bodies[0].Should().Be("""{"limit_usd":null}""");
    }

    [Theory]
    [InlineData("LimitUsd")]
    [InlineData("AllowedModels")]
    [InlineData("Description")]
    public async Task A_guardrail_setting_both_set_and_removed_is_refused_before_any_request(string setting)
    {
        var handler = new QueueHandler(GuardrailsSpecExamples.Updated);
        using OpenRouterClient client = Client(handler);
        UpdateGuardrailRequest request = setting switch
        {
            "LimitUsd" => new() { LimitUsd = 5m, RemoveLimitUsd = true },
            "AllowedModels" => new() { AllowedModels = ["openai/gpt-4o"], RemoveAllowedModels = true },
            _ => new() { Description = "d", RemoveDescription = true },
        };

        Func<Task> update = () => client.Guardrails.UpdateAsync("g1", request, Ct);

        (await update.Should().ThrowAsync<ArgumentException>()).WithMessage($"UpdateGuardrailRequest sets both {setting} and Remove{setting}; set one of them.*");
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Each_workspace_removal_sends_its_member_as_an_explicit_null()
    {
        var handler = new QueueHandler(WorkspacesArea.WorkspacesSpecExamples.Updated);
        using OpenRouterClient client = Client(handler);

        await client.Workspaces.UpdateAsync("ws", new UpdateWorkspaceRequest
        {
            IsObservabilityBroadcastEnabled = true,
            RemoveDescription = true,
            RemoveDefaultTextModel = true,
            RemoveDefaultImageModel = true,
            RemoveDefaultProviderSort = true,
            RemoveIOLoggingApiKeyIds = true,
        }, Ct);

        handler.Bodies[0].Should().Be("""{"is_observability_broadcast_enabled":true,"description":null,"default_text_model":null,"default_image_model":null,"default_provider_sort":null,"io_logging_api_key_ids":null}""");
    }

    [Fact]
    public async Task A_workspace_setting_both_set_and_removed_is_refused_before_any_request()
    {
        var handler = new QueueHandler(WorkspacesArea.WorkspacesSpecExamples.Updated);
        using OpenRouterClient client = Client(handler);

        Func<Task> update = () => client.Workspaces.UpdateAsync("ws", new UpdateWorkspaceRequest { DefaultTextModel = "m", RemoveDefaultTextModel = true }, Ct);

        (await update.Should().ThrowAsync<ArgumentException>()).WithMessage("UpdateWorkspaceRequest sets both DefaultTextModel and RemoveDefaultTextModel; set one of them.*");
        handler.Requests.Should().BeEmpty();
    }
}
