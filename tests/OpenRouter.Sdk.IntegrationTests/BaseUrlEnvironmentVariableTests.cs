using FluentAssertions;
using OpenRouter.Sdk.IntegrationTests.Infrastructure;

namespace OpenRouter.Sdk.IntegrationTests;

/// <summary><c>OPENROUTER_BASE_URL</c> points clients left at the default base URL somewhere else (an emulator, a proxy).</summary>
[Collection(nameof(ApiKeyEnvironmentVariable))]
public sealed class BaseUrlEnvironmentVariableTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_client_left_at_the_default_base_URL_sends_to_OPENROUTER_BASE_URL()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Completion());
        await WithVariableAsync(server.BaseUrl.ToString().TrimEnd('/'), async () =>
        {
            using var client = new OpenRouterClient(new OpenRouterClientOptions { ApiKey = TestClients.ApiKey });

            ChatCompletion completion = await client.CreateChatCompletionAsync(Json.Request(), Ct);

            completion.Choices.Should().ContainSingle();
            server.Requests.Single().Path.Should().EndWith("/chat/completions", "the variable's URL without a trailing slash still gets the path appended");
            client.ToString().Should().Contain(server.BaseUrl.Authority);
        });
    }

    [Fact]
    public async Task A_base_URL_set_in_the_options_wins_over_the_variable()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(Reply.Completion());
        await WithVariableAsync("http://127.0.0.1:1/api/v1/", async () =>
        {
            using var client = new OpenRouterClient(TestClients.Options(server));

            await client.CreateChatCompletionAsync(Json.Request(), Ct);

            server.Requests.Should().ContainSingle();
        });
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("http://user:hunter2@example.com/api/v1/")]
    [InlineData("ftp://127.0.0.1/api/v1/")]
    public async Task A_variable_that_is_not_a_usable_URL_is_refused_by_name_without_repeating_its_value(string value)
    {
        await WithVariableAsync(value, () =>
        {
            Action create = () => new OpenRouterClient(new OpenRouterClientOptions { ApiKey = TestClients.ApiKey }).Dispose();

            create.Should().Throw<ArgumentException>().Which.Message.Should()
                .Contain(OpenRouterClientOptions.BaseUrlEnvironmentVariable).And.NotContain("hunter2").And.NotContain(value);
            return Task.CompletedTask;
        });
    }

    private static async Task WithVariableAsync(string value, Func<Task> body)
    {
        string? saved = Environment.GetEnvironmentVariable(OpenRouterClientOptions.BaseUrlEnvironmentVariable);
        try
        {
            Environment.SetEnvironmentVariable(OpenRouterClientOptions.BaseUrlEnvironmentVariable, value);
            await body();
        }
        finally
        {
            Environment.SetEnvironmentVariable(OpenRouterClientOptions.BaseUrlEnvironmentVariable, saved);
        }
    }
}
