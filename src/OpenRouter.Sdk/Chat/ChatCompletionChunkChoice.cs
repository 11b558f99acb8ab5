using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>One choice of a <see cref="ChatCompletionChunk"/>.</summary>
public sealed class ChatCompletionChunkChoice
{
    /// <summary>The choice index.</summary>
    [JsonPropertyName("index")]
    public int Index { get; set; }

    /// <summary>What this event adds to the answer.</summary>
    [JsonPropertyName("delta")]
    public ChatCompletionDelta? Delta { get; set; }

    /// <summary>
    /// Why generation stopped; null until the end. The final usage chunk may repeat it or carry null again:
    /// the first non-null value is the answer.
    /// </summary>
    [JsonPropertyName("finish_reason")]
    public FinishReason? FinishReason { get; set; }

    /// <summary>The provider's own finish reason.</summary>
    [JsonPropertyName("native_finish_reason")]
    public FinishReason? NativeFinishReason { get; set; }

    /// <summary>Log probabilities, when requested.</summary>
    [JsonPropertyName("logprobs")]
    public ChatLogprobs? Logprobs { get; set; }

    /// <summary>A provider error embedded in this choice.</summary>
    [JsonPropertyName("error")]
    [JsonConverter(typeof(OpenRouterErrorDetailConverter))]
    public OpenRouterErrorDetail? Error { get; set; }

    /// <summary>Members the server sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
