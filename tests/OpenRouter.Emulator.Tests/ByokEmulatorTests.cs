using FluentAssertions;
using OpenRouter.Sdk;
using Xunit;

namespace OpenRouter.Emulator.Tests;

/// <summary>The emulator's in-memory BYOK credentials, driven by the SDK end to end.</summary>
public sealed class ByokEmulatorTests
{
    private const string ManagementKey = "sk-or-v1-management-fedcba9876543210fedcba9876543210";
    private const string ProviderKey = "sk-proj-emulated-provider-key-AbCd";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static OpenRouterClient ClientFor(OpenRouterEmulator emulator, string? managementKey = ManagementKey) =>
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
    public async Task A_credential_is_created_read_listed_updated_and_deleted_and_its_key_never_comes_back()
    {
        await using OpenRouterEmulator emulator = await OpenRouterEmulator.StartAsync(cancellationToken: Ct);
        using OpenRouterClient client = ClientFor(emulator);

        ByokKey created = await client.Byok.CreateAsync(new CreateByokKeyRequest
        {
            Provider = ByokProviderSlug.OpenAI,
            Key = ProviderKey,
            Name = "Production OpenAI Key",
            AllowedModels = ["openai/gpt-5.2"],
            AllowedApiKeyHashes = ["f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943"],
        }, Ct);
        ByokKey read = await client.Byok.GetAsync(created.Id, Ct);
        ByokKey updated = await client.Byok.UpdateAsync(created.Id, new UpdateByokKeyRequest
        {
            Key = "sk-proj-rotated-key-WXYZ",
            Disabled = true,
            AllowAllApiKeys = true,
            AllowedUserIds = ["user_abc123"],
        }, Ct);
        List<ByokKey> listed = await CollectAsync(client.Byok.ListAsync(new ByokKeyListQuery { Provider = ByokProviderSlug.OpenAI }, Ct));
        List<ByokKey> otherProvider = await CollectAsync(client.Byok.ListAsync(new ByokKeyListQuery { Provider = ByokProviderSlug.Anthropic }, Ct));
        await client.Byok.DeleteAsync(created.Id, Ct);
        Func<Task> afterDelete = () => client.Byok.GetAsync(created.Id, Ct);

        created.Id.Should().NotBeEmpty();
        created.Label.Should().Be("sk-...AbCd", "only a masked snippet of the key is returned");
        read.Provider.Should().Be(ByokProviderSlug.OpenAI);
        read.Name.Should().Be("Production OpenAI Key");
        read.WorkspaceId.Should().Be(ActivityRoutes.DefaultWorkspaceId);
        read.AllowedModels.Should().Equal("openai/gpt-5.2");
        read.AllowedApiKeyHashes.Should().ContainSingle();
        read.AdditionalProperties.Should().BeNull("the raw key is never part of an answer");
        updated.Label.Should().Be("sk-...WXYZ", "rotating the key regenerates the label");
        updated.Disabled.Should().BeTrue();
        updated.AllowedApiKeyHashes.Should().BeNull("the explicit null lifted the restriction");
        updated.AllowedUserIds.Should().Equal("user_abc123");
        updated.AllowedModels.Should().Equal(["openai/gpt-5.2"], "a list left out of an update stays as it was");
        updated.Name.Should().Be("Production OpenAI Key");
        listed.Select(k => k.Id).Should().Equal(created.Id);
        otherProvider.Should().BeEmpty();
        await afterDelete.Should().ThrowAsync<OpenRouterNotFoundException>();
    }

    [Fact]
    public async Task The_list_pages_lazily_past_one_hundred_credentials()
    {
        await using OpenRouterEmulator emulator = await OpenRouterEmulator.StartAsync(cancellationToken: Ct);
        using OpenRouterClient client = ClientFor(emulator);
        for (int i = 0; i < 101; i++)
        {
            await client.Byok.CreateAsync(new CreateByokKeyRequest { Provider = ByokProviderSlug.AmazonBedrock, Key = "AKIA-key-" + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture) }, Ct);
        }

        List<ByokKey> all = await CollectAsync(client.Byok.ListAsync(cancellationToken: Ct));

        all.Should().HaveCount(101);
        all.Select(k => k.SortOrder).Should().Equal(Enumerable.Range(0, 101), "credentials of one provider are ordered as they were added");
    }

    [Fact]
    public async Task Without_a_management_key_the_sdk_sends_nothing_and_a_wrong_key_is_refused()
    {
        await using OpenRouterEmulator emulator = await OpenRouterEmulator.StartAsync(new OpenRouterEmulatorOptions { ManagementKey = ManagementKey }, Ct);
        using OpenRouterClient none = ClientFor(emulator, managementKey: null);
        using OpenRouterClient wrong = ClientFor(emulator, managementKey: TestCredentials.ApiKey);

        Func<Task> withoutKey = () => none.Byok.GetAsync("k1", Ct);
        Func<Task> withWrongKey = () => wrong.Byok.CreateAsync(new CreateByokKeyRequest { Provider = ByokProviderSlug.OpenAI, Key = ProviderKey }, Ct);

        await withoutKey.Should().ThrowAsync<InvalidOperationException>();
        (await withWrongKey.Should().ThrowAsync<OpenRouterException>()).Which.ToString().Should().NotContain(ProviderKey);
    }
}
