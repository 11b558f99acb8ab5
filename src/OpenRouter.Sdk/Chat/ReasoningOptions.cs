using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>Reasoning settings (<c>reasoning</c>). Set either <see cref="Effort"/> or <see cref="MaxTokens"/>.</summary>
public sealed class ReasoningOptions
{
    /// <summary>How hard the model thinks (OpenAI/xAI style).</summary>
    [JsonPropertyName("effort")]
    public ReasoningEffort? Effort { get; set; }

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

    // Written through a dictionary view: System.Text.Json writes a JsonObject extension property as invalid JSON.
    [JsonExtensionData]
    [JsonInclude]
    internal IDictionary<string, JsonElement>? ExtensionData
    {
        get => JsonObjectElementDictionary.Wrap(AdditionalProperties);
        set => AdditionalProperties = JsonObjectElementDictionary.Unwrap(value);
    }
}
