using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// One streamed event (<c>object: "chat.completion.chunk"</c>). Fold a stream into a <see cref="ChatCompletion"/>
/// with <c>ToChatCompletionAsync</c>.
/// </summary>
public sealed class ChatCompletionChunk
{
    // A JSON null where a value is promised reads as the empty value, never as null.
    private string _id = string.Empty;
    private string _model = string.Empty;
    private IReadOnlyList<ChatCompletionChunkChoice> _choices = Array.Empty<ChatCompletionChunkChoice>();

    /// <summary>The generation id, the same on every chunk of a stream.</summary>
    [JsonPropertyName("id")]
    public string Id { get => _id; set => _id = value ?? string.Empty; }

    /// <summary>The object type, <c>chat.completion.chunk</c>.</summary>
    [JsonPropertyName("object")]
    public string? Object { get; set; }

    /// <summary>
    /// Creation time in Unix seconds, as sent (some providers send milliseconds). A value that is no whole number
    /// (text, a number out of range) reads as 0, as a missing one does.
    /// </summary>
    [JsonPropertyName("created")]
    [JsonConverter(typeof(UnixTimestampConverter))]
    public long Created { get; set; }

    /// <summary>The model that is answering.</summary>
    [JsonPropertyName("model")]
    public string Model { get => _model; set => _model = value ?? string.Empty; }

    /// <summary>The provider that is serving the stream.</summary>
    [JsonPropertyName("provider")]
    public string? Provider { get; set; }

    /// <summary>The provider's backend fingerprint, when it sends one.</summary>
    [JsonPropertyName("system_fingerprint")]
    public string? SystemFingerprint { get; set; }

    /// <summary>The service tier, usually only on the last chunks.</summary>
    [JsonPropertyName("service_tier")]
    public ServiceTier? ServiceTier { get; set; }

    /// <summary>The deltas of this event; may be empty, never null.</summary>
    [JsonPropertyName("choices")]
    public IReadOnlyList<ChatCompletionChunkChoice> Choices { get => _choices; set => _choices = value ?? Array.Empty<ChatCompletionChunkChoice>(); }

    /// <summary>Token counts and cost; set on the final usage chunk.</summary>
    [JsonPropertyName("usage")]
    public Usage? Usage { get; set; }

    /// <summary>An error raised after the stream started. The client turns it into an <see cref="OpenRouterStreamException"/>.</summary>
    [JsonPropertyName("error")]
    [JsonConverter(typeof(OpenRouterErrorDetailConverter))]
    public OpenRouterErrorDetail? Error { get; set; }

    /// <summary>
    /// How OpenRouter routed the call (<c>openrouter_metadata</c>); sent only when the request asked for it with
    /// <see cref="OpenRouterRequestOptions.Metadata"/> = <see cref="OpenRouterMetadataLevel.Enabled"/>.
    /// </summary>
    [JsonPropertyName("openrouter_metadata")]
    public OpenRouterMetadata? OpenRouterMetadata { get; set; }

    /// <summary>
    /// What OpenRouter's response cache did with the stream (from its <c>X-OpenRouter-Cache-*</c> response headers;
    /// the same on every chunk), or null when the cache took no part. Set by the client; not part of the JSON.
    /// </summary>
    [JsonIgnore]
    public ResponseCacheInfo? ResponseCache { get; set; }

    /// <summary>Members the server sent that this type does not model (<c>debug</c>, ...).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
