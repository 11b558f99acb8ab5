using System.Text.Json.Serialization;
using OpenRouter.Sdk.Serialization;

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

/// <summary>The function part of a <see cref="ToolCall"/>.</summary>
public sealed class FunctionCall
{
    /// <summary>The function name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>The arguments as JSON text (may be empty while streaming, or <c>""</c>/<c>"{}"</c> for none).</summary>
    [JsonPropertyName("arguments")]
    [JsonConverter(typeof(TextFragmentConverter))]
    public string? Arguments { get; set; }
}
