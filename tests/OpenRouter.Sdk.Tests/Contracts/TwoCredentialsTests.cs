using System.Net;
using FluentAssertions;
using OpenRouter.Sdk.Tests.Infrastructure;
using Xunit;

namespace OpenRouter.Sdk.Tests.Contracts;

/// <summary>
/// The API key and the management key are different secrets: each operation sends its own, and one whose key is not
/// configured fails before any request with a message that names the setting (never the key).
/// </summary>
public sealed class TwoCredentialsTests
{
    private const string ManagementKey = "sk-or-v1-management-fedcba9876543210fedcba9876543210";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ChatCompletionRequest Chat() => new() { Model = "openai/gpt-4o", Messages = { new UserMessage("hi") } };

    private static OpenRouterClient ManagementOnly(StubHandler handler) =>
        new(new HttpClient(handler), new OpenRouterClientOptions { ManagementKey = ManagementKey, EnableRetries = false });

    [Fact]
    public async Task A_client_with_only_a_management_key_refuses_inference_before_sending_and_names_ApiKey()
    {
        var handler = new StubHandler();
        using OpenRouterClient client = ManagementOnly(handler);

        Func<Task> unary = () => client.CreateChatCompletionAsync(Chat(), Ct);
        Func<Task> stream = async () =>
        {
            await foreach (ChatCompletionChunk _ in client.StreamChatCompletionAsync(Chat(), Ct))
            {
            }
        };
        Func<Task> embeddings = () => client.CreateEmbeddingsAsync(new EmbeddingsRequest { Model = "openai/text-embedding-3-small", Input = "hi" }, Ct);

        foreach (Func<Task> call in new[] { unary, stream, embeddings })
        {
            var thrown = await call.Should().ThrowAsync<InvalidOperationException>();
            thrown.Which.Message.Should().Contain("OpenRouterClientOptions.ApiKey").And.Contain("OPENROUTER_API_KEY").And.NotContain(ManagementKey);
        }

        handler.Requests.Should().BeEmpty("nothing is sent with a key OpenRouter would refuse");
    }

    [Fact]
    public async Task A_client_with_only_a_management_key_sends_it_for_credits_and_activity()
    {
        var handler = new StubHandler()
            .Respond(HttpStatusCode.OK, """{"data":{"total_credits":10.5,"total_usage":2.25}}""")
            .Respond(HttpStatusCode.OK, """{"data":[]}""");
        using OpenRouterClient client = ManagementOnly(handler);

        CreditsInfo credits = await client.GetCreditsAsync(Ct);
        IReadOnlyList<ActivityItem> activity = await client.Activity.GetActivityAsync(cancellationToken: Ct);

        credits.TotalCredits.Should().Be(10.5m);
        activity.Should().BeEmpty();
        handler.Requests.Should().HaveCount(2).And.OnlyContain(r => r.Header("Authorization") == "Bearer " + ManagementKey);
    }

    [Fact]
    public void A_management_key_with_inner_whitespace_is_refused_naming_ManagementKey_without_the_key()
    {
        Action create = () => new OpenRouterClient(new OpenRouterClientOptions { ApiKey = TestClients.ApiKey, ManagementKey = "sk-or-v1-man agement" });

        create.Should().Throw<ArgumentException>()
            .Which.Message.Should().Contain("OpenRouterClientOptions.ManagementKey").And.Contain("whitespace").And.NotContain("man agement");
    }

    [Fact]
    public async Task A_management_key_with_a_trailing_newline_is_trimmed()
    {
        var handler = new StubHandler().Respond(HttpStatusCode.OK, """{"data":[]}""");
        using var client = new OpenRouterClient(new HttpClient(handler), new OpenRouterClientOptions { ManagementKey = ManagementKey + "\n" });

        (await client.Activity.GetActivityAsync(cancellationToken: Ct)).Should().BeEmpty();

        handler.Requests.Single().Header("Authorization").Should().Be("Bearer " + ManagementKey);
    }

    [Fact]
    public void Without_either_key_the_error_names_both_settings()
    {
        string? saved = Environment.GetEnvironmentVariable(OpenRouterClientOptions.ApiKeyEnvironmentVariable);
        string? savedManagement = Environment.GetEnvironmentVariable(OpenRouterClientOptions.ManagementKeyEnvironmentVariable);
        if (saved is not null || savedManagement is not null)
        {
            // The machine supplies a key through the environment: the case cannot arise here.
            return;
        }

        Action create = () => new OpenRouterClient(new OpenRouterClientOptions());

        create.Should().Throw<ArgumentException>()
            .Which.Message.Should().Contain("OpenRouterClientOptions.ApiKey").And.Contain("OpenRouterClientOptions.ManagementKey");
    }

    [Fact]
    public void ToString_of_the_options_hides_both_keys()
    {
        var options = new OpenRouterClientOptions { ApiKey = TestClients.ApiKey, ManagementKey = ManagementKey };

        options.ToString().Should().NotContain(TestClients.ApiKey).And.NotContain(ManagementKey).And.Contain("ManagementKey = ***");
    }
}
