using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Web;
using FluentAssertions;
using OpenRouter.Sdk.IntegrationTests.Infrastructure;

namespace OpenRouter.Sdk.IntegrationTests;

/// <summary>The loopback sign-in on real sockets: a fake browser comes back to the app's 127.0.0.1 listener.</summary>
public sealed class SignInLoopbackTests
{
    private const string UserKey = "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";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_browser_callback_is_exchanged_with_the_verifier_of_the_challenge_and_the_browser_sees_a_page()
    {
        var exchange = new ExchangeHandler(HttpStatusCode.OK, $$"""{"key":"{{UserKey}}","user_id":"u1"}""");
        using var signIn = new OpenRouterSignIn(new HttpClient(exchange), new OpenRouterSignInOptions());
        var browser = new FakeBrowser();

        OpenRouterUserKey key = await signIn.SignInWithBrowserAsync(browser.OpenWithCode("the-code"), Ct);

        key.Key.Should().Be(UserKey);
        (HttpStatusCode status, string page) = await browser.Visits.Single();
        status.Should().Be(HttpStatusCode.OK);
        page.Should().Contain("Signed in to OpenRouter").And.NotContain("the-code");
        browser.AuthorizationUri!.GetLeftPart(UriPartial.Path).Should().Be("https://openrouter.ai/auth");
        Uri callback = browser.CallbackUri!;
        callback.Host.Should().Be("127.0.0.1");
        callback.AbsolutePath.Should().MatchRegex("^/callback/[A-Za-z0-9_-]{22}$", "the path carries a random nonce");
        using var body = System.Text.Json.JsonDocument.Parse(exchange.Bodies.Single());
        body.RootElement.GetProperty("code").GetString().Should().Be("the-code");
        OpenRouterPkce.CreateCodeChallenge(body.RootElement.GetProperty("code_verifier").GetString()!)
            .Should().Be(browser.Query["code_challenge"]);
        browser.Query["code_challenge_method"].Should().Be("S256");
        await AssertClosedAsync(callback);
    }

