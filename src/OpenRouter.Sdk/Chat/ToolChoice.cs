using System;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// Which tool the model must use (<c>tool_choice</c>): <see cref="Auto"/>, <see cref="None"/>,
/// <see cref="Required"/>, a named function, or a server tool.
/// </summary>
[JsonConverter(typeof(ToolChoiceConverter))]
public sealed class ToolChoice
{
    private ToolChoice(string? mode, string? type, string? functionName)
    {
        Mode = mode;
        Type = type;
        FunctionName = functionName;
    }

    /// <summary>The model decides (<c>"auto"</c>).</summary>
    public static ToolChoice Auto { get; } = new("auto", null, null);

    /// <summary>The model must not call tools (<c>"none"</c>).</summary>
    public static ToolChoice None { get; } = new("none", null, null);

    /// <summary>The model must call at least one tool (<c>"required"</c>).</summary>
    public static ToolChoice Required { get; } = new("required", null, null);

    /// <summary>The string form (<c>auto</c>, <c>none</c>, <c>required</c>), or null for the object form.</summary>
    public string? Mode { get; }

    /// <summary>The object form's <c>type</c>: <c>function</c> or a server tool type.</summary>
    public string? Type { get; }

    /// <summary>The function the model must call, for the function form.</summary>
    public string? FunctionName { get; }

    /// <summary>Forces a call of the named function: <c>{"type":"function","function":{"name":...}}</c>.</summary>
    public static ToolChoice Function(string name)
    {
        Argument.Requires(!string.IsNullOrWhiteSpace(name), "A function name is required.", nameof(name));

        return new ToolChoice(null, "function", name);
    }

    /// <summary>Forces a server tool: <c>{"type":"openrouter:web_search"}</c>.</summary>
    public static ToolChoice ServerTool(string type)
    {
        Argument.Requires(!string.IsNullOrWhiteSpace(type), "A server tool type is required.", nameof(type));

        return new ToolChoice(null, type, null);
    }

    internal static ToolChoice FromMode(string mode) => mode switch
    {
        "auto" => Auto,
        "none" => None,
        "required" => Required,
        _ => new ToolChoice(mode, null, null),
    };

    internal static ToolChoice FromObject(string type, string? functionName) => new(null, type, functionName);

    /// <inheritdoc />
    public override string ToString() => Mode ?? (FunctionName is null ? Type! : $"{Type}:{FunctionName}");
}
