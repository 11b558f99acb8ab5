using System;
using System.Security.Cryptography;
using System.Text;
using OpenRouter.Sdk.Internal;

namespace OpenRouter.Sdk;

/// <summary>
/// The PKCE values (RFC 7636) of an OpenRouter sign-in: a secret code verifier that the app keeps, and its
/// <c>S256</c> code challenge that goes in the authorization URL. <see cref="OpenRouterSignIn"/> makes and uses them
/// itself; call these only when you drive the flow by hand.
/// </summary>
public static class OpenRouterPkce
{
    /// <summary>The number of random bytes in a verifier: 32, as RFC 7636 recommends (43 characters once encoded).</summary>
    public const int VerifierEntropyBytes = 32;

    /// <summary>The challenge method the SDK uses: the SHA-256 of the verifier.</summary>
    public const string ChallengeMethod = "S256";

    /// <summary>
    /// Creates a code verifier: <see cref="VerifierEntropyBytes"/> bytes from a cryptographic random source, base64url
    /// encoded without padding (43 characters of <c>[A-Za-z0-9_-]</c>). Keep it secret until the code exchange.
    /// </summary>
    /// <returns>A new verifier.</returns>
    public static string CreateCodeVerifier() => RandomToken(VerifierEntropyBytes);

    /// <summary>Computes the <c>S256</c> challenge of a verifier: base64url (no padding) of the SHA-256 of its ASCII bytes.</summary>
    /// <param name="codeVerifier">The verifier, 43 to 128 characters of <c>[A-Za-z0-9-._~]</c> (RFC 7636 section 4.1).</param>
    /// <returns>The challenge, 43 characters.</returns>
    /// <exception cref="ArgumentException">The verifier is not a valid RFC 7636 verifier.</exception>
    public static string CreateCodeChallenge(string codeVerifier)
    {
        Argument.NotBlank(codeVerifier);
        Argument.Requires(IsValidVerifier(codeVerifier), "A PKCE code verifier has 43 to 128 characters of A-Z, a-z, 0-9, '-', '.', '_' and '~' (RFC 7636 section 4.1).", nameof(codeVerifier));
        using var sha = SHA256.Create();
        return Base64Url(sha.ComputeHash(Encoding.ASCII.GetBytes(codeVerifier)));
    }

    /// <summary><paramref name="byteCount"/> cryptographically random bytes, base64url encoded without padding.</summary>
    internal static string RandomToken(int byteCount)
    {
        byte[] bytes = new byte[byteCount];
        using (var random = RandomNumberGenerator.Create())
        {
            random.GetBytes(bytes);
        }

        return Base64Url(bytes);
    }

    internal static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static bool IsValidVerifier(string verifier)
    {
        if (verifier.Length is < 43 or > 128)
        {
            return false;
        }

        foreach (char c in verifier)
        {
            bool unreserved = c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '.' or '_' or '~';
            if (!unreserved)
            {
                return false;
            }
        }

        return true;
    }
}
