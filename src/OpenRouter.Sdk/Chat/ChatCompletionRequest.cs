using OpenRouter.Sdk.Serialization;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// A chat completion request (<c>POST /chat/completions</c>). Properties mirror the wire fields; null means
/// "not sent". Build one by hand or with <c>ChatRequestBuilder</c>. The client never modifies it, so one
/// instance can be sent many times and from many threads.
/// </summary>
public sealed class ChatCompletionRequest
{
    /// <summary>The model id, <c>author/slug[:variant]</c>; null uses the account's default model.</summary>
    [JsonPropertyName("model")]
    public string? Model { get; set; }

    /// <summary>Fallback models, tried in order when the primary one fails or refuses.</summary>
    [JsonPropertyName("models")]
    public IList<string>? Models { get; set; }

    /// <summary>The conversation.</summary>
    [JsonPropertyName("messages")]
    public IList<Message> Messages { get; set; } = new List<Message>();

    /// <summary>A legacy prompt, sent instead of <see cref="Messages"/>.</summary>
    [JsonPropertyName("prompt")]
    public string? Prompt { get; set; }

    /// <summary>Set by the client: true when streaming. Values set here are ignored.</summary>
    [JsonPropertyName("stream")]
    public bool? Stream { get; set; }

    /// <summary>Deprecated and ignored by the server: usage is always streamed.</summary>
    [JsonPropertyName("stream_options")]
    public StreamOptions? StreamOptions { get; set; }

    /// <summary>Deprecated usage accounting switch (<c>{"include":true}</c>); cost is always returned now.</summary>
    [JsonPropertyName("usage")]
    public UsageOptions? Usage { get; set; }

    /// <summary>The most tokens to generate (deprecated in favour of <see cref="MaxCompletionTokens"/>).</summary>
    [JsonPropertyName("max_tokens")]
    public int? MaxTokens { get; set; }

    /// <summary>The most tokens to generate, reasoning included.</summary>
    [JsonPropertyName("max_completion_tokens")]
    public int? MaxCompletionTokens { get; set; }

    /// <summary>Sampling temperature, 0 to 2.</summary>
    [JsonPropertyName("temperature")]
    public double? Temperature { get; set; }

    /// <summary>Nucleus sampling mass, (0, 1].</summary>
    [JsonPropertyName("top_p")]
    public double? TopP { get; set; }

    /// <summary>Sample from the top K tokens only.</summary>
    [JsonPropertyName("top_k")]
    public int? TopK { get; set; }

    /// <summary>Frequency penalty, -2 to 2.</summary>
    [JsonPropertyName("frequency_penalty")]
    public double? FrequencyPenalty { get; set; }

    /// <summary>Presence penalty, -2 to 2.</summary>
    [JsonPropertyName("presence_penalty")]
    public double? PresencePenalty { get; set; }

    /// <summary>Repetition penalty, (0, 2].</summary>
    [JsonPropertyName("repetition_penalty")]
    public double? RepetitionPenalty { get; set; }

    /// <summary>Minimum probability relative to the top token, 0 to 1.</summary>
    [JsonPropertyName("min_p")]
    public double? MinP { get; set; }

    /// <summary>Top-A sampling, 0 to 1.</summary>
    [JsonPropertyName("top_a")]
    public double? TopA { get; set; }

    /// <summary>A seed for deterministic sampling where supported.</summary>
    [JsonPropertyName("seed")]
    public long? Seed { get; set; }

    /// <summary>Up to four stop sequences.</summary>
    [JsonPropertyName("stop")]
    [JsonConverter(typeof(StringOrStringArrayConverter))]
    public IList<string>? Stop { get; set; }

    /// <summary>Token id (as a string) to bias, -100 to 100.</summary>
    [JsonPropertyName("logit_bias")]
    public IDictionary<string, double>? LogitBias { get; set; }

    /// <summary>Return log probabilities of the output tokens.</summary>
    [JsonPropertyName("logprobs")]
    public bool? Logprobs { get; set; }

    /// <summary>How many alternatives per token to return with <see cref="Logprobs"/>, 0 to 20.</summary>
    [JsonPropertyName("top_logprobs")]
    public int? TopLogprobs { get; set; }

    /// <summary>A predicted output.</summary>
    [JsonPropertyName("prediction")]
    public Prediction? Prediction { get; set; }

    /// <summary>The shape of the answer.</summary>
    [JsonPropertyName("response_format")]
    public ResponseFormat? ResponseFormat { get; set; }

    /// <summary>A capability flag some clients send; OpenRouter treats structured outputs through <see cref="ResponseFormat"/>.</summary>
    [JsonPropertyName("structured_outputs")]
    public bool? StructuredOutputs { get; set; }

    /// <summary>Tools the model may call.</summary>
    [JsonPropertyName("tools")]
    public IList<ChatTool>? Tools { get; set; }

    /// <summary>Which tool the model must use.</summary>
    [JsonPropertyName("tool_choice")]
    public ToolChoice? ToolChoice { get; set; }

    /// <summary>Whether the model may call several tools at once (default true).</summary>
    [JsonPropertyName("parallel_tool_calls")]
    public bool? ParallelToolCalls { get; set; }

