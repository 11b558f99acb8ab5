using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;
using MeaiChatMessage = Microsoft.Extensions.AI.ChatMessage;

namespace OpenRouter.Sdk.AI;

/// <summary>Turns Microsoft.Extensions.AI messages and <see cref="ChatOptions"/> into a Responses API <see cref="ResponseRequest"/>.</summary>
internal static partial class ResponsesRequestMapper
{
    private static readonly ChatRole DeveloperRole = new("developer");

    public static ResponseRequest ToRequest(IChatClient client, IEnumerable<MeaiChatMessage> messages, ChatOptions? options, string? defaultModel)
    {
        if (options?.ConversationId is { Length: > 0 } conversationId)
        {
            throw new NotSupportedException(
                $"ChatOptions.ConversationId ('{conversationId}') cannot be honoured: OpenRouter's Responses API is stateless and stores no response or conversation. Send the full history in the messages instead, and leave ConversationId null.");
        }

        // A request from the factory is the starting point: what it already sets wins over ChatOptions. It is copied
        // (its input and tools too), since a factory may hand out one shared instance that must not grow with every call.
        ResponseRequest request = options?.RawRepresentationFactory?.Invoke(client) is ResponseRequest template
            ? CopyOf(template)
            : new ResponseRequest();

        List<ResponseItem> items = request.Input?.Items is { } templateItems ? new List<ResponseItem>(templateItems) : new List<ResponseItem>();
        if (request.Input?.Text is { } templateText)
        {
            items.Add(ResponseItem.UserMessage(templateText));
        }

        StringBuilder? instructions = request.Instructions is null ? null : new StringBuilder(request.Instructions);
        if (options?.Instructions is { Length: > 0 } optionInstructions)
        {
            Append(ref instructions, optionInstructions);
        }

        foreach (MeaiChatMessage message in messages)
        {
            Argument.Requires(message is not null, "A chat message is null.", nameof(messages));
            if (message.Role == ChatRole.System && message.RawRepresentation is not ResponseItem)
            {
                // The Responses API takes system text as the request's instructions.
                Append(ref instructions, TextOf(message));
                continue;
            }

            AddItems(items, message);
        }

        request.Instructions = instructions?.ToString();
        request.Input = new ResponseInput(items);
        request.Model ??= options?.ModelId ?? defaultModel;
        if (options is not null)
        {
            ApplyOptions(request, options);
        }

        return request;
    }

    private static void ApplyOptions(ResponseRequest request, ChatOptions options)
    {
        request.Temperature ??= ChatRequestMapper.ToDouble(options.Temperature);
        request.TopP ??= ChatRequestMapper.ToDouble(options.TopP);
        request.TopK ??= options.TopK;
        request.FrequencyPenalty ??= ChatRequestMapper.ToDouble(options.FrequencyPenalty);
        request.PresencePenalty ??= ChatRequestMapper.ToDouble(options.PresencePenalty);
        request.MaxOutputTokens ??= options.MaxOutputTokens;
        request.Reasoning ??= ChatRequestMapper.ToReasoning(options.Reasoning);

        AdditionalPropertiesDictionary? extra = options.AdditionalProperties;
        bool? strict = StrictSchema.Read(extra);
        if (request.Text?.Format is null && ToTextFormat(options.ResponseFormat, strict) is { } format)
        {
            request.Text ??= new ResponseTextOptions();
            request.Text.Format = format;
        }

        if (options.Tools is { Count: > 0 } tools)
        {
            AddTools(request, tools, strict);
            request.ToolChoice ??= options.ToolMode switch
            {
                NoneChatToolMode => ResponseToolChoice.None,
                RequiredChatToolMode { RequiredFunctionName: { } name } => ResponseToolChoice.Function(name),
                RequiredChatToolMode => ResponseToolChoice.Required,
                AutoChatToolMode => ResponseToolChoice.Auto,
                _ => null,
            };
            request.ParallelToolCalls ??= options.AllowMultipleToolCalls;
        }

        if (extra is not null)
        {
            ApplyAdditionalProperties(request, extra);
        }
    }

