using FluentAssertions;
using OpenRouter.Sdk;
using Xunit;

namespace OpenRouter.Emulator.Tests;

/// <summary>The emulator's in-memory presets, read through the SDK end to end.</summary>
public sealed class PresetsEmulatorTests
{
    private const string ManagementKey = "sk-or-v1-management-fedcba9876543210fedcba9876543210";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static OpenRouterClient ClientFor(OpenRouterEmulator emulator, string managementKey = ManagementKey) =>
        new(new OpenRouterClientOptions { ApiKey = TestCredentials.ApiKey, ManagementKey = managementKey, BaseUrl = emulator.BaseUrl, EnableRetries = false });

    private static async Task<List<T>> CollectAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (T item in items)
        {
            list.Add(item);
        }

        return list;
    }

    [Fact]
    public async Task The_seeded_presets_are_listed_and_read_with_their_designated_version()
    {
        await using OpenRouterEmulator emulator = await OpenRouterEmulator.StartAsync(cancellationToken: Ct);
        using OpenRouterClient client = ClientFor(emulator);

        List<Preset> listed = await CollectAsync(client.Presets.ListAsync(Ct));
        Preset mine = await client.Presets.GetAsync(PresetsRoutes.MyPresetSlug, Ct);
        Preset archived = await client.Presets.GetAsync(PresetsRoutes.ArchivedPresetSlug, Ct);

        listed.Select(p => p.Slug).Should().Equal(PresetsRoutes.MyPresetSlug, PresetsRoutes.ArchivedPresetSlug);
        listed.Should().OnlyContain(p => p.DesignatedVersion == null, "the list carries no version inline");
        mine.Status.Should().Be(PresetStatus.Active);
        mine.WorkspaceId.Should().Be(ActivityRoutes.DefaultWorkspaceId);
        mine.DesignatedVersion!.Version.Should().Be(2);
        mine.DesignatedVersion.Id.Should().Be(mine.DesignatedVersionId);
        mine.DesignatedVersion.Config!["model"].GetString().Should().Be("anthropic/claude-sonnet-4");
        mine.DesignatedVersion.Config["provider"].GetProperty("order")[0].GetString().Should().Be("anthropic");
        archived.Status.Should().Be(PresetStatus.Archived);
        archived.StatusUpdatedAt.Should().NotBeNull();
        archived.DesignatedVersionId.Should().BeNull();
        archived.DesignatedVersion.Should().BeNull();
    }

    [Fact]
    public async Task The_versions_of_a_preset_are_listed_oldest_first_and_read_one_by_one()
    {
        await using OpenRouterEmulator emulator = await OpenRouterEmulator.StartAsync(cancellationToken: Ct);
        using OpenRouterClient client = ClientFor(emulator);

        List<PresetVersion> versions = await CollectAsync(client.Presets.ListVersionsAsync(PresetsRoutes.MyPresetSlug, Ct));
        PresetVersion first = await client.Presets.GetVersionAsync(PresetsRoutes.MyPresetSlug, "1", Ct);

        versions.Select(v => v.Version).Should().Equal(1, 2);
        first.SystemPrompt.Should().Be("You are a helpful assistant.");
        first.Config!["model"].GetString().Should().Be("openai/gpt-4o");
        first.Config["temperature"].GetDouble().Should().Be(0.7);
        first.PresetId.Should().Be(versions[0].PresetId).And.NotBeEmpty();
    }

    [Fact]
    public async Task An_unknown_preset_or_version_is_not_found()
    {
        await using OpenRouterEmulator emulator = await OpenRouterEmulator.StartAsync(cancellationToken: Ct);
        using OpenRouterClient client = ClientFor(emulator);

        Func<Task> unknownPreset = () => client.Presets.GetAsync("no such/preset", Ct);
        Func<Task> unknownVersions = () => CollectAsync(client.Presets.ListVersionsAsync("no-such-preset", Ct));
        Func<Task> unknownVersion = () => client.Presets.GetVersionAsync(PresetsRoutes.MyPresetSlug, "9", Ct);

        await unknownPreset.Should().ThrowAsync<OpenRouterNotFoundException>();
        await unknownVersions.Should().ThrowAsync<OpenRouterNotFoundException>();
        await unknownVersion.Should().ThrowAsync<OpenRouterNotFoundException>();
    }

    [Fact]
    public async Task A_key_other_than_the_configured_management_key_is_refused()
    {
        await using OpenRouterEmulator emulator = await OpenRouterEmulator.StartAsync(new OpenRouterEmulatorOptions { ManagementKey = ManagementKey }, Ct);
        using OpenRouterClient client = ClientFor(emulator, managementKey: "sk-or-v1-management-not-the-right-one");

        Func<Task> refused = () => client.Presets.GetAsync(PresetsRoutes.MyPresetSlug, Ct);

        (await refused.Should().ThrowAsync<OpenRouterPermissionDeniedException>()).Which.Message.Should().Contain("management key");
    }
}
