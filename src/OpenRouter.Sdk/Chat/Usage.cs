using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>Token counts and cost of a generation (<c>usage</c>). Token counts use the model's own tokenizer.</summary>
public sealed class Usage
{
    /// <summary>Prompt tokens.</summary>
    [JsonPropertyName("prompt_tokens")]
    public int PromptTokens { get; set; }

    /// <summary>Completion tokens, reasoning included.</summary>
    [JsonPropertyName("completion_tokens")]
    public int CompletionTokens { get; set; }

    /// <summary>Prompt plus completion tokens.</summary>
    [JsonPropertyName("total_tokens")]
    public int TotalTokens { get; set; }

    /// <summary>What OpenRouter charged, in USD (0 for free models); exact as sent.</summary>
    [JsonPropertyName("cost")]
    public decimal? Cost { get; set; }

    /// <summary>Whether your own provider key (BYOK) served the request.</summary>
    [JsonPropertyName("is_byok")]
    public bool? IsByok { get; set; }

    /// <summary>Prompt token breakdown.</summary>
    [JsonPropertyName("prompt_tokens_details")]
    public PromptTokensDetails? PromptTokensDetails { get; set; }

    /// <summary>Completion token breakdown.</summary>
    [JsonPropertyName("completion_tokens_details")]
    public CompletionTokensDetails? CompletionTokensDetails { get; set; }

    /// <summary>Upstream cost breakdown.</summary>
    [JsonPropertyName("cost_details")]
    public CostDetails? CostDetails { get; set; }

    /// <summary>Server tool usage (web searches, tool calls).</summary>
    [JsonPropertyName("server_tool_use_details")]
    public ServerToolUseDetails? ServerToolUseDetails { get; set; }

    /// <summary>Members the server sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
