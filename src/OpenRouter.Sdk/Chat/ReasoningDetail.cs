using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// One entry of <c>reasoning_details</c>. The <see cref="Type"/> says which fields apply: <c>reasoning.text</c>
/// (<see cref="Text"/>, <see cref="Signature"/>), <c>reasoning.summary</c> (<see cref="Summary"/>),
/// <c>reasoning.encrypted</c> (<see cref="Data"/>), <c>reasoning.server_tool_call</c>. Entries of types not known
/// here keep all their members, so the list can be sent back to the model unmodified.
/// </summary>
public sealed class ReasoningDetail
{
    /// <summary>The entry type.</summary>
    [JsonPropertyName("type")]
    public ReasoningDetailType Type { get; set; }

    /// <summary>An id; for Gemini encrypted reasoning it equals the tool call it belongs to.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>The provider format, for example <c>anthropic-claude-v1</c> or <c>openai-responses-v1</c>.</summary>
    [JsonPropertyName("format")]
    public string? Format { get; set; }

    /// <summary>The position of the entry; streamed fragments of one entry share it.</summary>
    [JsonPropertyName("index")]
    public int? Index { get; set; }

    /// <summary>Reasoning text (<c>reasoning.text</c>).</summary>
    [JsonPropertyName("text")]
    [JsonConverter(typeof(TextFragmentConverter))]
    public string? Text { get; set; }

    /// <summary>A signature that authenticates the reasoning (Anthropic); arrives in its own final delta.</summary>
    [JsonPropertyName("signature")]
    public string? Signature { get; set; }

    /// <summary>A reasoning summary (<c>reasoning.summary</c>).</summary>
    [JsonPropertyName("summary")]
    [JsonConverter(typeof(TextFragmentConverter))]
    public string? Summary { get; set; }

    /// <summary>Opaque encrypted reasoning (<c>reasoning.encrypted</c>).</summary>
    [JsonPropertyName("data")]
    public string? Data { get; set; }

    /// <summary>The server tool name (<c>reasoning.server_tool_call</c>).</summary>
    [JsonPropertyName("tool_name")]
    public string? ToolName { get; set; }

    /// <summary>The server tool arguments.</summary>
    [JsonPropertyName("arguments")]
    public JsonElement? Arguments { get; set; }

    /// <summary>The server tool result.</summary>
    [JsonPropertyName("result")]
    public JsonElement? Result { get; set; }

    /// <summary>The server tool call id.</summary>
    [JsonPropertyName("tool_call_id")]
    public string? ToolCallId { get; set; }

    /// <summary>Members not modelled here (kept for round-tripping).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
