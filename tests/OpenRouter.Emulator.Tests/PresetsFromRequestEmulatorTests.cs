using FluentAssertions;
using OpenRouter.Sdk;
using Xunit;

namespace OpenRouter.Emulator.Tests;

/// <summary><c>POST /presets/{slug}/chat/completions</c>, <c>/responses</c> and <c>/messages</c> end to end: a request's settings stored as a new designated preset version.</summary>
public sealed class PresetsFromRequestEmulatorTests
{
    private const string ManagementKey = "sk-or-v1-management-fedcba9876543210fedcba9876543210";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static OpenRouterClient ClientFor(OpenRouterEmulator emulator) =>
        new(new OpenRouterClientOptions { ApiKey = TestCredentials.ApiKey, ManagementKey = ManagementKey, BaseUrl = emulator.BaseUrl, EnableRetries = false });

    [Fact]
    public async Task A_messages_request_creates_a_preset_whose_version_keeps_its_settings_and_system_prompt()
    {
        await using OpenRouterEmulator emulator = await OpenRouterEmulator.StartAsync(cancellationToken: Ct);
        using OpenRouterClient client = ClientFor(emulator);
        var request = new MessagesRequest
        {
            Model = "anthropic/claude-4.6-sonnet",
            MaxTokens = 1024,
            System = "You are a helpful assistant.",
            Messages = [MessagesMessage.User("Hello!")],
        };

        Preset preset = await client.Presets.CreateFromMessagesRequestAsync("new-bot", request, Ct);

        preset.Slug.Should().Be("new-bot");
        preset.Status.Should().Be(PresetStatus.Active);
        PresetVersion version = preset.DesignatedVersion!;
        version.Id.Should().Be(preset.DesignatedVersionId);
        version.Version.Should().Be(1);
        version.SystemPrompt.Should().Be("You are a helpful assistant.");
        version.Config!["model"].GetString().Should().Be("anthropic/claude-4.6-sonnet");
        version.Config["max_tokens"].GetInt32().Should().Be(1024);
        version.Config.Should().NotContainKey("messages").And.NotContainKey("system");
        (await client.Presets.GetAsync("new-bot", Ct)).DesignatedVersionId.Should().Be(version.Id, "the preset is stored");
    }

    [Fact]
    public async Task Chat_and_responses_requests_add_designated_versions_to_an_existing_preset()
    {
        await using OpenRouterEmulator emulator = await OpenRouterEmulator.StartAsync(cancellationToken: Ct);
        using OpenRouterClient client = ClientFor(emulator);

        Preset fromChat = await client.Presets.CreateFromChatRequestAsync(PresetsRoutes.MyPresetSlug,
            new ChatCompletionRequest { Model = "openai/gpt-5.4", Temperature = 0.3, Messages = { new SystemMessage("Be terse."), new UserMessage("x") } }, Ct);
        Preset fromResponses = await client.Presets.CreateFromResponseRequestAsync(PresetsRoutes.MyPresetSlug,
            new ResponseRequest { Model = "openai/gpt-5-nano", Instructions = "Answer in French.", Input = "x" }, Ct);

        fromChat.DesignatedVersion!.Version.Should().Be(3, "the seeded preset has two versions");
        fromChat.DesignatedVersion.SystemPrompt.Should().Be("Be terse.");
        fromChat.DesignatedVersion.Config!["temperature"].GetDouble().Should().Be(0.3);
        fromResponses.DesignatedVersion!.Version.Should().Be(4);
        fromResponses.DesignatedVersion.SystemPrompt.Should().Be("Answer in French.");
        fromResponses.DesignatedVersion.Config!.Should().NotContainKey("input");
        var versions = new List<PresetVersion>();
        await foreach (PresetVersion v in client.Presets.ListVersionsAsync(PresetsRoutes.MyPresetSlug, Ct))
        {
            versions.Add(v);
        }

        versions.Select(v => v.Version).Should().Equal(1, 2, 3, 4);
    }
}
