using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>The limits of the provider OpenRouter prefers for a model (<c>top_provider</c>).</summary>
public sealed class TopProvider
{
    /// <summary>The provider's context length in tokens.</summary>
    [JsonPropertyName("context_length")]
    public int? ContextLength { get; set; }

    /// <summary>The most completion tokens the provider returns.</summary>
    [JsonPropertyName("max_completion_tokens")]
    public int? MaxCompletionTokens { get; set; }

    /// <summary>Whether OpenRouter moderates inputs before this provider sees them.</summary>
    [JsonPropertyName("is_moderated")]
    public bool IsModerated { get; set; }

    /// <summary>Members the server sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
