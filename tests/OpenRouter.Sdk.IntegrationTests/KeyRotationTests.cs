using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using FluentAssertions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenRouter.Sdk.IntegrationTests.Infrastructure;

namespace OpenRouter.Sdk.IntegrationTests;

/// <summary>
/// A rotated key takes effect without a new client: a key provider is asked before every call, and a registered
/// client follows its configuration's reloads. The key is still never logged or shown, the rotated one included.
/// </summary>
public sealed class KeyRotationTests
{
    private const string FirstKey = "sk-or-v1-rotation-first-0123456789abcdef";
    private const string SecondKey = "sk-or-v1-rotation-second-fedcba9876543210";

    /// <summary>Not shaped like an OpenRouter key, so only the client's knowledge of its keys can redact them.</summary>
    private const string CustomSecond = "vault-rotated-secret-4c2e9a7b1d";

    private const string KeysListBody = """{"data":[]}""";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_key_provider_is_asked_before_every_call_and_a_rotated_key_is_sent_from_the_next_call_on()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Completion("one")).Then(Reply.Sse(Json.Chunk("two", "stop"), "[DONE]")).Then(Reply.Completion("three"));
        string current = FirstKey;
        int asked = 0;
        using OpenRouterClient client = TestClients.Standalone(server, o =>
        {
            o.ApiKey = null;
            o.ApiKeyProvider = _ =>
            {
                Interlocked.Increment(ref asked);
                return new ValueTask<string>(current);
            };
        });

        await client.CreateChatCompletionAsync(Json.Request(), Ct);
        current = SecondKey;
        await foreach (ChatCompletionChunk _ in client.StreamChatCompletionAsync(Json.Request(), Ct))
        {
        }

        await client.CreateChatCompletionAsync(Json.Request(), Ct);

        server.Requests.Select(r => r.Header("Authorization")).Should().Equal("Bearer " + FirstKey, "Bearer " + SecondKey, "Bearer " + SecondKey);
        asked.Should().Be(3, "the provider is asked once per call, unary and streamed alike");
    }

    [Fact]
    public async Task A_provided_key_is_trimmed_like_a_configured_one()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Completion());
        using OpenRouterClient client = TestClients.Standalone(server, o =>
        {
            o.ApiKey = null;
            o.ApiKeyProvider = _ => new ValueTask<string>("  " + FirstKey + "\n");
        });

        await client.CreateChatCompletionAsync(Json.Request(), Ct);

        server.Requests.Single().Header("Authorization").Should().Be("Bearer " + FirstKey);
    }

    [Theory]
    [InlineData(null, "returned no key")]
    [InlineData("", "returned no key")]
    [InlineData("   ", "returned no key")]
    [InlineData("sk-or-v1-has space-inside", "whitespace at position 13 of 25")]
    [InlineData("sk-or-v1-line\nbreak", "whitespace at position 14 of 19")]
    public async Task A_provider_that_returns_an_unusable_key_fails_the_call_before_sending_naming_the_provider_and_never_the_key(string? key, string problem)
    {
        await using var server = await ScriptedServer.StartAsync();
        using OpenRouterClient client = TestClients.Standalone(server, o =>
        {
            o.ApiKey = null;
            o.ApiKeyProvider = _ => new ValueTask<string>(key!);
        });

        var e = (await ((Func<Task>)(() => client.CreateChatCompletionAsync(Json.Request(), Ct))).Should().ThrowAsync<InvalidOperationException>()).Which;

        e.Message.Should().Contain("OpenRouterClientOptions.ApiKeyProvider").And.Contain(problem).And.Contain("not sent");
        if (!string.IsNullOrWhiteSpace(key))
        {
            e.ToString().Should().NotContain(key.Trim()).And.NotContain("has space");
        }

        server.Requests.Should().BeEmpty("nothing is sent without a usable key");
    }

    [Fact]
    public async Task An_exception_from_the_provider_reaches_the_caller_unchanged_and_nothing_is_sent()
    {
        await using var server = await ScriptedServer.StartAsync();
        var vaultDown = new TimeoutException("secret store unavailable");
        using OpenRouterClient client = TestClients.Standalone(server, o =>
        {
            o.ApiKey = null;
            o.ApiKeyProvider = _ => throw vaultDown;
        });

        Func<Task> unary = () => client.CreateChatCompletionAsync(Json.Request(), Ct);
        Func<Task> stream = async () =>
        {
            await foreach (ChatCompletionChunk _ in client.StreamChatCompletionAsync(Json.Request(), Ct))
            {
            }
        };

        (await unary.Should().ThrowAsync<TimeoutException>()).Which.Should().BeSameAs(vaultDown);
        (await stream.Should().ThrowAsync<TimeoutException>()).Which.Should().BeSameAs(vaultDown);
        server.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task A_provider_gets_the_callers_token_and_the_callers_cancellation_ends_a_waiting_provider()
    {
        await using var server = await ScriptedServer.StartAsync();
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using OpenRouterClient client = TestClients.Standalone(server, o =>
        {
            o.ApiKey = null;
            o.ApiKeyProvider = async ct =>
            {
                entered.TrySetResult();
                await Task.Delay(Timeout.Infinite, ct);
                return FirstKey;
            };
        });
        using var caller = CancellationTokenSource.CreateLinkedTokenSource(Ct);

        Task call = client.CreateChatCompletionAsync(Json.Request(), caller.Token);
        await entered.Task.WaitAsync(Ct);
        await caller.CancelAsync();

        (await ((Func<Task>)(() => call)).Should().ThrowAsync<OperationCanceledException>()).Which.CancellationToken.Should().Be(caller.Token);
        server.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task A_provider_that_never_answers_is_bounded_by_the_request_timeout()
    {
        await using var server = await ScriptedServer.StartAsync();
        var time = new FakeTimeProvider();
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using OpenRouterClient client = TestClients.Standalone(server, TestClients.FakeClock(time, more: o =>
        {
            o.ApiKey = null;
            o.RequestTimeout = TimeSpan.FromSeconds(30);
            o.ApiKeyProvider = async ct =>
            {
                entered.TrySetResult();
                await Task.Delay(Timeout.Infinite, ct);
                return FirstKey;
            };
        }));

        Task call = client.CreateChatCompletionAsync(Json.Request(), Ct);
        await entered.Task.WaitAsync(Ct);
        time.Advance(TimeSpan.FromSeconds(31));

        var e = (await ((Func<Task>)(() => call)).Should().ThrowAsync<OpenRouterTimeoutException>()).Which;
        e.Message.Should().Contain("RequestTimeout");
        server.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task A_rotated_key_that_a_server_echoes_is_redacted_like_the_first_in_exceptions_and_logs()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Status(401, Json.Error(401, "Key " + FirstKey + " was revoked")))
            .Then(Reply.Status(401, Json.Error(401, "Key " + CustomSecond + " is not valid; the earlier " + FirstKey + " neither"), ("X-Generation-Id", CustomSecond)));
        string current = FirstKey;
        var logs = new CapturingLoggerProvider();
        using OpenRouterClient client = TestClients.Standalone(server, o =>
        {
            o.ApiKey = null;
            o.LoggerFactory = logs;
            o.ApiKeyProvider = _ => new ValueTask<string>(current);
        });

        await ((Func<Task>)(() => client.CreateChatCompletionAsync(Json.Request(), Ct))).Should().ThrowAsync<OpenRouterAuthenticationException>();
        current = CustomSecond;
        var e = (await ((Func<Task>)(() => client.CreateChatCompletionAsync(Json.Request(), Ct))).Should().ThrowAsync<OpenRouterAuthenticationException>()).Which;

        server.Requests.Last().Header("Authorization").Should().Be("Bearer " + CustomSecond);
        e.Message.Should().Contain("Key [redacted] is not valid; the earlier [redacted] neither");
        e.GenerationId.Should().Be("[redacted]");
        foreach (string? text in new[] { e.Message, e.ToString(), e.ResponseBody, e.GenerationId })
        {
            text.Should().NotContain(CustomSecond).And.NotContain(FirstKey);
        }

        logs.AllText().Should().NotContain(t => t.Contains(CustomSecond) || t.Contains(FirstKey));
    }

    [Fact]
    public async Task A_management_key_provider_is_asked_only_for_management_operations()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Status(200, KeysListBody)).Then(Reply.Completion());
        int asked = 0;
        using OpenRouterClient client = TestClients.Standalone(server, o => o.ManagementKeyProvider = _ =>
        {
            Interlocked.Increment(ref asked);
            return new ValueTask<string>(CustomSecond);
        });

        await client.Keys.ListKeysAsync(cancellationToken: Ct).ToListAsync(Ct);
        await client.CreateChatCompletionAsync(Json.Request(), Ct);

        server.Requests.Select(r => r.Header("Authorization")).Should().Equal("Bearer " + CustomSecond, "Bearer " + TestClients.ApiKey);
        asked.Should().Be(1);
    }

    [Fact]
    public void A_key_and_a_provider_for_the_same_key_are_refused_together_and_a_provider_alone_is_enough()
    {
        var both = new OpenRouterClientOptions { ApiKey = FirstKey, ApiKeyProvider = _ => new ValueTask<string>(FirstKey) };
        var bothManagement = new OpenRouterClientOptions { ApiKey = FirstKey, ManagementKey = SecondKey, ManagementKeyProvider = _ => new ValueTask<string>(SecondKey) };

        ((Action)(() => new OpenRouterClient(both).Dispose())).Should().Throw<ArgumentException>()
            .WithMessage("*ApiKey and OpenRouterClientOptions.ApiKeyProvider are both set*").Which.Message.Should().NotContain(FirstKey);
        ((Action)(() => new OpenRouterClient(bothManagement).Dispose())).Should().Throw<ArgumentException>()
            .WithMessage("*ManagementKey and OpenRouterClientOptions.ManagementKeyProvider are both set*");

        using var providerOnly = new OpenRouterClient(new OpenRouterClientOptions { ApiKeyProvider = _ => new ValueTask<string>(FirstKey) });
        new OpenRouterClientOptions { ApiKeyProvider = _ => default, ManagementKey = SecondKey }.ToString()
            .Should().Contain("ApiKey = (provider)").And.Contain("ManagementKey = ***").And.NotContain(SecondKey);
    }

    [Fact]
    public async Task A_client_made_by_WithOptions_follows_its_parents_provider_unless_it_sets_its_own_key()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Completion()).Then(Reply.Completion());
        using OpenRouterClient parent = TestClients.Standalone(server, o =>
        {
            o.ApiKey = null;
            o.ApiKeyProvider = _ => new ValueTask<string>(SecondKey);
        });

        await parent.WithOptions(o => o.MaxRetries = 0).CreateChatCompletionAsync(Json.Request(), Ct);
        await parent.WithOptions(o =>
        {
            o.ApiKeyProvider = null;
            o.ApiKey = FirstKey;
        }).CreateChatCompletionAsync(Json.Request(), Ct);

        server.Requests.Select(r => r.Header("Authorization")).Should().Equal("Bearer " + SecondKey, "Bearer " + FirstKey);
    }

    [Fact]
    public async Task A_registered_client_sends_the_key_of_a_reloaded_configuration_without_being_recreated()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Completion()).Then(Reply.Completion()).Then(Reply.Status(200, KeysListBody)).Then(Reply.Completion());
        IConfigurationRoot configuration = Configuration(server, FirstKey);
        var logs = new CapturingLoggerProvider();
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(logs);
        services.AddOpenRouter(configuration.GetSection("OpenRouter"));
        await using ServiceProvider provider = services.BuildServiceProvider();
        OpenRouterClient client = provider.GetRequiredService<OpenRouterClient>();
        OpenRouterClient narrower = client.WithOptions(o => o.MaxRetries = 0);

        await client.CreateChatCompletionAsync(Json.Request(), Ct);
        configuration["OpenRouter:ApiKey"] = SecondKey;
        configuration["OpenRouter:ManagementKey"] = CustomSecond;
        configuration.Reload();
        await client.CreateChatCompletionAsync(Json.Request(), Ct);
        await provider.GetRequiredService<OpenRouterKeysClient>().ListKeysAsync(cancellationToken: Ct).ToListAsync(Ct);
        await narrower.CreateChatCompletionAsync(Json.Request(), Ct);

        provider.GetRequiredService<OpenRouterClient>().Should().BeSameAs(client);
        server.Requests.Select(r => r.Header("Authorization")).Should().Equal(
            "Bearer " + FirstKey, "Bearer " + SecondKey, "Bearer " + CustomSecond, "Bearer " + SecondKey);
        logs.Records.Should().ContainSingle(r => r.EventId.Name == "KeysReloaded")
            .Which.Message.Should().Contain("API key changed: True").And.Contain("management key changed: True");
        logs.AllText().Should().NotContain(t => t.Contains(FirstKey) || t.Contains(SecondKey) || t.Contains(CustomSecond));
    }

    [Fact]
    public async Task A_keyed_registration_follows_the_reload_of_its_own_section_only()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Completion()).Then(Reply.Completion());
        IConfigurationRoot configuration = Configuration(server, FirstKey);
        var services = new ServiceCollection();
        services.AddOpenRouter("batch", configuration.GetSection("OpenRouter"));
        services.AddOpenRouter(o =>
        {
            o.ApiKey = FirstKey;
            o.BaseUrl = server.BaseUrl;
        });
        await using ServiceProvider provider = services.BuildServiceProvider();
        OpenRouterClient keyed = provider.GetRequiredKeyedService<OpenRouterClient>("batch");
        OpenRouterClient configuredInCode = provider.GetRequiredService<OpenRouterClient>();

        configuration["OpenRouter:ApiKey"] = SecondKey;
        configuration.Reload();
        await keyed.CreateChatCompletionAsync(Json.Request(), Ct);
        await configuredInCode.CreateChatCompletionAsync(Json.Request(), Ct);

        server.Requests.Select(r => r.Header("Authorization")).Should().Equal("Bearer " + SecondKey, "Bearer " + FirstKey);
    }

    [Fact]
    public async Task A_reloaded_key_that_fails_validation_is_not_taken_and_the_client_keeps_its_key()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Completion()).Then(Reply.Completion());
        IConfigurationRoot configuration = Configuration(server, FirstKey);
        var services = new ServiceCollection();
        services.AddOpenRouter(configuration.GetSection("OpenRouter"));
        await using ServiceProvider provider = services.BuildServiceProvider();
        OpenRouterClient client = provider.GetRequiredService<OpenRouterClient>();
        await client.CreateChatCompletionAsync(Json.Request(), Ct);

        configuration["OpenRouter:ApiKey"] = "sk-or-v1-pasted with a space";
        Action reload = configuration.Reload;
        // The options monitor validates the reloaded options and reports the failure to whoever reloaded them.
        reload.Should().Throw<OptionsValidationException>().Which.Message.Should().Contain("OpenRouter:ApiKey").And.NotContain("pasted with");
        await client.CreateChatCompletionAsync(Json.Request(), Ct);

        server.Requests.Select(r => r.Header("Authorization")).Should().Equal("Bearer " + FirstKey, "Bearer " + FirstKey);
    }

    [Fact]
    public async Task Reloaded_options_that_fail_the_clients_own_checks_change_no_key_and_say_so_without_the_key()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Completion());
        var logs = new CapturingLoggerProvider();
        using OpenRouterClient client = TestClients.Standalone(server, o => o.LoggerFactory = logs);

        client.ApplyReloadedKeys(new OpenRouterClientOptions { ApiKey = "sk-or-v1-inner\tcontrol", BaseUrl = server.BaseUrl });
        await client.CreateChatCompletionAsync(Json.Request(), Ct);

        server.Requests.Single().Header("Authorization").Should().Be("Bearer " + TestClients.ApiKey);
        logs.Records.Should().ContainSingle(r => r.EventId.Name == "KeysReloadRejected")
            .Which.Message.Should().Contain("stay as they were").And.Contain("OpenRouter:ApiKey").And.NotContain("inner");
    }

    [Fact]
    public async Task A_disposed_registered_client_stops_following_reloads()
    {
        await using var server = await ScriptedServer.StartAsync();
        IConfigurationRoot configuration = Configuration(server, FirstKey);
        var logs = new CapturingLoggerProvider();
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(logs);
        services.AddOpenRouter(configuration.GetSection("OpenRouter"));
        ServiceProvider provider = services.BuildServiceProvider();
        provider.GetRequiredService<OpenRouterClient>();

        await provider.DisposeAsync();
        configuration["OpenRouter:ApiKey"] = SecondKey;
        configuration.Reload();

        logs.Records.Should().NotContain(r => r.EventId.Name == "KeysReloaded");
    }

    [Fact]
    public async Task The_README_key_provider_snippets_send_the_stores_current_key()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Completion()).Then(Reply.Completion()).Then(Reply.Completion());
        var secrets = new InMemorySecretStore(FirstKey);

        using var client = new OpenRouterClient(new OpenRouterClientOptions
        {
            ApiKeyProvider = ct => secrets.GetSecretAsync("openrouter-api-key", ct),
        });
        await client.WithOptions(o => o.BaseUrl = server.BaseUrl).CreateChatCompletionAsync(Json.Request(), Ct);

        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Services.AddSingleton<ISecretStore>(secrets);
        builder.Services.AddOpenRouter(o => o.AppTitle = "My App");
        builder.Services.AddOptions<OpenRouterClientOptions>(OpenRouterServiceCollectionExtensions.HttpClientName)
            .Configure<ISecretStore>((o, store) => o.ApiKeyProvider = ct => store.GetSecretAsync("openrouter-api-key", ct));
        builder.Services.Configure<OpenRouterClientOptions>(OpenRouterServiceCollectionExtensions.HttpClientName, o => o.BaseUrl = server.BaseUrl);
        await using WebApplication app = builder.Build();
        IOpenRouterClient registered = app.Services.GetRequiredService<IOpenRouterClient>();
        await registered.CreateChatCompletionAsync(Json.Request(), Ct);
        secrets.Current = SecondKey;
        await registered.CreateChatCompletionAsync(Json.Request(), Ct);

        server.Requests.Select(r => r.Header("Authorization")).Should().Equal("Bearer " + FirstKey, "Bearer " + FirstKey, "Bearer " + SecondKey);
        secrets.Names.Should().OnlyContain(n => n == "openrouter-api-key");
    }

    private static IConfigurationRoot Configuration(ScriptedServer server, string apiKey) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["OpenRouter:ApiKey"] = apiKey,
            ["OpenRouter:BaseUrl"] = server.BaseUrl.ToString(),
        }).Build();
}

/// <summary>A secret store as an app would have one (Key Vault, AWS Secrets Manager, ...), for the README snippets.</summary>
public interface ISecretStore
{
    ValueTask<string> GetSecretAsync(string name, CancellationToken cancellationToken);
}

internal sealed class InMemorySecretStore(string current) : ISecretStore
{
    public string Current { get; set; } = current;

    public ConcurrentQueue<string> Names { get; } = new();

    public ValueTask<string> GetSecretAsync(string name, CancellationToken cancellationToken)
    {
        Names.Enqueue(name);
        return new ValueTask<string>(Current);
    }
}
