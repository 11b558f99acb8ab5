using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>An alternative token and its log probability.</summary>
public sealed class TopLogprob
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
}
