using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// A request to OpenRouter's Responses API (<c>POST /responses</c>), sent with
/// <see cref="OpenRouterResponsesClient.CreateAsync"/> or <see cref="OpenRouterResponsesClient.StreamAsync"/> (which
/// set <c>stream</c> themselves).
/// </summary>
/// <remarks>
/// OpenRouter's Responses API is <b>stateless</b>: it stores no response, so there is no <c>previous_response_id</c>
/// and no <c>store: true</c> here (the server rejects both with a 400). A conversation goes on by sending its whole
/// history in <see cref="Input"/>: the previous input items, the response's <see cref="OpenRouterResponse.Output"/>
/// items, then the new ones. The client refuses either member in <see cref="AdditionalProperties"/> too.
/// </remarks>
public sealed class ResponseRequest
{
    /// <summary>The model, such as <c>openai/gpt-5-nano</c>.</summary>
    [JsonPropertyName("model")]
    public string? Model { get; set; }

    /// <summary>Fallback models, tried in order when the first is unavailable.</summary>
    [JsonPropertyName("models")]
    public IList<string>? Models { get; set; }

    /// <summary>What the model answers: a string (one user message) or items (a whole conversation).</summary>
    [JsonPropertyName("input")]
    public ResponseInput? Input { get; set; }

    /// <summary>Instructions placed before the input (a system message).</summary>
    [JsonPropertyName("instructions")]
    public string? Instructions { get; set; }

    /// <summary>The tools the model may use: function tools and OpenRouter server tools.</summary>
    [JsonPropertyName("tools")]
    public IList<ResponseTool>? Tools { get; set; }

    /// <summary>Which tool the model must use.</summary>
    [JsonPropertyName("tool_choice")]
    public ResponseToolChoice? ToolChoice { get; set; }

    /// <summary>Whether the model may call several tools at once.</summary>
    [JsonPropertyName("parallel_tool_calls")]
    public bool? ParallelToolCalls { get; set; }

    /// <summary>The most server-tool steps the model may take (at most 30).</summary>
    [JsonPropertyName("max_tool_calls")]
    public int? MaxToolCalls { get; set; }

    /// <summary>Reasoning: effort, summary, token budget.</summary>
    [JsonPropertyName("reasoning")]
    public ReasoningConfig? Reasoning { get; set; }

    /// <summary>The text format (such as a JSON schema) and verbosity.</summary>
    [JsonPropertyName("text")]
    public ResponseTextOptions? Text { get; set; }

    /// <summary>Extra output to include, such as <c>reasoning.encrypted_content</c>.</summary>
    [JsonPropertyName("include")]
    public IList<string>? Include { get; set; }

    /// <summary>The most tokens the model may write, reasoning included.</summary>
    [JsonPropertyName("max_output_tokens")]
    public int? MaxOutputTokens { get; set; }

    /// <summary>Sampling temperature.</summary>
    [JsonPropertyName("temperature")]
    public double? Temperature { get; set; }

    /// <summary>Nucleus sampling.</summary>
    [JsonPropertyName("top_p")]
    public double? TopP { get; set; }

    /// <summary>Top-k sampling.</summary>
    [JsonPropertyName("top_k")]
    public int? TopK { get; set; }

    /// <summary>How many most likely tokens to report at each position.</summary>
    [JsonPropertyName("top_logprobs")]
    public int? TopLogprobs { get; set; }

    /// <summary>Frequency penalty.</summary>
    [JsonPropertyName("frequency_penalty")]
    public double? FrequencyPenalty { get; set; }

    /// <summary>Presence penalty.</summary>
    [JsonPropertyName("presence_penalty")]
    public double? PresencePenalty { get; set; }

    /// <summary>Provider routing (order, fallbacks, data policy, price limits...), as for chat.</summary>
    [JsonPropertyName("provider")]
    public ProviderPreferences? Provider { get; set; }

    /// <summary>Plugins (web search, file parser, response healing, ...), as for chat.</summary>
    [JsonPropertyName("plugins")]
    public IList<Plugin>? Plugins { get; set; }

    /// <summary>An id for the end user (abuse reports).</summary>
    [JsonPropertyName("user")]
    public string? User { get; set; }

    /// <summary>A stable per-end-user id for abuse isolation.</summary>
    [JsonPropertyName("safety_identifier")]
    public string? SafetyIdentifier { get; set; }

    /// <summary>Groups related requests (sticky routing for prompt caching, observability).</summary>
    [JsonPropertyName("session_id")]
    public string? SessionId { get; set; }

    /// <summary>Your own key-value pairs, attached to the request.</summary>
    [JsonPropertyName("metadata")]
    public IDictionary<string, string>? Metadata { get; set; }

    /// <summary>A key for prompt caching.</summary>
    [JsonPropertyName("prompt_cache_key")]
    public string? PromptCacheKey { get; set; }

    /// <summary>Prompt caching options (mode, time to live).</summary>
    [JsonPropertyName("prompt_cache_options")]
    public PromptCacheOptions? PromptCacheOptions { get; set; }

    /// <summary>The provider's service tier.</summary>
    [JsonPropertyName("service_tier")]
    public ServiceTier? ServiceTier { get; set; }

    /// <summary>How an input longer than the context is handled: <c>auto</c> or <c>disabled</c>.</summary>
    [JsonPropertyName("truncation")]
    public string? Truncation { get; set; }

    /// <summary>Set by the client: true for <see cref="OpenRouterResponsesClient.StreamAsync"/>, left out otherwise.</summary>
    [JsonPropertyName("stream")]
    [JsonInclude]
    internal bool? Stream { get; set; }

    /// <summary>
    /// Headers for this call only (routing metadata, session id, response caching, Anthropic betas, others); never
    /// part of the JSON body. Null sends none.
    /// </summary>
    [JsonIgnore]
    public OpenRouterRequestOptions? RequestOptions { get; set; }

    /// <summary>
    /// Members not modelled above (<c>prompt</c>, <c>trace</c>, <c>modalities</c>, ...), sent as they are. Not
    /// <c>previous_response_id</c> or <c>store: true</c>: the API is stateless and the client refuses them.
    /// </summary>
    [JsonIgnore]
    public JsonObject? AdditionalProperties { get; set; }

    [JsonExtensionData]
    [JsonInclude]
    internal IDictionary<string, JsonElement>? ExtensionData
    {
        get => Serialization.JsonObjectExtensionData.Wrap(AdditionalProperties);
        set => AdditionalProperties = Serialization.JsonObjectExtensionData.Unwrap(value);
    }

    /// <summary>A shallow copy that sends <c>stream</c> as given (true) or leaves it out (null), so the caller's request is not changed.</summary>
    internal ResponseRequest WithStream(bool? stream)
    {
        var copy = (ResponseRequest)MemberwiseClone();
        copy.Stream = stream;
        return copy;
    }
}
