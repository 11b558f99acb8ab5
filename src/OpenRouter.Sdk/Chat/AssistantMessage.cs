using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// An <c>assistant</c> message: an earlier answer of the model, a prefill for it to continue, or its tool calls
/// (with the <see cref="ReasoningDetails"/> it produced, which reasoning models need back unchanged).
/// </summary>
public sealed class AssistantMessage : Message
{
    /// <summary>Creates an assistant message.</summary>
    /// <param name="content">The text; may be null when the message only carries tool calls.</param>
    public AssistantMessage(string? content)
    {
        Content = content is null ? null : MessageContent.FromText(content);
    }

    [JsonConstructor]
    internal AssistantMessage()
    {
    }

    /// <summary>Creates the assistant message to send back for a received completion message, keeping its tool
    /// calls, reasoning and reasoning details so the next turn continues where the model left off.</summary>
    /// <param name="message">A message from <see cref="ChatCompletion"/>.</param>
    public static AssistantMessage FromCompletion(ChatCompletionMessage message)
    {
        if (message is null)
        {
            throw new System.ArgumentNullException(nameof(message));
        }

        return new AssistantMessage(message.Content)
        {
            ToolCalls = message.ToolCalls is { Count: > 0 } calls ? new List<ToolCall>(calls) : null,
            Reasoning = message.Reasoning,
            ReasoningDetails = message.ReasoningDetails is { Count: > 0 } details ? new List<ReasoningDetail>(details) : null,
        };
    }

    /// <inheritdoc />
    [JsonIgnore]
    public override MessageRole Role => MessageRole.Assistant;

    /// <summary>An optional participant name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>Tool calls the model made in this turn.</summary>
    [JsonPropertyName("tool_calls")]
    public IList<ToolCall>? ToolCalls { get; set; }

    /// <summary>The plain reasoning text of this turn.</summary>
    [JsonPropertyName("reasoning")]
    public string? Reasoning { get; set; }

    /// <summary>The structured reasoning of this turn, passed back unmodified for multi-turn tool use.</summary>
    [JsonPropertyName("reasoning_details")]
    public IList<ReasoningDetail>? ReasoningDetails { get; set; }

    /// <summary>A refusal the model gave in this turn.</summary>
    [JsonPropertyName("refusal")]
    public string? Refusal { get; set; }
}
