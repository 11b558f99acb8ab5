using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;

namespace OpenRouter.Sdk;

/// <summary>
/// The API key a user granted to the app by signing in with OpenRouter (<c>POST /auth/keys</c>). Store
/// <see cref="Key"/> as a secret (the OS credential store, not a settings file) and pass it to
/// <see cref="OpenRouterClientOptions.ApiKey"/>. <see cref="ToString"/> never prints the key.
/// </summary>
public sealed class OpenRouterUserKey
{
    /// <summary>Creates the value (for tests and mocks; the SDK makes it from OpenRouter's answer).</summary>
    /// <param name="key">The API key, <c>sk-or-v1-...</c>.</param>
    /// <param name="userId">The id of the user who signed in, when OpenRouter says it.</param>
    public OpenRouterUserKey(string key, string? userId)
    {
        Key = Argument.NotBlank(key);
        UserId = userId;
    }

    /// <summary>The user's API key, <c>sk-or-v1-...</c>: a secret, never log it.</summary>
    [JsonPropertyName("key")]
    public string Key { get; }

    /// <summary>The id of the user who signed in (<c>user_...</c>), or null when OpenRouter sends none.</summary>
    [JsonPropertyName("user_id")]
    public string? UserId { get; }

    /// <summary>Describes the value without its key.</summary>
    /// <returns><c>OpenRouterUserKey { UserId = ..., Key = *** }</c>.</returns>
    public override string ToString() => $"OpenRouterUserKey {{ UserId = {UserId ?? "(none)"}, Key = *** }}";
}
