using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using OpenRouter.Sdk.Http;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk.SignIn;

/// <summary>The two OAuth operations, shared by <see cref="OpenRouterSignIn"/> and <see cref="OpenRouterSignInClient"/>.</summary>
internal static class SignInOperations
{
    public static readonly ApiPath ExchangePath = ApiPath.Of("auth/keys");

    public static readonly ApiPath CreateCodePath = ApiPath.Of("auth/keys/code");

    /// <summary><c>POST /auth/keys</c>, sent without any key: the user has none yet.</summary>
    public static async Task<OpenRouterUserKey> ExchangeAsync(OpenRouterPipeline pipeline, string code, string? codeVerifier, CancellationToken cancellationToken)
    {
        Argument.NotBlank(code);
        var request = new AuthKeysExchangeRequest
        {
            Code = code,
            CodeVerifier = codeVerifier,
            CodeChallengeMethod = codeVerifier is null ? null : OpenRouterPkce.ChallengeMethod,
        };
        byte[] body = JsonSerializer.SerializeToUtf8Bytes(request, OpenRouterJsonContext.Default.AuthKeysExchangeRequest);
        AuthKeysExchangeResponse response;
        try
        {
            response = await pipeline.SendAsync(HttpMethod.Post, ExchangePath, body, OpenRouterJsonContext.Default.AuthKeysExchangeResponse,
                static r => OpenRouterPipeline.ErrorMember(r.AdditionalProperties), OpenRouterCredential.None, cancellationToken).ConfigureAwait(false);
        }
        catch (OpenRouterPermissionDeniedException e) when (e is not OpenRouterModerationException)
        {
            throw OpenRouterErrorFactory.SignInCodeRefused(e);
        }
        catch (OpenRouterBadRequestException e)
        {
            throw OpenRouterErrorFactory.SignInRequestRejected(e);
        }

        return response.Key is { Length: > 0 } key
            ? new OpenRouterUserKey(key, response.UserId)
            : throw OpenRouterErrorFactory.SignInKeyMissing();
    }

    /// <summary><c>POST /auth/keys/code</c>, sent with the management key.</summary>
    public static async Task<AuthorizationCode> CreateCodeAsync(OpenRouterPipeline pipeline, AuthorizationCodeRequest request, CancellationToken cancellationToken)
    {
        Argument.NotNull(request);
        Argument.Requires(request.CallbackUrl is { IsAbsoluteUri: true }, "AuthorizationCodeRequest.CallbackUrl must be an absolute URL.", nameof(request));
        byte[] body = JsonSerializer.SerializeToUtf8Bytes(request, OpenRouterJsonContext.Default.AuthorizationCodeRequest);
        DataEnvelope<AuthorizationCode> envelope;
        try
        {
            envelope = await pipeline.SendAsync(HttpMethod.Post, CreateCodePath, body, OpenRouterJsonContext.Default.DataEnvelopeAuthorizationCode,
                static e => OpenRouterPipeline.ErrorMember(e.AdditionalProperties), OpenRouterCredential.ManagementKey, cancellationToken).ConfigureAwait(false);
        }
        catch (OpenRouterPermissionDeniedException e) when (e is not OpenRouterModerationException)
        {
            throw OpenRouterErrorFactory.ManagementKeyRefused("POST /" + CreateCodePath.Value, e);
        }

        return envelope.Data ?? throw OpenRouterErrorFactory.MissingData("POST /" + CreateCodePath.Value);
    }
}
