using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;

namespace OpenRouter.Sdk;

/// <summary>The options of the text the model writes (<c>text</c>): its format and verbosity.</summary>
public sealed class ResponseTextOptions
{
    /// <summary>The format: plain text, any JSON object, or JSON that follows a schema.</summary>
    [JsonPropertyName("format")]
    public ResponseTextFormat? Format { get; set; }

    /// <summary>How long and detailed the answer should be.</summary>
    [JsonPropertyName("verbosity")]
    public Verbosity? Verbosity { get; set; }

    /// <summary>Members not modelled above, sent and received as they are.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>
/// The format of the model's text (<c>text.format</c>), in the Responses API's flat shape:
/// <c>{"type": "json_schema", "name", "schema", "strict"}</c>. Made with <see cref="Text"/>,
/// <see cref="JsonObject"/> or <see cref="JsonSchema(string, JsonElement, string?, bool?)"/>.
/// </summary>
public sealed class ResponseTextFormat
{
    /// <summary>The format type: <c>text</c>, <c>json_object</c> or <c>json_schema</c>.</summary>
    [JsonPropertyName("type")]
    [JsonPropertyOrder(-1)]
    public string Type { get; set; } = "text";

    /// <summary>The schema's name (<c>json_schema</c>).</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>What the output is for (<c>json_schema</c>).</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>The JSON Schema the output follows (<c>json_schema</c>).</summary>
    [JsonPropertyName("schema")]
    public JsonElement? Schema { get; set; }

    /// <summary>Whether the provider must follow the schema exactly (<c>json_schema</c>).</summary>
    [JsonPropertyName("strict")]
    public bool? Strict { get; set; }

    /// <summary>Members not modelled above, sent and received as they are.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Plain text (<c>{"type": "text"}</c>).</summary>
    /// <returns>The format.</returns>
    public static ResponseTextFormat Text() => new() { Type = "text" };

    /// <summary>Any JSON object (<c>{"type": "json_object"}</c>).</summary>
    /// <returns>The format.</returns>
    public static ResponseTextFormat JsonObject() => new() { Type = "json_object" };

    /// <summary>JSON that follows <paramref name="schema"/> (<c>{"type": "json_schema", ...}</c>).</summary>
    /// <param name="name">The schema's name.</param>
    /// <param name="schema">The JSON Schema.</param>
    /// <param name="description">What the output is for, or null.</param>
    /// <param name="strict">Whether the provider must follow the schema exactly, or null for its default.</param>
    /// <returns>The format.</returns>
    public static ResponseTextFormat JsonSchema(string name, JsonElement schema, string? description = null, bool? strict = null) =>
        new() { Type = "json_schema", Name = Argument.NotBlank(name), Schema = schema, Description = description, Strict = strict };
}
