using System.Text.Json.Serialization;
using System.Text.Json;

namespace OpenRouter.Sdk;

/// <summary>The <c>function</c> object of a function tool.</summary>
public sealed class FunctionDefinition
{
    /// <summary>The function name.</summary>
    [JsonPropertyName("name")]
    public string Name { get; set; } = string.Empty;

    /// <summary>What the function does.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>A JSON Schema for the arguments.</summary>
    [JsonPropertyName("parameters")]
    public JsonElement? Parameters { get; set; }

    /// <summary>Whether the schema is enforced exactly.</summary>
    [JsonPropertyName("strict")]
    public bool? Strict { get; set; }
}
