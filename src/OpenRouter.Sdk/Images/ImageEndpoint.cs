using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>One provider's endpoint for an image model: its definitive parameters and its prices.</summary>
public sealed class ImageEndpoint
{
    private string _providerName = string.Empty;
    private string _providerSlug = string.Empty;
    private IReadOnlyDictionary<string, ImageParameterCapability> _supportedParameters = new Dictionary<string, ImageParameterCapability>();
    private IReadOnlyList<string> _passthrough = Array.Empty<string>();
    private IReadOnlyList<ImagePricing> _pricing = Array.Empty<ImagePricing>();

    /// <summary>The provider's display name, for example <c>Bytedance</c>.</summary>
    [JsonPropertyName("provider_name")]
    public string ProviderName { get => _providerName; set => _providerName = value ?? string.Empty; }

    /// <summary>The provider's slug, for example <c>bytedance</c>.</summary>
    [JsonPropertyName("provider_slug")]
    public string ProviderSlug { get => _providerSlug; set => _providerSlug = value ?? string.Empty; }

    /// <summary>The tag that selects this endpoint in <see cref="ProviderPreferences.Order"/> or <see cref="ProviderPreferences.Only"/>, if any.</summary>
    [JsonPropertyName("provider_tag")]
    public string? ProviderTag { get; set; }

    /// <summary>The parameters this endpoint accepts, by name; never null.</summary>
    [JsonPropertyName("supported_parameters")]
    public IReadOnlyDictionary<string, ImageParameterCapability> SupportedParameters
    {
        get => _supportedParameters;
        set => _supportedParameters = value ?? new Dictionary<string, ImageParameterCapability>();
    }

    /// <summary>The provider-specific options accepted under <see cref="ProviderPreferences.Options"/> for this provider; never null.</summary>
    [JsonPropertyName("allowed_passthrough_parameters")]
    public IReadOnlyList<string> AllowedPassthroughParameters { get => _passthrough; set => _passthrough = value ?? Array.Empty<string>(); }

    /// <summary>Whether this endpoint streams partial images.</summary>
    [JsonPropertyName("supports_streaming")]
    public bool SupportsStreaming { get; set; }

    /// <summary>The billable lines of this endpoint; never null.</summary>
    [JsonPropertyName("pricing")]
    public IReadOnlyList<ImagePricing> Pricing { get => _pricing; set => _pricing = value ?? Array.Empty<ImagePricing>(); }

    /// <summary>Members the server sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
