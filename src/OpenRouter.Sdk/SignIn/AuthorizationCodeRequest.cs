using System;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// What <see cref="OpenRouterSignInClient.CreateAuthorizationCodeAsync"/> sends to <c>POST /auth/keys/code</c>: a
/// server creates the authorization code that a user would otherwise get by signing in, with limits on the key it
/// will become. Only <see cref="CallbackUrl"/> is required.
/// </summary>
public sealed class AuthorizationCodeRequest
{
    /// <summary>Where OpenRouter sends the user after authorizing (<c>callback_url</c>): an https URL, or a localhost/127.0.0.1 URL on any port.</summary>
    [JsonPropertyName("callback_url")]
    public Uri? CallbackUrl { get; set; }

    /// <summary>The PKCE challenge (<c>code_challenge</c>), from <see cref="OpenRouterPkce.CreateCodeChallenge"/>; then the exchange needs its verifier.</summary>
    [JsonPropertyName("code_challenge")]
    public string? CodeChallenge { get; set; }

    /// <summary>How the challenge was made (<c>code_challenge_method</c>): <c>S256</c> (<see cref="OpenRouterPkce.ChallengeMethod"/>) or <c>plain</c>.</summary>
    [JsonPropertyName("code_challenge_method")]
    public string? CodeChallengeMethod { get; set; }

    /// <summary>The credit limit of the key to be created, in USD (<c>limit</c>).</summary>
    [JsonPropertyName("limit")]
    public decimal? Limit { get; set; }

    /// <summary>How often <see cref="Limit"/> resets (<c>usage_limit_type</c>); null for never.</summary>
    [JsonPropertyName("usage_limit_type")]
    public LimitResetInterval? UsageLimitType { get; set; }

    /// <summary>When the key to be created expires (<c>expires_at</c>); null for never.</summary>
    [JsonPropertyName("expires_at")]
    public DateTimeOffset? ExpiresAt { get; set; }

    /// <summary>The key's label (<c>key_label</c>, at most 100 characters); OpenRouter uses the app's name when null.</summary>
    [JsonPropertyName("key_label")]
    public string? KeyLabel { get; set; }

    /// <summary>The workspace the key belongs to (<c>workspace_id</c>, a UUID); null for the default one.</summary>
    [JsonPropertyName("workspace_id")]
    public string? WorkspaceId { get; set; }
}
