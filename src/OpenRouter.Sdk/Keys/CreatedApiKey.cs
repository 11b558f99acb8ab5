using System.Collections.Generic;
using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// The answer to <see cref="OpenRouterKeysClient.CreateKeyAsync"/> (<c>POST /keys</c>): the new key's details and the
/// <b>plaintext key, shown this one time only</b>. OpenRouter never returns it again (later calls see only
/// <see cref="ApiKeyInfo.Label"/>, a masked form), so store <see cref="Key"/> in a secret store at once, and never
/// log it. <see cref="ToString"/> leaves it out; serializing this object yourself does not.
/// </summary>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class CreatedApiKey
{
    private ApiKeyInfo _data = new();
    private string _key = string.Empty;

    /// <summary>The new key's details; its <see cref="ApiKeyInfo.Hash"/> identifies it in later calls. (<c>data</c>)</summary>
    [JsonPropertyName("data")]
    public ApiKeyInfo Data { get => _data; set => _data = value ?? new ApiKeyInfo(); }

    /// <summary>
    /// The plaintext key (<c>sk-or-v1-...</c>), a secret <b>shown only in this answer</b>: it cannot be retrieved
    /// later. Keep it in a secret store; never log it or put it in an exception message. (<c>key</c>)
    /// </summary>
    [JsonPropertyName("key")]
    [DebuggerBrowsable(DebuggerBrowsableState.Never)]
    public string Key { get => _key; set => _key = value ?? string.Empty; }

    /// <summary>Members the server sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>The key's name and hash, never the plaintext key.</summary>
    public override string ToString() => $"CreatedApiKey {{ Name = {Data.Name}, Hash = {Data.Hash}, Key = [shown once, not printed] }}";
}
