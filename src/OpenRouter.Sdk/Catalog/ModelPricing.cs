using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// What a model or endpoint costs, in USD. Token prices are <b>per token</b> (the wire sends strings such as
/// <c>"0.000003"</c>, parsed exactly); the <c>*PerMillionTokens</c> helpers give the figures shown on openrouter.ai.
/// Prices that do not apply are null (2026) or 0 (2025). A negative price (<c>"-1"</c>) means the price is decided per
/// request, as for router models such as <c>openrouter/auto</c>.
/// </summary>
public sealed class ModelPricing
{
    /// <summary>USD per prompt (input) token.</summary>
    [JsonPropertyName("prompt")]
    public decimal Prompt { get; set; }

    /// <summary>USD per completion (output) token, reasoning included.</summary>
    [JsonPropertyName("completion")]
    public decimal Completion { get; set; }

    /// <summary>USD per request.</summary>
    [JsonPropertyName("request")]
    public decimal? Request { get; set; }

    /// <summary>USD per input image.</summary>
    [JsonPropertyName("image")]
    public decimal? Image { get; set; }

    /// <summary>USD per image input token.</summary>
    [JsonPropertyName("image_token")]
    public decimal? ImageToken { get; set; }

    /// <summary>USD per output image token.</summary>
    [JsonPropertyName("image_output")]
    public decimal? ImageOutput { get; set; }

    /// <summary>USD per audio input token.</summary>
    [JsonPropertyName("audio")]
    public decimal? Audio { get; set; }

    /// <summary>USD per audio output token.</summary>
    [JsonPropertyName("audio_output")]
    public decimal? AudioOutput { get; set; }

    /// <summary>USD per cached audio input token.</summary>
    [JsonPropertyName("input_audio_cache")]
    public decimal? InputAudioCache { get; set; }

    /// <summary>USD per web search.</summary>
    [JsonPropertyName("web_search")]
    public decimal? WebSearch { get; set; }

    /// <summary>USD per internal reasoning token, when billed separately.</summary>
    [JsonPropertyName("internal_reasoning")]
    public decimal? InternalReasoning { get; set; }

    /// <summary>USD per prompt token read from the cache.</summary>
    [JsonPropertyName("input_cache_read")]
    public decimal? InputCacheRead { get; set; }

    /// <summary>USD per prompt token written to the cache (default lifetime).</summary>
    [JsonPropertyName("input_cache_write")]
    public decimal? InputCacheWrite { get; set; }

    /// <summary>USD per prompt token written to the cache with a one-hour lifetime.</summary>
    [JsonPropertyName("input_cache_write_1h")]
    public decimal? InputCacheWrite1h { get; set; }

    /// <summary>A discount applied to the prices (a JSON number, unlike the prices), for example 0.2 for 20 %.</summary>
    [JsonPropertyName("discount")]
    public decimal? Discount { get; set; }

    /// <summary>Prices that replace these under conditions (long prompts, time windows).</summary>
    [JsonPropertyName("overrides")]
    public IList<ModelPricingOverride>? Overrides { get; set; }

    /// <summary>Members the server sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>USD per million prompt tokens (<see cref="Prompt"/> × 1,000,000).</summary>
    [JsonIgnore]
    public decimal PromptPerMillionTokens => PerMillionTokens(Prompt);

    /// <summary>USD per million completion tokens (<see cref="Completion"/> × 1,000,000).</summary>
    [JsonIgnore]
    public decimal CompletionPerMillionTokens => PerMillionTokens(Completion);

    /// <summary>Whether prompt, completion and request prices are all zero.</summary>
    [JsonIgnore]
    public bool IsFree => Prompt == 0m && Completion == 0m && (Request ?? 0m) == 0m;

    /// <summary>Whether the price is decided per request (a negative placeholder such as <c>"-1"</c>, used by router models).</summary>
    [JsonIgnore]
    public bool IsVariable => Prompt < 0m || Completion < 0m;

    /// <summary>Converts a per-token price to USD per million tokens.</summary>
    /// <param name="perToken">USD per token.</param>
    /// <returns>USD per million tokens, without trailing zeros: <c>0.1</c>, not <c>0.1000000</c>.</returns>
    public static decimal PerMillionTokens(decimal perToken) => WithoutTrailingZeros(perToken * 1_000_000m);

    /// <summary>
    /// The same value with the smallest scale that holds it exactly: a decimal keeps the scale of its operands, so
    /// <c>0.0000001m * 1_000_000m</c> is <c>0.1000000</c> and prints so. Dividing by one with a scale of 28 returns the
    /// exact quotient at its smallest scale; no digit is lost.
    /// </summary>
    private static decimal WithoutTrailingZeros(decimal value) => value / 1.0000000000000000000000000000m;

    /// <summary>
    /// Estimates the cost of a call from token counts with the base prices (no cache, image, search or override
    /// prices); the authoritative figure is <c>Usage.Cost</c> of the response or <see cref="GenerationInfo.TotalCost"/>.
    /// </summary>
    /// <param name="promptTokens">Prompt tokens.</param>
    /// <param name="completionTokens">Completion tokens.</param>
    /// <returns>The estimate in USD.</returns>
    public decimal EstimateCost(long promptTokens, long completionTokens) =>
        (Prompt * promptTokens) + (Completion * completionTokens) + (Request ?? 0m);
}
