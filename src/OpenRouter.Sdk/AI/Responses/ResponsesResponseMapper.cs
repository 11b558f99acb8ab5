using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.AI;
using MeaiChatMessage = Microsoft.Extensions.AI.ChatMessage;

namespace OpenRouter.Sdk.AI;

/// <summary>Turns an <see cref="OpenRouterResponse"/> (and its output items) into Microsoft.Extensions.AI types.</summary>
internal static class ResponsesResponseMapper
{
    public static ChatResponse ToChatResponse(OpenRouterResponse response)
    {
        var contents = new List<AIContent>();
        AdditionalPropertiesDictionary? messageProperties = null;
        foreach (ResponseItem item in response.Output)
        {
            AddContents(contents, item, ref messageProperties);
        }

        var message = new MeaiChatMessage(ChatRole.Assistant, contents)
        {
            MessageId = ChatResponseMapper.NullIfEmpty(response.Id),
            CreatedAt = CreatedAt(response),
            AdditionalProperties = messageProperties,
        };

        var chatResponse = new ChatResponse(message)
        {
            ResponseId = ChatResponseMapper.NullIfEmpty(response.Id),
            ModelId = ChatResponseMapper.NullIfEmpty(response.Model),
            CreatedAt = CreatedAt(response),
            FinishReason = FinishReasonOf(response),
            Usage = ToUsageDetails(response.Usage),
            RawRepresentation = response,
        };

        AdditionalPropertiesDictionary? properties = null;
        AdapterProperties.AddCost(ref properties, response.Usage?.Cost, response.Usage?.IsByok);
        chatResponse.AdditionalProperties = properties;
        return chatResponse;
    }

    /// <summary>
    /// The contents of one output item: text (one <see cref="TextContent"/> per <c>output_text</c> part), one
    /// <see cref="TextReasoningContent"/> per reasoning item (its encrypted content as protected data), one
    /// <see cref="FunctionCallContent"/> per function call; any other item (a server tool's call) as an
    /// <see cref="AIContent"/> whose raw representation is the item. Every item stays reachable as a raw
    /// representation, so the conversation can be sent back unchanged.
    /// </summary>
    public static void AddContents(List<AIContent> contents, ResponseItem item, ref AdditionalPropertiesDictionary? messageProperties)
    {
        if (item.Type == ResponseItemType.Message || (item.Type is null && item.Role is not null))
        {
            AddMessageContents(contents, item, ref messageProperties);
        }
        else if (item.Type == ResponseItemType.Reasoning)
        {
            contents.Add(ToReasoning(item));
        }
        else if (item.Type == ResponseItemType.FunctionCall)
        {
            contents.Add(ToFunctionCall(item));
        }
        else
        {
            contents.Add(new AIContent { RawRepresentation = item });
        }
    }

    public static TextReasoningContent ToReasoning(ResponseItem item)
    {
        var text = new StringBuilder();
        if (item.Content?.Parts is { } parts)
        {
            foreach (ResponseContentPart part in parts)
            {
                text.Append(part.Text);
            }
        }
        else if (item.Content?.Text is { } plain)
        {
            text.Append(plain);
        }

        if (text.Length == 0 && item.Summary is { } summary)
        {
            foreach (ResponseContentPart part in summary)
            {
                if (text.Length > 0 && !string.IsNullOrEmpty(part.Text))
                {
                    text.Append('\n');
                }

                text.Append(part.Text);
            }
        }

        return new TextReasoningContent(text.ToString())
        {
            ProtectedData = ChatResponseMapper.NullIfEmpty(item.EncryptedContent),
            RawRepresentation = item,
        };
    }

    public static FunctionCallContent ToFunctionCall(ResponseItem item)
    {
        string arguments = item.Arguments is { Length: > 0 } json ? json : "{}";
        FunctionCallContent call = FunctionCallContent.CreateFromParsedArguments(
            arguments,
            item.CallId ?? item.Id ?? string.Empty,
            item.Name ?? string.Empty,
            static text => (IDictionary<string, object?>?)JsonSerializer.Deserialize(text, AIJsonUtilities.DefaultOptions.GetTypeInfo(typeof(IDictionary<string, object?>))));
        call.RawRepresentation = item;
        return call;
    }

