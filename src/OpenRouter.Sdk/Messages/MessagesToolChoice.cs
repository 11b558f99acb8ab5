using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;

namespace OpenRouter.Sdk;

/// <summary>
/// Whether and which tool the model must call (<c>tool_choice</c>): <see cref="Auto"/> (the model decides),
/// <see cref="Any"/> (some tool), <see cref="None"/>, or one tool (<see cref="Tool"/>).
/// </summary>
public sealed class MessagesToolChoice
{
    /// <summary>The choice: <c>auto</c>, <c>any</c>, <c>none</c> or <c>tool</c>.</summary>
    [JsonPropertyName("type")]
    [JsonPropertyOrder(-1)]
    public string Type { get; set; } = "auto";

    /// <summary>The tool the model must call (<c>tool</c>).</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>True to let the model call at most one tool (<c>auto</c>, <c>any</c>, <c>tool</c>).</summary>
    [JsonPropertyName("disable_parallel_tool_use")]
    public bool? DisableParallelToolUse { get; set; }

    /// <summary>Members not modelled above, sent as they are.</summary>
    [JsonIgnore]
    public JsonObject? AdditionalProperties { get; set; }

    [JsonExtensionData]
    [JsonInclude]
    internal IDictionary<string, JsonElement>? ExtensionData
    {
        get => Serialization.JsonObjectExtensionData.Wrap(AdditionalProperties);
        set => AdditionalProperties = Serialization.JsonObjectExtensionData.Unwrap(value);
    }

    /// <summary>The model decides whether to call a tool (<c>{"type": "auto"}</c>). A new instance each time.</summary>
    public static MessagesToolChoice Auto => new() { Type = "auto" };

    /// <summary>The model must call one of the tools (<c>{"type": "any"}</c>). A new instance each time.</summary>
    public static MessagesToolChoice Any => new() { Type = "any" };

    /// <summary>The model calls no tool (<c>{"type": "none"}</c>). A new instance each time.</summary>
    public static MessagesToolChoice None => new() { Type = "none" };

    /// <summary>The model must call this tool (<c>{"type": "tool", "name": ...}</c>).</summary>
    /// <param name="name">The tool's name.</param>
    /// <returns>The choice.</returns>
    public static MessagesToolChoice Tool(string name) => new() { Type = "tool", Name = Argument.NotBlank(name) };
}
