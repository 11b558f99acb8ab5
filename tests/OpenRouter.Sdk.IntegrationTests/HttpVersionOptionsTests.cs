using System.Text;
using FluentAssertions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenRouter.Sdk.IntegrationTests.Infrastructure;

namespace OpenRouter.Sdk.IntegrationTests;

/// <summary>Checking and binding <see cref="OpenRouterClientOptions.HttpVersion"/> and <see cref="OpenRouterClientOptions.HttpVersionPolicy"/>.</summary>
public sealed class HttpVersionOptionsTests
{
    [Theory]
    [InlineData("1.2")]
    [InlineData("2.1")]
    [InlineData("2.0.0")]
    [InlineData("4.0")]
    [InlineData("0.9")]
    public void A_version_HTTP_does_not_have_is_refused_with_a_message_that_names_the_option(string version)
    {
        Action create = () => _ = new OpenRouterClient(new OpenRouterClientOptions { ApiKey = TestClients.ApiKey, HttpVersion = Version.Parse(version) });

        create.Should().Throw<ArgumentException>()
            .WithMessage($"*OpenRouterClientOptions.HttpVersion (configuration key 'OpenRouter:HttpVersion') must be 1.0, 1.1, 2.0 or 3.0, got {version}*");
    }

    [Fact]
    public void A_null_version_is_refused_with_a_message_that_names_the_option()
    {
        Action create = () => _ = new OpenRouterClient(new OpenRouterClientOptions { ApiKey = TestClients.ApiKey, HttpVersion = null! });

        create.Should().Throw<ArgumentException>().WithMessage("*OpenRouterClientOptions.HttpVersion*got null*");
    }

    [Fact]
    public void An_undefined_policy_is_refused_with_a_message_that_names_the_option()
    {
        Action create = () => _ = new OpenRouterClient(new OpenRouterClientOptions { ApiKey = TestClients.ApiKey, HttpVersionPolicy = (OpenRouterHttpVersionPolicy)7 });

        create.Should().Throw<ArgumentException>()
            .WithMessage("*OpenRouterClientOptions.HttpVersionPolicy (configuration key 'OpenRouter:HttpVersionPolicy') must be RequestVersionOrLower, RequestVersionOrHigher or RequestVersionExact, got 7*");
    }

    [Fact]
    public void WithOptions_refuses_a_wrong_version_too()
    {
        using var client = new OpenRouterClient(TestClients.ApiKey);

        Action derive = () => client.WithOptions(o => o.HttpVersion = new Version(1, 2));

        derive.Should().Throw<ArgumentException>().WithMessage("*OpenRouterClientOptions.HttpVersion*");
    }

    [Fact]
    public async Task Configuration_binds_the_version_and_the_policy_by_name_in_any_case()
    {
        OpenRouterClientOptions options = await BindAsync("""{ "OpenRouter": { "ApiKey": "sk-or-v1-x", "HttpVersion": " 1.1 ", "HttpVersionPolicy": "requestversionexact" } }""");

        options.HttpVersion.Should().Be(new Version(1, 1));
        options.HttpVersionPolicy.Should().Be(OpenRouterHttpVersionPolicy.RequestVersionExact);
    }

    [Fact]
    public async Task Configuration_without_the_keys_keeps_the_defaults()
    {
        OpenRouterClientOptions options = await BindAsync("""{ "OpenRouter": { "ApiKey": "sk-or-v1-x" } }""");

        options.HttpVersion.Should().Be(OpenRouterClientOptions.DefaultHttpVersion);
        options.HttpVersionPolicy.Should().Be(OpenRouterHttpVersionPolicy.RequestVersionOrLower);
    }

    [Theory]
    [InlineData("HttpVersion", "two", "a version such as 1.1 or 2.0")]
    [InlineData("HttpVersionPolicy", "2", "RequestVersionOrLower, RequestVersionOrHigher or RequestVersionExact")]
    [InlineData("HttpVersionPolicy", "Exact", "RequestVersionOrLower, RequestVersionOrHigher or RequestVersionExact")]
    public async Task A_value_that_does_not_parse_fails_with_the_key_path(string key, string value, string expected)
    {
        Func<Task> bind = () => BindAsync($$"""{ "OpenRouter": { "ApiKey": "sk-or-v1-x", "{{key}}": "{{value}}" } }""");

        await bind.Should().ThrowAsync<InvalidOperationException>().WithMessage($"*'OpenRouter:{key}' is not {expected}*");
    }

    [Fact]
    public async Task A_bound_version_HTTP_does_not_have_fails_validation_naming_the_configuration_key()
    {
        Func<Task> bind = () => BindAsync("""{ "OpenRouter": { "ApiKey": "sk-or-v1-x", "HttpVersion": "1.5" } }""");

        await bind.Should().ThrowAsync<OptionsValidationException>().WithMessage("*configuration key 'OpenRouter:HttpVersion'*got 1.5*");
    }

    private static async Task<OpenRouterClientOptions> BindAsync(string json)
    {
        IConfiguration configuration = new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build();
        var services = new ServiceCollection();
        services.AddOpenRouter(configuration.GetSection("OpenRouter"));
        await using ServiceProvider provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptionsMonitor<OpenRouterClientOptions>>().Get("OpenRouter");
    }
}
