using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>Prices that apply instead of the base prices under a condition (<c>pricing.overrides[]</c>).</summary>
public sealed class ModelPricingOverride
{
    /// <summary>The override applies from this prompt length on (tokens).</summary>
    [JsonPropertyName("min_prompt_tokens")]
    public long? MinPromptTokens { get; set; }

    /// <summary>Start of the time window the override applies in, as sent.</summary>
    [JsonPropertyName("utc_start")]
    public double? UtcStart { get; set; }

    /// <summary>End of the time window the override applies in, as sent.</summary>
    [JsonPropertyName("utc_end")]
    public double? UtcEnd { get; set; }

    /// <summary>USD per prompt token.</summary>
    [JsonPropertyName("prompt")]
    public decimal? Prompt { get; set; }

    /// <summary>USD per completion token.</summary>
    [JsonPropertyName("completion")]
    public decimal? Completion { get; set; }

    /// <summary>USD per cached prompt token read.</summary>
    [JsonPropertyName("input_cache_read")]
    public decimal? InputCacheRead { get; set; }

    /// <summary>USD per prompt token written to the cache.</summary>
    [JsonPropertyName("input_cache_write")]
    public decimal? InputCacheWrite { get; set; }

    /// <summary>USD per prompt token written to the cache for one hour.</summary>
    [JsonPropertyName("input_cache_write_1h")]
    public decimal? InputCacheWrite1h { get; set; }

    /// <summary>USD per audio input token.</summary>
    [JsonPropertyName("audio")]
    public decimal? Audio { get; set; }

    /// <summary>USD per cached audio input token.</summary>
    [JsonPropertyName("input_audio_cache")]
    public decimal? InputAudioCache { get; set; }

    /// <summary>Members the server sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
