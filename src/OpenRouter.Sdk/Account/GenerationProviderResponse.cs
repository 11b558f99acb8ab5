using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>One provider attempt of a generation (<c>provider_responses[]</c>).</summary>
public sealed class GenerationProviderResponse
{
    /// <summary>The endpoint tried.</summary>
    [JsonPropertyName("endpoint_id")]
    public string? EndpointId { get; set; }

    /// <summary>The provider's id of the attempt.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>Whether your own provider key was used.</summary>
    [JsonPropertyName("is_byok")]
    public bool? IsByok { get; set; }

    /// <summary>The attempt's latency in milliseconds.</summary>
    [JsonPropertyName("latency")]
    public double? Latency { get; set; }

    /// <summary>The permanent slug of the model tried.</summary>
    [JsonPropertyName("model_permaslug")]
    public string? ModelPermaslug { get; set; }

    /// <summary>The provider tried.</summary>
    [JsonPropertyName("provider_name")]
    public string? ProviderName { get; set; }

    /// <summary>The HTTP status the provider answered with.</summary>
    [JsonPropertyName("status")]
    public int? Status { get; set; }

    /// <summary>The service tier the provider routed to.</summary>
    [JsonPropertyName("routed_service_tier")]
    public string? RoutedServiceTier { get; set; }

    /// <summary>Members the server sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
