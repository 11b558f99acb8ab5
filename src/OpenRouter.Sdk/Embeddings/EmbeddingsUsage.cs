using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>Tokens and cost of an embeddings request (<c>usage</c>).</summary>
public sealed class EmbeddingsUsage
{
    /// <summary>Input tokens.</summary>
    [JsonPropertyName("prompt_tokens")]
    public int PromptTokens { get; set; }

    /// <summary>Total tokens (the same as <see cref="PromptTokens"/> for embeddings).</summary>
    [JsonPropertyName("total_tokens")]
    public int TotalTokens { get; set; }

    /// <summary>What OpenRouter charged, in USD; exact as sent (numbers such as <c>6e-7</c>).</summary>
    [JsonPropertyName("cost")]
    public decimal? Cost { get; set; }

    /// <summary>Whether your own provider key (BYOK) served the request.</summary>
    [JsonPropertyName("is_byok")]
    public bool? IsByok { get; set; }

    /// <summary>Upstream cost breakdown.</summary>
    [JsonPropertyName("cost_details")]
    public CostDetails? CostDetails { get; set; }

    /// <summary>Input tokens by modality (multimodal input only).</summary>
    [JsonPropertyName("prompt_tokens_details")]
    public EmbeddingsPromptTokensDetails? PromptTokensDetails { get; set; }

    /// <summary>Members the server sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
