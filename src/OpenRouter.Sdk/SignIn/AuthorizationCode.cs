using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>An authorization code created by <c>POST /auth/keys/code</c>; exchange <see cref="Id"/> for a key with <c>POST /auth/keys</c>.</summary>
public sealed class AuthorizationCode
{
    /// <summary>The code to exchange (<c>id</c>).</summary>
    [JsonPropertyName("id")]
    public string Id { get; set; } = string.Empty;

    /// <summary>The application the code belongs to (<c>app_id</c>).</summary>
    [JsonPropertyName("app_id")]
    public long AppId { get; set; }

    /// <summary>When the code was created (<c>created_at</c>).</summary>
    [JsonPropertyName("created_at")]
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Members the server sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
