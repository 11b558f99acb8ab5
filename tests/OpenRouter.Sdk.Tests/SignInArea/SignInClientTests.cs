using System.Net;
using FluentAssertions;
using Xunit;

namespace OpenRouter.Sdk.Tests.SignInArea;

public sealed class SignInClientTests
{
    private const string ApiKey = "sk-or-v1-inference-0123456789abcdef0123456789abcdef";
    private const string ManagementKey = "sk-or-v1-management-fedcba9876543210fedcba9876543210";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static OpenRouterClient Client(SignInRecordingHandler handler) =>
        new(new HttpClient(handler), new OpenRouterClientOptions { ApiKey = ApiKey, ManagementKey = ManagementKey, EnableRetries = false });

    [Fact]
    public async Task CreateAuthorizationCode_posts_every_field_with_the_management_key()
    {
        var handler = new SignInRecordingHandler(HttpStatusCode.OK, """{"data":{"app_id":12345,"created_at":"2025-08-24T10:30:00Z","id":"auth_code_xyz789"}}""");
        using OpenRouterClient client = Client(handler);

        AuthorizationCode code = await client.SignIn.CreateAuthorizationCodeAsync(new AuthorizationCodeRequest
        {
            CallbackUrl = new Uri("https://myapp.com/auth/callback"),
            CodeChallenge = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
            CodeChallengeMethod = OpenRouterPkce.ChallengeMethod,
            Limit = 100.5m,
            UsageLimitType = LimitResetInterval.Monthly,
            ExpiresAt = new DateTimeOffset(2027, 12, 31, 23, 59, 59, TimeSpan.Zero),
            KeyLabel = "My Custom Key",
            WorkspaceId = "550e8400-e29b-41d4-a716-446655440000",
        }, Ct);

        HttpRequestMessage request = handler.Requests.Single();
        request.Method.Should().Be(HttpMethod.Post);
        request.RequestUri!.AbsoluteUri.Should().Be("https://openrouter.ai/api/v1/auth/keys/code");
        request.Headers.Authorization!.Parameter.Should().Be(ManagementKey);
        handler.Bodies.Single().Should().Be(
            """{"callback_url":"https://myapp.com/auth/callback","code_challenge":"E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM","code_challenge_method":"S256","limit":100.5,"usage_limit_type":"monthly","expires_at":"2027-12-31T23:59:59+00:00","key_label":"My Custom Key","workspace_id":"550e8400-e29b-41d4-a716-446655440000"}""");
        code.Id.Should().Be("auth_code_xyz789");
        code.AppId.Should().Be(12345);
        code.CreatedAt.Should().Be(new DateTimeOffset(2025, 8, 24, 10, 30, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task CreateAuthorizationCode_with_only_a_callback_sends_only_it()
    {
        var handler = new SignInRecordingHandler(HttpStatusCode.OK, """{"data":{"app_id":1,"created_at":"2025-08-24T10:30:00Z","id":"c"}}""");
        using OpenRouterClient client = Client(handler);

        await client.SignIn.CreateAuthorizationCodeAsync(new AuthorizationCodeRequest { CallbackUrl = new Uri("http://localhost:3000/cb") }, Ct);

        handler.Bodies.Single().Should().Be("""{"callback_url":"http://localhost:3000/cb"}""");
    }

    [Fact]
    public async Task ExchangeCode_from_a_client_with_keys_sends_neither_key()
    {
        var handler = new SignInRecordingHandler(HttpStatusCode.OK, """{"key":"sk-or-v1-user","user_id":"u"}""");
        using OpenRouterClient client = Client(handler);

        OpenRouterUserKey key = await client.SignIn.ExchangeCodeAsync("c", null, Ct);

        handler.Requests.Single().Headers.Authorization.Should().BeNull();
        handler.Requests.Single().RequestUri!.AbsoluteUri.Should().Be("https://openrouter.ai/api/v1/auth/keys");
        key.Key.Should().Be("sk-or-v1-user");
    }
}
