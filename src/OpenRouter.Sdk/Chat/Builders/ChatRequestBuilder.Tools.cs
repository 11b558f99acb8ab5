using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenRouter.Sdk.Internal;

namespace OpenRouter.Sdk;

// Tools the model may call, tool choice, and when server tools stop.
public sealed partial class ChatRequestBuilder
{
    /// <summary>Adds a tool (<c>tools[]</c>); the tool is copied. Two function tools may not share a name.</summary>
    public ChatRequestBuilder WithTool(ChatTool tool)
    {
        Argument.NotNull(tool);

        _draft.Tools ??= new List<ChatTool>();
        if (tool.Function is { } function)
        {
            foreach (ChatTool existing in _draft.Tools)
            {
                if (existing.Function is { } other && string.Equals(other.Name, function.Name, StringComparison.Ordinal))
                {
                    throw new ArgumentException($"A function tool named '{function.Name}' was already added.", nameof(tool));
                }
            }
        }

        _draft.Tools.Add(RequestCopy.Of(tool));
        return this;
    }

    // The schema overloads of WithTool spell out each arity instead of using optional parameters (see WithJsonSchema).

    /// <summary>Adds a function tool from its name, description and JSON Schema for the arguments.</summary>
    public ChatRequestBuilder WithTool(string name, string? description, JsonElement parameters) => WithTool(name, description, parameters, null);

    /// <summary>Adds a function tool from its name, description and JSON Schema for the arguments.</summary>
    public ChatRequestBuilder WithTool(string name, string? description, JsonElement parameters, bool? strict) =>
        WithTool(ChatTool.CreateFunction(name, description, parameters, strict));

    /// <summary>Adds a function tool from its name, description and JSON Schema (as text) for the arguments.</summary>
    public ChatRequestBuilder WithTool(string name, string? description, string parametersJsonSchema) => WithTool(name, description, parametersJsonSchema, null);

    /// <summary>Adds a function tool from its name, description and JSON Schema (as text) for the arguments.</summary>
    public ChatRequestBuilder WithTool(string name, string? description, string parametersJsonSchema, bool? strict) =>
        WithTool(ChatTool.CreateFunction(name, description, parametersJsonSchema, strict));

    /// <summary>Adds tools.</summary>
    public ChatRequestBuilder WithTools(IEnumerable<ChatTool> tools)
    {
        foreach (ChatTool tool in Argument.NotNull(tools))
        {
            WithTool(tool);
        }

        return this;
    }

    /// <summary>Adds an OpenRouter server tool such as <c>openrouter:web_search</c>, run by OpenRouter.</summary>
    public ChatRequestBuilder WithServerTool(string type, JsonObject? parameters = null) =>
        WithTool(ChatTool.CreateServerTool(type, (JsonObject?)parameters?.DeepClone()));

    /// <summary>Adds the <c>openrouter:web_search</c> server tool with its settings (see <see cref="ChatTool.CreateWebSearchTool"/>).</summary>
    public ChatRequestBuilder WithWebSearchTool(WebSearchToolOptions? options = null) => WithTool(ChatTool.CreateWebSearchTool(options));

    /// <summary>Adds the <c>openrouter:web_fetch</c> server tool with its settings (see <see cref="ChatTool.CreateWebFetchTool"/>).</summary>
    public ChatRequestBuilder WithWebFetchTool(WebFetchToolOptions? options = null) => WithTool(ChatTool.CreateWebFetchTool(options));

    /// <summary>Adds the <c>openrouter:datetime</c> server tool, in a time zone (see <see cref="ChatTool.CreateDatetimeTool"/>).</summary>
    public ChatRequestBuilder WithDatetimeTool(string? timezone = null) => WithTool(ChatTool.CreateDatetimeTool(timezone));

    /// <summary>Adds the <c>openrouter:image_generation</c> server tool with its settings (see <see cref="ChatTool.CreateImageGenerationTool"/>).</summary>
    public ChatRequestBuilder WithImageGenerationTool(ImageGenerationToolOptions? options = null) => WithTool(ChatTool.CreateImageGenerationTool(options));

    /// <summary>Which tool the model must use (<c>tool_choice</c>): <see cref="ToolChoice.Auto"/>, <see cref="ToolChoice.None"/>, <see cref="ToolChoice.Required"/> or <see cref="ToolChoice.Function"/>.</summary>
    public ChatRequestBuilder WithToolChoice(ToolChoice toolChoice)
    {
        _draft.ToolChoice = Argument.NotNull(toolChoice);
        return this;
    }

    /// <summary>Whether the model may call several tools at once (<c>parallel_tool_calls</c>).</summary>
    public ChatRequestBuilder WithParallelToolCalls(bool enabled)
    {
        _draft.ParallelToolCalls = enabled;
        return this;
    }

    /// <summary>Conditions that stop OpenRouter's server-tool loop (<c>stop_server_tools_when</c>); replaces earlier ones.</summary>
    public ChatRequestBuilder WithStopServerToolsWhen(params ServerToolStopCondition[] conditions)
    {
        Argument.NotNull(conditions);

        var list = new List<ServerToolStopCondition>(conditions.Length);
        foreach (ServerToolStopCondition condition in conditions)
        {
            Argument.Requires(condition is not null, "Conditions must not be null.", nameof(conditions));
            list.Add(RequestCopy.Of(condition));
        }

        _draft.StopServerToolsWhen = list;
        return this;
    }
}
