using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// What one streamed event adds to the answer. Fields are fragments: concatenate <see cref="Content"/> and
/// <see cref="Reasoning"/>; merge <see cref="ToolCalls"/> by <see cref="ToolCall.Index"/>.
/// </summary>
public sealed class ChatCompletionDelta
{
    /// <summary>The author, <c>assistant</c>.</summary>
    [JsonPropertyName("role")]
    public MessageRole? Role { get; set; }

    /// <summary>The text of the answer; null or empty when the model only called tools.</summary>
    [JsonPropertyName("content")]
    [JsonConverter(typeof(TextFragmentConverter))]
    public string? Content { get; set; }

    /// <summary>A refusal, when the model declined.</summary>
    [JsonPropertyName("refusal")]
    [JsonConverter(typeof(TextFragmentConverter))]
    public string? Refusal { get; set; }

    /// <summary>The reasoning as plain text.</summary>
    [JsonPropertyName("reasoning")]
    [JsonConverter(typeof(TextFragmentConverter))]
    public string? Reasoning { get; set; }

    /// <summary>The reasoning as typed entries (text with signatures, summaries, encrypted blobs).</summary>
    [JsonPropertyName("reasoning_details")]
    public IReadOnlyList<ReasoningDetail>? ReasoningDetails { get; set; }

    /// <summary>Tool calls the model made.</summary>
    [JsonPropertyName("tool_calls")]
    public IReadOnlyList<ToolCall>? ToolCalls { get; set; }

    /// <summary>Citations and parsed-file annotations.</summary>
    [JsonPropertyName("annotations")]
    public IReadOnlyList<Annotation>? Annotations { get; set; }

    /// <summary>Generated images.</summary>
    [JsonPropertyName("images")]
    public IReadOnlyList<GeneratedImage>? Images { get; set; }

    /// <summary>Generated audio.</summary>
    [JsonPropertyName("audio")]
    public GeneratedAudio? Audio { get; set; }

    /// <summary>Members the server sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
