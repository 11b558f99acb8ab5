using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// A tool call made by the model (<c>tool_calls[]</c>). In a stream, fragments of one call share an
/// <see cref="Index"/>; only the first carries <see cref="Id"/> and the function name.
/// </summary>
public sealed class ToolCall
{
    /// <summary>The position of the call among parallel calls (always present in streams).</summary>
    [JsonPropertyName("index")]
    public int? Index { get; set; }

    /// <summary>The provider's id for the call, echoed back by <see cref="ToolMessage.ToolCallId"/>.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>The call type; <c>function</c>.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    /// <summary>The function and its arguments.</summary>
    [JsonPropertyName("function")]
    public FunctionCall? Function { get; set; }
}
