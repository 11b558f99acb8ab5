using System.Text.Json.Serialization;

namespace OpenRouter.Sdk.SignIn;

/// <summary>The body of <c>POST /auth/keys</c>: the code from the callback and the verifier that proves the app asked for it.</summary>
internal sealed class AuthKeysExchangeRequest
{
    [JsonPropertyName("code")]
    public string Code { get; set; } = string.Empty;

    [JsonPropertyName("code_verifier")]
    public string? CodeVerifier { get; set; }

    [JsonPropertyName("code_challenge_method")]
    public string? CodeChallengeMethod { get; set; }
}