    private static void AddMessageContents(List<AIContent> contents, ResponseItem item, ref AdditionalPropertiesDictionary? messageProperties)
    {
        if (item.Content?.Text is { } plain)
        {
            contents.Add(new TextContent(plain) { RawRepresentation = item });
            return;
        }

        if (item.Content?.Parts is not { } parts)
        {
            return;
        }

        foreach (ResponseContentPart part in parts)
        {
            if (part.Type == ResponseContentPartType.OutputText)
            {
                contents.Add(new TextContent(part.Text ?? string.Empty) { RawRepresentation = part, Annotations = ToAnnotations(part.Annotations) });
            }
            else if (part.Type == ResponseContentPartType.Refusal && !string.IsNullOrEmpty(part.Refusal))
            {
                (messageProperties ??= new())[OpenRouterPropertyNames.Refusal] = part.Refusal;
            }
        }
    }

    /// <summary>The <c>url_citation</c> annotations of an <c>output_text</c> part (web search results), as citations; others keep their JSON as raw representation.</summary>
    public static List<AIAnnotation>? ToAnnotations(JsonElement? annotations)
    {
        if (annotations is not { ValueKind: JsonValueKind.Array } array || array.GetArrayLength() == 0)
        {
            return null;
        }

        var list = new List<AIAnnotation>(array.GetArrayLength());
        foreach (JsonElement annotation in array.EnumerateArray())
        {
            var citation = new CitationAnnotation { RawRepresentation = annotation.Clone() };
            if (annotation.ValueKind == JsonValueKind.Object && annotation.TryGetProperty("type", out JsonElement type) && type.ValueEquals("url_citation"))
            {
                citation.Title = StringOf(annotation, "title");
                citation.Snippet = StringOf(annotation, "content");
                citation.Url = Uri.TryCreate(StringOf(annotation, "url"), UriKind.Absolute, out Uri? url) ? url : null;
                if (annotation.TryGetProperty("start_index", out JsonElement start) && start.TryGetInt32(out int startIndex)
                    && annotation.TryGetProperty("end_index", out JsonElement end) && end.TryGetInt32(out int endIndex))
                {
                    citation.AnnotatedRegions = new List<AnnotatedRegion> { new TextSpanAnnotatedRegion { StartIndex = startIndex, EndIndex = endIndex } };
                }
            }

            list.Add(citation);
        }

        return list;
    }

    private static string? StringOf(JsonElement element, string name) =>
        element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>Tool calls when the model called a function; otherwise what the status and its details say.</summary>
    public static ChatFinishReason? FinishReasonOf(OpenRouterResponse response)
    {
        foreach (ResponseItem item in response.Output)
        {
            if (item.Type == ResponseItemType.FunctionCall)
            {
                return ChatFinishReason.ToolCalls;
            }
        }

        if (response.Status == ResponseStatus.Completed)
        {
            return ChatFinishReason.Stop;
        }

        if (response.Status == ResponseStatus.Incomplete)
        {
            return response.IncompleteDetails?.Reason switch
            {
                "max_output_tokens" => ChatFinishReason.Length,
                "content_filter" => ChatFinishReason.ContentFilter,
                { Length: > 0 } other => new ChatFinishReason(other),
                _ => ChatFinishReason.Length,
            };
        }

        return null;
    }

    public static UsageDetails? ToUsageDetails(ResponseUsage? usage)
    {
        if (usage is null)
        {
            return null;
        }

        var details = new UsageDetails
        {
            InputTokenCount = usage.InputTokens,
            OutputTokenCount = usage.OutputTokens,
            TotalTokenCount = usage.TotalTokens,
            CachedInputTokenCount = usage.InputTokensDetails?.CachedTokens,
            ReasoningTokenCount = usage.OutputTokensDetails?.ReasoningTokens,
        };

        if (usage.InputTokensDetails?.CacheWriteTokens is { } cacheWrite)
        {
            details.AdditionalCounts = new AdditionalPropertiesDictionary<long> { ["cache_write_tokens"] = cacheWrite };
        }

        return details;
    }

    private static DateTimeOffset? CreatedAt(OpenRouterResponse response) =>
        response.CreatedAt > 0 ? Serialization.UnixTime.FromSecondsOrMilliseconds(response.CreatedAt) : null;
}
