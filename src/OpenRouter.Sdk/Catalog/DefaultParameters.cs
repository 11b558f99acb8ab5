using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>The sampling values a model uses when a request does not set them (<c>default_parameters</c>); null means no default is published.</summary>
public sealed class DefaultParameters
{
    /// <summary>Default <c>temperature</c>.</summary>
    [JsonPropertyName("temperature")]
    public double? Temperature { get; set; }

    /// <summary>Default <c>top_p</c>.</summary>
    [JsonPropertyName("top_p")]
    public double? TopP { get; set; }

    /// <summary>Default <c>top_k</c>.</summary>
    [JsonPropertyName("top_k")]
    public double? TopK { get; set; }

    /// <summary>Default <c>frequency_penalty</c>.</summary>
    [JsonPropertyName("frequency_penalty")]
    public double? FrequencyPenalty { get; set; }

    /// <summary>Default <c>presence_penalty</c>.</summary>
    [JsonPropertyName("presence_penalty")]
    public double? PresencePenalty { get; set; }

    /// <summary>Default <c>repetition_penalty</c>.</summary>
    [JsonPropertyName("repetition_penalty")]
    public double? RepetitionPenalty { get; set; }

    /// <summary>Members the server sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
