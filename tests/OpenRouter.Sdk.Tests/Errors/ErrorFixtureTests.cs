using System.Net;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using OpenRouter.Sdk.Tests.Infrastructure;
using Xunit;

namespace OpenRouter.Sdk.Tests.Errors;

/// <summary>The recorded error bodies and hand-written error shapes, raised through the public API.</summary>
public sealed class ErrorFixtureTests
{
    private const string GenerationId = "gen-1700000000-abcdefghijklmnopqrst";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ChatCompletionRequest Request() => new() { Model = "openai/gpt-4o", Messages = { new UserMessage("hi") } };

    private static async Task<OpenRouterException> UnaryErrorAsync(HttpStatusCode status, byte[] body, string contentType = "application/json", Action<HttpResponseMessage>? configure = null)
    {
        var handler = new StubHandler().Respond(status, body, contentType, r =>
        {
            r.Headers.Add("X-Generation-Id", GenerationId);
            configure?.Invoke(r);
        });
        using var client = TestClients.Create(handler);
        Func<Task> act = () => client.CreateChatCompletionAsync(Request(), Ct);
        OpenRouterException e = (await act.Should().ThrowAsync<OpenRouterException>()).Which;
        AssertNoSecret(e);
        return e;
    }

    private static Task<OpenRouterException> UnaryErrorAsync(HttpStatusCode status, string body, string contentType = "application/json") =>
        UnaryErrorAsync(status, Encoding.UTF8.GetBytes(body), contentType);

    internal static void AssertNoSecret(Exception e)
    {
        string everything = e.ToString() + e.Message + ((e as OpenRouterException)?.ResponseBody ?? string.Empty) + ((e as OpenRouterException)?.ProviderRawError ?? string.Empty);
        everything.Should().NotContain(TestClients.ApiKey);
        everything.Should().NotContain("sk-or-v1-");
        everything.Should().NotContain("Bearer sk");
    }

    [Fact]
    public async Task Fixture_25_provider_rate_limit_with_raw_text()
    {
        OpenRouterException e = await UnaryErrorAsync((HttpStatusCode)429, Fixture.Bytes("25-error-429-provider-rate-limited.json"),
            configure: r => r.Headers.Add("Retry-After", "7"));

        OpenRouterRateLimitException rateLimit = e.Should().BeOfType<OpenRouterRateLimitException>().Subject;
        rateLimit.StatusCode.Should().Be(429);
        rateLimit.ErrorCode.Should().Be("429");
        rateLimit.ProviderName.Should().Be("Google");
        rateLimit.ProviderRawError.Should().Be(
            "google/gemini-2.0-flash-exp:free is temporarily rate-limited upstream. Please retry shortly, or add your own key to accumulate your rate limits: https://openrouter.ai/settings/integrations");
        rateLimit.Message.Should().Contain("Provider returned error").And.Contain("Google").And.Contain("temporarily rate-limited upstream");
        rateLimit.Metadata!["provider_name"].GetString().Should().Be("Google");
        rateLimit.GenerationId.Should().Be(GenerationId);
        rateLimit.RetryAfter.Should().Be(TimeSpan.FromSeconds(7));
    }

    [Fact]
    public async Task Fixture_26_provider_error_whose_raw_is_a_json_string()
    {
        OpenRouterException e = await UnaryErrorAsync(HttpStatusCode.BadRequest, Fixture.Bytes("26-error-400-provider-returned-error-raw.json"));

        e.Should().BeOfType<OpenRouterBadRequestException>();
        e.StatusCode.Should().Be(400);
        e.ErrorCode.Should().Be("400");
        e.ProviderName.Should().Be("OpenAI");
        e.Metadata!["is_byok"].GetBoolean().Should().BeFalse();
        e.Metadata["raw"].ValueKind.Should().Be(JsonValueKind.String);
        e.ProviderRawError.Should().StartWith("{\n  \"error\": {");
        using JsonDocument raw = JsonDocument.Parse(e.ProviderRawError!);
        raw.RootElement.GetProperty("error").GetProperty("code").GetString().Should().Be("unsupported_value");
        raw.RootElement.GetProperty("error").GetProperty("param").GetString().Should().Be("reasoning.effort");
        e.Message.Should().Contain("Unsupported value: 'none' is not supported");
        e.GenerationId.Should().Be(GenerationId);
    }

    [Fact]
    public async Task Fixture_33_no_endpoints_is_not_found()
    {
        OpenRouterException e = await UnaryErrorAsync(HttpStatusCode.NotFound, Fixture.Bytes("33-error-404-no-endpoints-free-variant.json"));

        e.Should().BeOfType<OpenRouterNotFoundException>();
        e.StatusCode.Should().Be(404);
        e.ErrorCode.Should().Be("404");
        e.Message.Should().Contain("No endpoints found for google/gemini-2.5-flash:free.");
        e.Metadata.Should().BeNull();
        e.ProviderName.Should().BeNull();
        e.ProviderRawError.Should().BeNull();
        e.GenerationId.Should().Be(GenerationId);
    }

