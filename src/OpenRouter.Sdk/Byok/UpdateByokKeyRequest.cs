using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// Changes to a BYOK provider credential (the body of <c>PATCH /byok/{id}</c>). Only what is set is sent; everything
/// else keeps its value. A restriction list that is set replaces the whole list; to lift a restriction, which the API
/// does with an explicit JSON <c>null</c>, set <see cref="AllowAllModels"/>, <see cref="AllowAllUsers"/> or
/// <see cref="AllowAllApiKeys"/>. <see cref="Key"/> rotates the raw provider key; it is a secret and
/// <see cref="ToString"/> leaves it out.
/// </summary>
[JsonConverter(typeof(UpdateByokKeyRequestConverter))]
[DebuggerDisplay("{ToString(),nq}")]
public sealed class UpdateByokKeyRequest
{
    /// <summary>A new name; at most 255 characters. To remove the name set <see cref="RemoveName"/> instead. (<c>name</c>)</summary>
    public string? Name { get; set; }

    /// <summary>Removes the name: sends <c>"name": null</c>. Cannot be combined with <see cref="Name"/>.</summary>
    public bool RemoveName { get; set; }

    /// <summary>
    /// A new raw provider key, rotating the credential in place (the previous key material is overwritten and the
    /// masked label regenerated). A secret; not blank. (<c>key</c>)
    /// </summary>
    [DebuggerBrowsable(DebuggerBrowsableState.Never)]
    public string? Key { get; set; }

    /// <summary>True disables the credential, false enables it again. (<c>disabled</c>)</summary>
    public bool? Disabled { get; set; }

    /// <summary>Whether it is a fallback, used only after the provider's non-fallback credentials were tried. (<c>is_fallback</c>)</summary>
    public bool? IsFallback { get; set; }

    /// <summary>
    /// Whether OpenRouter's shared endpoints on this provider are removed for every model: the provider is skipped rather
    /// than spend OpenRouter credits once your keys fail. Not allowed on a fallback credential. (<c>is_byok_only</c>)
    /// </summary>
    public bool? IsByokOnly { get; set; }

    /// <summary>
    /// Whether OpenRouter's shared endpoints on this provider are removed for the models this credential applies to (its
    /// allowed models, or every model): those run only on your keys. (<c>is_required</c>)
    /// </summary>
    public bool? IsRequired { get; set; }

    /// <summary>
    /// Your declaration of whether the provider account behind the credential has zero data retention: null follows
    /// OpenRouter's policy for the provider's endpoint, true lets requests that require ZDR route to it, false keeps them
    /// away. Self-declared, not verified by OpenRouter. To go back to OpenRouter's policy set
    /// <see cref="RemoveDeclaredZdr"/>. (<c>declared_zdr</c>)
    /// </summary>
    public bool? DeclaredZdr { get; set; }

    /// <summary>Withdraws the ZDR declaration: sends <c>"declared_zdr": null</c>. Cannot be combined with <see cref="DeclaredZdr"/>.</summary>
    public bool RemoveDeclaredZdr { get; set; }

    /// <summary>The only models (slugs) the credential may be used for, replacing the current list. (<c>allowed_models</c>)</summary>
    public IList<string>? AllowedModels { get; set; }

    /// <summary>Lifts the model restriction: sends <c>"allowed_models": null</c>. Cannot be combined with <see cref="AllowedModels"/>.</summary>
    public bool AllowAllModels { get; set; }

    /// <summary>The ids of the only users who may use the credential, replacing the current list. (<c>allowed_user_ids</c>)</summary>
    public IList<string>? AllowedUserIds { get; set; }

    /// <summary>Lifts the user restriction: sends <c>"allowed_user_ids": null</c>. Cannot be combined with <see cref="AllowedUserIds"/>.</summary>
    public bool AllowAllUsers { get; set; }

    /// <summary>
    /// The hashes of the only OpenRouter API keys that may use the credential, replacing the current list; at least
    /// one. (<c>allowed_api_key_hashes</c>)
    /// </summary>
    public IList<string>? AllowedApiKeyHashes { get; set; }

    /// <summary>Lifts the API key restriction: sends <c>"allowed_api_key_hashes": null</c>. Cannot be combined with <see cref="AllowedApiKeyHashes"/>.</summary>
    public bool AllowAllApiKeys { get; set; }

    /// <summary>The settings it changes, never the key.</summary>
    public override string ToString() =>
        $"UpdateByokKeyRequest {{ Name = {Name}, Disabled = {Disabled}, IsFallback = {IsFallback}, Key = {(Key is null ? "unchanged" : "[secret, not printed]")} }}";

    /// <summary>Refuses contradictory or blank settings before anything is sent.</summary>
    internal void Validate()
    {
        Argument.Requires(!(RemoveName && Name is not null), "UpdateByokKeyRequest sets both Name and RemoveName; set one of them.", "request");
        Argument.Requires(Key is null || Key.Trim().Length > 0, "UpdateByokKeyRequest.Key cannot be blank; leave it null to keep the current key.", "request");
        Argument.Requires(!(RemoveDeclaredZdr && DeclaredZdr is not null), "UpdateByokKeyRequest sets both DeclaredZdr and RemoveDeclaredZdr; set one of them.", "request");
        Argument.Requires(!(IsByokOnly == true && IsFallback == true), "UpdateByokKeyRequest sets both IsByokOnly and IsFallback; a fallback credential cannot be BYOK-only.", "request");
        Argument.Requires(!(AllowAllModels && AllowedModels is not null), "UpdateByokKeyRequest sets both AllowedModels and AllowAllModels; set one of them.", "request");
        Argument.Requires(!(AllowAllUsers && AllowedUserIds is not null), "UpdateByokKeyRequest sets both AllowedUserIds and AllowAllUsers; set one of them.", "request");
        Argument.Requires(!(AllowAllApiKeys && AllowedApiKeyHashes is not null), "UpdateByokKeyRequest sets both AllowedApiKeyHashes and AllowAllApiKeys; set one of them.", "request");
        Argument.Requires(AllowedApiKeyHashes is null || AllowedApiKeyHashes.Count > 0,
            "UpdateByokKeyRequest.AllowedApiKeyHashes needs at least one hash; set AllowAllApiKeys to lift the restriction.", "request");
        Argument.Requires(AllowedApiKeyHashes is null || AllowedApiKeyHashes.All(static h => !string.IsNullOrWhiteSpace(h)),
            "UpdateByokKeyRequest.AllowedApiKeyHashes holds a null or blank hash.", "request");
    }
}
