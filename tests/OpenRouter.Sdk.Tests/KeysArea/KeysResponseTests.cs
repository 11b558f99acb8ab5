using System.Net;
using FluentAssertions;
using Xunit;
using static OpenRouter.Sdk.Tests.KeysArea.KeysTestSupport;

namespace OpenRouter.Sdk.Tests.KeysArea;

/// <summary>The spec's example of each keys answer, read with its meaning asserted.</summary>
public sealed class KeysResponseTests
{
    private const string SpecHash = "f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943";
    private const string SpecWorkspace = "0df9e665-d932-5740-b2c7-b52af166bc11";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static void AssertProductionKey(ApiKeyInfo key)
    {
        key.Hash.Should().Be(SpecHash);
        key.Name.Should().Be("My Production Key");
        key.Label.Should().Be("Production API Key");
        key.Disabled.Should().BeFalse();
        key.Limit.Should().Be(100m);
        key.LimitRemaining.Should().Be(74.5m, "money is an exact decimal");
        key.LimitReset.Should().Be(LimitResetInterval.Monthly);
        key.IncludeByokInLimit.Should().BeFalse();
        key.Usage.Should().Be(25.5m);
        key.UsageDaily.Should().Be(25.5m);
        key.UsageWeekly.Should().Be(25.5m);
        key.UsageMonthly.Should().Be(25.5m);
        key.ByokUsage.Should().Be(17.38m);
        key.ByokUsageDaily.Should().Be(17.38m);
        key.ByokUsageWeekly.Should().Be(17.38m);
        key.ByokUsageMonthly.Should().Be(17.38m);
        key.CreatedAt.Should().Be(new DateTimeOffset(2025, 8, 24, 10, 30, 0, TimeSpan.Zero));
        key.UpdatedAt.Should().Be(new DateTimeOffset(2025, 8, 24, 15, 45, 0, TimeSpan.Zero));
        key.ExpiresAt.Should().Be(new DateTimeOffset(2027, 12, 31, 23, 59, 59, TimeSpan.Zero));
        key.CreatorUserId.Should().Be("user_2dHFtVWx2n56w6HkM0000000000");
        key.WorkspaceId.Should().Be(SpecWorkspace);
        key.AdditionalProperties.Should().BeNullOrEmpty("every member of the spec's key is modelled");
    }

    [Fact]
    public async Task ListKeysPage_reads_every_member_of_the_spec_example()
    {
        using OpenRouterClient client = Client(Answering(KeysSpecExamples.List));

        IReadOnlyList<ApiKeyInfo> page = await client.Keys.ListKeysPageAsync(0, cancellationToken: Ct);

        AssertProductionKey(page.Single());
    }

    [Fact]
    public async Task GetKey_reads_every_member_of_the_spec_example()
    {
        using OpenRouterClient client = Client(Answering(KeysSpecExamples.Get));

        AssertProductionKey(await client.Keys.GetKeyAsync(SpecHash, Ct));
    }

    [Fact]
    public async Task CreateKey_reads_the_new_key_and_its_plaintext_from_the_spec_example()
    {
        using OpenRouterClient client = Client(Answering(KeysSpecExamples.Create, HttpStatusCode.Created));

        CreatedApiKey created = await client.Keys.CreateKeyAsync(new CreateApiKeyRequest { Name = "My New API Key" }, Ct);

        created.Key.Should().Be(KeysSpecExamples.CreatedKey);
        created.Data.Hash.Should().Be(SpecHash);
        created.Data.Name.Should().Be("My New API Key");
        created.Data.Limit.Should().Be(50m);
        created.Data.LimitRemaining.Should().Be(50m);
        created.Data.LimitReset.Should().Be(LimitResetInterval.Monthly);
        created.Data.IncludeByokInLimit.Should().BeTrue();
        created.Data.Usage.Should().Be(0m);
        created.Data.UpdatedAt.Should().BeNull("a new key was never updated");
        created.Data.ExpiresAt.Should().Be(new DateTimeOffset(2027, 12, 31, 23, 59, 59, TimeSpan.Zero));
        created.Data.WorkspaceId.Should().Be(SpecWorkspace);
    }

    [Fact]
    public async Task UpdateKey_reads_the_changed_key_from_the_spec_example()
    {
        using OpenRouterClient client = Client(Answering(KeysSpecExamples.Update));

        ApiKeyInfo key = await client.Keys.UpdateKeyAsync(SpecHash, new UpdateApiKeyRequest { Name = "Updated API Key Name" }, Ct);

        key.Name.Should().Be("Updated API Key Name");
        key.Limit.Should().Be(75m);
        key.LimitRemaining.Should().Be(49.5m);
        key.LimitReset.Should().Be(LimitResetInterval.Daily);
        key.IncludeByokInLimit.Should().BeTrue();
        key.ExpiresAt.Should().BeNull("the example's key does not expire");
        key.UpdatedAt.Should().Be(new DateTimeOffset(2025, 8, 24, 16, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task DeleteKey_completes_on_the_spec_example()
    {
        ScriptedHandler handler = Answering(KeysSpecExamples.Delete);
        using OpenRouterClient client = Client(handler);

        Func<Task> delete = () => client.Keys.DeleteKeyAsync(SpecHash, Ct);

        await delete.Should().NotThrowAsync();
        handler.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task A_200_whose_body_is_an_error_fails_the_delete()
    {
        using OpenRouterClient client = Client(Answering("""{"error":{"code":404,"message":"Resource not found"}}"""));

        Func<Task> delete = () => client.Keys.DeleteKeyAsync(SpecHash, Ct);

        (await delete.Should().ThrowAsync<OpenRouterException>()).Which.Message.Should().Contain("Resource not found");
    }

    [Fact]
    public async Task Null_items_of_a_page_are_skipped_and_null_strings_read_as_empty()
    {
        using OpenRouterClient client = Client(Answering("""{"data":[null,{"hash":"h1","name":null,"label":null,"limit":null,"limit_reset":null,"usage":"1.5"}]}"""));

        ApiKeyInfo key = (await client.Keys.ListKeysPageAsync(0, cancellationToken: Ct)).Single();

        key.Hash.Should().Be("h1");
        key.Name.Should().BeEmpty();
        key.Label.Should().BeEmpty();
        key.Limit.Should().BeNull("null means no limit");
        key.LimitReset.Should().BeNull("null means the limit never resets");
        key.Usage.Should().Be(1.5m);
    }
}
