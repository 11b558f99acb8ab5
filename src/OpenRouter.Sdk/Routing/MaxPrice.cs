using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// The most to pay (<c>provider.max_price</c>), in USD: per million tokens for prompt and completion, per image,
/// per audio unit and per request. Decimals are written exactly (no floating-point noise).
/// </summary>
public sealed class MaxPrice
{
    /// <summary>USD per million prompt tokens.</summary>
    [JsonPropertyName("prompt")]
    public decimal? Prompt { get; set; }

    /// <summary>USD per million completion tokens.</summary>
    [JsonPropertyName("completion")]
    public decimal? Completion { get; set; }

    /// <summary>USD per image.</summary>
    [JsonPropertyName("image")]
    public decimal? Image { get; set; }

    /// <summary>USD per audio unit.</summary>
    [JsonPropertyName("audio")]
    public decimal? Audio { get; set; }

    /// <summary>USD per request.</summary>
    [JsonPropertyName("request")]
    public decimal? Request { get; set; }
}
