using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>Log probabilities of a choice (<c>logprobs</c>).</summary>
public sealed class ChatLogprobs
{
    /// <summary>Per-token log probabilities of the content.</summary>
    [JsonPropertyName("content")]
    public IReadOnlyList<TokenLogprob>? Content { get; set; }

    /// <summary>Per-token log probabilities of a refusal.</summary>
    [JsonPropertyName("refusal")]
    public IReadOnlyList<TokenLogprob>? Refusal { get; set; }
}
