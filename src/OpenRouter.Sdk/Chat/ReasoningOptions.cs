using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

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
    [JsonExtensionData]
    public JsonObject? AdditionalProperties { get; set; }
}
