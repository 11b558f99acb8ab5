using System.Text.Json.Serialization;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

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
