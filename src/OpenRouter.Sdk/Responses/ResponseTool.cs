using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;

namespace OpenRouter.Sdk;

/// <summary>
/// A tool the model may use, in the Responses API's flat shape: a function tool
/// (<c>{"type": "function", "name", "description", "parameters", "strict"}</c>, <see cref="Function(string, string?, JsonElement?, bool?)"/>)
/// or an OpenRouter server tool such as <c>openrouter:web_search</c> (<see cref="Server"/>), whose own members
/// travel in <see cref="AdditionalProperties"/>.
/// </summary>
public sealed class ResponseTool
{
    /// <summary>The tool type: <c>function</c>, or a server tool's type such as <c>openrouter:web_search</c>.</summary>
    [JsonPropertyName("type")]
    [JsonPropertyOrder(-1)]
    public string Type { get; set; } = "function";

    /// <summary>The function's name (function tools).</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>What the function does; the model reads this (function tools).</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>A JSON Schema of the function's arguments (function tools).</summary>
    [JsonPropertyName("parameters")]
    public JsonElement? Parameters { get; set; }

    /// <summary>Whether the provider must follow the schema exactly (function tools).</summary>
    [JsonPropertyName("strict")]
    public bool? Strict { get; set; }

    /// <summary>Members not modelled above (a server tool's settings, <c>defer_loading</c>, ...), sent and received as they are.</summary>
    [JsonIgnore]
    public JsonObject? AdditionalProperties { get; set; }

    [JsonExtensionData]
    [JsonInclude]
    internal IDictionary<string, JsonElement>? ExtensionData
    {
        get => Serialization.JsonObjectExtensionData.Wrap(AdditionalProperties);
        set => AdditionalProperties = Serialization.JsonObjectExtensionData.Unwrap(value);
    }

    /// <summary>Creates a function tool.</summary>
    /// <param name="name">The function name (up to 64 of <c>[A-Za-z0-9_-]</c>).</param>
    /// <param name="description">What the function does; the model reads this.</param>
    /// <param name="parameters">A JSON Schema for the arguments, or null for none.</param>
    /// <param name="strict">Whether the provider should enforce the schema exactly.</param>
    /// <returns>The tool.</returns>
    public static ResponseTool Function(string name, string? description, JsonElement? parameters, bool? strict)
    {
        Argument.Requires(!string.IsNullOrWhiteSpace(name), "A function name is required.", nameof(name));
        return new ResponseTool { Type = "function", Name = name, Description = description, Parameters = parameters, Strict = strict };
    }

    /// <summary>Creates a function tool from a JSON Schema given as text.</summary>
    /// <param name="name">The function name.</param>
    /// <param name="description">What the function does.</param>
    /// <param name="parametersJsonSchema">A JSON Schema for the arguments, as JSON text.</param>
    /// <param name="strict">Whether the provider should enforce the schema exactly.</param>
    /// <returns>The tool.</returns>
    public static ResponseTool Function(string name, string? description, string parametersJsonSchema, bool? strict)
    {
        Argument.NotNull(parametersJsonSchema);
        using JsonDocument document = JsonDocument.Parse(parametersJsonSchema);
        return Function(name, description, document.RootElement.Clone(), strict);
    }

    /// <summary>Creates an OpenRouter server tool such as <c>openrouter:web_search</c> or <c>openrouter:datetime</c>.</summary>
    /// <param name="type">The server tool type.</param>
    /// <param name="fields">The tool's other members (such as <c>parameters</c>), sent as they are.</param>
    /// <returns>The tool.</returns>
    public static ResponseTool Server(string type, JsonObject? fields = null)
    {
        Argument.Requires(!string.IsNullOrWhiteSpace(type), "A server tool type is required.", nameof(type));
        return new ResponseTool { Type = type, AdditionalProperties = fields };
    }
}
