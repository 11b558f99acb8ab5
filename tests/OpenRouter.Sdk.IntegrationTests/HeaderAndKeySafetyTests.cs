using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenRouter.Sdk.IntegrationTests.Infrastructure;

namespace OpenRouter.Sdk.IntegrationTests;

/// <summary>RELIABILITY.md K6 (header values) and K8 (key hygiene), on a real socket.</summary>
public sealed class HeaderAndKeySafetyTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string> InjectedValues()
    {
        var data = new TheoryData<string, string>();
        foreach (string setting in new[] { nameof(OpenRouterClientOptions.HttpReferer), nameof(OpenRouterClientOptions.AppTitle), nameof(OpenRouterClientOptions.AppCategories) })
        {
            data.Add(setting, "My App\r\nX-Injected: 1");
            data.Add(setting, "My App\r\n\r\nGET /x HTTP/1.1\r\nHost: 127.0.0.1");
            data.Add(setting, "My App\nX-Injected: 1");
            data.Add(setting, "My\0App");
            data.Add(setting, "My\u007fApp");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(InjectedValues))]
    public async Task K6_a_header_value_with_a_control_character_is_rejected_at_construction_WithOptions_and_DI_start_naming_the_setting(string setting, string value)
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Completion());
        string expected = $"OpenRouterClientOptions.{setting} (configuration key 'OpenRouter:{setting}')";

        // The constructor.
        Action construct = () => new OpenRouterClient(TestClients.Options(server, o => Set(o, setting, value))).Dispose();
        construct.Should().Throw<ArgumentException>().Which.Message.Should().Contain(expected).And.Contain("control character");

        // WithOptions builds a client from a validated copy; the original keeps working without the bad value.
        using OpenRouterClient client = TestClients.Standalone(server);
        Action with = () => client.WithOptions(o => Set(o, setting, value));
        with.Should().Throw<ArgumentException>().Which.Message.Should().Contain(expected);

        // DI: at start, and when the client is resolved without a start.
        var services = new ServiceCollection();
        services.AddOpenRouter(o =>
        {
            o.ApiKey = TestClients.ApiKey;
            o.BaseUrl = server.BaseUrl;
            Set(o, setting, value);
        });
        await using ServiceProvider provider = services.BuildServiceProvider();
        Action start = () => provider.GetRequiredService<IStartupValidator>().Validate();
        Action resolve = () => provider.GetRequiredService<IOpenRouterClient>();
        start.Should().Throw<OptionsValidationException>().Which.Message.Should().Contain(expected);
        resolve.Should().Throw<OptionsValidationException>().Which.Message.Should().Contain(expected);

        // Nothing was sent with the bad value: the only request the server saw is the good client's, with no extra header.
        server.Attempts.Should().Be(0);
        await client.CreateChatCompletionAsync(Json.Request(), Ct);
        server.Attempts.Should().Be(1);
        ReceivedRequest request = server.Requests.Single();
        request.Path.Should().Be("/api/v1/chat/completions");
        request.Header("X-Injected").Should().BeNull();
        request.Header("HTTP-Referer").Should().BeNull();
        request.Header("X-OpenRouter-Title").Should().BeNull();
    }

    [Fact]
    public async Task K6_a_tab_inside_a_header_value_is_allowed_as_RFC_7230_permits()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Completion());
        using OpenRouterClient client = TestClients.Standalone(server, o => o.AppTitle = "My\tApp");

        await client.CreateChatCompletionAsync(Json.Request(), Ct);

        server.Requests.Single().Header("X-OpenRouter-Title").Should().Be("My\tApp");
    }

    [Fact]
    public async Task K6_non_ASCII_title_referer_and_categories_reach_the_server_as_percent_encoded_UTF_8()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Completion());
        using OpenRouterClient client = TestClients.Standalone(server, o =>
        {
            o.AppTitle = "100% Café ☕";
            o.HttpReferer = "https://café.example/menu";
            o.AppCategories = "cli-agent,écriture";
        });

        ChatCompletion completion = await client.CreateChatCompletionAsync(Json.Request(), Ct);

        completion.Choices[0].Message.Content.Should().Be("Hello there");
        ReceivedRequest request = server.Requests.Single();
        request.Header("X-OpenRouter-Title").Should().Be("100%25 Caf%C3%A9 %E2%98%95");
        request.Header("X-Title").Should().Be("100%25 Caf%C3%A9 %E2%98%95");
        request.Header("HTTP-Referer").Should().Be("https://caf%C3%A9.example/menu");
        request.Header("X-OpenRouter-Categories").Should().Be("cli-agent,%C3%A9criture");
        Uri.UnescapeDataString(request.Header("X-OpenRouter-Title")!).Should().Be("100% Café ☕", "the encoding is the standard URL one, so it decodes back exactly");
        Uri.UnescapeDataString(request.Header("HTTP-Referer")!).Should().Be("https://café.example/menu");
    }

    [Fact]
    public async Task K6_an_ASCII_header_value_is_sent_unchanged()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Completion());
        using OpenRouterClient client = TestClients.Standalone(server, o =>
        {
            o.AppTitle = "100% Pure (beta)";
            o.HttpReferer = "https://myapp.example/a%20b?x=1";
        });

        await client.CreateChatCompletionAsync(Json.Request(), Ct);

        server.Requests.Single().Header("X-OpenRouter-Title").Should().Be("100% Pure (beta)");
        server.Requests.Single().Header("HTTP-Referer").Should().Be("https://myapp.example/a%20b?x=1");
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData(" \t")]
    public async Task K8_a_key_with_surrounding_whitespace_is_sent_as_exactly_Bearer_and_the_key(string whitespace)
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Completion());
        using OpenRouterClient fromOptions = TestClients.Standalone(server, o => o.ApiKey = whitespace + TestClients.ApiKey + whitespace);

        // The string constructor points at openrouter.ai; WithOptions moves its copy of the key to the local server.
        using var fromString = new OpenRouterClient(TestClients.ApiKey + whitespace);
        OpenRouterClient fromStringLocal = fromString.WithOptions(o => o.BaseUrl = server.BaseUrl);

        await fromOptions.CreateChatCompletionAsync(Json.Request(), Ct);
        await fromStringLocal.CreateChatCompletionAsync(Json.Request(), Ct);

        server.Requests.Select(r => r.Header("Authorization")).Should().Equal("Bearer " + TestClients.ApiKey, "Bearer " + TestClients.ApiKey);
    }

    public static TheoryData<string> MalformedKeys() => new()
    {
        "sk-or-v1-secretpart one",
        "sk-or-v1-secretpart\tone",
        "sk-or-v1-secretpart\r\none",
        "sk-or-v1-secretpart\0one",
        "sk-or-v1-secretpart\u007fone",
        "sk-or-v1-secretpart\u00a0one",
        "sk-or-v1-secretpartéone",
    };

    [Theory]
    [MemberData(nameof(MalformedKeys))]
    public async Task K8_a_key_with_inner_whitespace_or_a_control_character_is_rejected_naming_ApiKey_without_the_key(string key)
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Completion());

        Action fromOptions = () => new OpenRouterClient(TestClients.Options(server, o => o.ApiKey = key)).Dispose();
        Action fromString = () => new OpenRouterClient(key).Dispose();
        using OpenRouterClient good = TestClients.Standalone(server);
        Action withOptions = () => good.WithOptions(o => o.ApiKey = key);
        var services = new ServiceCollection();
        services.AddOpenRouter(o =>
        {
            o.ApiKey = key;
            o.BaseUrl = server.BaseUrl;
        });
        await using ServiceProvider provider = services.BuildServiceProvider();
        Action start = () => provider.GetRequiredService<IStartupValidator>().Validate();

        var messages = new List<string>
        {
            fromOptions.Should().Throw<ArgumentException>().Which.Message,
            fromString.Should().Throw<ArgumentException>().WithParameterName("apiKey").Which.Message,
            withOptions.Should().Throw<ArgumentException>().Which.Message,
            start.Should().Throw<OptionsValidationException>().Which.Message,
        };

        messages.Should().OnlyContain(m => m.Contains("OpenRouterClientOptions.ApiKey") && m.Contains("OpenRouter:ApiKey"));
        messages.Should().NotContain(m => m.Contains("secretpart") || m.Contains(key));
        server.Attempts.Should().Be(0);
    }

    private static void Set(OpenRouterClientOptions options, string setting, string value)
    {
        switch (setting)
        {
            case nameof(OpenRouterClientOptions.HttpReferer):
                options.HttpReferer = value;
                break;
            case nameof(OpenRouterClientOptions.AppTitle):
                options.AppTitle = value;
                break;
            default:
                options.AppCategories = value;
                break;
        }
    }
}

