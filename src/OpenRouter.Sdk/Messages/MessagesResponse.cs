using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// An answer of the Messages API (<c>POST /messages</c>, <c>"type": "message"</c>): the assistant's
/// <see cref="Content"/> blocks, why it stopped (<see cref="StopReason"/>) and its <see cref="Usage"/> with
/// OpenRouter's cost. A streamed answer is folded into one by <see cref="MessagesAccumulator"/>.
/// </summary>
public sealed class MessagesResponse
{
    /// <summary>The message's id, such as <c>msg_01…</c> (or OpenRouter's generation id).</summary>
    [JsonPropertyName("id")]
    public string Id { get; set; } = string.Empty;

    /// <summary>Always <c>message</c> for an answer.</summary>
    [JsonPropertyName("type")]
    public string Type { get; set; } = "message";

    /// <summary>Always <c>assistant</c>.</summary>
    [JsonPropertyName("role")]
    public MessageRole Role { get; set; } = MessageRole.Assistant;

    /// <summary>The model that answered.</summary>
    [JsonPropertyName("model")]
    public string Model { get; set; } = string.Empty;

    /// <summary>The answer's blocks: text, tool calls, thinking, server tool results, ...</summary>
    [JsonPropertyName("content")]
    public IList<MessagesContentBlock> Content { get; set; } = new List<MessagesContentBlock>();

    /// <summary>Why the model stopped; null while a streamed answer is still being written.</summary>
    [JsonPropertyName("stop_reason")]
    public MessagesStopReason? StopReason { get; set; }

    /// <summary>The stop sequence the model wrote, when <see cref="StopReason"/> is <c>stop_sequence</c>.</summary>
    [JsonPropertyName("stop_sequence")]
    public string? StopSequence { get; set; }

    /// <summary>Details of a stop, such as a refusal's category, as sent.</summary>
    [JsonPropertyName("stop_details")]
    public JsonElement? StopDetails { get; set; }

    /// <summary>The code execution container the answer used, as sent.</summary>
    [JsonPropertyName("container")]
    public JsonElement? Container { get; set; }

    /// <summary>Token counts and OpenRouter's cost.</summary>
    [JsonPropertyName("usage")]
    public MessagesUsage? Usage { get; set; }

    /// <summary>The provider that served the answer, such as <c>Anthropic</c>.</summary>
    [JsonPropertyName("provider")]
    public string? Provider { get; set; }

    /// <summary>The context management edits the server applied, as sent.</summary>
    [JsonPropertyName("context_management")]
    public JsonElement? ContextManagement { get; set; }

    /// <summary>OpenRouter's routing metadata, when asked for with the <c>X-OpenRouter-Metadata</c> header, as sent.</summary>
    [JsonPropertyName("openrouter_metadata")]
    public JsonElement? OpenRouterMetadata { get; set; }

    /// <summary>Members not modelled above, kept as received.</summary>
    [JsonIgnore]
    public JsonObject? AdditionalProperties { get; set; }

    /// <summary>The text of the <c>text</c> blocks, joined.</summary>
    [JsonIgnore]
    public string Text
    {
        get
        {
            var text = new StringBuilder();
            foreach (MessagesContentBlock block in Content)
            {
                if (block.Type == MessagesContentBlockType.Text)
                {
                    text.Append(block.Text);
                }
            }

            return text.ToString();
        }
    }

    [JsonExtensionData]
    [JsonInclude]
    internal IDictionary<string, JsonElement>? ExtensionData
    {
        get => Serialization.JsonObjectExtensionData.Wrap(AdditionalProperties);
        set => AdditionalProperties = Serialization.JsonObjectExtensionData.Unwrap(value);
    }
}
