using System;

namespace OpenRouter.Sdk;

/// <summary>Failures of signing in with OpenRouter (the PKCE code exchange and the loopback callback).</summary>
internal static partial class OpenRouterErrorFactory
{
    /// <summary>
    /// <c>POST /auth/keys</c> refused with 403: the code is unknown, expired, already exchanged, or the verifier does
    /// not match its challenge. The server's error, with what to do about it in front; its properties are kept.
    /// </summary>
    public static OpenRouterPermissionDeniedException SignInCodeRefused(OpenRouterPermissionDeniedException e) =>
        new("OpenRouter refused the sign-in code (HTTP 403): it is invalid, expired (a code lives 10 minutes), already exchanged, " +
            "or the code verifier does not match the code challenge of the authorization URL. Start the sign-in again. Server message: " + e.Message,
            e)
        {
            StatusCode = e.StatusCode,
            ErrorCode = e.ErrorCode,
            ErrorType = e.ErrorType,
            Metadata = e.Metadata,
            ResponseBody = e.ResponseBody,
        };

    /// <summary><c>POST /auth/keys</c> refused with 400: the request itself is malformed (for example an unknown challenge method).</summary>
    public static OpenRouterBadRequestException SignInRequestRejected(OpenRouterBadRequestException e) =>
        new("OpenRouter rejected the sign-in code exchange (HTTP 400): the code or the code challenge method is malformed. Server message: " + e.Message,
            e)
        {
            StatusCode = e.StatusCode,
            ErrorCode = e.ErrorCode,
            ErrorType = e.ErrorType,
            Metadata = e.Metadata,
            ResponseBody = e.ResponseBody,
        };

    /// <summary>A 200 answer to <c>POST /auth/keys</c> without its <c>key</c>.</summary>
    public static OpenRouterInvalidResponseException SignInKeyMissing() =>
        new("OpenRouter answered POST /auth/keys without the 'key' member.");

    /// <summary>The browser never came back to the loopback callback within the sign-in timeout.</summary>
    public static OpenRouterTimeoutException SignInTimedOut(TimeSpan limit) =>
        new($"The sign-in was not completed within {limit}: the browser did not return to the app's callback address. Start the sign-in again.")
        {
            Timeout = limit,
        };
}
