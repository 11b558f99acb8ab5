using System.Net;
using FluentAssertions;
using Xunit;
using static OpenRouter.Sdk.Tests.KeysArea.KeysTestSupport;

namespace OpenRouter.Sdk.Tests.KeysArea;

/// <summary>What the keys operations do without a management key, with the wrong key, and with bad arguments.</summary>
public sealed class KeysFailureTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Each operation, named as its messages name it.</summary>
    public static TheoryData<string> Operations => new() { "GET /keys", "POST /keys", "GET /keys/h1", "PATCH /keys/h1", "DELETE /keys/h1" };

    private static Task CallAsync(OpenRouterKeysClient keys, string operation) => operation switch
    {
        "GET /keys" => keys.ListKeysPageAsync(0, cancellationToken: Ct),
        "POST /keys" => keys.CreateKeyAsync(new CreateApiKeyRequest { Name = "n" }, Ct),
        "GET /keys/h1" => keys.GetKeyAsync("h1", Ct),
        "PATCH /keys/h1" => keys.UpdateKeyAsync("h1", new UpdateApiKeyRequest { Disabled = true }, Ct),
        "DELETE /keys/h1" => keys.DeleteKeyAsync("h1", Ct),
        _ => throw new ArgumentOutOfRangeException(nameof(operation)),
    };

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Without_a_management_key_each_operation_fails_before_any_request_naming_the_setting(string operation)
    {
        ScriptedHandler handler = Answering(KeysSpecExamples.Get);
        using OpenRouterClient client = Client(handler, managementKey: null);

        Func<Task> call = () => CallAsync(client.Keys, operation);

        InvalidOperationException e = (await call.Should().ThrowAsync<InvalidOperationException>()).Which;
        e.Message.Should().Contain(operation).And.Contain("OpenRouterClientOptions.ManagementKey").And.Contain("OPENROUTER_MANAGEMENT_KEY");
        e.Message.Should().NotContain(ApiKey);
        handler.Requests.Should().BeEmpty("nothing is sent with the wrong key");
    }

    [Fact]
    public async Task Listing_all_keys_without_a_management_key_fails_at_the_first_MoveNext_before_any_request()
    {
        ScriptedHandler handler = Answering("""{"data":[]}""");
        using OpenRouterClient client = Client(handler, managementKey: null);

        Func<Task> walk = async () =>
        {
            await foreach (ApiKeyInfo _ in client.Keys.ListKeysAsync(cancellationToken: Ct))
            {
            }
        };

        (await walk.Should().ThrowAsync<InvalidOperationException>()).Which.Message.Should().Contain("OpenRouterClientOptions.ManagementKey");
        handler.Requests.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task A_403_says_a_management_key_is_needed_and_keeps_the_servers_words(string operation)
    {
        using OpenRouterClient client = Client(Answering(KeysSpecExamples.Forbidden, HttpStatusCode.Forbidden));

        Func<Task> call = () => CallAsync(client.Keys, operation);

        OpenRouterPermissionDeniedException e = (await call.Should().ThrowAsync<OpenRouterPermissionDeniedException>()).Which;
        e.Message.Should().StartWith(operation + " was refused (HTTP 403)");
        e.Message.Should().Contain("management key").And.Contain("https://openrouter.ai/settings/management-keys");
        e.Message.Should().Contain("Only management keys can perform this operation", "the server's own words are kept");
        e.Message.Should().NotContain("offset=", "the operation is named without its query");
        e.StatusCode.Should().Be(403);
        e.InnerException.Should().BeOfType<OpenRouterPermissionDeniedException>();
        e.Message.Should().NotContain(ManagementKey).And.NotContain(ApiKey);
    }

    [Fact]
    public async Task A_404_for_an_unknown_hash_is_a_not_found()
    {
        using OpenRouterClient client = Client(Answering("""{"error":{"code":404,"message":"Resource not found"}}""", HttpStatusCode.NotFound));

        Func<Task> call = () => client.Keys.GetKeyAsync("nope", Ct);

        (await call.Should().ThrowAsync<OpenRouterNotFoundException>()).Which.StatusCode.Should().Be(404);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData(".")]
    [InlineData("..")]
    public async Task A_missing_or_path_moving_hash_is_refused_before_any_request(string? hash)
    {
        ScriptedHandler handler = Answering(KeysSpecExamples.Get);
        using OpenRouterClient client = Client(handler);

        await ((Func<Task>)(() => client.Keys.GetKeyAsync(hash!, Ct))).Should().ThrowAsync<ArgumentException>();
        await ((Func<Task>)(() => client.Keys.UpdateKeyAsync(hash!, new UpdateApiKeyRequest { Disabled = true }, Ct))).Should().ThrowAsync<ArgumentException>();
        await ((Func<Task>)(() => client.Keys.DeleteKeyAsync(hash!, Ct))).Should().ThrowAsync<ArgumentException>();
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task A_blank_name_or_a_value_with_its_removal_is_refused_before_any_request()
    {
        ScriptedHandler handler = Answering(KeysSpecExamples.Update);
        using OpenRouterClient client = Client(handler);

        Func<Task> blankCreate = () => client.Keys.CreateKeyAsync(new CreateApiKeyRequest { Name = " " }, Ct);
        Func<Task> blankRename = () => client.Keys.UpdateKeyAsync("h1", new UpdateApiKeyRequest { Name = "" }, Ct);
        Func<Task> limitTwice = () => client.Keys.UpdateKeyAsync("h1", new UpdateApiKeyRequest { Limit = 5m, RemoveLimit = true }, Ct);
        Func<Task> resetTwice = () => client.Keys.UpdateKeyAsync("h1", new UpdateApiKeyRequest { LimitReset = LimitResetInterval.Daily, RemoveLimitReset = true }, Ct);

        (await blankCreate.Should().ThrowAsync<ArgumentException>()).Which.Message.Should().Contain("CreateApiKeyRequest.Name");
        (await blankRename.Should().ThrowAsync<ArgumentException>()).Which.Message.Should().Contain("UpdateApiKeyRequest.Name");
        (await limitTwice.Should().ThrowAsync<ArgumentException>()).Which.Message.Should().Contain("Limit and RemoveLimit");
        (await resetTwice.Should().ThrowAsync<ArgumentException>()).Which.Message.Should().Contain("LimitReset and RemoveLimitReset");
        handler.Requests.Should().BeEmpty();
    }
}
