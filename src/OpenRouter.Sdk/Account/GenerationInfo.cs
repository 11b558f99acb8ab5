using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// Stats and cost of one generation (<c>GET /generation?id=</c>), looked up by the id of a completion
/// (<see cref="ChatCompletion.Id"/> or the <c>X-Generation-Id</c> header). Money is in USD.
/// </summary>
public sealed class GenerationInfo
{
    // A JSON null where a value is promised reads as the empty value, never as null.
    private string _id = string.Empty;

    /// <summary>The generation id (<c>gen-...</c>).</summary>
    [JsonPropertyName("id")]
    public string Id { get => _id; set => _id = value ?? string.Empty; }

    /// <summary>The provider's own id of the request.</summary>
    [JsonPropertyName("upstream_id")]
    public string? UpstreamId { get; set; }

    /// <summary>What OpenRouter charged for the generation, in USD.</summary>
    [JsonPropertyName("total_cost")]
    public decimal TotalCost { get; set; }

    /// <summary>The saving from prompt caching, in USD (may be negative when cache writes cost extra).</summary>
    [JsonPropertyName("cache_discount")]
    public decimal? CacheDiscount { get; set; }

    /// <summary>What the upstream provider charged, in USD; meaningful for BYOK requests.</summary>
    [JsonPropertyName("upstream_inference_cost")]
    public decimal? UpstreamInferenceCost { get; set; }

    /// <summary>When the generation was created; null when the server sent no usable time.</summary>
    [JsonPropertyName("created_at")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>The model that served the request.</summary>
    [JsonPropertyName("model")]
    public string? Model { get; set; }

    /// <summary>The OpenRouter app id of the caller, when attributed.</summary>
    [JsonPropertyName("app_id")]
    public long? AppId { get; set; }

    /// <summary>Whether the response was streamed.</summary>
    [JsonPropertyName("streamed")]
    public bool? Streamed { get; set; }

    /// <summary>Whether the request was cancelled before it finished.</summary>
    [JsonPropertyName("cancelled")]
    public bool? Cancelled { get; set; }

    /// <summary>The provider that served the request.</summary>
    [JsonPropertyName("provider_name")]
    public string? ProviderName { get; set; }

    /// <summary>Time to the first token, in milliseconds.</summary>
    [JsonPropertyName("latency")]
    public double? Latency { get; set; }

    /// <summary>Time spent in moderation, in milliseconds.</summary>
    [JsonPropertyName("moderation_latency")]
    public double? ModerationLatency { get; set; }

    /// <summary>Time the generation took, in milliseconds.</summary>
    [JsonPropertyName("generation_time")]
    public double? GenerationTime { get; set; }

    /// <summary>The normalized finish reason.</summary>
    [JsonPropertyName("finish_reason")]
    public FinishReason? FinishReason { get; set; }

    /// <summary>The provider's own finish reason, as sent.</summary>
    [JsonPropertyName("native_finish_reason")]
    public string? NativeFinishReason { get; set; }

    /// <summary>Prompt tokens counted with a normalized (GPT) tokenizer.</summary>
    [JsonPropertyName("tokens_prompt")]
    public int? TokensPrompt { get; set; }

    /// <summary>Completion tokens counted with a normalized (GPT) tokenizer.</summary>
    [JsonPropertyName("tokens_completion")]
    public int? TokensCompletion { get; set; }

    /// <summary>Prompt tokens by the model's own tokenizer (what is billed).</summary>
    [JsonPropertyName("native_tokens_prompt")]
    public int? NativeTokensPrompt { get; set; }

    /// <summary>Completion tokens by the model's own tokenizer (what is billed).</summary>
    [JsonPropertyName("native_tokens_completion")]
    public int? NativeTokensCompletion { get; set; }

    /// <summary>Image tokens in the completion.</summary>
    [JsonPropertyName("native_tokens_completion_images")]
    public int? NativeTokensCompletionImages { get; set; }

    /// <summary>Reasoning tokens.</summary>
    [JsonPropertyName("native_tokens_reasoning")]
    public int? NativeTokensReasoning { get; set; }

    /// <summary>Prompt tokens read from the cache.</summary>
    [JsonPropertyName("native_tokens_cached")]
    public int? NativeTokensCached { get; set; }

    /// <summary>Media items in the prompt.</summary>
    [JsonPropertyName("num_media_prompt")]
    public int? NumMediaPrompt { get; set; }

    /// <summary>Audio inputs in the prompt.</summary>
    [JsonPropertyName("num_input_audio_prompt")]
    public int? NumInputAudioPrompt { get; set; }

    /// <summary>Media items in the completion.</summary>
    [JsonPropertyName("num_media_completion")]
    public int? NumMediaCompletion { get; set; }

    /// <summary>Web search results used.</summary>
    [JsonPropertyName("num_search_results")]
    public int? NumSearchResults { get; set; }

    /// <summary>Web pages fetched.</summary>
    [JsonPropertyName("num_fetches")]
    public int? NumFetches { get; set; }

    /// <summary>The origin (site) the request came from.</summary>
    [JsonPropertyName("origin")]
    public string? Origin { get; set; }

    /// <summary>What the generation cost the account, in USD.</summary>
    [JsonPropertyName("usage")]
    public decimal? Usage { get; set; }

    /// <summary>Whether your own provider key (BYOK) served the request.</summary>
    [JsonPropertyName("is_byok")]
    public bool? IsByok { get; set; }

    /// <summary>The request's <c>user</c> value.</summary>
    [JsonPropertyName("external_user")]
    public string? ExternalUser { get; set; }

    /// <summary>The API the generation was made through.</summary>
    [JsonPropertyName("api_type")]
    public GenerationApiType? ApiType { get; set; }

    /// <summary>The router that picked the model (for example <c>openrouter/auto</c>), if any.</summary>
    [JsonPropertyName("router")]
    public string? Router { get; set; }

    /// <summary>The <c>HTTP-Referer</c> the request carried.</summary>
    [JsonPropertyName("http_referer")]
    public string? HttpReferer { get; set; }

    /// <summary>The <c>User-Agent</c> the request carried.</summary>
    [JsonPropertyName("user_agent")]
    public string? UserAgent { get; set; }

    /// <summary>The preset used, if any.</summary>
    [JsonPropertyName("preset_id")]
    public string? PresetId { get; set; }

    /// <summary>The request's <c>session_id</c>.</summary>
    [JsonPropertyName("session_id")]
    public string? SessionId { get; set; }

    /// <summary>OpenRouter's request id.</summary>
    [JsonPropertyName("request_id")]
    public string? RequestId { get; set; }

    /// <summary>The generation whose cached response was served, when response caching hit.</summary>
    [JsonPropertyName("response_cache_source_id")]
    public string? ResponseCacheSourceId { get; set; }

    /// <summary>The service tier that served the request.</summary>
    [JsonPropertyName("service_tier")]
    public ServiceTier? ServiceTier { get; set; }

    /// <summary>The web search engine used, if any.</summary>
    [JsonPropertyName("web_search_engine")]
    public string? WebSearchEngine { get; set; }

    /// <summary>Where the request was processed.</summary>
    [JsonPropertyName("data_region")]
    public DataRegion? DataRegion { get; set; }

    /// <summary>The workspace the key belongs to.</summary>
    [JsonPropertyName("workspace_id")]
    public string? WorkspaceId { get; set; }

    /// <summary>Every provider attempt, fallbacks included (for example a 429 from one provider, then a 200 from the next).</summary>
    [JsonPropertyName("provider_responses")]
    public IList<GenerationProviderResponse>? ProviderResponses { get; set; }

    /// <summary>Members the server sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
