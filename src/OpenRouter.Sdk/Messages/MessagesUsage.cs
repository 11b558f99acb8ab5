using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// The token counts of a Messages API answer (<c>usage</c>), with OpenRouter's <see cref="Cost"/>. In a stream,
/// <c>message_start</c> carries the input counts and <c>message_delta</c> the output counts (and the cost).
/// </summary>
public sealed class MessagesUsage
{
    /// <summary>Input tokens not read from or written to the prompt cache.</summary>
    [JsonPropertyName("input_tokens")]
    public int? InputTokens { get; set; }

    /// <summary>Output tokens, thinking included.</summary>
    [JsonPropertyName("output_tokens")]
    public int OutputTokens { get; set; }

    /// <summary>Input tokens written to the prompt cache.</summary>
    [JsonPropertyName("cache_creation_input_tokens")]
    public int? CacheCreationInputTokens { get; set; }

    /// <summary>Input tokens read from the prompt cache.</summary>
    [JsonPropertyName("cache_read_input_tokens")]
    public int? CacheReadInputTokens { get; set; }

    /// <summary>The cache writes by time to live, as sent.</summary>
    [JsonPropertyName("cache_creation")]
    public JsonElement? CacheCreation { get; set; }

    /// <summary>Details of the output tokens, as sent.</summary>
    [JsonPropertyName("output_tokens_details")]
    public JsonElement? OutputTokensDetails { get; set; }

    /// <summary>How many server tool requests (web searches, fetches) the answer made, as sent.</summary>
    [JsonPropertyName("server_tool_use")]
    public JsonElement? ServerToolUse { get; set; }

    /// <summary>The service tier that served the answer: <c>standard</c>, <c>priority</c> or <c>batch</c>.</summary>
    [JsonPropertyName("service_tier")]
    public string? ServiceTier { get; set; }

    /// <summary>The region the inference ran in, when reported.</summary>
    [JsonPropertyName("inference_geo")]
    public string? InferenceGeo { get; set; }

    /// <summary>The speed the answer was generated at: <c>fast</c> or <c>standard</c>.</summary>
    [JsonPropertyName("speed")]
    public string? Speed { get; set; }

    /// <summary>What the answer cost, in credits (US dollars).</summary>
    [JsonPropertyName("cost")]
    public decimal? Cost { get; set; }

    /// <summary>The cost's parts.</summary>
    [JsonPropertyName("cost_details")]
    public CostDetails? CostDetails { get; set; }

    /// <summary>Whether the request used your own provider key.</summary>
    [JsonPropertyName("is_byok")]
    public bool? IsByok { get; set; }

    /// <summary>The usage of each iteration of a server-tool or compaction loop, as sent.</summary>
    [JsonPropertyName("iterations")]
    public JsonElement? Iterations { get; set; }

    /// <summary>Members not modelled above, kept as received.</summary>
    [JsonIgnore]
    public JsonObject? AdditionalProperties { get; set; }

    [JsonExtensionData]
    [JsonInclude]
    internal IDictionary<string, JsonElement>? ExtensionData
    {
        get => Serialization.JsonObjectExtensionData.Wrap(AdditionalProperties);
        set => AdditionalProperties = Serialization.JsonObjectExtensionData.Unwrap(value);
    }
}
