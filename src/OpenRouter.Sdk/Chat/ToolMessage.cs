using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;

namespace OpenRouter.Sdk;

/// <summary>A <c>tool</c> message: the result of a tool call, matched by <see cref="ToolCallId"/>.</summary>
public sealed class ToolMessage : Message
{
    /// <summary>Creates a tool result message.</summary>
    /// <param name="toolCallId">The id of the tool call this answers.</param>
    /// <param name="content">The result, usually JSON text.</param>
    public ToolMessage(string toolCallId, string content)
    {
        Argument.Requires(!string.IsNullOrEmpty(toolCallId), "A tool call id is required.", nameof(toolCallId));

        ToolCallId = toolCallId;
        Content = MessageContent.FromText(Argument.NotNull(content));
    }

    [JsonConstructor]
    internal ToolMessage()
    {
        ToolCallId = string.Empty;
    }

    /// <inheritdoc />
    [JsonIgnore]
    public override MessageRole Role => MessageRole.Tool;

    /// <summary>The id of the tool call this answers.</summary>
    [JsonPropertyName("tool_call_id")]
    public string ToolCallId { get; set; }
}
