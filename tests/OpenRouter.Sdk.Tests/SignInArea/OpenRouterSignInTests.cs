using System.Net;
using FluentAssertions;
using Xunit;

namespace OpenRouter.Sdk.Tests.SignInArea;

public sealed class OpenRouterSignInTests
{
    private const string UserKey = "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";
    private const string Verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void CreateAuthorizationUri_escapes_the_callback_and_the_challenge_and_names_S256()
    {
        using var signIn = new OpenRouterSignIn();

        Uri uri = signIn.CreateAuthorizationUri(new Uri("http://127.0.0.1:5123/callback/a b?x=1&y=2"), "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");

        uri.AbsoluteUri.Should().Be(
            "https://openrouter.ai/auth?callback_url=http%3A%2F%2F127.0.0.1%3A5123%2Fcallback%2Fa%2520b%3Fx%3D1%26y%3D2" +
            "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256");
    }

    [Fact]
    public void CreateAuthorizationUri_without_a_callback_asks_OpenRouter_to_show_the_code_on_the_configured_page()
    {
        using var signIn = new OpenRouterSignIn(new OpenRouterSignInOptions { AuthorizationUrl = new Uri("http://127.0.0.1:9/auth") });

        signIn.CreateAuthorizationUri(null, "abc").AbsoluteUri.Should().Be("http://127.0.0.1:9/auth?code_challenge=abc&code_challenge_method=S256");
    }

    [Fact]
    public async Task ExchangeCode_posts_the_code_and_verifier_without_any_key_and_returns_a_key_that_ToString_hides()
    {
        var handler = new SignInRecordingHandler(HttpStatusCode.OK, $$"""{"key":"{{UserKey}}","user_id":"user_2yOPcMpKoQhcd4bVgSMlELRaIah"}""");
        using var signIn = new OpenRouterSignIn(new HttpClient(handler), new OpenRouterSignInOptions());

        OpenRouterUserKey key = await signIn.ExchangeCodeAsync("auth_code_abc123def456", Verifier, Ct);

        HttpRequestMessage request = handler.Requests.Single();
        request.Method.Should().Be(HttpMethod.Post);
        request.RequestUri!.AbsoluteUri.Should().Be("https://openrouter.ai/api/v1/auth/keys");
        request.Headers.Authorization.Should().BeNull("the user has no key yet, and no configured key may travel with the exchange");
        handler.Bodies.Single().Should().Be("""{"code":"auth_code_abc123def456","code_verifier":"dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk","code_challenge_method":"S256"}""");
        key.Key.Should().Be(UserKey);
        key.UserId.Should().Be("user_2yOPcMpKoQhcd4bVgSMlELRaIah");
        key.ToString().Should().NotContain(UserKey).And.NotContain("0e6f44a4").And.Contain("user_2yOPcMpKoQhcd4bVgSMlELRaIah");
    }

    [Fact]
    public async Task ExchangeCode_without_a_verifier_sends_only_the_code()
    {
        var handler = new SignInRecordingHandler(HttpStatusCode.OK, $$"""{"key":"{{UserKey}}","user_id":null}""");
        using var signIn = new OpenRouterSignIn(new HttpClient(handler), new OpenRouterSignInOptions());

        OpenRouterUserKey key = await signIn.ExchangeCodeAsync("c1", null, Ct);

        handler.Bodies.Single().Should().Be("""{"code":"c1"}""");
        key.UserId.Should().BeNull();
    }

    [Fact]
    public async Task A_403_says_the_code_or_verifier_was_refused()
    {
        var handler = new SignInRecordingHandler(HttpStatusCode.Forbidden, """{"error":{"code":403,"message":"Invalid code or code_verifier"}}""");
        using var signIn = new OpenRouterSignIn(new HttpClient(handler), new OpenRouterSignInOptions());

        OpenRouterPermissionDeniedException e = (await FluentActions.Awaiting(() => signIn.ExchangeCodeAsync("used", Verifier, Ct))
            .Should().ThrowAsync<OpenRouterPermissionDeniedException>()).Which;

        e.StatusCode.Should().Be(403);
        e.Message.Should().Contain("refused the sign-in code").And.Contain("Invalid code or code_verifier");
        handler.Requests.Should().HaveCount(1, "a single-use code is never retried");
    }

    [Fact]
    public async Task A_400_is_a_bad_request_that_names_the_exchange()
    {
        var handler = new SignInRecordingHandler(HttpStatusCode.BadRequest, """{"error":{"code":400,"message":"Invalid code_challenge_method"}}""");
        using var signIn = new OpenRouterSignIn(new HttpClient(handler), new OpenRouterSignInOptions());

        OpenRouterBadRequestException e = (await FluentActions.Awaiting(() => signIn.ExchangeCodeAsync("c", Verifier, Ct))
            .Should().ThrowAsync<OpenRouterBadRequestException>()).Which;

        e.StatusCode.Should().Be(400);
        e.Message.Should().Contain("sign-in code exchange").And.Contain("Invalid code_challenge_method");
    }

    [Fact]
    public async Task SignInWithPastedCode_shows_a_page_without_callback_and_exchanges_the_pasted_code_with_the_matching_verifier()
    {
        var handler = new SignInRecordingHandler(HttpStatusCode.OK, $$"""{"key":"{{UserKey}}","user_id":"u"}""");
        using var signIn = new OpenRouterSignIn(new HttpClient(handler), new OpenRouterSignInOptions());
        Uri? shown = null;

        OpenRouterUserKey key = await signIn.SignInWithPastedCodeAsync((uri, _) =>
        {
            shown = uri;
            return Task.FromResult("  pasted-code \n");
        }, Ct);

        key.Key.Should().Be(UserKey);
        shown!.AbsoluteUri.Should().StartWith("https://openrouter.ai/auth?code_challenge=").And.NotContain("callback_url");
        string challenge = System.Web.HttpUtility.ParseQueryString(shown.Query)["code_challenge"]!;
        using var body = System.Text.Json.JsonDocument.Parse(handler.Bodies.Single()!);
        body.RootElement.GetProperty("code").GetString().Should().Be("pasted-code");
        OpenRouterPkce.CreateCodeChallenge(body.RootElement.GetProperty("code_verifier").GetString()!).Should().Be(challenge,
            "the verifier sent is the one whose challenge was in the sign-in page's address");
    }
}
