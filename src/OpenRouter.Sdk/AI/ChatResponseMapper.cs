using System;
using System.Collections.Generic;
using System.Text.Json;
using Microsoft.Extensions.AI;
using MeaiChatMessage = Microsoft.Extensions.AI.ChatMessage;

namespace OpenRouter.Sdk.AI;

/// <summary>Turns a <see cref="ChatCompletion"/> (and its parts) into Microsoft.Extensions.AI types.</summary>
internal static class ChatResponseMapper
{
    public static ChatResponse ToChatResponse(ChatCompletion completion)
    {
        var messages = new List<MeaiChatMessage>(completion.Choices.Count);
        ChatCompletionChoice? first = null;
        foreach (ChatCompletionChoice choice in completion.Choices)
        {
            first ??= choice;
            messages.Add(ToChatMessage(completion, choice));
        }

        var response = new ChatResponse(messages)
        {
            ResponseId = NullIfEmpty(completion.Id),
            ModelId = NullIfEmpty(completion.Model),
            CreatedAt = completion.Created > 0 ? Serialization.UnixTime.FromSecondsOrMilliseconds(completion.Created) : null,
            RawRepresentation = completion,
            Usage = ToUsageDetails(completion.Usage),
        };

        if (first is not null)
        {
            response.FinishReason = ToFinishReason(EffectiveFinishReason(first.FinishReason, first.Message.ToolCalls is { Count: > 0 }));
        }

        AdditionalPropertiesDictionary properties = new();
        AddServedBy(properties, completion.Provider, first?.NativeFinishReason);
        AddCost(properties, completion.Usage);
        response.AdditionalProperties = properties.Count > 0 ? properties : null;
        return response;
    }

    private static MeaiChatMessage ToChatMessage(ChatCompletion completion, ChatCompletionChoice choice)
    {
        ChatCompletionMessage source = choice.Message;
        var contents = new List<AIContent>();
        AddReasoning(contents, source.Reasoning, source.ReasoningDetails);

        if (!string.IsNullOrEmpty(source.Content) || source.Annotations is { Count: > 0 })
        {
            contents.Add(ToTextContent(source.Content ?? string.Empty, source.Annotations));
        }

        AddImages(contents, source.Images);

        if (source.ToolCalls is { } calls)
        {
            foreach (ToolCall call in calls)
            {
                contents.Add(ToFunctionCall(call));
            }
        }

        var message = new MeaiChatMessage(ChatRole.Assistant, contents)
        {
            MessageId = NullIfEmpty(completion.Id),
            CreatedAt = completion.Created > 0 ? Serialization.UnixTime.FromSecondsOrMilliseconds(completion.Created) : null,
            RawRepresentation = source,
        };

        AdditionalPropertiesDictionary? properties = null;
        if (source.ReasoningDetails is { Count: > 0 } details)
        {
            (properties ??= new())[OpenRouterPropertyNames.ReasoningDetails] = details;
        }

        if (!string.IsNullOrEmpty(source.Refusal))
        {
            (properties ??= new())[OpenRouterPropertyNames.Refusal] = source.Refusal;
        }

        message.AdditionalProperties = properties;
        return message;
    }

    /// <summary>
    /// Reasoning becomes one <see cref="TextReasoningContent"/> per reasoning detail (so signatures and encrypted
    /// blobs travel as <see cref="TextReasoningContent.ProtectedData"/> with the detail as raw representation), or
    /// one for the plain reasoning text when no detail carries it.
    /// </summary>
    internal static void AddReasoning(List<AIContent> contents, string? reasoning, IReadOnlyList<ReasoningDetail>? details)
    {
        bool detailsCarryText = false;
        if (details is not null)
        {
            foreach (ReasoningDetail detail in details)
            {
                if (!string.IsNullOrEmpty(detail.Text) || !string.IsNullOrEmpty(detail.Summary))
                {
                    detailsCarryText = true;
                    break;
                }
            }
        }

        if (!detailsCarryText && !string.IsNullOrEmpty(reasoning))
        {
            contents.Add(new TextReasoningContent(reasoning));
        }

        if (details is null)
        {
            return;
        }

        foreach (ReasoningDetail detail in details)
        {
            contents.Add(new TextReasoningContent(detail.Text ?? detail.Summary ?? string.Empty)
            {
                ProtectedData = NullIfEmpty(detail.Signature) ?? NullIfEmpty(detail.Data),
                RawRepresentation = detail,
            });
        }
    }

    internal static TextContent ToTextContent(string text, IReadOnlyList<Annotation>? annotations)
    {
        var content = new TextContent(text);
        if (annotations is { Count: > 0 })
        {
            content.Annotations = new List<AIAnnotation>(annotations.Count);
            foreach (Annotation annotation in annotations)
            {
                content.Annotations.Add(ToAnnotation(annotation));
            }
        }

        return content;
    }

    private static AIAnnotation ToAnnotation(Annotation annotation)
    {
        var citation = new CitationAnnotation { RawRepresentation = annotation };
        if (annotation.UrlCitation is { } url)
        {
            citation.Title = url.Title;
            citation.Snippet = url.Content;
            citation.Url = Uri.TryCreate(url.Url, UriKind.Absolute, out Uri? uri) ? uri : null;
            if (url.StartIndex is { } start && url.EndIndex is { } end)
            {
                citation.AnnotatedRegions = new List<AnnotatedRegion> { new TextSpanAnnotatedRegion { StartIndex = start, EndIndex = end } };
            }
        }
        else if (annotation.File is { } file)
        {
            citation.Title = file.Name;
        }

        return citation;
    }

