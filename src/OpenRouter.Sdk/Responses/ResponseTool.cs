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

    /// <summary>The <c>openrouter:web_search</c> server tool (<c>{"type":"openrouter:web_search","parameters":{...}}</c>).</summary>
    /// <param name="options">The search settings; null (or nothing set) sends no <c>parameters</c>. Copied.</param>
    /// <returns>The tool.</returns>
    /// <exception cref="System.ArgumentException">A count is negative, a domain is blank, or both domain lists are set.</exception>
    public static ResponseTool WebSearch(WebSearchToolOptions? options = null) =>
        WithParameters(OpenRouterServerTools.WebSearch, options?.ToParameters());

    /// <summary>The <c>openrouter:web_fetch</c> server tool (<c>{"type":"openrouter:web_fetch","parameters":{...}}</c>).</summary>
    /// <param name="options">The fetch settings; null (or nothing set) sends no <c>parameters</c>. Copied.</param>
    /// <returns>The tool.</returns>
    /// <exception cref="System.ArgumentException">A count is negative or a domain is blank.</exception>
    public static ResponseTool WebFetch(WebFetchToolOptions? options = null) =>
        WithParameters(OpenRouterServerTools.WebFetch, options?.ToParameters());

    /// <summary>The <c>openrouter:datetime</c> server tool (<c>{"type":"openrouter:datetime","parameters":{"timezone":...}}</c>).</summary>
    /// <param name="timezone">An IANA time zone such as <c>America/New_York</c>; null sends none (UTC).</param>
    /// <returns>The tool.</returns>
    /// <exception cref="System.ArgumentException"><paramref name="timezone"/> is blank.</exception>
    public static ResponseTool Datetime(string? timezone = null) =>
        WithParameters(OpenRouterServerTools.Datetime, ChatTool.DatetimeParameters(timezone));

    /// <summary>The <c>openrouter:image_generation</c> server tool (<c>{"type":"openrouter:image_generation","parameters":{...}}</c>).</summary>
    /// <param name="options">The image model and its settings; null (or nothing set) sends no <c>parameters</c>. Copied.</param>
    /// <returns>The tool.</returns>
    /// <exception cref="System.ArgumentException">The output compression is negative.</exception>
    public static ResponseTool ImageGeneration(ImageGenerationToolOptions? options = null) =>
        WithParameters(OpenRouterServerTools.ImageGeneration, options?.ToParameters());

    private static ResponseTool WithParameters(string type, JsonObject? parameters) =>
        Server(type, parameters is null ? null : new JsonObject { ["parameters"] = parameters });
}