    [Fact]
    public async Task A_callback_on_another_path_gets_404_and_the_wait_goes_on_for_the_real_one()
    {
        var exchange = new ExchangeHandler(HttpStatusCode.OK, $$"""{"key":"{{UserKey}}","user_id":"u1"}""");
        using var signIn = new OpenRouterSignIn(new HttpClient(exchange), new OpenRouterSignInOptions());
        var browser = new FakeBrowser();

        OpenRouterUserKey key = await signIn.SignInWithBrowserAsync(async (uri, ct) =>
        {
            browser.Remember(uri);
            var forged = new UriBuilder(browser.CallbackUri!) { Path = "/callback/guessed-nonce", Query = "code=forged" }.Uri;
            (await browser.GetAsync(forged)).Status.Should().Be(HttpStatusCode.NotFound);
            var noCode = new UriBuilder(browser.CallbackUri!) { Query = "error=denied" }.Uri;
            (await browser.GetAsync(noCode)).Status.Should().Be(HttpStatusCode.BadRequest);
            browser.StartVisit(new Uri(browser.CallbackUri! + "?code=real"));
        }, Ct);

        key.Key.Should().Be(UserKey);
        exchange.Bodies.Should().ContainSingle().Which.Should().Contain("\"code\":\"real\"").And.NotContain("forged");
        (await browser.Visits.Single()).Status.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_failed_exchange_shows_the_browser_a_failure_page_and_throws_the_refusal()
    {
        var exchange = new ExchangeHandler(HttpStatusCode.Forbidden, """{"error":{"code":403,"message":"Invalid code or code_verifier"}}""");
        using var signIn = new OpenRouterSignIn(new HttpClient(exchange), new OpenRouterSignInOptions());
        var browser = new FakeBrowser();

        await FluentActions.Awaiting(() => signIn.SignInWithBrowserAsync(browser.OpenWithCode("stale"), Ct))
            .Should().ThrowAsync<OpenRouterPermissionDeniedException>();

        (await browser.Visits.Single()).Page.Should().Contain("Sign-in failed");
    }

    [Fact]
    public async Task Cancelling_the_wait_throws_OperationCanceledException_and_closes_the_listener()
    {
        var exchange = new ExchangeHandler(HttpStatusCode.OK, "{}");
        using var signIn = new OpenRouterSignIn(new HttpClient(exchange), new OpenRouterSignInOptions());
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var browser = new FakeBrowser();

        Task<OpenRouterUserKey> signingIn = signIn.SignInWithBrowserAsync((uri, _) =>
        {
            browser.Remember(uri);
            cancel.Cancel();
            return Task.CompletedTask;
        }, cancel.Token);

        await FluentActions.Awaiting(() => signingIn).Should().ThrowAsync<OperationCanceledException>();
        exchange.Bodies.Should().BeEmpty();
        await AssertClosedAsync(browser.CallbackUri!);
    }

    [Fact]
    public async Task No_callback_within_the_timeout_throws_OpenRouterTimeoutException()
    {
        var time = new FakeTimeProvider();
        var exchange = new ExchangeHandler(HttpStatusCode.OK, "{}");
        using var signIn = new OpenRouterSignIn(new HttpClient(exchange), new OpenRouterSignInOptions { CallbackTimeout = TimeSpan.FromMinutes(5), TimeProvider = time });
        var browser = new FakeBrowser();

        Task<OpenRouterUserKey> signingIn = signIn.SignInWithBrowserAsync((uri, _) =>
        {
            browser.Remember(uri);
            time.Advance(TimeSpan.FromMinutes(5));
            return Task.CompletedTask;
        }, Ct);

        OpenRouterTimeoutException e = (await FluentActions.Awaiting(() => signingIn).Should().ThrowAsync<OpenRouterTimeoutException>()).Which;
        e.Timeout.Should().Be(TimeSpan.FromMinutes(5));
        exchange.Bodies.Should().BeEmpty();
        await AssertClosedAsync(browser.CallbackUri!);
    }

    private static async Task AssertClosedAsync(Uri callback)
    {
        using var socket = new TcpClient();
        await FluentActions.Awaiting(() => socket.ConnectAsync(IPAddress.Loopback, callback.Port, Ct).AsTask())
            .Should().ThrowAsync<SocketException>("the listener stops once the sign-in ends");
    }

    /// <summary>Records the exchange request bodies and answers with a fixed status and body.</summary>
    private sealed class ExchangeHandler(HttpStatusCode status, string body) : HttpMessageHandler
    {
        public List<string> Bodies { get; } = new();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Bodies.Add(await request.Content!.ReadAsStringAsync(cancellationToken));
            return new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        }
    }

    /// <summary>
    /// Stands for the user's browser: keeps the sign-in page's address and requests the callback. The app answers the
    /// real callback only after the exchange, so a visit runs in the background and is awaited by the test.
    /// </summary>
    private sealed class FakeBrowser
    {
        private readonly HttpClient _http = new();

        public Uri? AuthorizationUri { get; private set; }

        public System.Collections.Specialized.NameValueCollection Query { get; private set; } = new();

        public Uri? CallbackUri => Query["callback_url"] is { } url ? new Uri(url) : null;

        public List<Task<(HttpStatusCode Status, string Page)>> Visits { get; } = new();

        public void Remember(Uri authorization)
        {
            AuthorizationUri = authorization;
            Query = HttpUtility.ParseQueryString(authorization.Query);
        }

        public Func<Uri, CancellationToken, Task> OpenWithCode(string code) => (uri, _) =>
        {
            Remember(uri);
            StartVisit(new Uri(CallbackUri + "?code=" + Uri.EscapeDataString(code)));
            return Task.CompletedTask;
        };

        public void StartVisit(Uri uri) => Visits.Add(GetAsync(uri));

        public async Task<(HttpStatusCode Status, string Page)> GetAsync(Uri uri)
        {
            using HttpResponseMessage response = await _http.GetAsync(uri, Ct);
            return (response.StatusCode, await response.Content.ReadAsStringAsync(Ct));
        }
    }
}
