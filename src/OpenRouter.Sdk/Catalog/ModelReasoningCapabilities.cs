using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>How a model reasons and which reasoning settings it accepts (<c>reasoning</c> of a model).</summary>
public sealed class ModelReasoningCapabilities
{
    /// <summary>The effort levels the model accepts, when it takes an effort.</summary>
    [JsonPropertyName("supported_efforts")]
    public IList<ReasoningEffortLevel>? SupportedEfforts { get; set; }

    /// <summary>The effort used when a request does not set one.</summary>
    [JsonPropertyName("default_effort")]
    public ReasoningEffortLevel? DefaultEffort { get; set; }

    /// <summary>Whether reasoning is on unless a request turns it off.</summary>
    [JsonPropertyName("default_enabled")]
    public bool? DefaultEnabled { get; set; }

    /// <summary>Whether a reasoning token budget (<c>reasoning.max_tokens</c>) is accepted.</summary>
    [JsonPropertyName("supports_max_tokens")]
    public bool? SupportsMaxTokens { get; set; }

    /// <summary>Whether reasoning cannot be turned off.</summary>
    [JsonPropertyName("mandatory")]
    public bool Mandatory { get; set; }

    /// <summary>Members the server sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
