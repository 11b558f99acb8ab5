using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;
using MeaiChatMessage = Microsoft.Extensions.AI.ChatMessage;

namespace OpenRouter.Sdk.AI;

// Chat messages become input items: messages, function calls and their outputs, reasoning items.
internal static partial class ResponsesRequestMapper
{
    // The Microsoft.Extensions.AI defaults indent; arguments and tool results go on the wire compact.
    private static readonly JsonSerializerOptions CompactOptions = CreateCompactOptions();

    private static void AddItems(List<ResponseItem> items, MeaiChatMessage message)
    {
        if (message.RawRepresentation is ResponseItem raw)
        {
            items.Add(raw);
            return;
        }

        ChatRole role = message.Role;
        if (role == ChatRole.Assistant)
        {
            AddAssistantItems(items, message);
        }
        else if (role == ChatRole.User || role == DeveloperRole)
        {
            AddUserOrDeveloperItems(items, message, role == ChatRole.User ? MessageRole.User : MessageRole.Developer);
        }
        else if (role == ChatRole.Tool)
        {
            AddFunctionOutputs(items, message);
        }
        else
        {
            throw new NotSupportedException($"The chat role '{role.Value}' has no OpenRouter Responses API equivalent.");
        }
    }

    private static void AddUserOrDeveloperItems(List<ResponseItem> items, MeaiChatMessage message, MessageRole role)
    {
        IList<AIContent> contents = message.Contents;
        if (contents.Count == 1 && contents[0] is TextContent single)
        {
            items.Add(ResponseItem.Message(role, single.Text));
            return;
        }

        var parts = new List<ResponseContentPart>(contents.Count);
        foreach (AIContent content in contents)
        {
            if (content is FunctionResultContent result)
            {
                // A result in a user message (some callers put them there) is still a function call output.
                FlushParts(items, role, parts);
                items.Add(ToFunctionOutput(result));
                continue;
            }

            if (ToInputPart(content) is { } part)
            {
                parts.Add(part);
            }
        }

        FlushParts(items, role, parts);
    }

    private static void FlushParts(List<ResponseItem> items, MessageRole role, List<ResponseContentPart> parts)
    {
        if (parts.Count > 0)
        {
            items.Add(ResponseItem.Message(role, new ResponseItemContent(parts)));
            parts.Clear();
        }
    }

    private static void AddFunctionOutputs(List<ResponseItem> items, MeaiChatMessage message)
    {
        foreach (AIContent content in message.Contents)
        {
            if (content is FunctionResultContent result)
            {
                items.Add(ToFunctionOutput(result));
            }
        }
    }

    private static ResponseItem ToFunctionOutput(FunctionResultContent result) =>
        ResponseItem.FunctionCallOutput(result.CallId, result.Result switch
        {
            null => result.Exception is null ? string.Empty : "Error: " + result.Exception.Message,
            string text => text,
            JsonElement element => element.GetRawText(),
            JsonNode node => node.ToJsonString(),
            TextContent text => text.Text,
            object other => JsonSerializer.Serialize(other, CompactOptions.GetTypeInfo(other.GetType())),
        });

    /// <summary>
    /// An assistant turn in order: text becomes <c>output_text</c> message items, function calls <c>function_call</c>
    /// items and reasoning <c>reasoning</c> items. Items the model produced (kept as raw representations) go back
    /// unchanged, ids and encrypted reasoning included; reasoning text streamed in pieces is then not sent twice.
    /// </summary>
    private static void AddAssistantItems(List<ResponseItem> items, MeaiChatMessage message)
    {
        bool hasRawReasoning = false;
        foreach (AIContent content in message.Contents)
        {
            hasRawReasoning |= content is TextReasoningContent { RawRepresentation: ResponseItem };
        }

        var text = new List<ResponseContentPart>();
        foreach (AIContent content in message.Contents)
        {
            switch (content)
            {
                case TextContent t:
                    text.Add(ResponseContentPart.OutputText(t.Text));
                    break;
                case TextReasoningContent { RawRepresentation: ResponseItem reasoningItem }:
                    FlushParts(items, MessageRole.Assistant, text);
                    items.Add(reasoningItem);
                    break;
                case TextReasoningContent reasoning:
                    if (!hasRawReasoning || !string.IsNullOrEmpty(reasoning.ProtectedData))
                    {
                        FlushParts(items, MessageRole.Assistant, text);
                        items.Add(ToReasoningItem(reasoning));
                    }

                    break;
                case FunctionCallContent call:
                    FlushParts(items, MessageRole.Assistant, text);
                    items.Add(call.RawRepresentation is ResponseItem { Type: { } type } rawCall && type == ResponseItemType.FunctionCall
                        ? rawCall
                        : ResponseItem.FunctionCall(call.CallId, call.Name, ArgumentsOf(call)));
                    break;
                case FunctionResultContent result:
                    FlushParts(items, MessageRole.Assistant, text);
                    items.Add(ToFunctionOutput(result));
                    break;
                default:
                    if (content.RawRepresentation is ResponseItem other)
                    {
                        // A server tool call (web search, image generation, ...) the model made: sent back as it was.
                        FlushParts(items, MessageRole.Assistant, text);
                        items.Add(other);
                    }

                    break;
            }
        }

        FlushParts(items, MessageRole.Assistant, text);
    }

    private static ResponseItem ToReasoningItem(TextReasoningContent reasoning)
    {
        var item = new ResponseItem
        {
            Type = ResponseItemType.Reasoning,
            Summary = new List<ResponseContentPart>(),
            EncryptedContent = string.IsNullOrEmpty(reasoning.ProtectedData) ? null : reasoning.ProtectedData,
        };
        if (!string.IsNullOrEmpty(reasoning.Text))
        {
            item.Content = new ResponseItemContent(new[] { new ResponseContentPart { Type = ResponseContentPartType.ReasoningText, Text = reasoning.Text } });
        }

        return item;
    }

    private static string ArgumentsOf(FunctionCallContent call) => call.Arguments is null
        ? "{}"
        : JsonSerializer.Serialize(call.Arguments, CompactOptions.GetTypeInfo(typeof(IDictionary<string, object?>)));

    private static string TextOf(MeaiChatMessage message)
    {
        var builder = new StringBuilder();
        foreach (AIContent content in message.Contents)
        {
            if (content is TextContent text)
            {
                builder.Append(text.Text);
            }
        }

        return builder.ToString();
    }

    private static JsonSerializerOptions CreateCompactOptions()
    {
        var options = new JsonSerializerOptions(AIJsonUtilities.DefaultOptions) { WriteIndented = false };
        options.MakeReadOnly();
        return options;
    }
}
