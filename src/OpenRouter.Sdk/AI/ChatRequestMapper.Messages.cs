using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;
using MeaiChatMessage = Microsoft.Extensions.AI.ChatMessage;

namespace OpenRouter.Sdk.AI;

// Chat messages: roles, tool results and user messages.
internal static partial class ChatRequestMapper
{
    private static void AddMessage(IList<Message> target, MeaiChatMessage message)
    {
        if (message.RawRepresentation is Message raw)
        {
            target.Add(raw);
            return;
        }

        ChatRole role = message.Role;
        if (role == ChatRole.Tool || HasFunctionResult(message))
        {
            AddToolResults(target, message);
            return;
        }

        if (role == ChatRole.System)
        {
            target.Add(new SystemMessage(TextOf(message)) { Name = message.AuthorName });
        }
        else if (role == DeveloperRole)
        {
            target.Add(new DeveloperMessage(TextOf(message)) { Name = message.AuthorName });
        }
        else if (role == ChatRole.User)
        {
            target.Add(ToUserMessage(message));
        }
        else if (role == ChatRole.Assistant)
        {
            target.Add(ToAssistantMessage(message));
        }
        else
        {
            throw new NotSupportedException($"The chat role '{role.Value}' has no OpenRouter equivalent.");
        }
    }

    private static bool HasFunctionResult(MeaiChatMessage message)
    {
        foreach (AIContent content in message.Contents)
        {
            if (content is FunctionResultContent)
            {
                return true;
            }
        }

        return false;
    }

    private static void AddToolResults(IList<Message> target, MeaiChatMessage message)
    {
        foreach (AIContent content in message.Contents)
        {
            if (content is FunctionResultContent result)
            {
                target.Add(new ToolMessage(result.CallId, ResultText(result)));
            }
        }
    }

    private static string ResultText(FunctionResultContent result) => result.Result switch
    {
        null => result.Exception is null ? string.Empty : "Error: " + result.Exception.Message,
        string text => text,
        JsonElement element => element.GetRawText(),
        JsonNode node => node.ToJsonString(),
        TextContent text => text.Text,
        object other => JsonSerializer.Serialize(other, CompactOptions.GetTypeInfo(other.GetType())),
    };

    private static UserMessage ToUserMessage(MeaiChatMessage message)
    {
        IList<AIContent> contents = message.Contents;
        if (contents.Count == 1 && contents[0] is TextContent single)
        {
            return new UserMessage(single.Text) { Name = message.AuthorName };
        }

        var parts = new List<ContentPart>(contents.Count);
        foreach (AIContent content in contents)
        {
            if (ToPart(content) is { } part)
            {
                parts.Add(part);
            }
        }

        return new UserMessage(parts) { Name = message.AuthorName };
    }
}