    [Fact]
    public async Task A_200_whose_body_is_an_error_raises_the_same_family_as_the_status_would()
    {
        OpenRouterException e = await UnaryErrorAsync(HttpStatusCode.OK, Fixture.Bytes("25-error-429-provider-rate-limited.json"));

        e.Should().BeOfType<OpenRouterRateLimitException>();
        e.StatusCode.Should().Be(429, "the code inside the body stands in for the 200 status");
        e.ProviderName.Should().Be("Google");
        e.ProviderRawError.Should().Contain("temporarily rate-limited upstream");
        e.GenerationId.Should().Be(GenerationId);
    }

    [Fact]
    public async Task A_200_error_body_behind_whitespace_padding_is_still_an_error()
    {
        OpenRouterException e = await UnaryErrorAsync(HttpStatusCode.OK, "\n         \n\n  {\"error\":{\"code\":502,\"message\":\"Upstream failed\"}}");

        e.StatusCode.Should().Be(502);
        e.ErrorCode.Should().Be("502");
        e.Message.Should().Contain("Upstream failed");
    }

    [Fact]
    public async Task A_non_2xx_error_body_behind_whitespace_padding_is_parsed()
    {
        OpenRouterException e = await UnaryErrorAsync(HttpStatusCode.NotFound, "\n   \n" + Fixture.Text("33-error-404-no-endpoints-free-variant.json"));

        e.Should().BeOfType<OpenRouterNotFoundException>();
        e.Message.Should().Contain("No endpoints found");
    }

    [Fact]
    public async Task A_non_json_error_page_keeps_the_status_and_a_truncated_body()
    {
        string html = "<html><head><title>502 Bad Gateway</title></head><body>" + new string('x', 5000) + "</body></html>";

        OpenRouterException e = await UnaryErrorAsync(HttpStatusCode.BadGateway, html, "text/html");

        e.GetType().Should().Be(typeof(OpenRouterException));
        e.StatusCode.Should().Be(502);
        e.ErrorCode.Should().BeNull();
        e.Message.Should().Contain("502").And.Contain("502 Bad Gateway");
        e.ResponseBody.Should().StartWith("<html><head><title>502 Bad Gateway");
        e.ResponseBody!.Length.Should().BeLessThan(html.Length, "the body is truncated");
        e.GenerationId.Should().Be(GenerationId);
    }

    [Fact]
    public async Task A_200_body_that_is_not_json_is_an_invalid_response()
    {
        OpenRouterException e = await UnaryErrorAsync(HttpStatusCode.OK, "<html>maintenance</html>", "text/html");

        e.Should().BeOfType<OpenRouterInvalidResponseException>();
        e.Message.Should().Contain("<html>maintenance</html>");
    }

    [Theory]
    [InlineData("429", typeof(OpenRouterRateLimitException))]
    [InlineData("\"429\"", typeof(OpenRouterRateLimitException))]
    [InlineData("401", typeof(OpenRouterAuthenticationException))]
    [InlineData("402", typeof(OpenRouterPaymentRequiredException))]
    [InlineData("404", typeof(OpenRouterNotFoundException))]
    [InlineData("\"server_error\"", typeof(OpenRouterException))]
    public async Task The_error_code_may_be_a_number_or_a_string(string code, Type expected)
    {
        OpenRouterException e = await UnaryErrorAsync(HttpStatusCode.OK, "{\"error\":{\"code\":" + code + ",\"message\":\"m\"}}");

        e.GetType().Should().Be(expected);
        e.ErrorCode.Should().Be(code.Trim('"'));
    }

    [Theory]
    [InlineData(HttpStatusCode.Unauthorized, typeof(OpenRouterAuthenticationException), "No auth credentials found")]
    [InlineData(HttpStatusCode.PaymentRequired, typeof(OpenRouterPaymentRequiredException), "Insufficient credits")]
    [InlineData(HttpStatusCode.Forbidden, typeof(OpenRouterPermissionDeniedException), "Key limit exceeded")]
    public async Task Status_codes_map_to_their_exception(HttpStatusCode status, Type expected, string message)
    {
        OpenRouterException e = await UnaryErrorAsync(status, "{\"error\":{\"code\":" + (int)status + ",\"message\":\"" + message + "\"}}");

        e.GetType().Should().Be(expected);
        e.StatusCode.Should().Be((int)status);
        e.Message.Should().Contain(message);
    }

    [Fact]
    public async Task A_403_moderation_flag_carries_reasons_and_flagged_input()
    {
        const string body = """
            {"error":{"code":403,"message":"Your chosen model requires moderation and your input was flagged",
              "metadata":{"reasons":["harassment","violence"],"flagged_input":"some...text","provider_name":"OpenAI","model_slug":"openai/gpt-4o"}}}
            """;

        OpenRouterException e = await UnaryErrorAsync(HttpStatusCode.Forbidden, body);

        OpenRouterModerationException moderation = e.Should().BeOfType<OpenRouterModerationException>().Subject;
        moderation.Should().BeAssignableTo<OpenRouterPermissionDeniedException>();
        moderation.Reasons.Should().Equal("harassment", "violence");
        moderation.FlaggedInput.Should().Be("some...text");
        moderation.ModelSlug.Should().Be("openai/gpt-4o");
        moderation.ProviderName.Should().Be("OpenAI");
        moderation.StatusCode.Should().Be(403);
    }

