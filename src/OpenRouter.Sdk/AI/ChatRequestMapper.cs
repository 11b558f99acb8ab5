using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.AI;
using OpenRouter.Sdk.Serialization;
using MeaiChatMessage = Microsoft.Extensions.AI.ChatMessage;
using MeaiReasoningEffort = Microsoft.Extensions.AI.ReasoningEffort;
using MeaiReasoningOptions = Microsoft.Extensions.AI.ReasoningOptions;

namespace OpenRouter.Sdk.AI;

/// <summary>Turns Microsoft.Extensions.AI messages and <see cref="ChatOptions"/> into a <see cref="ChatCompletionRequest"/>.</summary>
internal static class ChatRequestMapper
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
            AddMessage(request.Messages, message ?? throw new ArgumentException("A chat message is null.", nameof(messages)));
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
        bool? strict = extra is not null && extra.TryGetValue(OpenRouterPropertyNames.StrictJsonSchema, out object? strictValue) && strictValue is bool b ? b : null;

        request.ResponseFormat ??= ToResponseFormat(options.ResponseFormat, strict);

        if (options.Tools is { Count: > 0 } tools)
        {
            request.Tools ??= new List<ChatTool>();
            foreach (AITool tool in tools)
            {
                if (ToChatTool(tool, strict) is { } chatTool)
                {
                    request.Tools.Add(chatTool);
                }
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

    private static void ApplyAdditionalProperties(ChatCompletionRequest request, AdditionalPropertiesDictionary extra)
    {
        if (Read(extra, OpenRouterPropertyNames.Provider, OpenRouterJsonContext.Default.ProviderPreferences) is { } provider)
        {
            request.Provider = provider;
        }

        if (ReadStrings(extra, OpenRouterPropertyNames.Models) is { } models)
        {
            request.Models = models;
        }

        if (ReadPlugins(extra) is { } plugins)
        {
            request.Plugins = plugins;
        }

        if (ReadStrings(extra, OpenRouterPropertyNames.Transforms) is { } transforms)
        {
            request.Transforms = transforms;
        }

        if (extra.TryGetValue(OpenRouterPropertyNames.Route, out object? route) && route is not null)
        {
            request.Route = route is ModelRoute r ? r : new ModelRoute(ReadString(route));
        }

        if (Read(extra, OpenRouterPropertyNames.Reasoning, OpenRouterJsonContext.Default.ReasoningConfig) is { } reasoning)
        {
            request.Reasoning = reasoning;
        }

        if (extra.TryGetValue(OpenRouterPropertyNames.User, out object? user) && user is not null)
        {
            request.User = ReadString(user);
        }

        if (extra.TryGetValue(OpenRouterPropertyNames.SessionId, out object? session) && session is not null)
        {
            request.SessionId = ReadString(session);
        }

        if (extra.TryGetValue(OpenRouterPropertyNames.Preset, out object? preset) && preset is not null)
        {
            request.Preset = ReadString(preset);
        }
    }

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

    private static ContentPart? ToPart(AIContent content)
    {
        switch (content)
        {
            case TextContent text:
                return new TextPart(text.Text);
            case DataContent data:
                return FromMedia(data.MediaType, data.Uri, data.Name, content, data);
            case UriContent uri:
                return FromMedia(uri.MediaType, uri.Uri.ToString(), FileNameOf(uri.Uri), content, null);
            case HostedFileContent file:
                return FilePart.FromFileId(file.FileId);
            default:
                return content.RawRepresentation as ContentPart;
        }
    }

    private static ContentPart FromMedia(string mediaType, string url, string? name, AIContent content, DataContent? data)
    {
        if (StartsWith(mediaType, "image/"))
        {
            ImageDetail? detail = null;
            if (content.AdditionalProperties is { } props && props.TryGetValue("detail", out object? d) && d?.ToString() is { Length: > 0 } value)
            {
                detail = new ImageDetail(value);
            }

            return new ImagePart(url, detail);
        }

        if (StartsWith(mediaType, "audio/") && data is not null)
        {
            return new AudioPart(data.Base64Data.ToString(), AudioFormatOf(mediaType));
        }

        if (StartsWith(mediaType, "video/"))
        {
            return new VideoPart(url);
        }

        return new FilePart(name ?? DefaultFileName(mediaType), url);
    }

    private static AudioFormat AudioFormatOf(string mediaType)
    {
        string subtype = mediaType.Substring("audio/".Length).ToLowerInvariant();
        int parameters = subtype.IndexOf(';');
        if (parameters >= 0)
        {
            subtype = subtype.Substring(0, parameters).Trim();
        }

        return subtype switch
        {
            "wav" or "wave" or "x-wav" or "vnd.wave" => AudioFormat.Wav,
            "mpeg" or "mp3" or "mpeg3" or "x-mpeg-3" => AudioFormat.Mp3,
            "flac" or "x-flac" => AudioFormat.Flac,
            "mp4" or "m4a" or "x-m4a" => AudioFormat.M4a,
            "ogg" or "opus" => AudioFormat.Ogg,
            "aiff" or "x-aiff" => AudioFormat.Aiff,
            "aac" => AudioFormat.Aac,
            _ => new AudioFormat(subtype),
        };
    }

    private static string DefaultFileName(string mediaType) =>
        string.Equals(mediaType, "application/pdf", StringComparison.OrdinalIgnoreCase) ? "document.pdf" : "file";

    private static string? FileNameOf(Uri uri)
    {
        if (!uri.IsAbsoluteUri)
        {
            return null;
        }

        string path = uri.AbsolutePath;
        int slash = path.LastIndexOf('/');
        string name = slash >= 0 ? path.Substring(slash + 1) : path;
        return name.Length > 0 ? Uri.UnescapeDataString(name) : null;
    }

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

    private static ResponseFormat? ToResponseFormat(ChatResponseFormat? format, bool? strict) => format switch
    {
        ChatResponseFormatText => ResponseFormat.Text,
        ChatResponseFormatJson { Schema: { } schema } json =>
            ResponseFormat.JsonSchema(json.SchemaName ?? "response", schema, strict, json.SchemaDescription),
        ChatResponseFormatJson => ResponseFormat.JsonObject,
        _ => null,
    };

    private static ChatTool? ToChatTool(AITool tool, bool? strict)
    {
        switch (tool)
        {
            case AIFunctionDeclaration function:
                bool? functionStrict = function.AdditionalProperties.TryGetValue(OpenRouterPropertyNames.StrictJsonSchema, out object? s) && s is bool b ? b : strict;
                return ChatTool.CreateFunction(function.Name, string.IsNullOrEmpty(function.Description) ? null : function.Description, function.JsonSchema, functionStrict);
            case HostedWebSearchTool:
                return ChatTool.CreateServerTool("openrouter:web_search");
            default:
                return null;
        }
    }

    private static ReasoningConfig? ToReasoning(MeaiReasoningOptions? reasoning)
    {
        if (reasoning is null)
        {
            return null;
        }

        var result = new ReasoningConfig();
        switch (reasoning.Effort)
        {
            case MeaiReasoningEffort.None:
                result.Effort = ReasoningEffort.None;
                break;
            case MeaiReasoningEffort.Low:
                result.Effort = ReasoningEffort.Low;
                break;
            case MeaiReasoningEffort.Medium:
                result.Effort = ReasoningEffort.Medium;
                break;
            case MeaiReasoningEffort.High:
                result.Effort = ReasoningEffort.High;
                break;
            case MeaiReasoningEffort.ExtraHigh:
                result.Effort = ReasoningEffort.XHigh;
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
    private static double? ToDouble(float? value) =>
        value is { } f && !float.IsNaN(f) && !float.IsInfinity(f) ? (double)(decimal)f : value;

    private static T? Read<T>(AdditionalPropertiesDictionary extra, string key, JsonTypeInfo<T> typeInfo)
        where T : class
    {
        if (!extra.TryGetValue(key, out object? value) || value is null)
        {
            return null;
        }

        return value switch
        {
            T typed => typed,
            JsonElement element => element.Deserialize(typeInfo),
            JsonNode node => node.Deserialize(typeInfo),
            string json => JsonSerializer.Deserialize(json, typeInfo),
            _ => throw new ArgumentException($"ChatOptions.AdditionalProperties[\"{key}\"] must be a {typeof(T).Name} or its JSON, not {value.GetType().Name}."),
        };
    }

    private static List<string>? ReadStrings(AdditionalPropertiesDictionary extra, string key)
    {
        if (!extra.TryGetValue(key, out object? value) || value is null)
        {
            return null;
        }

        switch (value)
        {
            case string single:
                return new List<string> { single };
            case IEnumerable<string> strings:
                return new List<string>(strings);
            case JsonElement { ValueKind: JsonValueKind.Array } element:
                var list = new List<string>();
                foreach (JsonElement item in element.EnumerateArray())
                {
                    list.Add(item.GetString() ?? string.Empty);
                }

                return list;
            case JsonArray array:
                var fromNode = new List<string>();
                foreach (JsonNode? item in array)
                {
                    fromNode.Add(item?.GetValue<string>() ?? string.Empty);
                }

                return fromNode;
            default:
                throw new ArgumentException($"ChatOptions.AdditionalProperties[\"{key}\"] must be a list of strings, not {value.GetType().Name}.");
        }
    }

    private static List<Plugin>? ReadPlugins(AdditionalPropertiesDictionary extra)
    {
        if (!extra.TryGetValue(OpenRouterPropertyNames.Plugins, out object? value) || value is null)
        {
            return null;
        }

        switch (value)
        {
            case Plugin single:
                return new List<Plugin> { single };
            case IEnumerable<Plugin> plugins:
                return new List<Plugin>(plugins);
            case JsonElement { ValueKind: JsonValueKind.Array } element:
                var list = new List<Plugin>();
                foreach (JsonElement item in element.EnumerateArray())
                {
                    list.Add(item.Deserialize(OpenRouterJsonContext.Default.Plugin)!);
                }

                return list;
            default:
                throw new ArgumentException($"ChatOptions.AdditionalProperties[\"{OpenRouterPropertyNames.Plugins}\"] must be a list of Plugin, not {value.GetType().Name}.");
        }
    }

    private static string ReadString(object value) => value switch
    {
        string s => s,
        JsonElement { ValueKind: JsonValueKind.String } e => e.GetString()!,
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };

    private static JsonSerializerOptions CreateCompactOptions()
    {
        var options = new JsonSerializerOptions(AIJsonUtilities.DefaultOptions) { WriteIndented = false };
        options.MakeReadOnly();
        return options;
    }

    private static bool StartsWith(string? value, string prefix) =>
        value is not null && value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);
}
