using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>A chat completion (<c>object: "chat.completion"</c>).</summary>
public sealed class ChatCompletion
{
    // A JSON null where a value is promised reads as the empty value, never as null.
    private string _id = string.Empty;
    private string _model = string.Empty;
    private IReadOnlyList<ChatCompletionChoice> _choices = Array.Empty<ChatCompletionChoice>();

    /// <summary>The generation id (<c>gen-...</c>); look it up with the generation endpoint for cost details.</summary>
    [JsonPropertyName("id")]
    public string Id { get => _id; set => _id = value ?? string.Empty; }

    /// <summary>The object type, <c>chat.completion</c>.</summary>
    [JsonPropertyName("object")]
    public string? Object { get; set; }

    /// <summary>
    /// Creation time in Unix seconds, as sent (some providers send milliseconds). A value that is no whole number
    /// (text, a number out of range) reads as 0, as a missing one does.
    /// </summary>
    [JsonPropertyName("created")]
    [JsonConverter(typeof(UnixTimestampConverter))]
    public long Created { get; set; }

    /// <summary>
    /// Creation time: <see cref="Created"/> as Unix seconds, or as Unix milliseconds when it is too large for seconds;
    /// <see cref="DateTimeOffset.MinValue"/> when it is neither.
    /// </summary>
    [JsonIgnore]
    public DateTimeOffset CreatedAt => UnixTime.FromSecondsOrMilliseconds(Created) ?? DateTimeOffset.MinValue;

    /// <summary>The model that answered: often a canonical slug, and a fallback model when one served.</summary>
    [JsonPropertyName("model")]
    public string Model { get => _model; set => _model = value ?? string.Empty; }

    /// <summary>The provider that served the request, for example <c>OpenAI</c> or <c>Amazon Bedrock</c>.</summary>
    [JsonPropertyName("provider")]
    public string? Provider { get; set; }

    /// <summary>The provider's backend fingerprint, when it sends one.</summary>
    [JsonPropertyName("system_fingerprint")]
    public string? SystemFingerprint { get; set; }

    /// <summary>The service tier that served the request.</summary>
    [JsonPropertyName("service_tier")]
    public ServiceTier? ServiceTier { get; set; }

    /// <summary>The answers; usually one. Never null: <c>"choices":null</c> reads as none.</summary>
    [JsonPropertyName("choices")]
    public IReadOnlyList<ChatCompletionChoice> Choices { get => _choices; set => _choices = value ?? Array.Empty<ChatCompletionChoice>(); }

    /// <summary>Token counts and cost.</summary>
    [JsonPropertyName("usage")]
    public Usage? Usage { get; set; }

    /// <summary>
    /// How OpenRouter routed the call (<c>openrouter_metadata</c>); sent only when the request asked for it with
    /// <see cref="OpenRouterRequestOptions.Metadata"/> = <see cref="OpenRouterMetadataLevel.Enabled"/>.
    /// </summary>
    [JsonPropertyName("openrouter_metadata")]
    public OpenRouterMetadata? OpenRouterMetadata { get; set; }

    /// <summary>
    /// What OpenRouter's response cache did with the call (from the <c>X-OpenRouter-Cache-*</c> response headers),
    /// or null when the cache took no part. Set by the client; not part of the JSON.
    /// </summary>
    [JsonIgnore]
    public ResponseCacheInfo? ResponseCache { get; set; }

    /// <summary>Members the server sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