    [Fact]
    public async Task The_api_key_never_reaches_an_exception_even_when_the_server_echoes_it()
    {
        string body = "{\"error\":{\"code\":401,\"message\":\"Invalid key " + TestClients.ApiKey + "\",\"metadata\":{\"raw\":\"Authorization: Bearer " + TestClients.ApiKey + "\",\"provider_name\":\"X\"}}}";

        OpenRouterException e = await UnaryErrorAsync(HttpStatusCode.Unauthorized, body);

        e.Should().BeOfType<OpenRouterAuthenticationException>();
        e.Message.Should().Contain("Invalid key").And.Contain("[redacted]");
        e.ProviderRawError.Should().NotContain(TestClients.ApiKey);
    }

    [Fact]
    public async Task The_api_key_never_reaches_a_non_json_error_body()
    {
        OpenRouterException e = await UnaryErrorAsync(HttpStatusCode.BadGateway, "proxy error for Bearer " + TestClients.ApiKey, "text/plain");

        e.StatusCode.Should().Be(502);
        e.ResponseBody.Should().Contain("proxy error");
    }

    private static byte[] Sse(params string[] events) => Encoding.UTF8.GetBytes(string.Concat(events.Select(e => "data: " + e + "\n\n")));

    private const string Text1 = """{"id":"gen-s1","model":"m","provider":"P","object":"chat.completion.chunk","created":1,"choices":[{"index":0,"delta":{"role":"assistant","content":"Hel"},"finish_reason":null}]}""";
    private const string Text2 = """{"id":"gen-s1","model":"m","provider":"P","object":"chat.completion.chunk","created":1,"choices":[{"index":0,"delta":{"content":"lo"},"finish_reason":null}]}""";

    [Theory]
    [InlineData("502", "null", "502")]
    [InlineData("\"server_error\"", "null", "server_error")]
    [InlineData("502", "\"error\"", "502")]
    [InlineData("\"server_error\"", "\"error\"", "server_error")]
    public async Task A_mid_stream_error_chunk_raises_after_the_text_with_its_code(string code, string finishReason, string expectedCode)
    {
        string error = "{\"id\":\"gen-s1\",\"model\":\"m\",\"provider\":\"P\",\"object\":\"chat.completion.chunk\",\"created\":1,\"error\":{\"code\":" + code +
            ",\"message\":\"Provider disconnected " + TestClients.ApiKey + "\",\"metadata\":{\"provider_name\":\"Fireworks\",\"raw\":\"upstream reset\"}},\"choices\":[{\"index\":0,\"delta\":{\"content\":\"\"},\"finish_reason\":" + finishReason + "}]}";
        var handler = new StubHandler().RespondStream(Sse(Text1, Text2, error, "[DONE]"));
        using var client = TestClients.Create(handler);
        var texts = new List<string?>();

        Func<Task> act = async () =>
        {
            await foreach (ChatCompletionChunk chunk in client.StreamChatCompletionAsync(Request(), Ct))
            {
                texts.Add(chunk.Choices[0].Delta?.Content);
            }
        };

        OpenRouterStreamException e = (await act.Should().ThrowAsync<OpenRouterStreamException>()).Which;
        texts.Should().Equal("Hel", "lo");
        e.ReceivedContent.Should().Be("Hello");
        e.ChunksReceived.Should().Be(2);
        e.ErrorCode.Should().Be(expectedCode);
        e.ProviderName.Should().Be("Fireworks");
        e.ProviderRawError.Should().Be("upstream reset");
        e.GenerationId.Should().Be("gen-s1");
        e.Message.Should().Contain("Provider disconnected");
        AssertNoSecret(e);
    }

    [Fact]
    public async Task A_non_2xx_answer_to_a_stream_request_raises_before_any_chunk()
    {
        var handler = new StubHandler().Respond((HttpStatusCode)429, Fixture.Bytes("25-error-429-provider-rate-limited.json"), configure: r => r.Headers.Add("X-Generation-Id", GenerationId));
        using var client = TestClients.Create(handler);
        int chunks = 0;

        Func<Task> act = async () =>
        {
            await foreach (ChatCompletionChunk _ in client.StreamChatCompletionAsync(Request(), Ct))
            {
                chunks++;
            }
        };

        OpenRouterRateLimitException e = (await act.Should().ThrowAsync<OpenRouterRateLimitException>()).Which;
        chunks.Should().Be(0);
        e.ProviderName.Should().Be("Google");
        e.GenerationId.Should().Be(GenerationId);
        AssertNoSecret(e);
    }
}
