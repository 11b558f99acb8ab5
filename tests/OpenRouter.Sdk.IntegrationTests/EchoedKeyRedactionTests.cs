using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using FluentAssertions;
using OpenRouter.Sdk.IntegrationTests.Infrastructure;

namespace OpenRouter.Sdk.IntegrationTests;

/// <summary>
/// RELIABILITY.md K7: a server that echoes the key back, literally or JSON-escaped, in every place an error or a log
/// record takes text from. The key must come out nowhere: no exception text or property, no log record at any level.
/// </summary>
public sealed class EchoedKeyRedactionTests
{
    private const string Key = TestClients.ApiKey;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The key with its dashes written as JSON escapes (<c>sk\u002dor\u002dv1...</c>), as JSON text.</summary>
    private static readonly string DashEscaped = Key.Replace("-", "\\u002d");

    /// <summary>The key with every character a JSON escape, some in upper-case hex.</summary>
    private static readonly string AllEscaped = string.Concat(Key.Select((c, i) => "\\u" + ((int)c).ToString(i % 2 == 0 ? "x4" : "X4")));

    [Fact]
    public async Task K7_a_key_echoed_in_a_4xx_body_and_X_Generation_Id_appears_in_no_exception_property_or_log_record()
    {
        // error.code, error.message (escaped), metadata.provider_name (all escaped), metadata.error_type, and
        // metadata.raw as a string of JSON whose own escape is escaped again on the wire.
        string body = "{\"error\":{\"code\":\"" + Key + "\",\"message\":\"Invalid key " + DashEscaped + "\",\"metadata\":{"
            + "\"provider_name\":\"" + AllEscaped + "\",\"error_type\":\"" + Key + "\","
            + "\"raw\":\"{\\\"error\\\":\\\"bad key " + Key.Replace("-", "\\\\u002d") + "\\\"}\"}},\"user_id\":\"" + Key + "\"}";
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Status(401, body, ("X-Generation-Id", Key)));
        var logs = new CapturingLoggerProvider();
        using OpenRouterClient client = TestClients.Standalone(server, o => o.LoggerFactory = logs);

        var e = await Capture<OpenRouterAuthenticationException>(() => client.CreateChatCompletionAsync(Json.Request(), Ct));

