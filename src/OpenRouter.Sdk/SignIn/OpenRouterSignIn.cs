using System;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using OpenRouter.Sdk.Http;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.SignIn;

namespace OpenRouter.Sdk;

/// <summary>
/// "Sign in with OpenRouter" for an app that has no key yet (a desktop app, a CLI): the OAuth PKCE flow that ends
/// with the user's own API key. It needs no <see cref="OpenRouterClientOptions"/> and no key; once signed in, create
/// an <see cref="OpenRouterClient"/> with <see cref="OpenRouterUserKey.Key"/>.
/// <list type="bullet">
/// <item><see cref="SignInWithBrowserAsync"/> listens on 127.0.0.1, opens the sign-in page through your callback and
/// exchanges the code the browser brings back.</item>
/// <item><see cref="SignInWithPastedCodeAsync"/> is for machines without a browser: OpenRouter shows the code, the user pastes it.</item>
/// <item><see cref="CreateAuthorizationUri"/> and <see cref="ExchangeCodeAsync"/> are the two steps, for apps that receive the callback themselves.</item>
/// </list>
/// Thread-safe; dispose it to close its connections.
/// </summary>
public sealed class OpenRouterSignIn : IDisposable
{
    private readonly OpenRouterSignInOptions _options;
    private readonly OpenRouterPipeline _pipeline;
    private readonly HttpClient? _ownedHttpClient;
    private readonly ClientLifetime _lifetime = new();

    /// <summary>Signs in against openrouter.ai with the default options.</summary>
    public OpenRouterSignIn()
        : this(new OpenRouterSignInOptions())
    {
    }

    /// <summary>Signs in with the given options, on connections of its own.</summary>
    /// <param name="options">The options; read once, so later changes do not affect this instance.</param>
    public OpenRouterSignIn(OpenRouterSignInOptions options)
    {
        _options = Copy(options);
        OpenRouterClientOptions clientOptions = ClientOptions(_options);
        _ownedHttpClient = new HttpClient(OpenRouterHttpHandlers.CreateDefault(clientOptions), disposeHandler: true)
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
        HttpClient http = _ownedHttpClient;
        _pipeline = new OpenRouterPipeline(() => http, clientOptions, _lifetime);
    }

    /// <summary>Signs in with the given options on an <see cref="HttpClient"/> you own (and dispose); set its <c>AllowAutoRedirect</c> to false.</summary>
    /// <param name="httpClient">The client to send the code exchange with.</param>
    /// <param name="options">The options; read once.</param>
    public OpenRouterSignIn(HttpClient httpClient, OpenRouterSignInOptions options)
    {
        Argument.NotNull(httpClient);
        _options = Copy(options);
        _pipeline = new OpenRouterPipeline(() => httpClient, ClientOptions(_options), _lifetime);
    }

    /// <summary>
    /// Builds the sign-in page's address:
    /// <c>{AuthorizationUrl}?callback_url=…&amp;code_challenge=…&amp;code_challenge_method=S256</c>, each value escaped.
    /// </summary>
    /// <param name="callbackUrl">Where OpenRouter sends the browser with <c>?code=</c>: https, or localhost/127.0.0.1 on any port. Null for the mode where OpenRouter shows the code for the user to paste.</param>
    /// <param name="codeChallenge">The challenge of the verifier kept for the exchange (<see cref="OpenRouterPkce.CreateCodeChallenge"/>).</param>
    /// <returns>The address to open in the user's browser.</returns>
    public Uri CreateAuthorizationUri(Uri? callbackUrl, string codeChallenge)
    {
        Argument.NotBlank(codeChallenge);
        Argument.Requires(callbackUrl is null || callbackUrl.IsAbsoluteUri, "The callback URL must be absolute.", nameof(callbackUrl));
        var query = new StringBuilder();
        if (callbackUrl is not null)
        {
            query.Append("callback_url=").Append(Uri.EscapeDataString(callbackUrl.AbsoluteUri)).Append('&');
        }

        query.Append("code_challenge=").Append(Uri.EscapeDataString(codeChallenge))
            .Append("&code_challenge_method=").Append(OpenRouterPkce.ChallengeMethod);
        var builder = new UriBuilder(_options.AuthorizationUrl);
        string existing = builder.Query.TrimStart('?');
        builder.Query = existing.Length == 0 ? query.ToString() : existing + "&" + query;
        return builder.Uri;
    }

