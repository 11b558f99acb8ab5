using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;
using OpenRouter.Sdk.Internal;
using MeaiChatMessage = Microsoft.Extensions.AI.ChatMessage;
using MeaiReasoningEffort = Microsoft.Extensions.AI.ReasoningEffort;
using MeaiReasoningOptions = Microsoft.Extensions.AI.ReasoningOptions;

namespace OpenRouter.Sdk.AI;

/// <summary>Turns Microsoft.Extensions.AI messages and <see cref="ChatOptions"/> into a <see cref="ChatCompletionRequest"/>.</summary>
internal static partial class ChatRequestMapper
{
    private static readonly ChatRole DeveloperRole = new("developer");

    // The Microsoft.Extensions.AI defaults indent; arguments and tool results go on the wire compact.
    private static readonly JsonSerializerOptions CompactOptions = CreateCompactOptions();

    public static ChatCompletionRequest ToRequest(IChatClient client, IEnumerable<MeaiChatMessage> messages, ChatOptions? options, string? defaultModel)
    {
        // A request from the factory is the starting point: what it already sets wins over ChatOptions. It is copied,
        // since a factory may hand out one shared instance that must not grow with every call.
        ChatCompletionRequest request = options?.RawRepresentationFactory?.Invoke(client) is ChatCompletionRequest template
            ? RequestCopy.Of(template)
            : new ChatCompletionRequest();
        request.Messages ??= new List<Message>();

        if (options?.Instructions is { Length: > 0 } instructions)
        {
            request.Messages.Add(new SystemMessage(instructions));
        }

        foreach (MeaiChatMessage message in messages)
        {
            Argument.Requires(message is not null, "A chat message is null.", nameof(messages));
            AddMessage(request.Messages, message);
        }

        request.Model ??= options?.ModelId ?? defaultModel;
        if (options is not null)
        {
            ApplyOptions(request, options);
        }

        return request;
    }

    private static void ApplyOptions(ChatCompletionRequest request, ChatOptions options)
    {
        request.Temperature ??= ToDouble(options.Temperature);
        request.TopP ??= ToDouble(options.TopP);
        request.TopK ??= options.TopK;
        request.FrequencyPenalty ??= ToDouble(options.FrequencyPenalty);
        request.PresencePenalty ??= ToDouble(options.PresencePenalty);
        request.Seed ??= options.Seed;
        if (request.MaxCompletionTokens is null && request.MaxTokens is null)
        {
            request.MaxCompletionTokens = options.MaxOutputTokens;
        }

        if (request.Stop is null && options.StopSequences is { Count: > 0 } stops)
        {
            request.Stop = new List<string>(stops);
        }

        AdditionalPropertiesDictionary? extra = options.AdditionalProperties;
        bool? strict = StrictSchema.Read(extra);

        request.ResponseFormat ??= ToResponseFormat(options.ResponseFormat, strict);

        if (options.Tools is { Count: > 0 } tools)
        {
            request.Tools ??= new List<ChatTool>();
            foreach (AITool tool in tools)
            {
                request.Tools.Add(ToChatTool(tool, strict));
            }

            request.ToolChoice ??= options.ToolMode switch
            {
                NoneChatToolMode => ToolChoice.None,
                RequiredChatToolMode { RequiredFunctionName: { } name } => ToolChoice.Function(name),
                RequiredChatToolMode => ToolChoice.Required,
                AutoChatToolMode => ToolChoice.Auto,
                _ => null,
            };

            request.ParallelToolCalls ??= options.AllowMultipleToolCalls;
        }

        request.Reasoning ??= ToReasoning(options.Reasoning);

        if (extra is not null)
        {
            ApplyAdditionalProperties(request, extra);
        }
    }

    private static ResponseFormat? ToResponseFormat(ChatResponseFormat? format, bool? strict) => format switch
    {
        ChatResponseFormatText => ResponseFormat.Text,
        ChatResponseFormatJson { Schema: not null } json =>
            ResponseFormat.JsonSchema(json.SchemaName ?? "response", StrictSchema.Schema(json, strict)!.Value, strict, json.SchemaDescription),
        ChatResponseFormatJson => ResponseFormat.JsonObject,
        _ => null,
    };

    private static ChatTool ToChatTool(AITool tool, bool? strict)
    {
        if (tool is AIFunctionDeclaration function)
        {
            bool? functionStrict = StrictSchema.ForFunction(function, strict);
            return ChatTool.CreateFunction(function.Name, string.IsNullOrEmpty(function.Description) ? null : function.Description,
                StrictSchema.Parameters(function, functionStrict), functionStrict);
        }

        (string type, JsonObject? parameters) = HostedTools.ToServerTool(tool, "chat completions", toolSearch: false);
        return ChatTool.CreateServerTool(type, parameters);
    }

    internal static ReasoningConfig? ToReasoning(MeaiReasoningOptions? reasoning)
    {
        if (reasoning is null)
        {
            return null;
        }

        var result = new ReasoningConfig();
        switch (reasoning.Effort)
        {
            case MeaiReasoningEffort.None:
                result.Effort = ReasoningEffortLevel.None;
                break;
            case MeaiReasoningEffort.Low:
                result.Effort = ReasoningEffortLevel.Low;
                break;
            case MeaiReasoningEffort.Medium:
                result.Effort = ReasoningEffortLevel.Medium;
                break;
            case MeaiReasoningEffort.High:
                result.Effort = ReasoningEffortLevel.High;
                break;
            case MeaiReasoningEffort.ExtraHigh:
                result.Effort = ReasoningEffortLevel.XHigh;
                break;
        }

        switch (reasoning.Output)
        {
            case ReasoningOutput.None:
                result.Exclude = true;
                break;
            case ReasoningOutput.Summary:
                result.Summary = ReasoningSummary.Auto;
                break;
            case ReasoningOutput.Full:
                result.Exclude = false;
                break;
        }

        if (result.Effort is null && result.Exclude is null && result.Summary is null)
        {
            result.Enabled = true;
        }

        return result;
    }

    // A float such as 0.7f widens to 0.699999988...; going through decimal keeps the value the caller wrote.
    internal static double? ToDouble(float? value) =>
        value is { } f && !float.IsNaN(f) && !float.IsInfinity(f) ? (double)(decimal)f : value;

    private static JsonSerializerOptions CreateCompactOptions()
    {
        var options = new JsonSerializerOptions(AIJsonUtilities.DefaultOptions) { WriteIndented = false };
        options.MakeReadOnly();
        return options;
    }

    private static bool StartsWith(string? value, string prefix) =>
        value is not null && value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);
}
