using System.Text.Json;
using System.Text.RegularExpressions;
using FluentAssertions;
using OpenRouter.Sdk.IntegrationTests.Infrastructure;

namespace OpenRouter.Sdk.IntegrationTests;

/// <summary>
/// The management key: account credits are read with it when it is configured (with the API key otherwise), and a
/// server that echoes it back finds it in no exception and no log record, like the API key (RELIABILITY.md K7).
/// </summary>
public sealed class ManagementKeyTests
{
    /// <summary>Not shaped like an OpenRouter key, so only the client's own knowledge of it can remove it.</summary>
    private const string ManagementKey = "mgmt-custom-secret-7f3a9c0d1e2b";

    private const string CreditsBody = """{"data":{"total_credits":12.5,"total_usage":2.5}}""";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetCredits_sends_the_management_key_when_one_is_configured()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Status(200, CreditsBody));
        using OpenRouterClient client = TestClients.Standalone(server, o => o.ManagementKey = ManagementKey);

        CreditsInfo credits = await client.GetCreditsAsync(Ct);

        credits.TotalCredits.Should().Be(12.5m);
        ReceivedRequest request = server.Requests.Single();
        request.Path.Should().EndWith("/credits");
        request.Header("Authorization").Should().Be("Bearer " + ManagementKey, "credits are served to management keys");
    }

    [Fact]
    public async Task GetCredits_sends_the_API_key_when_no_management_key_is_configured_and_explains_a_403()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Status(200, CreditsBody))
            .Then(Reply.Status(403, """{"error":{"code":403,"message":"Only management keys can perform this operation"}}"""));
        using OpenRouterClient client = TestClients.Standalone(server, o => o.ManagementKey = null);

        await client.GetCreditsAsync(Ct);
        Func<Task> refused = () => client.GetCreditsAsync(Ct);

        var e = (await refused.Should().ThrowAsync<OpenRouterPermissionDeniedException>()).Which;
        e.StatusCode.Should().Be(403);
        e.Message.Should().Contain("management key").And.Contain("OpenRouterClientOptions.ManagementKey").And.Contain("Only management keys can perform this operation");
        server.Requests.Select(r => r.Header("Authorization")).Should().Equal("Bearer " + TestClients.ApiKey, "Bearer " + TestClients.ApiKey);
    }

    [Fact]
    public async Task A_management_key_echoed_in_an_error_message_and_X_Generation_Id_appears_in_no_exception_property_or_log_record()
    {
        string escaped = ManagementKey.Replace("-", "\\u002d");
        string body = "{\"error\":{\"code\":\"" + ManagementKey + "\",\"message\":\"Key " + escaped + " is not allowed\",\"metadata\":{\"raw\":\"echo " + ManagementKey + "\"}}}";
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Status(401, body, ("X-Generation-Id", ManagementKey)));
        var logs = new CapturingLoggerProvider();
        using OpenRouterClient client = TestClients.Standalone(server, o =>
        {
            o.ManagementKey = ManagementKey;
            o.LoggerFactory = logs;
        });

        var e = (await ((Func<Task>)(() => client.GetCreditsAsync(Ct))).Should().ThrowAsync<OpenRouterAuthenticationException>()).Which;

        e.Message.Should().Contain("Key [redacted] is not allowed");
        e.ErrorCode.Should().Be("[redacted]");
        e.GenerationId.Should().Be("[redacted]");
        e.ResponseBody.Should().Contain("[redacted]");
        foreach (string? text in new[] { e.Message, e.ToString(), e.ResponseBody, e.ErrorCode, e.GenerationId, e.ProviderRawError, JsonSerializer.Serialize(e.Metadata) })
        {
            Unescaped(text ?? string.Empty).Should().NotContain(ManagementKey);
        }

        logs.Records.Should().Contain(r => r.EventId.Name == "RequestFailed" && r.Message.Contains("code [redacted]") && r.Message.Contains("generation [redacted]"));
        logs.AllText().Should().NotContain(t => Unescaped(t).Contains(ManagementKey));
    }

    [Fact]
    public async Task A_management_key_echoed_as_a_stream_chunk_id_is_redacted_from_the_exception_and_the_log()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Sse(Json.Chunk("a", id: ManagementKey)));
        var logs = new CapturingLoggerProvider();
        using OpenRouterClient client = TestClients.Standalone(server, o =>
        {
            o.ManagementKey = ManagementKey;
            o.LoggerFactory = logs;
        });

        var e = (await ((Func<Task>)(() => client.StreamChatCompletionAsync(Json.Request(), Ct).ToChatCompletionAsync(Ct))).Should().ThrowAsync<OpenRouterStreamException>()).Which;

        e.ReceivedContent.Should().Be("a");
        e.GenerationId.Should().Be("[redacted]");
        logs.Records.Should().Contain(r => r.EventId.Name == "StreamFailed");
        logs.AllText().Should().NotContain(t => t.Contains(ManagementKey));
    }

    /// <summary>Undoes JSON escapes at any depth (<c>\u002d</c>, <c>\\u002d</c>).</summary>
    private static string Unescaped(string text) =>
        Regex.Replace(text, @"\\+u([0-9a-fA-F]{4})", m => ((char)Convert.ToInt32(m.Groups[1].Value, 16)).ToString());
}
