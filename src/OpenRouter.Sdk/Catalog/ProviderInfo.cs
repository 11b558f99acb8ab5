using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>An inference provider on OpenRouter (<c>GET /providers</c>).</summary>
public sealed class ProviderInfo
{
    // A JSON null where a value is promised reads as the empty value, never as null.
    private string _name = string.Empty;
    private string _slug = string.Empty;

    /// <summary>The display name, for example <c>Google AI Studio</c>.</summary>
    [JsonPropertyName("name")]
    public string Name { get => _name; set => _name = value ?? string.Empty; }

    /// <summary>The slug, for example <c>google-ai-studio</c>; usable in <c>provider.order</c>, <c>only</c> and <c>ignore</c>.</summary>
    [JsonPropertyName("slug")]
    public string Slug { get => _slug; set => _slug = value ?? string.Empty; }

    /// <summary>The provider's privacy policy.</summary>
    [JsonPropertyName("privacy_policy_url")]
    public string? PrivacyPolicyUrl { get; set; }

    /// <summary>The provider's terms of service.</summary>
    [JsonPropertyName("terms_of_service_url")]
    public string? TermsOfServiceUrl { get; set; }

    /// <summary>The provider's status page.</summary>
    [JsonPropertyName("status_page_url")]
    public string? StatusPageUrl { get; set; }

    /// <summary>The country of the headquarters (ISO 3166 alpha-2, for example <c>US</c>).</summary>
    [JsonPropertyName("headquarters")]
    public string? Headquarters { get; set; }

    /// <summary>The countries the provider runs datacenters in (ISO 3166 alpha-2).</summary>
    [JsonPropertyName("datacenters")]
    [JsonConverter(typeof(NonNullListConverter<string>))]
    public IList<string>? Datacenters { get; set; }

    /// <summary>Members the server sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Returns the name.</summary>
    public override string ToString() => Name;
}
