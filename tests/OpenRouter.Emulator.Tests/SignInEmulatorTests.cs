using FluentAssertions;
using OpenRouter.Sdk;
using Xunit;

namespace OpenRouter.Emulator.Tests;

/// <summary>"Sign in with OpenRouter" against the emulator, end to end: sign-in page, loopback callback, exchange.</summary>
public sealed class SignInEmulatorTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static OpenRouterSignIn SignInFor(OpenRouterEmulator emulator) => new(new OpenRouterSignInOptions
    {
        BaseUrl = emulator.BaseUrl,
        AuthorizationUrl = new Uri(emulator.BaseUrl, "/auth"),
    });

    [Fact]
    public async Task A_browser_sign_in_ends_with_a_key_that_the_emulator_issued()
    {
        await using OpenRouterEmulator emulator = await OpenRouterEmulator.StartAsync(cancellationToken: Ct);
        using OpenRouterSignIn signIn = SignInFor(emulator);
        using var browser = new HttpClient();
        Task<string>? visit = null;

        // The emulator's sign-in page approves at once and redirects the browser to the app's loopback callback.
        OpenRouterUserKey key = await signIn.SignInWithBrowserAsync((uri, _) =>
        {
            visit = browser.GetStringAsync(uri, Ct);
            return Task.CompletedTask;
        }, Ct);

        key.Key.Should().StartWith(SignInRoutes.IssuedKeyPrefix);
        key.UserId.Should().Be(SignInRoutes.UserId);
        (await visit!).Should().Contain("Signed in to OpenRouter");
    }

    [Fact]
    public async Task The_README_snippet_signs_in_through_the_browser()
    {
        CancellationToken ct = Ct;
        await using OpenRouterEmulator emulator = await OpenRouterEmulator.StartAsync(cancellationToken: ct);
        using OpenRouterSignIn signIn = SignInFor(emulator);
        using var browser = new HttpClient();
        Task<string>? visit = null;
        Task OpenBrowserAsync(Uri uri, CancellationToken token)
        {
            visit = browser.GetStringAsync(uri, ct);
            return Task.CompletedTask;
        }

        OpenRouterUserKey user = await signIn.SignInWithBrowserAsync(OpenBrowserAsync, ct);
        using var client = new OpenRouterClient(user.Key); // keep user.Key in the OS credential store

        user.Key.Should().StartWith(SignInRoutes.IssuedKeyPrefix);
        (await visit!).Should().Contain("Signed in");
    }

    [Fact]
    public async Task A_code_is_single_use_and_a_wrong_verifier_is_refused_with_403()
    {
        await using OpenRouterEmulator emulator = await OpenRouterEmulator.StartAsync(cancellationToken: Ct);
        using OpenRouterSignIn signIn = SignInFor(emulator);
        string verifier = OpenRouterPkce.CreateCodeVerifier();
        string code = SignInRoutes.IssueCode(emulator.State, OpenRouterPkce.CreateCodeChallenge(verifier), "S256");
        string other = SignInRoutes.IssueCode(emulator.State, OpenRouterPkce.CreateCodeChallenge(verifier), "S256");

        OpenRouterUserKey key = await signIn.ExchangeCodeAsync(code, verifier, Ct);
        var replay = await FluentActions.Awaiting(() => signIn.ExchangeCodeAsync(code, verifier, Ct)).Should().ThrowAsync<OpenRouterPermissionDeniedException>();
        var wrong = await FluentActions.Awaiting(() => signIn.ExchangeCodeAsync(other, OpenRouterPkce.CreateCodeVerifier(), Ct)).Should().ThrowAsync<OpenRouterPermissionDeniedException>();

        key.Key.Should().StartWith(SignInRoutes.IssuedKeyPrefix);
        replay.Which.StatusCode.Should().Be(403);
        wrong.Which.Message.Should().Contain("Invalid code or code_verifier");
    }

    [Fact]
    public async Task A_pasted_code_from_the_sign_in_page_without_callback_is_exchanged()
    {
        await using OpenRouterEmulator emulator = await OpenRouterEmulator.StartAsync(cancellationToken: Ct);
        using OpenRouterSignIn signIn = SignInFor(emulator);
        using var browser = new HttpClient();

        OpenRouterUserKey key = await signIn.SignInWithPastedCodeAsync((uri, ct) => browser.GetStringAsync(uri, ct), Ct);

        key.Key.Should().StartWith(SignInRoutes.IssuedKeyPrefix);
    }
}
