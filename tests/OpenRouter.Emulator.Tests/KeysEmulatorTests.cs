using System.Net;
using System.Security.Cryptography;
using System.Text;
using FluentAssertions;
using OpenRouter.Sdk;
using Xunit;

namespace OpenRouter.Emulator.Tests;

/// <summary>The emulator's in-memory keys API, driven by the SDK's <see cref="OpenRouterKeysClient"/> end to end.</summary>
public sealed class KeysEmulatorTests
{
    private const string ManagementKey = "sk-or-v1-management-fedcba9876543210fedcba9876543210";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static OpenRouterClient ClientFor(OpenRouterEmulator emulator, string managementKey = ManagementKey) =>
        new(new OpenRouterClientOptions { ManagementKey = managementKey, BaseUrl = emulator.BaseUrl, EnableRetries = false });

    [Fact]
    public async Task A_key_is_created_once_with_its_plaintext_then_read_updated_and_deleted_by_its_hash()
    {
        await using OpenRouterEmulator emulator = await OpenRouterEmulator.StartAsync(cancellationToken: Ct);
        using OpenRouterClient client = ClientFor(emulator);

        CreatedApiKey created = await client.Keys.CreateKeyAsync(new CreateApiKeyRequest
        {
            Name = "ci",
            Limit = 50m,
            LimitReset = LimitResetInterval.Monthly,
            ExpiresAt = new DateTimeOffset(2027, 12, 31, 23, 59, 59, TimeSpan.Zero),
        }, Ct);
        ApiKeyInfo fetched = await client.Keys.GetKeyAsync(created.Data.Hash, Ct);
        ApiKeyInfo renamed = await client.Keys.UpdateKeyAsync(created.Data.Hash, new UpdateApiKeyRequest { Name = "ci-2", RemoveLimit = true, RemoveLimitReset = true }, Ct);
        await client.Keys.DeleteKeyAsync(created.Data.Hash, Ct);
        Func<Task> afterDelete = () => client.Keys.GetKeyAsync(created.Data.Hash, Ct);

        created.Key.Should().StartWith("sk-or-v1-");
        created.Data.Hash.Should().Be(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(created.Key))), "the hash is the SHA-256 of the key");
        created.Data.Label.Should().NotContain(created.Key[12..^4], "the label masks the key");
        created.Data.Limit.Should().Be(50m);
        created.Data.ExpiresAt.Should().Be(new DateTimeOffset(2027, 12, 31, 23, 59, 59, TimeSpan.Zero));
        fetched.Name.Should().Be("ci");
        fetched.LimitReset.Should().Be(LimitResetInterval.Monthly);
        fetched.WorkspaceId.Should().Be(ActivityRoutes.DefaultWorkspaceId);
        renamed.Name.Should().Be("ci-2");
        renamed.Limit.Should().BeNull("the explicit null removed the limit");
        renamed.LimitReset.Should().BeNull();
        renamed.UpdatedAt.Should().NotBeNull();
        await afterDelete.Should().ThrowAsync<OpenRouterNotFoundException>();
    }

    [Fact]
    public async Task Listing_walks_every_page_and_leaves_disabled_keys_out_unless_asked()
    {
        await using OpenRouterEmulator emulator = await OpenRouterEmulator.StartAsync(cancellationToken: Ct);
        using OpenRouterClient client = ClientFor(emulator);
        int count = KeysRoutes.PageSize + 3;
        var hashes = new List<string>();
        for (int i = 0; i < count; i++)
        {
            hashes.Add((await client.Keys.CreateKeyAsync(new CreateApiKeyRequest { Name = "k" + i }, Ct)).Data.Hash);
        }

        await client.Keys.UpdateKeyAsync(hashes[0], new UpdateApiKeyRequest { Disabled = true }, Ct);

        var enabled = new List<string>();
        await foreach (ApiKeyInfo key in client.Keys.ListKeysAsync(cancellationToken: Ct))
        {
            enabled.Add(key.Hash);
        }

        var all = new List<string>();
        await foreach (ApiKeyInfo key in client.Keys.ListKeysAsync(new ApiKeyListQuery { IncludeDisabled = true }, Ct))
        {
            all.Add(key.Hash);
        }

        (await client.Keys.ListKeysPageAsync(0, cancellationToken: Ct)).Should().HaveCount(KeysRoutes.PageSize, "a page holds at most PageSize keys");
        all.Should().Equal(hashes, "every page is walked, in creation order");
        enabled.Should().Equal(hashes.Skip(1));
        (await client.Keys.ListKeysPageAsync(0, new ApiKeyListQuery { WorkspaceId = "00000000-0000-4000-8000-000000000999" }, Ct)).Should().BeEmpty();
    }

    [Fact]
    public async Task Bad_bodies_are_400s_and_unknown_hashes_404s()
    {
        await using OpenRouterEmulator emulator = await OpenRouterEmulator.StartAsync(cancellationToken: Ct);
        using var http = new HttpClient { BaseAddress = emulator.BaseUrl };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", ManagementKey);

        using HttpResponseMessage noName = await http.PostAsync("keys", new StringContent("""{"limit":5}""", Encoding.UTF8, "application/json"), Ct);
        using HttpResponseMessage badReset = await http.PostAsync("keys", new StringContent("""{"name":"x","limit_reset":"hourly"}""", Encoding.UTF8, "application/json"), Ct);
        using HttpResponseMessage localExpiry = await http.PostAsync("keys", new StringContent("""{"name":"x","expires_at":"2027-12-31T23:59:59+02:00"}""", Encoding.UTF8, "application/json"), Ct);
        using HttpResponseMessage unknown = await http.DeleteAsync("keys/nope", Ct);

        noName.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        badReset.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        localExpiry.StatusCode.Should().Be(HttpStatusCode.BadRequest, "the API refuses time zones other than UTC");
        unknown.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_emulator_with_a_management_key_refuses_other_keys_and_the_SDK_says_a_management_key_is_needed()
    {
        await using OpenRouterEmulator emulator = await OpenRouterEmulator.StartAsync(new OpenRouterEmulatorOptions { ManagementKey = ManagementKey }, Ct);
        using OpenRouterClient wrongKey = ClientFor(emulator, managementKey: "sk-or-v1-not-a-management-key-000000000");
        using OpenRouterClient rightKey = ClientFor(emulator);

        Func<Task> refused = () => wrongKey.Keys.CreateKeyAsync(new CreateApiKeyRequest { Name = "x" }, Ct);

        (await refused.Should().ThrowAsync<OpenRouterPermissionDeniedException>()).Which.Message
            .Should().StartWith("POST /keys was refused (HTTP 403)").And.Contain("Only management keys can perform this operation");
        (await rightKey.Keys.ListKeysPageAsync(0, cancellationToken: Ct)).Should().BeEmpty();
    }
}
