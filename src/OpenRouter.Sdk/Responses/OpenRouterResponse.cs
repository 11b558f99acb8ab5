using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// A response of OpenRouter's Responses API (<c>"object": "response"</c>): its output items (messages, reasoning,
/// function calls, ...), its status and its usage and cost. <see cref="OutputText"/> and <see cref="ReasoningText"/>
/// gather the text of its items.
/// </summary>
public sealed class OpenRouterResponse
{
    /// <summary>The generation id (<c>gen-…</c>), the same as in <c>GET /generation</c>.</summary>
    [JsonPropertyName("id")]
    public string Id { get; set; } = string.Empty;

    /// <summary>Always <c>response</c>.</summary>
    [JsonPropertyName("object")]
    public string? Object { get; set; }

    /// <summary>When the response was created, in Unix seconds.</summary>
    [JsonPropertyName("created_at")]
    public long CreatedAt { get; set; }

    /// <summary>When the response was completed, in Unix seconds, once it was.</summary>
    [JsonPropertyName("completed_at")]
    public long? CompletedAt { get; set; }

    /// <summary>The model that answered (may differ from the one asked for: aliases, fallbacks).</summary>
    [JsonPropertyName("model")]
    public string? Model { get; set; }

    /// <summary>The state: <c>completed</c>, <c>incomplete</c>, <c>failed</c>, <c>in_progress</c>, ...</summary>
    [JsonPropertyName("status")]
    public ResponseStatus? Status { get; set; }

    /// <summary>The output items, in order: reasoning, messages, function calls, server tool calls, ...</summary>
    [JsonPropertyName("output")]
    public IList<ResponseItem> Output { get; set; } = new List<ResponseItem>();

    /// <summary>
    /// The <c>output_text</c> member as the server sent it; it is often empty even when a message has text (use
    /// <see cref="OutputText"/>).
    /// </summary>
    [JsonPropertyName("output_text")]
    public string? ServerOutputText { get; set; }

    /// <summary>The error, when <see cref="Status"/> is <c>failed</c>.</summary>
    [JsonPropertyName("error")]
    public ResponseError? Error { get; set; }

    /// <summary>Why the response is incomplete, when <see cref="Status"/> is <c>incomplete</c>.</summary>
    [JsonPropertyName("incomplete_details")]
    public ResponseIncompleteDetails? IncompleteDetails { get; set; }

    /// <summary>The token counts and cost.</summary>
    [JsonPropertyName("usage")]
    public ResponseUsage? Usage { get; set; }

    /// <summary>The instructions, as the request gave them.</summary>
    [JsonPropertyName("instructions")]
    public string? Instructions { get; set; }

    /// <summary>The tools, as the request gave them.</summary>
    [JsonPropertyName("tools")]
    public IList<ResponseTool>? Tools { get; set; }

    /// <summary>The tool choice in effect.</summary>
    [JsonPropertyName("tool_choice")]
    public ResponseToolChoice? ToolChoice { get; set; }

    /// <summary>Whether parallel tool calls were allowed.</summary>
    [JsonPropertyName("parallel_tool_calls")]
    public bool? ParallelToolCalls { get; set; }

    /// <summary>The output token limit in effect.</summary>
    [JsonPropertyName("max_output_tokens")]
    public int? MaxOutputTokens { get; set; }

    /// <summary>The temperature in effect.</summary>
    [JsonPropertyName("temperature")]
    public double? Temperature { get; set; }

    /// <summary>The nucleus sampling in effect.</summary>
    [JsonPropertyName("top_p")]
    public double? TopP { get; set; }

    /// <summary>The presence penalty in effect.</summary>
    [JsonPropertyName("presence_penalty")]
    public double? PresencePenalty { get; set; }

    /// <summary>The frequency penalty in effect.</summary>
    [JsonPropertyName("frequency_penalty")]
    public double? FrequencyPenalty { get; set; }

    /// <summary>The reasoning settings in effect.</summary>
    [JsonPropertyName("reasoning")]
    public ReasoningConfig? Reasoning { get; set; }

    /// <summary>The text format in effect.</summary>
    [JsonPropertyName("text")]
    public ResponseTextOptions? Text { get; set; }

    /// <summary>The service tier that served the request.</summary>
    [JsonPropertyName("service_tier")]
    public ServiceTier? ServiceTier { get; set; }

    /// <summary>The request's metadata.</summary>
    [JsonPropertyName("metadata")]
    public IDictionary<string, string>? Metadata { get; set; }

    /// <summary>
    /// How OpenRouter routed the call (<c>openrouter_metadata</c>); sent only when the request asked for it with
    /// <see cref="OpenRouterRequestOptions.Metadata"/> = <see cref="OpenRouterMetadataLevel.Enabled"/>.
    /// </summary>
    [JsonPropertyName("openrouter_metadata")]
    public OpenRouterMetadata? OpenRouterMetadata { get; set; }

    /// <summary>
    /// What OpenRouter's response cache did with the call (from the <c>X-OpenRouter-Cache-*</c> response headers),
    /// or null when the cache took no part. Set by the client; not part of the JSON.
    /// </summary>
    [JsonIgnore]
    public ResponseCacheInfo? ResponseCache { get; set; }

