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
}
