using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;

namespace OpenRouter.Sdk;

/// <summary>
/// A tool the model may call: a custom tool (<see cref="Name"/>, <see cref="Description"/>, <see cref="InputSchema"/>;
/// <see cref="Type"/> left out or <c>custom</c>), or a server tool (Anthropic's <c>web_search_20250305</c>,
/// <c>bash_20250124</c>, ..., or OpenRouter's <c>openrouter:web_search</c>, ...) whose own members go in
/// <see cref="AdditionalProperties"/>.
/// </summary>
public sealed class MessagesTool
{
    /// <summary>The tool's type: null or <c>custom</c> for a custom tool, else a server tool's type.</summary>
    [JsonPropertyName("type")]
    [JsonPropertyOrder(-1)]
    public string? Type { get; set; }

    /// <summary>The tool's name, as the model calls it.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>What the tool does, for the model.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>The JSON schema of the tool's input (a custom tool's, an object schema).</summary>
    [JsonPropertyName("input_schema")]
    public JsonElement? InputSchema { get; set; }

    /// <summary>Whether the tool is loaded only when a tool search finds it.</summary>
    [JsonPropertyName("defer_loading")]
    public bool? DeferLoading { get; set; }

    /// <summary>Prompt caching up to and including this tool.</summary>
    [JsonPropertyName("cache_control")]
    public CacheControl? CacheControl { get; set; }

    /// <summary>A server tool's own members (<c>max_uses</c>, <c>allowed_domains</c>, <c>parameters</c>, ...), sent as they are.</summary>
    [JsonIgnore]
    public JsonObject? AdditionalProperties { get; set; }

    [JsonExtensionData]
    [JsonInclude]
    internal IDictionary<string, JsonElement>? ExtensionData
    {
        get => Serialization.JsonObjectExtensionData.Wrap(AdditionalProperties);
        set => AdditionalProperties = Serialization.JsonObjectExtensionData.Unwrap(value);
    }

    /// <summary>A custom tool.</summary>
    /// <param name="name">The tool's name.</param>
    /// <param name="description">What it does, or null.</param>
    /// <param name="inputSchema">The JSON schema of its input, as JSON text (an object schema).</param>
    /// <returns>The tool.</returns>
    /// <exception cref="JsonException"><paramref name="inputSchema"/> is not JSON.</exception>
    public static MessagesTool Custom(string name, string? description, string inputSchema)
    {
        using JsonDocument schema = JsonDocument.Parse(Argument.NotBlank(inputSchema));
        return new MessagesTool { Name = Argument.NotBlank(name), Description = description, InputSchema = schema.RootElement.Clone() };
    }

    /// <summary>A server tool, by its type (such as <c>web_search_20250305</c> or <c>openrouter:web_search</c>).</summary>
    /// <param name="type">The tool's type.</param>
    /// <param name="name">The tool's name (Anthropic's server tools need one, such as <c>web_search</c>), or null.</param>
    /// <param name="members">The tool's other members, or null.</param>
    /// <returns>The tool.</returns>
    public static MessagesTool Server(string type, string? name, JsonObject? members) =>
        new() { Type = Argument.NotBlank(type), Name = name, AdditionalProperties = members };
}