    /// <summary>
    /// Exchanges a code for the user's API key (<c>POST /auth/keys</c>), sent without any key. The code is
    /// single-use and lives 10 minutes; the call is never retried, since a retry could only present a used code.
    /// </summary>
    /// <param name="code">The code from the callback's <c>?code=</c>, or the one the user pasted.</param>
    /// <param name="codeVerifier">The verifier whose challenge was in the authorization URL, or null when none was.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The user's key; its <c>ToString</c> never prints the key.</returns>
    /// <exception cref="OpenRouterPermissionDeniedException">The code is invalid, expired or used, or the verifier does not match (403).</exception>
    /// <exception cref="OpenRouterBadRequestException">The request is malformed (400).</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported another error, or the call timed out.</exception>
    public Task<OpenRouterUserKey> ExchangeCodeAsync(string code, string? codeVerifier, CancellationToken cancellationToken = default) =>
        SignInOperations.ExchangeAsync(_pipeline, code, codeVerifier, cancellationToken);

    /// <summary>
    /// Signs in through the user's browser: listens on <c>http://127.0.0.1:{free port}/callback/{random nonce}</c>,
    /// hands the sign-in page's address to <paramref name="openBrowser"/>, waits for the browser to come back with the
    /// code (requests to any other path get 404 and the wait goes on), exchanges the code, shows the browser a short
    /// page and stops listening.
    /// </summary>
    /// <param name="openBrowser">Opens the address in the user's browser (for example
    /// <c>Process.Start(new ProcessStartInfo(uri.AbsoluteUri) { UseShellExecute = true })</c>), or shows it.</param>
    /// <param name="cancellationToken">Cancels the sign-in (for example the user's Cancel button).</param>
    /// <returns>The user's key.</returns>
    /// <exception cref="OpenRouterTimeoutException">The browser did not come back within <see cref="OpenRouterSignInOptions.CallbackTimeout"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="OpenRouterException">The code exchange failed (see <see cref="ExchangeCodeAsync"/>).</exception>
    public async Task<OpenRouterUserKey> SignInWithBrowserAsync(Func<Uri, CancellationToken, Task> openBrowser, CancellationToken cancellationToken = default)
    {
        Argument.NotNull(openBrowser);
        string verifier = OpenRouterPkce.CreateCodeVerifier();
        using CancellationTokenSource? timeout = _pipeline.CreateTimeout(_options.CallbackTimeout);
        using CancellationTokenSource flow = timeout is null
            ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _lifetime.Token)
            : CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _lifetime.Token, timeout.Token);
        using LoopbackCallbackServer server = LoopbackCallbackServer.Start();
        LoopbackCallback callback;
        try
        {
            Task<LoopbackCallback> waiting = server.WaitForCodeAsync(flow.Token);
            await openBrowser(CreateAuthorizationUri(server.CallbackUri, OpenRouterPkce.CreateCodeChallenge(verifier)), flow.Token).ConfigureAwait(false);
            callback = await waiting.ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timeout is not null && timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested && !_lifetime.IsDisposed)
        {
            throw OpenRouterErrorFactory.SignInTimedOut(_options.CallbackTimeout);
        }
        finally
        {
            // No other request is served once the code arrived (or the wait ended).
            server.Dispose();
        }

        using (callback)
        {
            bool signedIn = false;
            try
            {
                OpenRouterUserKey key = await ExchangeCodeAsync(callback.Code, verifier, cancellationToken).ConfigureAwait(false);
                signedIn = true;
                return key;
            }
            finally
            {
                await callback.AnswerAsync(signedIn, CancellationToken.None).ConfigureAwait(false);

                // Ends idle connections the browser may still hold open to the listener (each cancellation callback only disposes a socket).
#pragma warning disable VSTHRD103
                flow.Cancel();
#pragma warning restore VSTHRD103
            }
        }
    }

    /// <summary>
    /// Signs in on a machine without a browser (SSH, containers): the sign-in page, opened anywhere, shows the code
    /// and the user pastes it. <paramref name="showUriAndReadCode"/> shows the address and returns the pasted code;
    /// the code is then exchanged with the verifier this call made.
    /// </summary>
    /// <param name="showUriAndReadCode">Shows the sign-in page's address and returns the code the user pasted.</param>
    /// <param name="cancellationToken">Cancels the sign-in.</param>
    /// <returns>The user's key.</returns>
    /// <exception cref="ArgumentException">The pasted code is empty.</exception>
    /// <exception cref="OpenRouterException">The code exchange failed (see <see cref="ExchangeCodeAsync"/>).</exception>
    public async Task<OpenRouterUserKey> SignInWithPastedCodeAsync(Func<Uri, CancellationToken, Task<string>> showUriAndReadCode, CancellationToken cancellationToken = default)
    {
        Argument.NotNull(showUriAndReadCode);
        string verifier = OpenRouterPkce.CreateCodeVerifier();
        Uri uri = CreateAuthorizationUri(null, OpenRouterPkce.CreateCodeChallenge(verifier));
        string? pasted = await showUriAndReadCode(uri, cancellationToken).ConfigureAwait(false);
        string code = Argument.NotBlank(pasted?.Trim(), "The pasted sign-in code is empty.", nameof(showUriAndReadCode));
        return await ExchangeCodeAsync(code, verifier, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Ends a sign-in in flight (it throws <see cref="ObjectDisposedException"/>) and closes the connections this instance opened.</summary>
    public void Dispose()
    {
        _lifetime.End();
        _ownedHttpClient?.Dispose();
    }

    /// <summary>Describes the instance (it holds no secret).</summary>
    /// <returns>The two addresses it uses.</returns>
    public override string ToString() => $"OpenRouterSignIn {{ AuthorizationUrl = {_options.AuthorizationUrl}, BaseUrl = {_options.BaseUrl} }}";

    private static OpenRouterSignInOptions Copy(OpenRouterSignInOptions options)
    {
        Argument.NotNull(options);
        Argument.Requires(options.AuthorizationUrl is { IsAbsoluteUri: true }, "OpenRouterSignInOptions.AuthorizationUrl must be an absolute URL.", nameof(options));
        Argument.Requires(options.BaseUrl is { IsAbsoluteUri: true }, "OpenRouterSignInOptions.BaseUrl must be an absolute URL.", nameof(options));
        Argument.Requires(IsSecure(options.AuthorizationUrl) && IsSecure(options.BaseUrl), "OpenRouterSignInOptions URLs must use https (plain http only on a loopback host).", nameof(options));
        Argument.NotNull(options.TimeProvider);
        return new OpenRouterSignInOptions
        {
            BaseUrl = options.BaseUrl,
            AuthorizationUrl = options.AuthorizationUrl,
            HttpReferer = options.HttpReferer,
            AppTitle = options.AppTitle,
            RequestTimeout = options.RequestTimeout,
            CallbackTimeout = options.CallbackTimeout,
            TimeProvider = options.TimeProvider,
        };

        static bool IsSecure(Uri uri) => uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback);
    }

    /// <summary>
    /// The pipeline's options: no key (the exchange goes out without one) and no retries, since a code is single-use
    /// and a retried exchange could only be refused.
    /// </summary>
    private static OpenRouterClientOptions ClientOptions(OpenRouterSignInOptions options) => new()
    {
        BaseUrl = options.BaseUrl,
        HttpReferer = options.HttpReferer,
        AppTitle = options.AppTitle,
        RequestTimeout = options.RequestTimeout,
        TimeProvider = options.TimeProvider,
        EnableRetries = false,
    };
}
