using System.Collections.Generic;
using System.Diagnostics;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// A new BYOK provider credential, for <see cref="OpenRouterByokClient.CreateAsync"/> (<c>POST /byok</c>).
/// <see cref="Provider"/> and <see cref="Key"/> are required; members left null are not sent and take the server's
/// defaults (no restrictions, enabled, not a fallback, the default workspace). <see cref="Key"/> is a secret:
/// <see cref="ToString"/> leaves it out, and the SDK never logs request bodies.
/// </summary>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class CreateByokKeyRequest
{
    /// <summary>The upstream provider the credential authenticates against. (<c>provider</c>, required)</summary>
    [JsonPropertyName("provider")]
    public ByokProviderSlug Provider { get; set; }

    /// <summary>
    /// The raw provider API key or credential, a secret: encrypted at rest by OpenRouter and never returned. Not
    /// blank. (<c>key</c>, required)
    /// </summary>
    [JsonPropertyName("key")]
    [DebuggerBrowsable(DebuggerBrowsableState.Never)]
    public string Key { get; set; } = string.Empty;

    /// <summary>A human-readable name; at most 255 characters. (<c>name</c>)</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>The workspace to scope the credential to (a UUID); null creates it in the default workspace. (<c>workspace_id</c>)</summary>
    [JsonPropertyName("workspace_id")]
    public string? WorkspaceId { get; set; }

    /// <summary>Whether to create the credential disabled. (<c>disabled</c>)</summary>
    [JsonPropertyName("disabled")]
    public bool? Disabled { get; set; }

    /// <summary>Whether it is a fallback, used only after the provider's non-fallback credentials were tried. (<c>is_fallback</c>)</summary>
    [JsonPropertyName("is_fallback")]
    public bool? IsFallback { get; set; }

    /// <summary>
    /// Whether OpenRouter's shared endpoints on this provider are removed for every model: the provider is skipped rather
    /// than spend OpenRouter credits once your keys fail. Not allowed on a fallback credential. (<c>is_byok_only</c>)
    /// </summary>
    [JsonPropertyName("is_byok_only")]
    public bool? IsByokOnly { get; set; }

    /// <summary>
    /// Whether OpenRouter's shared endpoints on this provider are removed for the models this credential applies to (its
    /// allowed models, or every model): those run only on your keys. (<c>is_required</c>)
    /// </summary>
    [JsonPropertyName("is_required")]
    public bool? IsRequired { get; set; }

    /// <summary>
    /// Your declaration of whether the provider account behind the credential has zero data retention: null follows
    /// OpenRouter's policy for the provider's endpoint, true lets requests that require ZDR route to it, false keeps them
    /// away. Self-declared, not verified by OpenRouter. (<c>declared_zdr</c>)
    /// </summary>
    [JsonPropertyName("declared_zdr")]
    public bool? DeclaredZdr { get; set; }

    /// <summary>The only models (slugs) the credential may be used for; null means no restriction. At most 100. (<c>allowed_models</c>)</summary>
    [JsonPropertyName("allowed_models")]
    public IList<string>? AllowedModels { get; set; }

    /// <summary>The ids of the only users who may use the credential; null means no restriction. At most 100. (<c>allowed_user_ids</c>)</summary>
    [JsonPropertyName("allowed_user_ids")]
    public IList<string>? AllowedUserIds { get; set; }

    /// <summary>
    /// The hashes of the only OpenRouter API keys that may use the credential (<see cref="ApiKeyInfo.Hash"/>); null
    /// means no restriction. At least one when set, at most 100; a hash of another account's key is refused (400).
    /// (<c>allowed_api_key_hashes</c>)
    /// </summary>
    [JsonPropertyName("allowed_api_key_hashes")]
    public IList<string>? AllowedApiKeyHashes { get; set; }

    /// <summary>The provider and name, never the key.</summary>
    public override string ToString() => $"CreateByokKeyRequest {{ Provider = {Provider}, Name = {Name}, Key = [secret, not printed] }}";
}
