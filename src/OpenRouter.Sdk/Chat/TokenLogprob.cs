using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>The log probability of one token, with its most likely alternatives.</summary>
public sealed class TokenLogprob
{
    // A JSON null where a value is promised reads as the empty value, never as null.
    private string _token = string.Empty;

    /// <summary>The token.</summary>
    [JsonPropertyName("token")]
    public string Token { get => _token; set => _token = value ?? string.Empty; }

    /// <summary>Its log probability.</summary>
    [JsonPropertyName("logprob")]
    public double Logprob { get; set; }

    /// <summary>Its UTF-8 bytes.</summary>
    [JsonPropertyName("bytes")]
    public IReadOnlyList<int>? Bytes { get; set; }

    /// <summary>The most likely alternatives.</summary>
    [JsonPropertyName("top_logprobs")]
    public IReadOnlyList<TopLogprob>? TopLogprobs { get; set; }
}
