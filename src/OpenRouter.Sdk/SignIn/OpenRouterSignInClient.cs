using System;
using System.Threading;
using System.Threading.Tasks;
using OpenRouter.Sdk.Http;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.SignIn;

namespace OpenRouter.Sdk;

/// <summary>
/// The OAuth operations for a server that already has an <see cref="OpenRouterClient"/>, reached as
/// <see cref="OpenRouterClient.SignIn"/>: create an authorization code for a user (<c>POST /auth/keys/code</c>, needs a
/// management key) and exchange a code for the user's key (<c>POST /auth/keys</c>, sent without any key). A desktop app
/// or CLI that has no key yet uses <see cref="OpenRouterSignIn"/> instead. Thread-safe.
/// </summary>
/// <remarks>To fake it in tests, derive from it (the protected constructor exists for that) and override the methods you use.</remarks>
public class OpenRouterSignInClient
{
    private readonly OpenRouterPipeline? _pipeline;

    /// <summary>Creates an instance for mocking: a subclass overrides the methods it needs; the others throw.</summary>
    protected OpenRouterSignInClient()
    {
    }

    internal OpenRouterSignInClient(OpenRouterPipeline pipeline)
    {
        _pipeline = Argument.NotNull(pipeline);
    }

    /// <summary>
    /// Creates an authorization code server-side (<c>POST /auth/keys/code</c>), with limits on the key it becomes;
    /// exchange it with <see cref="ExchangeCodeAsync"/>. Needs a management key.
    /// </summary>
    /// <param name="request">The callback URL, the PKCE challenge and the key's limits.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The code, its application and when it was made.</returns>
    /// <exception cref="ArgumentException"><see cref="AuthorizationCodeRequest.CallbackUrl"/> is missing or relative.</exception>
    /// <exception cref="InvalidOperationException">No management key is configured; nothing was sent.</exception>
    /// <exception cref="OpenRouterPermissionDeniedException">The configured management key is not one (403).</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported another error (400 invalid parameters, 409 conflict), or the call timed out.</exception>
    public virtual Task<AuthorizationCode> CreateAuthorizationCodeAsync(AuthorizationCodeRequest request, CancellationToken cancellationToken = default) =>
        SignInOperations.CreateCodeAsync(Pipeline, request, cancellationToken);

    /// <summary>
    /// Exchanges an authorization code for the user's API key (<c>POST /auth/keys</c>). Sent without any key. The
    /// code is single-use and lives 10 minutes.
    /// </summary>
    /// <param name="code">The code from the callback's <c>?code=</c> (or from <see cref="CreateAuthorizationCodeAsync"/>).</param>
    /// <param name="codeVerifier">The PKCE verifier whose challenge was in the authorization request (sent with method <c>S256</c>), or null when none was.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The user's key; its <c>ToString</c> never prints the key.</returns>
    /// <exception cref="OpenRouterPermissionDeniedException">The code is invalid, expired or used, or the verifier does not match (403).</exception>
    /// <exception cref="OpenRouterBadRequestException">The request is malformed (400).</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported another error, or the call timed out.</exception>
    public virtual Task<OpenRouterUserKey> ExchangeCodeAsync(string code, string? codeVerifier, CancellationToken cancellationToken = default) =>
        SignInOperations.ExchangeAsync(Pipeline, code, codeVerifier, cancellationToken);

    /// <summary>The client's pipeline; a mock made with the protected constructor has none.</summary>
    private OpenRouterPipeline Pipeline => _pipeline ?? throw new NotSupportedException(
        $"This {GetType().Name} was made with the protected constructor, for mocking: override the methods the test calls.");
}
