using System.Net;
using FluentAssertions;
using OpenRouter.Sdk.Tests.Infrastructure;
using Xunit;

namespace OpenRouter.Sdk.Tests.RequestOptions;

/// <summary>What per-request options refuse: the client's own headers, bad names, values that would split a header.</summary>
public sealed class RequestOptionsValidationTests
{
    private const string Secret = "sk-or-v1-secret-value-0123456789";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("Authorization")]
    [InlineData("authorization")]
    [InlineData("HTTP-Referer")]
    [InlineData("X-Title")]
    [InlineData("X-OpenRouter-Title")]
    [InlineData("X-OpenRouter-Categories")]
    [InlineData("User-Agent")]
    [InlineData("Accept")]
    [InlineData("Content-Type")]
    [InlineData("Host")]
    public void The_clients_own_headers_cannot_be_overridden(string name)
    {
        var options = new OpenRouterRequestOptions();

        FluentActions.Invoking(() => options.AddHeader(name, Secret)).Should().Throw<ArgumentException>()
            .Which.Message.Should().Contain($"'{name}'").And.Contain("set by the client").And.NotContain(Secret);
        options.Headers.Should().BeEmpty();
    }

    [Theory]
    [InlineData("x-session-id", "SessionId")]
    [InlineData("X-OpenRouter-Metadata", "Metadata")]
    [InlineData("X-OpenRouter-Cache", "ResponseCache")]
    [InlineData("x-openrouter-cache-ttl", "ResponseCache")]
    [InlineData("X-OpenRouter-Cache-Clear", "ResponseCache")]
    [InlineData("x-anthropic-beta", "AnthropicBeta")]
    public void A_header_a_property_sends_points_to_the_property(string name, string property)
    {
        FluentActions.Invoking(() => new OpenRouterRequestOptions().AddHeader(name, "v")).Should().Throw<ArgumentException>()
            .Which.Message.Should().Contain($"OpenRouterRequestOptions.{property}");
    }

    [Theory]
    [InlineData("Bad Name")]
    [InlineData("X:Y")]
    [InlineData("X-Ä")]
    [InlineData(" ")]
    public void A_name_that_is_not_an_http_token_is_refused(string name)
    {
        FluentActions.Invoking(() => new OpenRouterRequestOptions().AddHeader(name, "v")).Should().Throw<ArgumentException>();
    }

    [Theory]
    [InlineData("a\r\nX-Injected: 1")]
    [InlineData("a\nb")]
    [InlineData("a\0b")]
    [InlineData("a\u0085b")]
    public void A_value_with_a_control_character_is_refused_naming_the_header_never_the_value(string value)
    {
        string secretValue = Secret + value;

        ArgumentException e = FluentActions.Invoking(() => new OpenRouterRequestOptions().AddHeader("X-Custom", secretValue))
            .Should().Throw<ArgumentException>().Which;

        e.Message.Should().Contain("'X-Custom'").And.Contain("control character").And.NotContain(Secret);
    }

    [Fact]
    public void A_tab_inside_a_value_is_allowed()
    {
        new OpenRouterRequestOptions().AddHeader("X-Custom", "a\tb").Headers["X-Custom"].Should().Be("a\tb");
    }

    [Fact]
    public async Task A_property_with_a_control_character_fails_the_call_before_anything_is_sent()
    {
        var handler = new StubHandler().Respond(HttpStatusCode.OK, RequestOptionsWireTests.Completion);
        using OpenRouterClient client = TestClients.Create(handler);
        ChatCompletionRequest request = RequestOptionsWireTests.Request(new OpenRouterRequestOptions { SessionId = Secret + "\r\nX-Injected: 1" });

        ArgumentException unary = (await FluentActions.Awaiting(() => client.CreateChatCompletionAsync(request, Ct)).Should().ThrowAsync<ArgumentException>()).Which;
        ArgumentException stream = FluentActions.Invoking(() => client.StreamChatCompletionAsync(request, Ct)).Should().Throw<ArgumentException>().Which;

        foreach (ArgumentException e in new[] { unary, stream })
        {
            e.Message.Should().Contain("'x-session-id'").And.NotContain(Secret);
        }

        handler.Requests.Should().BeEmpty();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(1.5)]
    public async Task A_cache_ttl_that_is_not_a_positive_whole_number_of_seconds_is_refused(double seconds)
    {
        var handler = new StubHandler().Respond(HttpStatusCode.OK, RequestOptionsWireTests.Completion);
        using OpenRouterClient client = TestClients.Create(handler);
        ChatCompletionRequest request = RequestOptionsWireTests.Request(new OpenRouterRequestOptions
        {
            ResponseCache = new ResponseCacheOptions { Enabled = true, Ttl = TimeSpan.FromSeconds(seconds) },
        });

        (await FluentActions.Awaiting(() => client.CreateChatCompletionAsync(request, Ct)).Should().ThrowAsync<ArgumentException>())
            .Which.Message.Should().Contain("ResponseCache.Ttl");
        handler.Requests.Should().BeEmpty();
    }

    [Theory]
    [InlineData("a,b")]
    [InlineData("")]
    public async Task An_anthropic_beta_that_is_blank_or_has_a_comma_is_refused(string beta)
    {
        var handler = new StubHandler().Respond(HttpStatusCode.OK, RequestOptionsWireTests.Completion);
        using OpenRouterClient client = TestClients.Create(handler);
        ChatCompletionRequest request = RequestOptionsWireTests.Request(new OpenRouterRequestOptions { AnthropicBeta = ["ok", beta] });

        (await FluentActions.Awaiting(() => client.CreateChatCompletionAsync(request, Ct)).Should().ThrowAsync<ArgumentException>())
            .Which.Message.Should().Contain("AnthropicBeta");
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public void Null_arguments_are_refused()
    {
        var options = new OpenRouterRequestOptions();

        FluentActions.Invoking(() => options.AddHeader(null!, "v")).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => options.AddHeader("X-A", null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => options.RemoveHeader(null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void A_header_can_be_removed()
    {
        var options = new OpenRouterRequestOptions().AddHeader("X-A", "1");

        options.RemoveHeader("x-a").Should().BeTrue();
        options.RemoveHeader("x-a").Should().BeFalse();
        options.Headers.Should().BeEmpty();
    }
}
