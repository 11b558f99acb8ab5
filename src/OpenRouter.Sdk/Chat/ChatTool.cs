using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json;
using OpenRouter.Sdk.Internal;

namespace OpenRouter.Sdk;

/// <summary>
/// A tool the model may call (<c>tools[]</c>): a function you execute, or an OpenRouter server tool
/// (<c>openrouter:web_search</c>, ...) that OpenRouter executes.
/// </summary>
public sealed class ChatTool
{
    /// <summary>The tool type: <c>function</c> or a server tool such as <c>openrouter:web_search</c>.</summary>
    [JsonPropertyName("type")]
    public string Type { get; set; } = "function";

    /// <summary>The function definition (for <c>function</c> tools).</summary>
    [JsonPropertyName("function")]
    public FunctionDefinition? Function { get; set; }

    /// <summary>Server tool parameters (for <c>openrouter:*</c> tools), for example <c>{"max_uses":1}</c>.</summary>
    [JsonPropertyName("parameters")]
    public JsonObject? Parameters { get; set; }

    /// <summary>An optional prompt-caching breakpoint after this tool.</summary>
    [JsonPropertyName("cache_control")]
    public CacheControl? CacheControl { get; set; }

    /// <summary>Fields not modelled here, written as-is.</summary>
    [JsonIgnore]
    public JsonObject? AdditionalProperties { get; set; }

    /// <summary>How the serializer sees <see cref="AdditionalProperties"/> (see <see cref="Serialization.JsonObjectExtensionData"/>).</summary>
    [JsonExtensionData]
    [JsonInclude]
    internal IDictionary<string, System.Text.Json.JsonElement>? ExtensionData
    {
        get => Serialization.JsonObjectExtensionData.Wrap(AdditionalProperties);
        set => AdditionalProperties = Serialization.JsonObjectExtensionData.Unwrap(value);
    }

    // The CreateFunction overloads spell out each arity instead of using optional parameters: the schema-as-text
    // overload has the same length, and two such groups cannot both have defaults and still grow without breaking callers.

    /// <inheritdoc cref="CreateFunction(string, string?, JsonElement?, bool?)"/>
    public static ChatTool CreateFunction(string name) => CreateFunction(name, null, (JsonElement?)null, null);

    /// <inheritdoc cref="CreateFunction(string, string?, JsonElement?, bool?)"/>
    public static ChatTool CreateFunction(string name, string? description) => CreateFunction(name, description, (JsonElement?)null, null);

    /// <inheritdoc cref="CreateFunction(string, string?, JsonElement?, bool?)"/>
    public static ChatTool CreateFunction(string name, string? description, JsonElement? parameters) => CreateFunction(name, description, parameters, null);

    /// <summary>Creates a function tool.</summary>
    /// <param name="name">The function name (up to 64 of <c>[A-Za-z0-9_-]</c>).</param>
    /// <param name="description">What the function does; the model reads this.</param>
    /// <param name="parameters">A JSON Schema for the arguments, or null for none.</param>
    /// <param name="strict">Whether the provider should enforce the schema exactly.</param>
    public static ChatTool CreateFunction(string name, string? description, JsonElement? parameters, bool? strict)
    {
        Argument.Requires(!string.IsNullOrWhiteSpace(name), "A function name is required.", nameof(name));

        return new ChatTool
        {
            Function = new FunctionDefinition
            {
                Name = name,
                Description = description,
                Parameters = parameters,
                Strict = strict,
            },
        };
    }

    /// <summary>Creates a function tool from a JSON Schema given as text.</summary>
    public static ChatTool CreateFunction(string name, string? description, string parametersJsonSchema) => CreateFunction(name, description, parametersJsonSchema, null);

    /// <summary>Creates a function tool from a JSON Schema given as text.</summary>
    public static ChatTool CreateFunction(string name, string? description, string parametersJsonSchema, bool? strict)
    {
        Argument.NotNull(parametersJsonSchema);

        using JsonDocument document = JsonDocument.Parse(parametersJsonSchema);
        return CreateFunction(name, description, document.RootElement.Clone(), strict);
    }

    /// <summary>Creates an OpenRouter server tool such as <c>openrouter:web_search</c>.</summary>
    /// <param name="type">The server tool type.</param>
    /// <param name="parameters">Optional tool parameters.</param>
    public static ChatTool CreateServerTool(string type, JsonObject? parameters = null)
    {
        Argument.Requires(!string.IsNullOrWhiteSpace(type), "A server tool type is required.", nameof(type));

        return new ChatTool { Type = type, Parameters = parameters };
    }

    /// <summary>
    /// The <c>openrouter:web_search</c> server tool: OpenRouter searches the web when the model asks
    /// (<c>{"type":"openrouter:web_search","parameters":{...}}</c>).
    /// </summary>
    /// <param name="options">The search settings; null (or nothing set) sends no <c>parameters</c>. Copied.</param>
    /// <returns>The tool.</returns>
    /// <exception cref="ArgumentException">A count is negative, a domain is blank, or both domain lists are set.</exception>
    public static ChatTool CreateWebSearchTool(WebSearchToolOptions? options = null) =>
        CreateServerTool(OpenRouterServerTools.WebSearch, options?.ToParameters());

    /// <summary>
    /// The <c>openrouter:web_fetch</c> server tool: OpenRouter fetches a web page or PDF the model asks for
    /// (<c>{"type":"openrouter:web_fetch","parameters":{...}}</c>).
    /// </summary>
    /// <param name="options">The fetch settings; null (or nothing set) sends no <c>parameters</c>. Copied.</param>
    /// <returns>The tool.</returns>
    /// <exception cref="ArgumentException">A count is negative or a domain is blank.</exception>
    public static ChatTool CreateWebFetchTool(WebFetchToolOptions? options = null) =>
        CreateServerTool(OpenRouterServerTools.WebFetch, options?.ToParameters());

    /// <summary>
    /// The <c>openrouter:datetime</c> server tool: tells the model the current date and time
    /// (<c>{"type":"openrouter:datetime","parameters":{"timezone":...}}</c>).
    /// </summary>
    /// <param name="timezone">An IANA time zone such as <c>America/New_York</c>; null sends none (UTC).</param>
    /// <returns>The tool.</returns>
    /// <exception cref="ArgumentException"><paramref name="timezone"/> is blank.</exception>
    public static ChatTool CreateDatetimeTool(string? timezone = null) =>
        CreateServerTool(OpenRouterServerTools.Datetime, DatetimeParameters(timezone));

    /// <summary>
    /// The <c>openrouter:image_generation</c> server tool: the model can generate images with an image model
    /// (<c>{"type":"openrouter:image_generation","parameters":{...}}</c>).
    /// </summary>
    /// <param name="options">The image model and its settings; null (or nothing set) sends no <c>parameters</c>. Copied.</param>
    /// <returns>The tool.</returns>
    /// <exception cref="ArgumentException">The output compression is negative.</exception>
    public static ChatTool CreateImageGenerationTool(ImageGenerationToolOptions? options = null) =>
        CreateServerTool(OpenRouterServerTools.ImageGeneration, options?.ToParameters());

    /// <summary>The datetime tool's parameters: the time zone, or none.</summary>
    internal static JsonObject? DatetimeParameters(string? timezone, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(timezone))] string? parameterName = null)
    {
        if (timezone is null)
        {
            return null;
        }

        Argument.Requires(!string.IsNullOrWhiteSpace(timezone), "A time zone such as \"America/New_York\" is required (or null for UTC).", parameterName);
        return new JsonObject { ["timezone"] = timezone };
    }
}
