using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// A bring-your-own-key (BYOK) provider credential, as <see cref="OpenRouterByokClient"/> returns it. The raw provider
/// key is never returned by the server: only <see cref="Label"/>, a masked snippet of it.
/// </summary>
public sealed class ByokKey
{
    // A JSON null where a value is promised reads as the empty value, never as null.
    private string _id = string.Empty;
    private string _label = string.Empty;

    /// <summary>The credential's id (a UUID), used by get, update and delete. (<c>id</c>)</summary>
    [JsonPropertyName("id")]
    public string Id { get => _id; set => _id = value ?? string.Empty; }

    /// <summary>The upstream provider the credential authenticates against. (<c>provider</c>)</summary>
    [JsonPropertyName("provider")]
    public ByokProviderSlug Provider { get; set; }

    /// <summary>
    /// The workspace the credential is scoped to, or null when it is global (usable in every workspace of the
    /// account); null does not mean the default workspace. (<c>workspace_id</c>)
    /// </summary>
    [JsonPropertyName("workspace_id")]
    public string? WorkspaceId { get; set; }

    /// <summary>A masked snippet of the raw key (such as <c>sk-...AbCd</c>), to recognise it; never the key. (<c>label</c>)</summary>
    [JsonPropertyName("label")]
    public string Label { get => _label; set => _label = value ?? string.Empty; }

    /// <summary>The credential's human-readable name, if any. (<c>name</c>)</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>Whether the credential is disabled. (<c>disabled</c>)</summary>
    [JsonPropertyName("disabled")]
    public bool Disabled { get; set; }

    /// <summary>Whether it is a fallback, used only after the provider's non-fallback credentials were tried. (<c>is_fallback</c>)</summary>
    [JsonPropertyName("is_fallback")]
    public bool IsFallback { get; set; }

    /// <summary>
    /// Whether OpenRouter's shared endpoints on this provider are removed for every model: the provider is skipped rather
    /// than spend OpenRouter credits once your keys fail. Not allowed on a fallback credential. (<c>is_byok_only</c>)
    /// </summary>
    [JsonPropertyName("is_byok_only")]
    public bool IsByokOnly { get; set; }

    /// <summary>
    /// Whether OpenRouter's shared endpoints on this provider are removed for the models this credential applies to (its
    /// allowed models, or every model): those run only on your keys. (<c>is_required</c>)
    /// </summary>
    [JsonPropertyName("is_required")]
    public bool IsRequired { get; set; }

    /// <summary>
    /// Your declaration of whether the provider account behind the credential has zero data retention: null follows
    /// OpenRouter's policy for the provider's endpoint, true lets requests that require ZDR route to it, false keeps them
    /// away. Self-declared, not verified by OpenRouter. (<c>declared_zdr</c>)
    /// </summary>
    [JsonPropertyName("declared_zdr")]
    public bool? DeclaredZdr { get; set; }

    /// <summary>The only models the credential may be used for; null means no restriction. (<c>allowed_models</c>)</summary>
    [JsonPropertyName("allowed_models")]
    public IReadOnlyList<string>? AllowedModels { get; set; }

    /// <summary>The hashes of the only OpenRouter API keys that may use the credential; null means no restriction. (<c>allowed_api_key_hashes</c>)</summary>
    [JsonPropertyName("allowed_api_key_hashes")]
    public IReadOnlyList<string>? AllowedApiKeyHashes { get; set; }

    /// <summary>The ids of the only users who may use the credential; null means no restriction. (<c>allowed_user_ids</c>)</summary>
    [JsonPropertyName("allowed_user_ids")]
    public IReadOnlyList<string>? AllowedUserIds { get; set; }

    /// <summary>The position among the provider's credentials, which are tried in ascending order. (<c>sort_order</c>)</summary>
    [JsonPropertyName("sort_order")]
    public int SortOrder { get; set; }

    /// <summary>When the credential was created. (<c>created_at</c>)</summary>
    [JsonPropertyName("created_at")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>Members the server sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
