using System.Collections.Generic;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>Reasoning settings (<c>reasoning</c>). Set either <see cref="Effort"/> or <see cref="MaxTokens"/>.</summary>
public sealed class ReasoningConfig
{
    /// <summary>How hard the model thinks (OpenAI/xAI style).</summary>
    [JsonPropertyName("effort")]
    public ReasoningEffortLevel? Effort { get; set; }

    /// <summary>A thinking-token budget (Anthropic/Gemini/Qwen style).</summary>
    [JsonPropertyName("max_tokens")]
    public int? MaxTokens { get; set; }

    /// <summary>Reason, but leave the reasoning out of the response.</summary>
    [JsonPropertyName("exclude")]
    public bool? Exclude { get; set; }

    /// <summary>Turns reasoning on with the model's default effort.</summary>
    [JsonPropertyName("enabled")]
    public bool? Enabled { get; set; }

    /// <summary>How detailed a reasoning summary should be (OpenAI).</summary>
    [JsonPropertyName("summary")]
    public ReasoningSummary? Summary { get; set; }

    /// <summary>Reasoning context (newer OpenAI models).</summary>
    [JsonPropertyName("context")]
    public string? Context { get; set; }

    /// <summary>Reasoning mode, <c>standard</c> or <c>pro</c> (newer OpenAI models).</summary>
    [JsonPropertyName("mode")]
    public string? Mode { get; set; }

    /// <summary>Fields not modelled here, written as-is.</summary>
    [JsonIgnore]
    public JsonObject? AdditionalProperties { get; set; }

    /// <summary>How the serializer sees <see cref="AdditionalProperties"/> (see <see cref="Serialization.JsonObjectExtensionData"/>).</summary>
    [JsonExtensionData]
    [JsonInclude]
    internal IDictionary<string, System.Text.Json.JsonElement>? ExtensionData
    {
        get => Serialization.JsonObjectExtensionData.Wrap(AdditionalProperties);
        set => AdditionalProperties = Serialization.JsonObjectExtensionData.Unwrap(value);
    }
}
