using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>One answer of a <see cref="ChatCompletion"/>.</summary>
public sealed class ChatCompletionChoice
{
    /// <summary>The choice index.</summary>
    [JsonPropertyName("index")]
    public int Index { get; set; }

    /// <summary>The answer.</summary>
    [JsonPropertyName("message")]
    public ChatCompletionMessage Message { get; set; } = new();

    /// <summary>Why generation stopped, normalized by OpenRouter.</summary>
    [JsonPropertyName("finish_reason")]
    public FinishReason? FinishReason { get; set; }

    /// <summary>The provider's own finish reason (<c>completed</c>, <c>tool_use</c>, <c>STOP</c>, ...).</summary>
    [JsonPropertyName("native_finish_reason")]
    public FinishReason? NativeFinishReason { get; set; }

    /// <summary>Log probabilities, when requested.</summary>
    [JsonPropertyName("logprobs")]
    public ChatLogprobs? Logprobs { get; set; }

    /// <summary>A provider error embedded in this choice.</summary>
    [JsonPropertyName("error")]
    public OpenRouterErrorDetail? Error { get; set; }

    /// <summary>Members the server sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
