using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// A request to OpenRouter's Anthropic Messages API (<c>POST /messages</c>), sent with
/// <see cref="OpenRouterMessagesClient.CreateAsync"/> or <see cref="OpenRouterMessagesClient.StreamAsync"/> (which set
/// <c>stream</c> themselves). It has Anthropic's shape (<see cref="Messages"/> of content blocks, <see cref="System"/>
/// apart, <see cref="MaxTokens"/>) plus OpenRouter's routing members (<see cref="Models"/>, <see cref="Provider"/>,
/// <see cref="Plugins"/>, ...). Any model on OpenRouter can answer it, not only Anthropic's.
/// </summary>
public sealed class MessagesRequest
{
    /// <summary>The model, such as <c>anthropic/claude-sonnet-4</c>.</summary>
    [JsonPropertyName("model")]
    public string? Model { get; set; }

    /// <summary>Fallback models, tried in order when the first is unavailable.</summary>
    [JsonPropertyName("models")]
    public IList<string>? Models { get; set; }

    /// <summary>The conversation, oldest first: <c>user</c> and <c>assistant</c> messages. Required.</summary>
    [JsonPropertyName("messages")]
    public IList<MessagesMessage>? Messages { get; set; }

    /// <summary>The system prompt: a string or text blocks (which may carry <c>cache_control</c>).</summary>
    [JsonPropertyName("system")]
    public MessagesContent? System { get; set; }

    /// <summary>The most tokens the model may write.</summary>
    [JsonPropertyName("max_tokens")]
    public int? MaxTokens { get; set; }

    /// <summary>Sampling temperature.</summary>
    [JsonPropertyName("temperature")]
    public double? Temperature { get; set; }

    /// <summary>Nucleus sampling.</summary>
    [JsonPropertyName("top_p")]
    public double? TopP { get; set; }

    /// <summary>Top-k sampling.</summary>
    [JsonPropertyName("top_k")]
    public int? TopK { get; set; }

    /// <summary>Texts that stop the answer when the model writes one of them.</summary>
    [JsonPropertyName("stop_sequences")]
    public IList<string>? StopSequences { get; set; }

    /// <summary>The tools the model may call: custom tools (a name and an input schema) and server tools.</summary>
    [JsonPropertyName("tools")]
    public IList<MessagesTool>? Tools { get; set; }

    /// <summary>Whether and which tool the model must call.</summary>
    [JsonPropertyName("tool_choice")]
    public MessagesToolChoice? ToolChoice { get; set; }

    /// <summary>Extended thinking: enabled with a token budget, adaptive, or disabled.</summary>
    [JsonPropertyName("thinking")]
    public MessagesThinking? Thinking { get; set; }

    /// <summary>The request's metadata (an end user id).</summary>
    [JsonPropertyName("metadata")]
    public MessagesMetadata? Metadata { get; set; }

    /// <summary>Automatic prompt caching for the whole request (<c>{"type": "ephemeral", "ttl": "5m"}</c>).</summary>
    [JsonPropertyName("cache_control")]
    public CacheControl? CacheControl { get; set; }

    /// <summary>Output settings: effort, a JSON schema format, a task budget.</summary>
    [JsonPropertyName("output_config")]
    public MessagesOutputConfig? OutputConfig { get; set; }

    /// <summary>Context management edits (clearing old tool uses or thinking, compaction), as Anthropic defines them.</summary>
    [JsonPropertyName("context_management")]
    public JsonObject? ContextManagement { get; set; }

    /// <summary>Fallback models with their own settings (<c>{"model": ...}</c> objects), tried in order.</summary>
    [JsonPropertyName("fallbacks")]
    public IList<JsonObject>? Fallbacks { get; set; }

    /// <summary>Output speed: <c>fast</c> (premium pricing) or <c>standard</c>.</summary>
    [JsonPropertyName("speed")]
    public string? Speed { get; set; }

    /// <summary>Provider routing (order, fallbacks, data policy, price limits...), as for chat.</summary>
    [JsonPropertyName("provider")]
    public ProviderPreferences? Provider { get; set; }

    /// <summary>Plugins (web search, file parser, response healing, ...), as for chat.</summary>
    [JsonPropertyName("plugins")]
    public IList<Plugin>? Plugins { get; set; }

    /// <summary>Deprecated routing strategy; use <see cref="ProviderSortPreference.Partition"/>.</summary>
    [JsonPropertyName("route")]
    public ModelRoute? Route { get; set; }

    /// <summary>The provider's service tier.</summary>
    [JsonPropertyName("service_tier")]
    public ServiceTier? ServiceTier { get; set; }

    /// <summary>Groups requests into a session (up to 256 characters); also enables sticky provider routing.</summary>
    [JsonPropertyName("session_id")]
    public string? SessionId { get; set; }

    /// <summary>Your end user's id, for abuse isolation (up to 256 characters).</summary>
    [JsonPropertyName("user")]
    public string? User { get; set; }

    /// <summary>Conditions that stop a server-tool loop.</summary>
    [JsonPropertyName("stop_server_tools_when")]
    public IList<ServerToolStopCondition>? StopServerToolsWhen { get; set; }

    /// <summary>Observability trace fields.</summary>
    [JsonPropertyName("trace")]
    public TraceOptions? Trace { get; set; }

    /// <summary>Set by the client: true for <see cref="OpenRouterMessagesClient.StreamAsync"/>, left out otherwise.</summary>
    [JsonPropertyName("stream")]
    [JsonInclude]
    internal bool? Stream { get; set; }

    /// <summary>Members not modelled above, sent as they are.</summary>
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
    /// <summary>
    /// Headers for this call only (routing metadata, session id, response caching, Anthropic betas such as
    /// <c>x-anthropic-beta</c>, others); never part of the JSON body. Null sends none.
    /// </summary>
    [JsonIgnore]
    public OpenRouterRequestOptions? RequestOptions { get; set; }

    internal MessagesRequest WithStream(bool? stream)
    {
        var copy = (MessagesRequest)MemberwiseClone();
        copy.Stream = stream;
        return copy;
    }
}
