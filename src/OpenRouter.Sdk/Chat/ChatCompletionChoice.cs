using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>One answer of a <see cref="ChatCompletion"/>.</summary>
public sealed class ChatCompletionChoice
{
    // Created on first read when none was set, so a reader that sets the message allocates no empty one first.
    private ChatCompletionMessage? _message;

    /// <summary>The choice index.</summary>
    [JsonPropertyName("index")]
    public int Index { get; set; }

    /// <summary>
    /// The answer. Never null: a choice without one (or with <c>"message":null</c>) has an empty assistant message.
    /// </summary>
    [JsonPropertyName("message")]
    public ChatCompletionMessage Message { get => _message ??= EmptyMessage(); set => _message = value; }

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
    [JsonConverter(typeof(OpenRouterErrorDetailConverter))]
    public OpenRouterErrorDetail? Error { get; set; }

    /// <summary>Members the server sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    private static ChatCompletionMessage EmptyMessage() => new() { Role = MessageRole.Assistant };
}