    /// <summary>Members not modelled above (<c>truncation</c>, ...), as received.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>The text of every <c>output_text</c> part of the output's messages, joined in order (empty when there is none).</summary>
    [JsonIgnore]
    public string OutputText => JoinParts(ResponseItemType.Message, ResponseContentPartType.OutputText);

    /// <summary>The text of every <c>reasoning_text</c> part of the output's reasoning items, joined in order (empty when there is none).</summary>
    [JsonIgnore]
    public string ReasoningText => JoinParts(ResponseItemType.Reasoning, ResponseContentPartType.ReasoningText);

    private string JoinParts(ResponseItemType itemType, ResponseContentPartType partType)
    {
        var builder = new StringBuilder();
        foreach (ResponseItem item in Output)
        {
            if (item.Type != itemType)
            {
                continue;
            }

            if (item.Content?.Parts is { } parts)
            {
                foreach (ResponseContentPart part in parts)
                {
                    if (part.Type == partType)
                    {
                        builder.Append(part.Text);
                    }
                }
            }
            else if (item.Content?.Text is { } text && partType == ResponseContentPartType.OutputText)
            {
                builder.Append(text);
            }
        }

        return builder.ToString();
    }
}

/// <summary>The error of a failed response (<c>error</c>).</summary>
public sealed class ResponseError
{
    /// <summary>The error code, such as <c>server_error</c> or <c>rate_limit_exceeded</c>.</summary>
    [JsonPropertyName("code")]
    [JsonConverter(typeof(Serialization.StringOrNumberConverter))]
    public string? Code { get; set; }

    /// <summary>What went wrong.</summary>
    [JsonPropertyName("message")]
    public string? Message { get; set; }

    /// <summary>Members not modelled above, as received.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>Why a response is incomplete (<c>incomplete_details</c>).</summary>
public sealed class ResponseIncompleteDetails
{
    /// <summary>The reason, such as <c>max_output_tokens</c> or <c>content_filter</c>.</summary>
    [JsonPropertyName("reason")]
    public string? Reason { get; set; }

    /// <summary>Members not modelled above, as received.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>The token counts and cost of a response (<c>usage</c>).</summary>
public sealed class ResponseUsage
{
    /// <summary>Tokens read.</summary>
    [JsonPropertyName("input_tokens")]
    public int InputTokens { get; set; }

    /// <summary>Tokens written, reasoning included.</summary>
    [JsonPropertyName("output_tokens")]
    public int OutputTokens { get; set; }

    /// <summary>Input and output tokens together.</summary>
    [JsonPropertyName("total_tokens")]
    public int TotalTokens { get; set; }

    /// <summary>Cached input tokens.</summary>
    [JsonPropertyName("input_tokens_details")]
    public ResponseInputTokensDetails? InputTokensDetails { get; set; }

    /// <summary>Reasoning tokens.</summary>
    [JsonPropertyName("output_tokens_details")]
    public ResponseOutputTokensDetails? OutputTokensDetails { get; set; }

    /// <summary>What the request cost, in US dollars (credits).</summary>
    [JsonPropertyName("cost")]
    public decimal? Cost { get; set; }

    /// <summary>Whether the request used your own provider key.</summary>
    [JsonPropertyName("is_byok")]
    public bool? IsByok { get; set; }

    /// <summary>The upstream provider's costs.</summary>
    [JsonPropertyName("cost_details")]
    public ResponseCostDetails? CostDetails { get; set; }

    /// <summary>Members not modelled above, as received.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>Details of the input tokens (<c>input_tokens_details</c>).</summary>
public sealed class ResponseInputTokensDetails
{
    /// <summary>Input tokens read from the prompt cache.</summary>
    [JsonPropertyName("cached_tokens")]
    public int? CachedTokens { get; set; }

    /// <summary>Input tokens written to the prompt cache.</summary>
    [JsonPropertyName("cache_write_tokens")]
    public int? CacheWriteTokens { get; set; }

    /// <summary>Members not modelled above, as received.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>Details of the output tokens (<c>output_tokens_details</c>).</summary>
public sealed class ResponseOutputTokensDetails
{
    /// <summary>Output tokens spent reasoning.</summary>
    [JsonPropertyName("reasoning_tokens")]
    public int? ReasoningTokens { get; set; }

    /// <summary>Members not modelled above, as received.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>The upstream provider's costs (<c>cost_details</c>), in US dollars.</summary>
public sealed class ResponseCostDetails
{
    /// <summary>The upstream cost of the request (for BYOK requests, what your provider charged).</summary>
    [JsonPropertyName("upstream_inference_cost")]
    public decimal? UpstreamInferenceCost { get; set; }

    /// <summary>The upstream cost of the input.</summary>
    [JsonPropertyName("upstream_inference_input_cost")]
    public decimal? UpstreamInferenceInputCost { get; set; }

    /// <summary>The upstream cost of the output.</summary>
    [JsonPropertyName("upstream_inference_output_cost")]
    public decimal? UpstreamInferenceOutputCost { get; set; }

    /// <summary>Members not modelled above, as received.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
