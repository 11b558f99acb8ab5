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

/// <summary>Prompt token breakdown (<c>prompt_tokens_details</c>).</summary>
public sealed class PromptTokensDetails
{
    /// <summary>Tokens read from the prompt cache.</summary>
    [JsonPropertyName("cached_tokens")]
    public int? CachedTokens { get; set; }

    /// <summary>Tokens written to the prompt cache.</summary>
    [JsonPropertyName("cache_write_tokens")]
    public int? CacheWriteTokens { get; set; }

    /// <summary>Audio input tokens.</summary>
    [JsonPropertyName("audio_tokens")]
    public int? AudioTokens { get; set; }

    /// <summary>Video input tokens.</summary>
    [JsonPropertyName("video_tokens")]
    public int? VideoTokens { get; set; }

    /// <summary>Members the server sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>Completion token breakdown (<c>completion_tokens_details</c>).</summary>
public sealed class CompletionTokensDetails
{
    /// <summary>Reasoning tokens.</summary>
    [JsonPropertyName("reasoning_tokens")]
    public int? ReasoningTokens { get; set; }

    /// <summary>Image output tokens.</summary>
    [JsonPropertyName("image_tokens")]
    public int? ImageTokens { get; set; }

    /// <summary>Audio output tokens.</summary>
    [JsonPropertyName("audio_tokens")]
    public int? AudioTokens { get; set; }

    /// <summary>Predicted tokens that were used.</summary>
    [JsonPropertyName("accepted_prediction_tokens")]
    public int? AcceptedPredictionTokens { get; set; }

    /// <summary>Predicted tokens that were discarded.</summary>
    [JsonPropertyName("rejected_prediction_tokens")]
    public int? RejectedPredictionTokens { get; set; }

    /// <summary>Members the server sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>Upstream cost breakdown (<c>cost_details</c>), in USD.</summary>
public sealed class CostDetails
{
    /// <summary>What the upstream provider charged (populated for BYOK, and for all requests since 2026).</summary>
    [JsonPropertyName("upstream_inference_cost")]
    public decimal? UpstreamInferenceCost { get; set; }

    /// <summary>The prompt part of the upstream cost.</summary>
    [JsonPropertyName("upstream_inference_prompt_cost")]
    public decimal? UpstreamInferencePromptCost { get; set; }

    /// <summary>The completion part of the upstream cost.</summary>
    [JsonPropertyName("upstream_inference_completions_cost")]
    public decimal? UpstreamInferenceCompletionsCost { get; set; }

    /// <summary>Members the server sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>Server tool usage (<c>server_tool_use_details</c>).</summary>
public sealed class ServerToolUseDetails
{
    /// <summary>Web searches performed.</summary>
    [JsonPropertyName("web_search_requests")]
    public int? WebSearchRequests { get; set; }

    /// <summary>Server tool calls the model requested.</summary>
    [JsonPropertyName("tool_calls_requested")]
    public int? ToolCallsRequested { get; set; }

    /// <summary>Server tool calls executed.</summary>
    [JsonPropertyName("tool_calls_executed")]
    public int? ToolCallsExecuted { get; set; }

    /// <summary>Members the server sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