    /// <summary>Reasoning settings.</summary>
    [JsonPropertyName("reasoning")]
    public ReasoningConfig? Reasoning { get; set; }

    /// <summary>OpenAI-style reasoning effort shorthand; do not combine with <see cref="Reasoning"/>.</summary>
    [JsonPropertyName("reasoning_effort")]
    public ReasoningEffortLevel? ReasoningEffort { get; set; }

    /// <summary>Deprecated alias that asks for reasoning in the response.</summary>
    [JsonPropertyName("include_reasoning")]
    public bool? IncludeReasoning { get; set; }

    /// <summary>How verbose the answer should be.</summary>
    [JsonPropertyName("verbosity")]
    public Verbosity? Verbosity { get; set; }

    /// <summary>Web search options.</summary>
    [JsonPropertyName("web_search_options")]
    public WebSearchOptions? WebSearchOptions { get; set; }

    /// <summary>Output modalities, for example <c>["image","text"]</c> for image generation.</summary>
    [JsonPropertyName("modalities")]
    public IList<Modality>? Modalities { get; set; }

    /// <summary>Provider-specific image generation settings, for example <c>{"aspect_ratio":"3:2"}</c>.</summary>
    [JsonPropertyName("image_config")]
    public JsonObject? ImageConfig { get; set; }

    /// <summary>Provider routing preferences.</summary>
    [JsonPropertyName("provider")]
    public ProviderPreferences? Provider { get; set; }

    /// <summary>Plugins to run.</summary>
    [JsonPropertyName("plugins")]
    public IList<Plugin>? Plugins { get; set; }

    /// <summary>Prompt transforms such as <c>middle-out</c>; an empty list disables the default ones.</summary>
    [JsonPropertyName("transforms")]
    public IList<string>? Transforms { get; set; }

    /// <summary>Deprecated routing strategy; use <see cref="ProviderSortPreference.Partition"/>.</summary>
    [JsonPropertyName("route")]
    public ModelRoute? Route { get; set; }

    /// <summary>Your end user's id, for abuse isolation.</summary>
    [JsonPropertyName("user")]
    public string? User { get; set; }

    /// <summary>Groups requests into a session (up to 256 characters); also enables sticky provider routing.</summary>
    [JsonPropertyName("session_id")]
    public string? SessionId { get; set; }

    /// <summary>Up to 16 string pairs stored with the generation.</summary>
    [JsonPropertyName("metadata")]
    public IDictionary<string, string>? Metadata { get; set; }

    /// <summary>Observability trace fields.</summary>
    [JsonPropertyName("trace")]
    public TraceOptions? Trace { get; set; }

    /// <summary>Automatic prompt caching for the whole request.</summary>
    [JsonPropertyName("cache_control")]
    public CacheControl? CacheControl { get; set; }

    /// <summary>An OpenAI prompt cache key.</summary>
    [JsonPropertyName("prompt_cache_key")]
    public string? PromptCacheKey { get; set; }

    /// <summary>Explicit prompt-cache options.</summary>
    [JsonPropertyName("prompt_cache_options")]
    public PromptCacheOptions? PromptCacheOptions { get; set; }

    /// <summary>The provider service tier.</summary>
    [JsonPropertyName("service_tier")]
    public ServiceTier? ServiceTier { get; set; }

    /// <summary>Conditions that stop a server-tool loop.</summary>
    [JsonPropertyName("stop_server_tools_when")]
    public IList<ServerToolStopCondition>? StopServerToolsWhen { get; set; }

    /// <summary>Debug options (streaming only).</summary>
    [JsonPropertyName("debug")]
    public DebugOptions? Debug { get; set; }

    /// <summary>A preset to apply, <c>@preset/slug</c>.</summary>
    [JsonPropertyName("preset")]
    public string? Preset { get; set; }

    /// <summary>
    /// Headers for this call only (routing metadata, session id, response caching, Anthropic betas, others); never
    /// part of the JSON body. Null sends none. See <see cref="ChatRequestBuilder.WithRequestOptions"/>.
    /// </summary>
    [JsonIgnore]
    public OpenRouterRequestOptions? RequestOptions { get; set; }

    /// <summary>
    /// Fields this type does not model yet (provider passthrough such as <c>safe_prompt</c>), written as extra
    /// top-level members.
    /// </summary>
    [JsonIgnore]
    public JsonObject? AdditionalProperties { get; set; }

    /// <summary>How the serializer sees <see cref="AdditionalProperties"/> (see <see cref="Serialization.JsonObjectExtensionData"/>).</summary>
    [JsonExtensionData]
    [JsonInclude]
    internal IDictionary<string, System.Text.Json.JsonElement>? ExtensionData
    {
        get => Serialization.JsonObjectExtensionData.Wrap(AdditionalProperties);
        set => AdditionalProperties = Serialization.JsonObjectExtensionData.Unwrap(value);
    }

    /// <summary>A shallow copy, so the client can set <see cref="Stream"/> without touching the caller's instance.</summary>
    internal ChatCompletionRequest CloneWithStream(bool stream)
    {
        var copy = (ChatCompletionRequest)MemberwiseClone();
        copy.Stream = stream ? true : null;
        copy.StreamOptions = stream ? StreamOptions : null;
        return copy;
    }
}
