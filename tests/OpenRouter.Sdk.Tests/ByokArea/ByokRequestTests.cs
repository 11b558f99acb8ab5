using System.Net;
using FluentAssertions;
using OpenRouter.Sdk.Tests.GuardrailsArea;
using OpenRouter.Sdk.Tests.Infrastructure;
using Xunit;
using static OpenRouter.Sdk.Tests.GuardrailsArea.GuardrailsTestSupport;

namespace OpenRouter.Sdk.Tests.ByokArea;

/// <summary>The exact request of each BYOK operation, and the spec's answer read with its meaning.</summary>
public sealed class ByokRequestTests
{
    private const string Id = "11111111-2222-3333-4444-555555555555";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static void AssertManagementRequest(QueueHandler handler, int index, HttpMethod method, string url)
    {
        HttpRequestMessage request = handler.Requests[index];
        request.Method.Should().Be(method);
        request.RequestUri!.AbsoluteUri.Should().Be(url);
        request.Headers.Authorization!.Scheme.Should().Be("Bearer");
        request.Headers.Authorization.Parameter.Should().Be(ManagementKey, "BYOK operations are sent with the management key, never the API key");
    }

    private static void AssertSpecKey(ByokKey key, string name)
    {
        key.Id.Should().Be(Id);
        key.Provider.Should().Be(ByokProviderSlug.OpenAI);
        key.WorkspaceId.Should().Be("550e8400-e29b-41d4-a716-446655440000");
        key.Label.Should().Be("sk-...AbCd");
        key.Name.Should().Be(name);
        key.Disabled.Should().BeFalse();
        key.IsFallback.Should().BeFalse();
        key.AllowedModels.Should().BeNull("null means no model restriction");
        key.AllowedApiKeyHashes.Should().BeNull();
        key.AllowedUserIds.Should().BeNull();
        key.SortOrder.Should().Be(0);
        key.CreatedAt.Should().Be(new DateTimeOffset(2025, 8, 24, 10, 30, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task List_sends_a_GET_with_paging_and_the_escaped_filters_and_reads_the_spec_example()
    {
        var handler = new QueueHandler(ByokSpecExamples.KeyList);
        using OpenRouterClient client = Client(handler);

        List<ByokKey> all = await CollectAsync(client.Byok.ListAsync(new ByokKeyListQuery { WorkspaceId = "ws 1&x", Provider = ByokProviderSlug.AmazonBedrock }, Ct));

        handler.Requests.Should().ContainSingle("a page shorter than the limit is the last one");
        AssertManagementRequest(handler, 0, HttpMethod.Get, Base + "byok?offset=0&limit=100&workspace_id=ws%201%26x&provider=amazon-bedrock");
        handler.Bodies.Single().Should().BeNull();
        AssertSpecKey(all.Single(), "Production OpenAI Key");
    }

    [Fact]
    public async Task List_without_filters_sends_only_the_paging()
    {
        var handler = new QueueHandler("""{"data":[],"total_count":0}""");
        using OpenRouterClient client = Client(handler);

        List<ByokKey> all = await CollectAsync(client.Byok.ListAsync(cancellationToken: Ct));

        all.Should().BeEmpty();
        AssertManagementRequest(handler, 0, HttpMethod.Get, Base + "byok?offset=0&limit=100");
    }

    [Fact]
    public async Task List_fetches_the_next_page_only_when_the_enumeration_reaches_it()
    {
        string fullPage = "{\"data\":[" + string.Join(",", Enumerable.Range(0, 100).Select(i => $"{{\"id\":\"k{i}\",\"provider\":\"openai\"}}")) + "],\"total_count\":101}";
        const string lastPage = """{"data":[{"id":"k100","provider":"anthropic"}],"total_count":101}""";
        var handler = new QueueHandler(fullPage, lastPage);
        using OpenRouterClient client = Client(handler);

        ByokKey first = await FirstAsync(client.Byok.ListAsync(cancellationToken: Ct));
        handler.Requests.Should().ContainSingle("nothing past the first page is fetched until it is needed");
        first.Id.Should().Be("k0");

        var pages = new QueueHandler(fullPage, lastPage);
        using OpenRouterClient paged = Client(pages);
        List<ByokKey> all = await CollectAsync(paged.Byok.ListAsync(new ByokKeyListQuery { Provider = "openai" }, Ct));

        all.Select(k => k.Id).Should().Equal(Enumerable.Range(0, 101).Select(i => "k" + i));
        all[^1].Provider.Should().Be(ByokProviderSlug.Anthropic);
        pages.Requests.Select(r => r.RequestUri!.Query).Should().Equal("?offset=0&limit=100&provider=openai", "?offset=100&limit=100&provider=openai");
    }

    [Fact]
    public async Task Create_posts_every_field_with_its_wire_name_and_reads_the_created_credential()
    {
        var handler = new QueueHandler(ByokSpecExamples.KeyEnvelope) { Status = HttpStatusCode.Created };
        using OpenRouterClient client = Client(handler);

        ByokKey created = await client.Byok.CreateAsync(new CreateByokKeyRequest
        {
            Provider = ByokProviderSlug.OpenAI,
            Key = ByokSpecExamples.SecretKey,
            Name = "Production OpenAI Key",
            WorkspaceId = "550e8400-e29b-41d4-a716-446655440000",
            Disabled = false,
            IsFallback = true,
            AllowedModels = ["openai/gpt-5.2"],
            AllowedUserIds = ["user_abc123"],
            AllowedApiKeyHashes = ["f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943"],
        }, Ct);

        AssertManagementRequest(handler, 0, HttpMethod.Post, Base + "byok");
        JsonAssert.Equivalent("""
            {"provider":"openai","key":"sk-proj-abc123-very-secret-provider-key","name":"Production OpenAI Key",
             "workspace_id":"550e8400-e29b-41d4-a716-446655440000","disabled":false,"is_fallback":true,
             "allowed_models":["openai/gpt-5.2"],"allowed_user_ids":["user_abc123"],
             "allowed_api_key_hashes":["f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943"]}
            """, handler.Bodies[0]!);
        AssertSpecKey(created, "Production OpenAI Key");
    }

    [Fact]
    public async Task Create_with_the_spec_example_sends_exactly_the_spec_example_body()
    {
        var handler = new QueueHandler(ByokSpecExamples.KeyEnvelope) { Status = HttpStatusCode.Created };
        using OpenRouterClient client = Client(handler);

        await client.Byok.CreateAsync(new CreateByokKeyRequest { Provider = "openai", Key = "sk-proj-abc123...", Name = "Production OpenAI Key" }, Ct);

        handler.Bodies[0].Should().Be("""{"provider":"openai","key":"sk-proj-abc123...","name":"Production OpenAI Key"}""", "unset members are not sent");
    }

    [Theory]
    [InlineData("", "sk")]
    [InlineData("openai", "")]
    [InlineData("openai", "   ")]
    public async Task Create_without_a_provider_or_a_key_is_refused_before_any_request(string provider, string key)
    {
        var handler = new QueueHandler(ByokSpecExamples.KeyEnvelope);
        using OpenRouterClient client = Client(handler);

        Func<Task> call = () => client.Byok.CreateAsync(new CreateByokKeyRequest { Provider = provider, Key = key }, Ct);

        await call.Should().ThrowAsync<ArgumentException>();
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Create_with_an_empty_api_key_allowlist_is_refused_before_any_request()
    {
        var handler = new QueueHandler(ByokSpecExamples.KeyEnvelope);
        using OpenRouterClient client = Client(handler);

        Func<Task> call = () => client.Byok.CreateAsync(new CreateByokKeyRequest { Provider = "openai", Key = "sk", AllowedApiKeyHashes = [] }, Ct);

        (await call.Should().ThrowAsync<ArgumentException>()).Which.Message.Should().Contain("AllowedApiKeyHashes");
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Get_sends_a_GET_to_the_escaped_id_and_reads_the_2026_08_restrictions()
    {
        var handler = new QueueHandler(ByokSpecExamples.Restricted);
        using OpenRouterClient client = Client(handler);

        ByokKey key = await client.Byok.GetAsync(AwkwardId, Ct);

        AssertManagementRequest(handler, 0, HttpMethod.Get, Base + "byok/" + EscapedAwkwardId);
        handler.Bodies[0].Should().BeNull();
        key.Provider.Should().Be(ByokProviderSlug.AmazonBedrock);
        key.WorkspaceId.Should().BeNull("a global credential has no workspace");
        key.AllowedModels.Should().Equal("openai/gpt-5.2");
        key.AllowedUserIds.Should().Equal("user_abc123");
        key.AllowedApiKeyHashes.Should().Equal("f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943");
        key.Disabled.Should().BeTrue();
        key.IsFallback.Should().BeTrue();
        key.SortOrder.Should().Be(2);
        key.Name.Should().BeNull();
        key.AdditionalProperties!["region_hint"].GetString().Should().Be("eu", "members the SDK does not model are kept");
    }

    [Fact]
    public async Task Get_reads_the_spec_example()
    {
        var handler = new QueueHandler(ByokSpecExamples.KeyEnvelope);
        using OpenRouterClient client = Client(handler);

        ByokKey key = await client.Byok.GetAsync(Id, Ct);

        AssertManagementRequest(handler, 0, HttpMethod.Get, Base + "byok/" + Id);
        AssertSpecKey(key, "Production OpenAI Key");
    }

    [Fact]
    public async Task Update_sends_a_PATCH_with_only_the_set_members_and_reads_the_spec_example()
    {
        var handler = new QueueHandler(ByokSpecExamples.Updated);
        using OpenRouterClient client = Client(handler);

        ByokKey updated = await client.Byok.UpdateAsync(AwkwardId, new UpdateByokKeyRequest { Name = "Updated OpenAI Key", Disabled = false }, Ct);

        AssertManagementRequest(handler, 0, new HttpMethod("PATCH"), Base + "byok/" + EscapedAwkwardId);
        handler.Bodies[0].Should().Be("""{"name":"Updated OpenAI Key","disabled":false}""", "the spec example body, and nothing unset");
        AssertSpecKey(updated, "Updated OpenAI Key");
    }

    [Fact]
    public async Task Update_sends_a_rotated_key_new_lists_and_explicit_nulls_for_lifted_restrictions()
    {
        var handler = new QueueHandler(ByokSpecExamples.Updated);
        using OpenRouterClient client = Client(handler);

        await client.Byok.UpdateAsync(Id, new UpdateByokKeyRequest
        {
            RemoveName = true,
            Key = "sk-proj-newkey456",
            IsFallback = true,
            AllowedModels = ["openai/gpt-5.2", "openai/gpt-4o"],
            AllowAllUsers = true,
            AllowAllApiKeys = true,
        }, Ct);

        handler.Bodies[0].Should().Be(
            """{"name":null,"key":"sk-proj-newkey456","is_fallback":true,"allowed_models":["openai/gpt-5.2","openai/gpt-4o"],"allowed_user_ids":null,"allowed_api_key_hashes":null}""");

        await client.Byok.UpdateAsync(Id, new UpdateByokKeyRequest { AllowAllModels = true, AllowedUserIds = ["user_1"], AllowedApiKeyHashes = ["h1"] }, Ct);

        handler.Bodies[1].Should().Be("""{"allowed_models":null,"allowed_user_ids":["user_1"],"allowed_api_key_hashes":["h1"]}""");
    }

    [Theory]
    [InlineData("name")]
    [InlineData("models")]
    [InlineData("users")]
    [InlineData("hashes")]
    [InlineData("empty hashes")]
    [InlineData("blank key")]
    public async Task Update_with_contradictory_or_empty_settings_is_refused_before_any_request(string conflict)
    {
        var handler = new QueueHandler(ByokSpecExamples.Updated);
        using OpenRouterClient client = Client(handler);
        UpdateByokKeyRequest request = conflict switch
        {
            "name" => new() { Name = "n", RemoveName = true },
            "models" => new() { AllowedModels = ["m"], AllowAllModels = true },
            "users" => new() { AllowedUserIds = ["u"], AllowAllUsers = true },
            "hashes" => new() { AllowedApiKeyHashes = ["h"], AllowAllApiKeys = true },
            "empty hashes" => new() { AllowedApiKeyHashes = [] },
            _ => new() { Key = " " },
        };

        Func<Task> call = () => client.Byok.UpdateAsync(Id, request, Ct);

        await call.Should().ThrowAsync<ArgumentException>();
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Delete_sends_a_DELETE_to_the_escaped_id_and_completes_on_the_spec_confirmation()
    {
        var handler = new QueueHandler(ByokSpecExamples.Deleted);
        using OpenRouterClient client = Client(handler);

        await client.Byok.DeleteAsync(AwkwardId, Ct);

        AssertManagementRequest(handler, 0, HttpMethod.Delete, Base + "byok/" + EscapedAwkwardId);
        handler.Bodies[0].Should().BeNull();
    }

    [Fact]
    public async Task Delete_without_the_confirmation_fails_as_an_invalid_response()
    {
        using OpenRouterClient client = Client(new QueueHandler("""{"deleted":false}"""));

        Func<Task> call = () => client.Byok.DeleteAsync(Id, Ct);

        (await call.Should().ThrowAsync<OpenRouterInvalidResponseException>()).Which.Message.Should().Contain("deleted");
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("..")]
    public async Task An_unusable_id_is_refused_before_any_request(string id)
    {
        var handler = new QueueHandler(ByokSpecExamples.KeyEnvelope);
        using OpenRouterClient client = Client(handler);

        await ((Func<Task>)(() => client.Byok.GetAsync(id, Ct))).Should().ThrowAsync<ArgumentException>();
        await ((Func<Task>)(() => client.Byok.UpdateAsync(id, new UpdateByokKeyRequest(), Ct))).Should().ThrowAsync<ArgumentException>();
        await ((Func<Task>)(() => client.Byok.DeleteAsync(id, Ct))).Should().ThrowAsync<ArgumentException>();
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public void The_area_is_one_instance_per_client()
    {
        using OpenRouterClient client = Client(new QueueHandler("{}"));

        client.Byok.Should().BeSameAs(client.Byok);
    }
}
