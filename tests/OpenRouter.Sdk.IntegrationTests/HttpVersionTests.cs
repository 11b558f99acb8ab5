using System.Net;
using System.Text;
using FluentAssertions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenRouter.Sdk.IntegrationTests.Infrastructure;

namespace OpenRouter.Sdk.IntegrationTests;

/// <summary>
/// <see cref="OpenRouterClientOptions.HttpVersion"/> and <see cref="OpenRouterClientOptions.HttpVersionPolicy"/>,
/// checked by the protocol a loopback Kestrel server actually saw: on an HTTP/1.x-only listener and on an
/// HTTP/2-only (h2c, prior knowledge) one, for a completion, a stream and an area call.
/// </summary>
public sealed class HttpVersionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void The_default_asks_for_HTTP2_and_accepts_a_lower_version()
    {
        var options = new OpenRouterClientOptions();

        options.HttpVersion.Should().Be(new Version(2, 0));
        options.HttpVersion.Should().BeSameAs(OpenRouterClientOptions.DefaultHttpVersion);
        options.HttpVersionPolicy.Should().Be(OpenRouterHttpVersionPolicy.RequestVersionOrLower);
    }

    [Fact]
    public async Task The_default_falls_back_to_HTTP11_on_a_plain_http_server_for_every_kind_of_call()
    {
        await using ProtocolServer server = await ProtocolServer.StartAsync();
        using var client = new OpenRouterClient(new OpenRouterClientOptions { ApiKey = TestClients.ApiKey, BaseUrl = server.Http1BaseUrl });

        await CallEveryKindAsync(client, "HTTP/1.1");

        server.ProtocolsOf("/chat/completions").Should().Equal("HTTP/1.1", "HTTP/1.1");
        server.ProtocolsOf("/models/count").Should().Equal("HTTP/1.1");
    }

    [Theory]
    [InlineData("1.0", OpenRouterHttpVersionPolicy.RequestVersionOrLower, false, "HTTP/1.0")]
    [InlineData("1.1", OpenRouterHttpVersionPolicy.RequestVersionOrLower, false, "HTTP/1.1")]
    [InlineData("1.1", OpenRouterHttpVersionPolicy.RequestVersionExact, false, "HTTP/1.1")]
    [InlineData("2.0", OpenRouterHttpVersionPolicy.RequestVersionOrLower, false, "HTTP/1.1")]
    [InlineData("2.0", OpenRouterHttpVersionPolicy.RequestVersionExact, true, "HTTP/2")]
    [InlineData("2.0", OpenRouterHttpVersionPolicy.RequestVersionOrHigher, true, "HTTP/2")]
    [InlineData("3.0", OpenRouterHttpVersionPolicy.RequestVersionOrLower, false, "HTTP/1.1")]
    public async Task Every_call_is_sent_with_the_configured_version_and_policy(string version, OpenRouterHttpVersionPolicy policy, bool http2Listener, string expected)
    {
        await using ProtocolServer server = await ProtocolServer.StartAsync();
        using var client = new OpenRouterClient(new OpenRouterClientOptions
        {
            ApiKey = TestClients.ApiKey,
            BaseUrl = http2Listener ? server.Http2BaseUrl : server.Http1BaseUrl,
            HttpVersion = Version.Parse(version),
            HttpVersionPolicy = policy,
        });

        await CallEveryKindAsync(client, expected);

        server.ProtocolsOf("/chat/completions").Should().Equal(expected, expected);
        server.ProtocolsOf("/models/count").Should().Equal(expected);
    }

    [Fact]
    public async Task Exact_HTTP2_does_not_fall_back_on_a_server_that_speaks_only_HTTP11()
    {
        await using ProtocolServer server = await ProtocolServer.StartAsync();
        using var client = new OpenRouterClient(new OpenRouterClientOptions
        {
            ApiKey = TestClients.ApiKey,
            BaseUrl = server.Http1BaseUrl,
            HttpVersion = new Version(2, 0),
            HttpVersionPolicy = OpenRouterHttpVersionPolicy.RequestVersionExact,
            MaxRetries = 0,
        });

        Func<Task> call = () => client.CreateChatCompletionAsync(Json.Request(), Ct);

        await call.Should().ThrowAsync<OpenRouterException>();
        server.ProtocolsOf("/chat/completions").Should().BeEmpty();
    }

    [Fact]
    public async Task The_version_applies_on_an_HttpClient_the_caller_supplies_whatever_its_default_request_version()
    {
        await using ProtocolServer server = await ProtocolServer.StartAsync();
        using var http = new HttpClient { DefaultRequestVersion = HttpVersion.Version11, DefaultVersionPolicy = HttpVersionPolicy.RequestVersionOrLower };
        using var client = new OpenRouterClient(http, new OpenRouterClientOptions
        {
            ApiKey = TestClients.ApiKey,
            BaseUrl = server.Http2BaseUrl,
            HttpVersion = new Version(2, 0),
            HttpVersionPolicy = OpenRouterHttpVersionPolicy.RequestVersionExact,
        });

        await CallEveryKindAsync(client, "HTTP/2");

        server.ProtocolsOf("/chat/completions").Should().Equal("HTTP/2", "HTTP/2");
        server.ProtocolsOf("/models/count").Should().Equal("HTTP/2");
    }

    [Fact]
    public async Task A_registered_client_binds_the_version_and_policy_from_configuration_and_sends_them_through_the_factory_client()
    {
        await using ProtocolServer server = await ProtocolServer.StartAsync();
        IConfiguration configuration = new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes($$"""
            {
              "OpenRouter": {
                "ApiKey": "{{TestClients.ApiKey}}",
                "BaseUrl": "{{server.Http2BaseUrl}}",
                "HttpVersion": "2.0",
                "HttpVersionPolicy": "RequestVersionExact"
              }
            }
            """))).Build();
        var services = new ServiceCollection();
        services.AddOpenRouter(configuration.GetSection("OpenRouter"));
        await using ServiceProvider provider = services.BuildServiceProvider();
        OpenRouterClient client = provider.GetRequiredService<OpenRouterClient>();

        await CallEveryKindAsync(client, "HTTP/2");

        server.ProtocolsOf("/chat/completions").Should().Equal("HTTP/2", "HTTP/2");
        server.ProtocolsOf("/models/count").Should().Equal("HTTP/2");
    }

    [Fact]
    public async Task WithOptions_keeps_the_version_and_can_change_it_per_derived_client()
    {
        await using ProtocolServer server = await ProtocolServer.StartAsync();
        using var client = new OpenRouterClient(new OpenRouterClientOptions
        {
            ApiKey = TestClients.ApiKey,
            BaseUrl = server.Http2BaseUrl,
            HttpVersion = new Version(2, 0),
            HttpVersionPolicy = OpenRouterHttpVersionPolicy.RequestVersionExact,
        });
        OpenRouterClient kept = client.WithOptions(o => o.MaxRetries = 0);
        OpenRouterClient changed = client.WithOptions(o =>
        {
            o.BaseUrl = server.Http1BaseUrl;
            o.HttpVersion = new Version(1, 1);
            o.HttpVersionPolicy = OpenRouterHttpVersionPolicy.RequestVersionOrLower;
        });

        await kept.CreateChatCompletionAsync(Json.Request(), Ct);
        await changed.CreateChatCompletionAsync(Json.Request(), Ct);

        server.Seen.Should().Equal("/api/v1/chat/completions HTTP/2", "/api/v1/chat/completions HTTP/1.1");
    }

    [Fact]
    public async Task Over_HTTP2_the_client_opens_another_connection_when_one_carries_as_many_streams_as_the_server_allows()
    {
        // Two streams per connection and six streams held open until all six have arrived: a client that queued
        // streams behind a full connection would never get them all there.
        const int streams = 6;
        await using ProtocolServer server = await ProtocolServer.StartAsync(maxStreamsPerConnection: 2, streamsToGather: streams);
        using var client = new OpenRouterClient(new OpenRouterClientOptions
        {
            ApiKey = TestClients.ApiKey,
            BaseUrl = server.Http2BaseUrl,
            HttpVersion = new Version(2, 0),
            HttpVersionPolicy = OpenRouterHttpVersionPolicy.RequestVersionExact,
        });

        string[] texts = await Task.WhenAll(Enumerable.Range(0, streams).Select(_ => ReadStreamAsync(client)))
            .WaitAsync(TimeSpan.FromSeconds(30), Ct);

        texts.Should().AllBe("streamed over HTTP/2");
        server.Http2Connections.Should().BeGreaterThanOrEqualTo(streams / 2);
    }

    /// <summary>A completion, a stream and an area call (<c>client.Models.CountAsync</c>); each answer names the protocol it came over.</summary>
    private static async Task CallEveryKindAsync(OpenRouterClient client, string expected)
    {
        ChatCompletion completion = await client.CreateChatCompletionAsync(Json.Request(), Ct);
        string streamed = await ReadStreamAsync(client);
        int count = await client.Models.CountAsync(cancellationToken: Ct);

        completion.Choices[0].Message.Content.Should().Be("unary over " + expected);
        streamed.Should().Be("streamed over " + expected);
        count.Should().Be(42);
    }

    private static async Task<string> ReadStreamAsync(OpenRouterClient client)
    {
        var text = new StringBuilder();
        await foreach (ChatCompletionChunk chunk in client.StreamChatCompletionAsync(Json.Request(), Ct))
        {
            text.Append(chunk.Choices.Count > 0 ? chunk.Choices[0].Delta?.Content : null);
        }

        return text.ToString();
    }
}
