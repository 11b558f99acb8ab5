using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;
using OpenRouter.Sdk.Serialization;
using MeaiChatMessage = Microsoft.Extensions.AI.ChatMessage;

namespace OpenRouter.Sdk.AI;

// Assistant messages: text, tool calls and the reasoning details a model needs back on the next turn.
internal static partial class ChatRequestMapper
{
    private static AssistantMessage ToAssistantMessage(MeaiChatMessage message)
    {
        StringBuilder? text = null;
        StringBuilder? reasoning = null;
        List<ToolCall>? toolCalls = null;
        List<ReasoningDetail>? rawDetails = null;

        foreach (AIContent content in message.Contents)
        {
            switch (content)
            {
                case TextContent t:
                    (text ??= new StringBuilder()).Append(t.Text);
                    break;
                case TextReasoningContent r:
                    if (!string.IsNullOrEmpty(r.Text))
                    {
                        (reasoning ??= new StringBuilder()).Append(r.Text);
                    }

                    if (r.RawRepresentation is ReasoningDetail detail)
                    {
                        (rawDetails ??= new List<ReasoningDetail>()).Add(detail);
                    }

                    break;
                case FunctionCallContent call:
                    (toolCalls ??= new List<ToolCall>()).Add(ToToolCall(call));
                    break;
            }
        }

        IList<ReasoningDetail>? details = ReadReasoningDetails(message.AdditionalProperties) ?? rawDetails;
        bool empty = text is null && toolCalls is null;
        return new AssistantMessage(empty ? string.Empty : text?.ToString())
        {
            Name = message.AuthorName,
            ToolCalls = toolCalls,
            Reasoning = reasoning?.ToString(),
            ReasoningDetails = details,
        };
    }

    private static ToolCall ToToolCall(FunctionCallContent call)
    {
        // The arguments as the model wrote them are the most faithful thing to send back.
        string arguments = call.RawRepresentation is ToolCall { Function.Arguments: { } rawArguments }
            ? rawArguments
            : call.Arguments is null
                ? "{}"
                : JsonSerializer.Serialize(call.Arguments, CompactOptions.GetTypeInfo(typeof(IDictionary<string, object?>)));
        return new ToolCall
        {
            Id = call.CallId,
            Type = "function",
            Function = new FunctionCall { Name = call.Name, Arguments = arguments },
        };
    }

    internal static IList<ReasoningDetail>? ReadReasoningDetails(AdditionalPropertiesDictionary? properties)
    {
        if (properties is null || !properties.TryGetValue(OpenRouterPropertyNames.ReasoningDetails, out object? value) || value is null)
        {
            return null;
        }

        switch (value)
        {
            case IEnumerable<ReasoningDetail> details:
                return new List<ReasoningDetail>(details);
            case JsonElement { ValueKind: JsonValueKind.Array } element:
                return ReadDetailArray(element);
            case JsonNode node:
                using (JsonDocument document = JsonDocument.Parse(node.ToJsonString()))
                {
                    return ReadDetailArray(document.RootElement);
                }

            case string json:
                using (JsonDocument document = JsonDocument.Parse(json))
                {
                    return ReadDetailArray(document.RootElement);
                }

            default:
                return null;
        }
    }

    private static List<ReasoningDetail>? ReadDetailArray(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var list = new List<ReasoningDetail>(element.GetArrayLength());
        foreach (JsonElement item in element.EnumerateArray())
        {
            if (item.Deserialize(OpenRouterJsonContext.Default.ReasoningDetail) is { } detail)
            {
                list.Add(detail);
            }
        }

        return list;
    }

    private static string TextOf(MeaiChatMessage message)
    {
        IList<AIContent> contents = message.Contents;
        if (contents.Count == 1 && contents[0] is TextContent single)
        {
            return single.Text;
        }

        var builder = new StringBuilder();
        foreach (AIContent content in contents)
        {
            if (content is TextContent text)
            {
                builder.Append(text.Text);
            }
        }

        return builder.ToString();
    }
}
