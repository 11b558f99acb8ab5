using System.Net;
using FluentAssertions;
using Xunit;
using static OpenRouter.Sdk.Tests.KeysArea.KeysTestSupport;

namespace OpenRouter.Sdk.Tests.KeysArea;

/// <summary>The exact request of each keys operation: method, escaped URL, management key, body.</summary>
public sealed class KeysRequestTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static void AssertManagementKey(HttpRequestMessage request)
    {
        request.Headers.Authorization!.Scheme.Should().Be("Bearer");
        request.Headers.Authorization.Parameter.Should().Be(ManagementKey, "keys operations are sent with the management key, never the API key");
    }

    [Fact]
    public async Task ListKeysPage_sends_a_GET_with_offset_include_disabled_and_an_escaped_workspace_and_no_body()
    {
        ScriptedHandler handler = Answering("""{"data":[]}""");
        using OpenRouterClient client = Client(handler);

        await client.Keys.ListKeysPageAsync(40, new ApiKeyListQuery { IncludeDisabled = true, WorkspaceId = "ws a&b" }, Ct);

        HttpRequestMessage request = handler.Requests.Single();
        request.Method.Should().Be(HttpMethod.Get);
        request.RequestUri!.AbsoluteUri.Should().Be("https://openrouter.ai/api/v1/keys?offset=40&include_disabled=true&workspace_id=ws%20a%26b");
        AssertManagementKey(request);
        handler.Bodies.Single().Should().BeNull("a GET sends no body");
    }

    [Fact]
    public async Task ListKeysPage_without_filters_sends_only_the_offset()
    {
        ScriptedHandler handler = Answering("""{"data":[]}""");
        using OpenRouterClient client = Client(handler);

        await client.Keys.ListKeysPageAsync(0, cancellationToken: Ct);

        handler.Requests.Single().RequestUri!.AbsoluteUri.Should().Be("https://openrouter.ai/api/v1/keys?offset=0");
    }

    [Fact]
    public async Task CreateKey_sends_a_POST_with_every_member_under_its_wire_name_and_the_expiry_in_UTC()
    {
        ScriptedHandler handler = Answering(KeysSpecExamples.Create, HttpStatusCode.Created);
        using OpenRouterClient client = Client(handler);

        await client.Keys.CreateKeyAsync(new CreateApiKeyRequest
        {
            Name = "My New API Key",
            Limit = 50.25m,
            LimitReset = LimitResetInterval.Monthly,
            IncludeByokInLimit = true,
            ExpiresAt = new DateTimeOffset(2028, 1, 1, 1, 59, 59, TimeSpan.FromHours(2)),
            WorkspaceId = "0df9e665-d932-5740-b2c7-b52af166bc11",
            CreatorUserId = "user_2dHFtVWx2n56w6HkM0000000000",
        }, Ct);

        HttpRequestMessage request = handler.Requests.Single();
        request.Method.Should().Be(HttpMethod.Post);
        request.RequestUri!.AbsoluteUri.Should().Be("https://openrouter.ai/api/v1/keys");
        AssertManagementKey(request);
        request.Content!.Headers.ContentType!.MediaType.Should().Be("application/json");
        handler.Bodies.Single().Should().Be(
            """{"name":"My New API Key","limit":50.25,"limit_reset":"monthly","include_byok_in_limit":true,"expires_at":"2027-12-31T23:59:59Z","workspace_id":"0df9e665-d932-5740-b2c7-b52af166bc11","creator_user_id":"user_2dHFtVWx2n56w6HkM0000000000"}""",
            "01:59:59 at UTC+2 is 23:59:59 UTC the day before, sent with a Z as the API requires");
    }

    [Fact]
    public async Task CreateKey_with_only_a_name_sends_only_the_name()
    {
        ScriptedHandler handler = Answering(KeysSpecExamples.Create, HttpStatusCode.Created);
        using OpenRouterClient client = Client(handler);

        await client.Keys.CreateKeyAsync(new CreateApiKeyRequest { Name = "ci" }, Ct);

        handler.Bodies.Single().Should().Be("""{"name":"ci"}""", "unset members are left out, so the server applies its defaults");
    }

    [Fact]
    public async Task CreateKey_keeps_fractional_seconds_of_the_expiry()
    {
        ScriptedHandler handler = Answering(KeysSpecExamples.Create, HttpStatusCode.Created);
        using OpenRouterClient client = Client(handler);

        await client.Keys.CreateKeyAsync(new CreateApiKeyRequest { Name = "ci", ExpiresAt = new DateTimeOffset(2027, 12, 31, 23, 59, 59, 500, TimeSpan.Zero) }, Ct);

        handler.Bodies.Single().Should().Be("""{"name":"ci","expires_at":"2027-12-31T23:59:59.5Z"}""");
    }

    [Fact]
    public async Task GetKey_sends_a_GET_with_the_hash_as_one_escaped_segment()
    {
        ScriptedHandler handler = Answering(KeysSpecExamples.Get);
        using OpenRouterClient client = Client(handler);

        await client.Keys.GetKeyAsync(AwkwardHash, Ct);

        HttpRequestMessage request = handler.Requests.Single();
        request.Method.Should().Be(HttpMethod.Get);
        request.RequestUri!.AbsoluteUri.Should().Be("https://openrouter.ai/api/v1/keys/" + AwkwardHashEscaped);
        request.RequestUri.Query.Should().BeEmpty("the '?' of the hash is escaped, not a query");
        AssertManagementKey(request);
        handler.Bodies.Single().Should().BeNull();
    }

    [Fact]
    public async Task UpdateKey_sends_a_PATCH_with_the_escaped_hash_and_every_member_set()
    {
        ScriptedHandler handler = Answering(KeysSpecExamples.Update);
        using OpenRouterClient client = Client(handler);

        await client.Keys.UpdateKeyAsync(AwkwardHash, new UpdateApiKeyRequest
        {
            Name = "Updated API Key Name",
            Disabled = false,
            Limit = 75m,
            LimitReset = LimitResetInterval.Daily,
            IncludeByokInLimit = true,
        }, Ct);

        HttpRequestMessage request = handler.Requests.Single();
        request.Method.Method.Should().Be("PATCH");
        request.RequestUri!.AbsoluteUri.Should().Be("https://openrouter.ai/api/v1/keys/" + AwkwardHashEscaped);
        AssertManagementKey(request);
        handler.Bodies.Single().Should().Be("""{"name":"Updated API Key Name","disabled":false,"limit":75,"limit_reset":"daily","include_byok_in_limit":true}""");
    }

    [Fact]
    public async Task UpdateKey_sends_only_what_is_set()
    {
        ScriptedHandler handler = Answering(KeysSpecExamples.Update);
        using OpenRouterClient client = Client(handler);

        await client.Keys.UpdateKeyAsync("abc", new UpdateApiKeyRequest { Disabled = true }, Ct);

        handler.Bodies.Single().Should().Be("""{"disabled":true}""", "a PATCH leaves out what keeps its value");
    }

    [Fact]
    public async Task UpdateKey_removes_the_limit_and_its_reset_with_explicit_nulls()
    {
        ScriptedHandler handler = Answering(KeysSpecExamples.Update);
        using OpenRouterClient client = Client(handler);

        await client.Keys.UpdateKeyAsync("abc", new UpdateApiKeyRequest { RemoveLimit = true, RemoveLimitReset = true }, Ct);

        handler.Bodies.Single().Should().Be("""{"limit":null,"limit_reset":null}""", "the API removes a limit or a reset only with an explicit null");
    }

    [Fact]
    public async Task DeleteKey_sends_a_DELETE_with_the_escaped_hash_and_no_body()
    {
        ScriptedHandler handler = Answering(KeysSpecExamples.Delete);
        using OpenRouterClient client = Client(handler);

        await client.Keys.DeleteKeyAsync(AwkwardHash, Ct);

        HttpRequestMessage request = handler.Requests.Single();
        request.Method.Should().Be(HttpMethod.Delete);
        request.RequestUri!.AbsoluteUri.Should().Be("https://openrouter.ai/api/v1/keys/" + AwkwardHashEscaped);
        AssertManagementKey(request);
        handler.Bodies.Single().Should().BeNull();
    }
}
