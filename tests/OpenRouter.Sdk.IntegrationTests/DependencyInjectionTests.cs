using System.Text;
using FluentAssertions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenRouter.Sdk.IntegrationTests.Infrastructure;

namespace OpenRouter.Sdk.IntegrationTests;

public sealed class DependencyInjectionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AddOpenRouter_binds_the_OpenRouter_section_and_sends_through_the_named_client_with_retries()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Status(503, Json.Error(503, "Overloaded"))).Then(Reply.Completion("from DI"));
        IConfiguration configuration = Configuration($$"""
            {
              "OpenRouter": {
                "ApiKey": "{{TestClients.ApiKey}}",
                "BaseUrl": "{{server.BaseUrl}}",
                "AppTitle": "DI App",
                "MaxRetries": 1,
                "RetryBaseDelay": "00:00:00.001",
                "RequestTimeout": "00:02:00"
              }
            }
            """);
        var services = new ServiceCollection();
        IHttpClientBuilder builder = services.AddOpenRouter(configuration.GetSection("OpenRouter"));
        await using ServiceProvider provider = services.BuildServiceProvider();

        IOpenRouterClient client = provider.GetRequiredService<IOpenRouterClient>();
        ChatCompletion completion = await client.CreateChatCompletionAsync(Json.Request(), Ct);

        builder.Name.Should().Be("OpenRouter");
        client.Should().BeSameAs(provider.GetRequiredService<OpenRouterClient>());
        completion.Choices[0].Message.Content.Should().Be("from DI");
        server.Attempts.Should().Be(2);
        server.Requests.Last().Header("X-OpenRouter-Title").Should().Be("DI App");
        OpenRouterClientOptions options = provider.GetRequiredService<IOptionsMonitor<OpenRouterClientOptions>>().Get("OpenRouter");
        options.BaseUrl.Should().Be(server.BaseUrl);
        options.RequestTimeout.Should().Be(TimeSpan.FromMinutes(2));
        options.ToString().Should().NotContain(TestClients.ApiKey);
    }

    [Fact]
    public async Task AddOpenRouter_given_the_configuration_root_uses_its_OpenRouter_section()
    {
        IConfiguration configuration = Configuration("""{ "OpenRouter": { "ApiKey": "sk-or-v1-root", "AppTitle": "Root" } }""");
        var services = new ServiceCollection();
        services.AddOpenRouter(configuration);
        await using ServiceProvider provider = services.BuildServiceProvider();

        OpenRouterClientOptions options = provider.GetRequiredService<IOptionsMonitor<OpenRouterClientOptions>>().Get("OpenRouter");

        options.AppTitle.Should().Be("Root");
        options.ApiKey.Should().Be("sk-or-v1-root");
    }

    [Theory]
    [InlineData("""{ "OpenRouter": { "AppTitle": "x" } }""", "OpenRouter:ApiKey")]
    [InlineData("""{ "OpenRouter": { "ApiKey": "sk-or-v1-x", "BaseUrl": "http://openrouter.example.com/api/v1/" } }""", "OpenRouter:BaseUrl")]
    [InlineData("""{ "OpenRouter": { "ApiKey": "sk-or-v1-x", "MaxRetries": -1 } }""", "OpenRouter:MaxRetries")]
    [InlineData("""{ "OpenRouter": { "ApiKey": "sk-or-v1-x", "RequestTimeout": "60.00:00:00" } }""", "OpenRouter:RequestTimeout")]
    [InlineData("""{ "OpenRouter": { "ApiKey": "sk-or-v1-x", "GenerationLookupTimeout": "-00:00:02" } }""", "OpenRouter:GenerationLookupTimeout")]
    public async Task Options_are_validated_on_start_with_a_message_naming_the_setting(string json, string setting)
    {
        string? saved = Environment.GetEnvironmentVariable(OpenRouterClientOptions.ApiKeyEnvironmentVariable);
        var services = new ServiceCollection();
        services.AddOpenRouter(Configuration(json).GetSection("OpenRouter"));
        await using ServiceProvider provider = services.BuildServiceProvider();

        Action start = () => provider.GetRequiredService<IStartupValidator>().Validate();

        if (saved is null || setting != "OpenRouter:ApiKey")
        {
            start.Should().Throw<OptionsValidationException>().Which.Message.Should().Contain(setting);
        }
    }

    [Fact]
    public async Task A_value_that_does_not_parse_names_its_key_but_not_its_value()
    {
        var services = new ServiceCollection();
        services.AddOpenRouter(Configuration("""{ "OpenRouter": { "ApiKey": "sk-or-v1-x", "RequestTimeout": "soon" } }""").GetSection("OpenRouter"));
        await using ServiceProvider provider = services.BuildServiceProvider();

        Action start = () => provider.GetRequiredService<IStartupValidator>().Validate();

        start.Should().Throw<InvalidOperationException>().WithMessage("*OpenRouter:RequestTimeout*").Which.Message.Should().NotContain("soon");
    }

    [Fact]
    public async Task Keyed_registrations_send_with_their_own_key()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Completion());
        var services = new ServiceCollection();
        services.AddOpenRouter("research", o =>
        {
            o.ApiKey = "sk-or-v1-research-key";
            o.BaseUrl = server.BaseUrl;
        });
        services.AddOpenRouter("support", o =>
        {
            o.ApiKey = "sk-or-v1-support-key";
            o.BaseUrl = server.BaseUrl;
        });
        await using ServiceProvider provider = services.BuildServiceProvider();

        IOpenRouterClient research = provider.GetRequiredKeyedService<IOpenRouterClient>("research");
        IOpenRouterClient support = provider.GetRequiredKeyedService<IOpenRouterClient>("support");
        await research.CreateChatCompletionAsync(Json.Request(), Ct);
        await support.CreateChatCompletionAsync(Json.Request(), Ct);

        research.Should().NotBeSameAs(support);
        research.Should().BeSameAs(provider.GetRequiredKeyedService<OpenRouterClient>("research"));
        provider.GetService<IOpenRouterClient>().Should().BeNull("only keyed clients were registered");
        server.Requests.Select(r => r.Header("Authorization")).Should().Equal("Bearer sk-or-v1-research-key", "Bearer sk-or-v1-support-key");
    }

    [Fact]
    public async Task The_singleton_does_not_pin_one_HttpClient_so_handler_rotation_reaches_it()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Completion());
        var services = new ServiceCollection();
        services.AddOpenRouter(o =>
        {
            o.ApiKey = TestClients.ApiKey;
            o.BaseUrl = server.BaseUrl;
        }).SetHandlerLifetime(TimeSpan.FromSeconds(1));
        await using ServiceProvider provider = services.BuildServiceProvider();
        IOpenRouterClient client = provider.GetRequiredService<IOpenRouterClient>();

        await client.CreateChatCompletionAsync(Json.Request(), Ct);
        await Task.Delay(1100, Ct);
        await client.CreateChatCompletionAsync(Json.Request(), Ct);

        server.AcceptedConnections.Should().Be(2, "the second call ran on a newly built handler, not the first call's connection");
    }

    private static IConfiguration Configuration(string json) =>
        new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build();
}
