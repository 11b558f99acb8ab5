using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>Token limits that apply to each request of a model (<c>per_request_limits</c>).</summary>
public sealed class PerRequestLimits
{
    /// <summary>The most prompt tokens per request.</summary>
    [JsonPropertyName("prompt_tokens")]
    public double? PromptTokens { get; set; }

    /// <summary>The most completion tokens per request.</summary>
    [JsonPropertyName("completion_tokens")]
    public double? CompletionTokens { get; set; }

    /// <summary>Members the server sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