/// <summary>Tests that set <c>OPENROUTER_API_KEY</c> run alone: other tests read the variable.</summary>
[CollectionDefinition(nameof(ApiKeyEnvironmentVariable), DisableParallelization = true)]
public sealed class ApiKeyEnvironmentVariable
{
}

/// <summary>RELIABILITY.md K8 for a key that comes from the environment variable.</summary>
[Collection(nameof(ApiKeyEnvironmentVariable))]
public sealed class EnvironmentKeySafetyTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task K8_a_key_from_OPENROUTER_API_KEY_with_a_trailing_newline_is_trimmed_and_one_with_an_inner_space_is_rejected()
    {
        string? saved = Environment.GetEnvironmentVariable(OpenRouterClientOptions.ApiKeyEnvironmentVariable);
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Completion());
        try
        {
            Environment.SetEnvironmentVariable(OpenRouterClientOptions.ApiKeyEnvironmentVariable, TestClients.ApiKey + "\n");
            using (var client = new OpenRouterClient(TestClients.Options(server, o => o.ApiKey = null)))
            {
                await client.CreateChatCompletionAsync(Json.Request(), Ct);
            }

            Environment.SetEnvironmentVariable(OpenRouterClientOptions.ApiKeyEnvironmentVariable, "sk-or-v1-secretpart one");
            Action create = () => new OpenRouterClient(TestClients.Options(server, o => o.ApiKey = null)).Dispose();

            server.Requests.Single().Header("Authorization").Should().Be("Bearer " + TestClients.ApiKey);
            create.Should().Throw<ArgumentException>().Which.Message.Should()
                .Contain(OpenRouterClientOptions.ApiKeyEnvironmentVariable).And.Contain("ApiKey").And.NotContain("secretpart");
        }
        finally
        {
            Environment.SetEnvironmentVariable(OpenRouterClientOptions.ApiKeyEnvironmentVariable, saved);
        }
    }
}
