using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk.SignIn;

/// <summary>The answer of <c>POST /auth/keys</c>: <c>{"key": "sk-or-v1-...", "user_id": "user_..."}</c>.</summary>
internal sealed class AuthKeysExchangeResponse
{
    [JsonPropertyName("key")]
    public string? Key { get; set; }

    [JsonPropertyName("user_id")]
    public string? UserId { get; set; }

    /// <summary>Other members; an <c>error</c> member here is a 200 that is really an error.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