        e.StatusCode.Should().Be(401);
        e.Message.Should().Contain("Invalid key [redacted]").And.Contain("provider: [redacted]");
        e.ResponseBody.Should().Contain("[redacted]");
        ShouldNotLeak(e);
        ShouldNotLeak(logs, expectedEvent: "RequestFailed");
    }

    [Fact]
    public async Task K7_a_key_echoed_in_a_200_whose_body_is_an_error_appears_in_no_exception_property_or_log_record()
    {
        // metadata.raw as an object this time, so it stays JSON text with the escape in it.
        string body = "{\"error\":{\"code\":\"" + DashEscaped + "\",\"message\":\"Upstream rejected " + AllEscaped + "\",\"metadata\":{"
            + "\"provider_name\":\"" + Key + "\",\"raw\":{\"detail\":\"key " + DashEscaped + " is not valid\",\"echo\":\"" + Key + "\"}}}}";
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Status(200, body, ("X-Generation-Id", Key)));
        var logs = new CapturingLoggerProvider();
        using OpenRouterClient client = TestClients.Standalone(server, o => o.LoggerFactory = logs);

        var e = await Capture<OpenRouterException>(() => client.CreateChatCompletionAsync(Json.Request(), Ct));

        e.Message.Should().Contain("Upstream rejected [redacted]");
        e.ProviderRawError.Should().Contain("[redacted]").And.Contain("is not valid");
        e.Metadata!["raw"].GetProperty("echo").GetString().Should().Be("[redacted]", "the metadata stays JSON, with the key replaced");
        ShouldNotLeak(e);
        ShouldNotLeak(logs, expectedEvent: "RequestFailed");
    }

    [Fact]
    public async Task K7_a_key_echoed_in_a_stream_error_chunk_and_X_Generation_Id_appears_in_no_exception_property_or_log_record()
    {
        string errorChunk = "{\"id\":\"gen-1\",\"provider\":\"" + Key + "\",\"model\":\"" + Key + "\",\"choices\":[],"
            + "\"error\":{\"code\":\"" + Key + "\",\"message\":\"Provider said " + DashEscaped + "\",\"metadata\":{\"raw\":\"" + AllEscaped + "\"}}}";
        await using var server = await ScriptedServer.StartAsync();
        server.Then(async context =>
        {
            context.Response.Headers["X-Generation-Id"] = Key;
            await Reply.Sse(Json.Chunk("a"), errorChunk)(context);
        });
        var logs = new CapturingLoggerProvider();
        using OpenRouterClient client = TestClients.Standalone(server, o => o.LoggerFactory = logs);

        var e = await Capture<OpenRouterStreamException>(() => client.StreamChatCompletionAsync(Json.Request(), Ct).ToChatCompletionAsync(Ct));

        e.ReceivedContent.Should().Be("a");
        e.ProviderName.Should().Be("[redacted]");
        e.Message.Should().Contain("Provider said [redacted]");
        ShouldNotLeak(e);
        ShouldNotLeak(JsonSerializer.Serialize(e.ErrorChunk), "ErrorChunk");
        ShouldNotLeak(logs, expectedEvent: "StreamFailed");
        logs.Records.Should().Contain(r => r.EventId.Name == "RequestCompleted" && r.Message.Contains("[redacted]"),
            "the stream's start record carries the echoed X-Generation-Id, redacted");
    }

    [Fact]
    public async Task K7_a_key_echoed_as_the_generation_id_of_a_successful_call_or_stream_is_redacted_in_every_log_record()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Status(200, Json.Completion("fine"), ("X-Generation-Id", Key)))
            .Then(Reply.Sse(Json.Chunk("a", id: Key), Json.Chunk("b", "stop", id: Key), "[DONE]"));
        var logs = new CapturingLoggerProvider();
        using OpenRouterClient client = TestClients.Standalone(server, o => o.LoggerFactory = logs);

        await client.CreateChatCompletionAsync(Json.Request(), Ct);
        ChatCompletion streamed = await client.StreamChatCompletionAsync(Json.Request(), Ct).ToChatCompletionAsync(Ct);

        streamed.Choices[0].Message.Content.Should().Be("ab");
        logs.Records.Should().Contain(r => r.EventId.Name == "RequestCompleted" && r.Message.Contains("generation [redacted]") && r.State.Contains("GenerationId=[redacted]"));
        logs.Records.Should().Contain(r => r.EventId.Name == "StreamCompleted" && r.Message.Contains("generation [redacted]") && r.State.Contains("GenerationId=[redacted]"),
            "the stream's generation id comes from its chunks");
        ShouldNotLeak(logs, expectedEvent: "StreamCompleted");
    }

    [Fact]
    public async Task K7_a_key_echoed_as_the_chunk_id_of_a_stream_that_breaks_is_not_in_the_exception_or_the_log()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Sse(Json.Chunk("a", id: Key)));
        var logs = new CapturingLoggerProvider();
        using OpenRouterClient client = TestClients.Standalone(server, o => o.LoggerFactory = logs);

        var e = await Capture<OpenRouterStreamException>(() => client.StreamChatCompletionAsync(Json.Request(), Ct).ToChatCompletionAsync(Ct));

        e.ReceivedContent.Should().Be("a");
        e.GenerationId.Should().Be("[redacted]");
        ShouldNotLeak(e);
        ShouldNotLeak(logs, expectedEvent: "StreamFailed");
    }

    [Fact]
    public async Task K7_a_key_of_any_shape_echoed_in_X_Generation_Id_and_error_code_is_redacted_in_the_exception_and_the_log()
    {
        const string key = "custom-gateway-token-5f1e2d";
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Status(400, Json.Error(400, "no").Replace("\"code\":400", "\"code\":\"" + key.Replace("-", "\\u002d") + "\""), ("X-Generation-Id", key)));
        var logs = new CapturingLoggerProvider();
        using OpenRouterClient client = TestClients.Standalone(server, o =>
        {
            o.ApiKey = key;
            o.LoggerFactory = logs;
        });

        var e = await Capture<OpenRouterException>(() => client.CreateChatCompletionAsync(Json.Request(), Ct));

        e.ErrorCode.Should().Be("[redacted]");
        e.GenerationId.Should().Be("[redacted]");
        e.ResponseBody.Should().NotContain(key.Replace("-", "\\u002d"));
        logs.Records.Should().Contain(r => r.EventId.Name == "RequestFailed" && r.Message.Contains("code [redacted]") && r.Message.Contains("generation [redacted]"));
        logs.AllText().Should().NotContain(t => t.Contains(key));
    }

    public static TheoryData<string> EchoForms() => new()
    {
        Key,
        DashEscaped,
        AllEscaped,
        Key.Replace("-", "\\u002D"),
        Key.Replace("v1", "v\\u0031").Replace("a", "\\u0061"),
        Key.Replace("-", "\\\\u002d"),
        Key.Replace("-", "\\\\\\\\u002d"),
    };

    [Theory]
    [MemberData(nameof(EchoForms))]
    public void K7_every_JSON_escaped_form_of_the_key_is_redacted_in_text(string form)
    {
        string text = "before " + form + " after";

        string redacted = SecretRedactor.Redact(text, Key);

        redacted.Should().Be("before [redacted] after");
    }

    [Fact]
    public void K7_a_key_with_a_slash_is_redacted_when_the_slash_is_escaped()
    {
        const string key = "sk-or-v1-ab/cd-0123456789";

        SecretRedactor.Redact("x " + key.Replace("/", "\\/") + " y", key).Should().Be("x [redacted] y");
        SecretRedactor.Redact("x " + key + " y", key).Should().Be("x [redacted] y");
    }

    private static async Task<T> Capture<T>(Func<Task> call)
        where T : Exception
    {
        try
        {
            await call();
        }
        catch (T e)
        {
            return e;
        }

        throw new InvalidOperationException("The call was expected to fail with " + typeof(T).Name + ".");
    }

    private static void ShouldNotLeak(OpenRouterException e)
    {
        ShouldNotLeak(e.Message, "Message");
        ShouldNotLeak(e.ToString(), "ToString()");
        ShouldNotLeak(e.ResponseBody, "ResponseBody");
        ShouldNotLeak(e.ErrorCode, "ErrorCode");
        ShouldNotLeak(e.ErrorType, "ErrorType");
        ShouldNotLeak(e.ProviderName, "ProviderName");
        ShouldNotLeak(e.ProviderRawError, "ProviderRawError");
        ShouldNotLeak(e.GenerationId, "GenerationId");
        ShouldNotLeak(e.Metadata is null ? null : JsonSerializer.Serialize(e.Metadata), "Metadata");
        ShouldNotLeak(string.Concat(e.Metadata?.Keys ?? Array.Empty<string>()), "Metadata keys");
    }

    private static void ShouldNotLeak(CapturingLoggerProvider logs, string expectedEvent)
    {
        logs.Records.Should().Contain(r => r.Category == "OpenRouter.Sdk.OpenRouterClient" && r.EventId.Name == expectedEvent);
        foreach (CapturingLoggerProvider.LogRecord record in logs.Records)
        {
            ShouldNotLeak(record.ToString(), $"log record {record.EventId.Name} ({record.Level})");
        }
    }

    private static void ShouldNotLeak(string? text, string where)
    {
        if (text is null)
        {
            return;
        }

        text.Should().NotContain(Key, where);
        Unescaped(text).Should().NotContain(Key, where + ", once JSON escapes are undone");
    }

    /// <summary>Undoes JSON escapes at any depth (<c>\u002d</c>, <c>\\u002d</c>, <c>\/</c>).</summary>
    private static string Unescaped(string text)
    {
        string once = Regex.Replace(text, @"\\+u([0-9a-fA-F]{4})", m => ((char)Convert.ToInt32(m.Groups[1].Value, 16)).ToString());
        return Regex.Replace(once, @"\\+/", "/");
    }
}