    internal static void AddImages(List<AIContent> contents, IReadOnlyList<GeneratedImage>? images)
    {
        if (images is null)
        {
            return;
        }

        foreach (GeneratedImage image in images)
        {
            if (image.ImageUrl?.Url is not { Length: > 0 } url)
            {
                continue;
            }

            AIContent content = url.StartsWith("data:", StringComparison.OrdinalIgnoreCase)
                ? new DataContent(url)
                : new UriContent(url, "image/*");
            content.RawRepresentation = image;
            contents.Add(content);
        }
    }

    internal static FunctionCallContent ToFunctionCall(ToolCall call)
    {
        string arguments = call.Function?.Arguments is { Length: > 0 } json ? json : "{}";
        FunctionCallContent content = FunctionCallContent.CreateFromParsedArguments(
            arguments,
            call.Id ?? string.Empty,
            call.Function?.Name ?? string.Empty,
            static text => (IDictionary<string, object?>?)JsonSerializer.Deserialize(text, AIJsonUtilities.DefaultOptions.GetTypeInfo(typeof(IDictionary<string, object?>))));
        content.RawRepresentation = call;
        return content;
    }

    public static UsageDetails? ToUsageDetails(Usage? usage)
    {
        if (usage is null)
        {
            return null;
        }

        var details = new UsageDetails
        {
            InputTokenCount = usage.PromptTokens,
            OutputTokenCount = usage.CompletionTokens,
            TotalTokenCount = usage.TotalTokens,
            CachedInputTokenCount = usage.PromptTokensDetails?.CachedTokens,
            ReasoningTokenCount = usage.CompletionTokensDetails?.ReasoningTokens,
        };

        AdditionalPropertiesDictionary<long>? counts = null;
        AddCount(ref counts, "input_audio_tokens", usage.PromptTokensDetails?.AudioTokens);
        AddCount(ref counts, "output_audio_tokens", usage.CompletionTokensDetails?.AudioTokens);
        AddCount(ref counts, "cache_write_tokens", usage.PromptTokensDetails?.CacheWriteTokens);
        AddCount(ref counts, "video_tokens", usage.PromptTokensDetails?.VideoTokens);
        AddCount(ref counts, "image_tokens", usage.CompletionTokensDetails?.ImageTokens);
        AddCount(ref counts, "accepted_prediction_tokens", usage.CompletionTokensDetails?.AcceptedPredictionTokens);
        AddCount(ref counts, "rejected_prediction_tokens", usage.CompletionTokensDetails?.RejectedPredictionTokens);
        AddCount(ref counts, "web_search_requests", usage.ServerToolUseDetails?.WebSearchRequests);
        AddCount(ref counts, "server_tool_calls_executed", usage.ServerToolUseDetails?.ToolCallsExecuted);
        details.AdditionalCounts = counts;
        return details;
    }

    private static void AddCount(ref AdditionalPropertiesDictionary<long>? counts, string key, int? value)
    {
        if (value is { } v)
        {
            (counts ??= new())[key] = v;
        }
    }

    /// <summary>Cost is money: it stays a <see cref="decimal"/> in AdditionalProperties, since usage counts are whole numbers.</summary>
    internal static void AddCost(AdditionalPropertiesDictionary properties, Usage? usage)
    {
        if (usage?.Cost is { } cost)
        {
            properties[OpenRouterPropertyNames.Cost] = cost;
        }

        if (usage?.IsByok is { } byok)
        {
            properties[OpenRouterPropertyNames.IsByok] = byok;
        }
    }

    internal static void AddServedBy(AdditionalPropertiesDictionary properties, string? provider, FinishReason? nativeFinishReason)
    {
        if (!string.IsNullOrEmpty(provider))
        {
            properties[OpenRouterPropertyNames.ServedBy] = provider;
        }

        if (nativeFinishReason is { } native)
        {
            properties[OpenRouterPropertyNames.NativeFinishReason] = native.Value;
        }
    }

    /// <summary>Some providers (Gemini) call tools and then report <c>stop</c>; callers must still run the tools.</summary>
    internal static FinishReason? EffectiveFinishReason(FinishReason? reason, bool hasToolCalls) =>
        hasToolCalls && reason == FinishReason.Stop ? FinishReason.ToolCalls : reason;

    internal static ChatFinishReason? ToFinishReason(FinishReason? reason)
    {
        if (reason is not { } value || value.Value.Length == 0)
        {
            return null;
        }

        if (value == FinishReason.Stop)
        {
            return ChatFinishReason.Stop;
        }

        if (value == FinishReason.Length)
        {
            return ChatFinishReason.Length;
        }

        if (value == FinishReason.ToolCalls)
        {
            return ChatFinishReason.ToolCalls;
        }

        if (value == FinishReason.ContentFilter)
        {
            return ChatFinishReason.ContentFilter;
        }

        return new ChatFinishReason(value.Value);
    }

    internal static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