    private static ResponseTextFormat? ToTextFormat(ChatResponseFormat? format, bool? strict) => format switch
    {
        ChatResponseFormatText => ResponseTextFormat.Text(),
        ChatResponseFormatJson { Schema: not null } json =>
            ResponseTextFormat.JsonSchema(json.SchemaName ?? "response", StrictSchema.Schema(json, strict)!.Value, json.SchemaDescription, strict),
        ChatResponseFormatJson => ResponseTextFormat.JsonObject(),
        _ => null,
    };

#pragma warning disable MEAI001 // HostedToolSearchTool is experimental in Microsoft.Extensions.AI.
    private static void AddTools(ResponseRequest request, IList<AITool> tools, bool? strict)
    {
        request.Tools = request.Tools is null ? new List<ResponseTool>() : new List<ResponseTool>(request.Tools);

        // openrouter:tool_search finds deferred function tools: those HostedToolSearchTool names, or all when it names none.
        HostedToolSearchTool? toolSearch = null;
        foreach (AITool tool in tools)
        {
            toolSearch ??= tool as HostedToolSearchTool;
        }

        foreach (AITool tool in tools)
        {
            if (tool is AIFunctionDeclaration function)
            {
                bool? functionStrict = StrictSchema.ForFunction(function, strict);
                ResponseTool functionTool = ResponseTool.Function(function.Name, string.IsNullOrEmpty(function.Description) ? null : function.Description,
                    StrictSchema.Parameters(function, functionStrict), functionStrict);
                if (toolSearch is not null && (toolSearch.DeferredTools is null || toolSearch.DeferredTools.Contains(function.Name)))
                {
                    functionTool.AdditionalProperties = new JsonObject { ["defer_loading"] = true };
                }

                request.Tools.Add(functionTool);
                continue;
            }

            (string type, JsonObject? parameters) = HostedTools.ToServerTool(tool, "Responses", toolSearch: true);
            request.Tools.Add(ResponseTool.Server(type, parameters is null ? null : new JsonObject { ["parameters"] = parameters }));
        }
    }

#pragma warning restore MEAI001

    private static void ApplyAdditionalProperties(ResponseRequest request, AdditionalPropertiesDictionary extra)
    {
        if (ChatRequestMapper.Read(extra, OpenRouterPropertyNames.Provider, OpenRouterJsonContext.Default.ProviderPreferences) is { } provider)
        {
            request.Provider = provider;
        }

        if (ChatRequestMapper.ReadStrings(extra, OpenRouterPropertyNames.Models) is { } models)
        {
            request.Models = models;
        }

        if (ChatRequestMapper.ReadPlugins(extra) is { } plugins)
        {
            request.Plugins = plugins;
        }

        if (ChatRequestMapper.Read(extra, OpenRouterPropertyNames.Reasoning, OpenRouterJsonContext.Default.ReasoningConfig) is { } reasoning)
        {
            request.Reasoning = reasoning;
        }

        if (extra.TryGetValue(OpenRouterPropertyNames.Route, out object? route) && route is not null)
        {
            // The Responses request has no member of its own for the routing strategy; it travels as sent.
            (request.AdditionalProperties ??= new JsonObject())["route"] = route is ModelRoute r ? r.ToString() : ChatRequestMapper.ReadString(route);
        }

        if (extra.TryGetValue(OpenRouterPropertyNames.User, out object? user) && user is not null)
        {
            request.User = ChatRequestMapper.ReadString(user);
        }

        if (extra.TryGetValue(OpenRouterPropertyNames.SessionId, out object? session) && session is not null)
        {
            request.SessionId = ChatRequestMapper.ReadString(session);
        }
    }

    private static ResponseRequest CopyOf(ResponseRequest template)
    {
        ResponseRequest copy = template.WithStream(null);
        copy.AdditionalProperties = template.AdditionalProperties?.DeepClone() as JsonObject;
        copy.Text = template.Text is null ? null : new ResponseTextOptions
        {
            Format = template.Text.Format,
            Verbosity = template.Text.Verbosity,
            AdditionalProperties = template.Text.AdditionalProperties is null ? null : new Dictionary<string, System.Text.Json.JsonElement>(template.Text.AdditionalProperties),
        };
        return copy;
    }

    private static void Append(ref StringBuilder? builder, string text)
    {
        if (builder is null)
        {
            builder = new StringBuilder(text);
            return;
        }

        if (builder.Length > 0)
        {
            builder.Append('\n');
        }

        builder.Append(text);
    }
}
