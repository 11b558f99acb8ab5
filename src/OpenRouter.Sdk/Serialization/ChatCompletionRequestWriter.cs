using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using OpenRouter.Sdk.Internal;

namespace OpenRouter.Sdk.Serialization;

/// <summary>
/// Writes the JSON body of a chat request by hand, byte for byte what the source-generated serializer writes for
/// <c>request.CloneWithStream(stream)</c> (same member order, number formatting, escaping and null handling). Building
/// the generated metadata of <see cref="ChatCompletionRequest"/> costs a cold process well over 100 ms (every
/// value-typed member is a generic instantiation compiled on first use) and every call walks it; a plain call
/// (model, text messages, sampling settings) needs none of it. Members of a complex type (tools, response format,
/// provider preferences, content parts, ...) are written with the generated metadata of that member's type only,
/// built the first time a request carries one. A message of a type this writer does not know makes
/// <see cref="TryWrite"/> refuse, and the caller serializes the whole request the generated way.
/// </summary>
/// <remarks>
/// A member added to the request (or to a message type) must be added here too: the differential tests set every
/// public settable property and compare the bytes with the generated serializer's.
/// </remarks>
internal static class ChatCompletionRequestWriter
{
    /// <summary>Buffers larger than this (a request with inline images or files) are not kept for the next call.</summary>
    private const int LargestKeptBuffer = 256 * 1024;

    [ThreadStatic]
    private static CachedWriter? t_cached;

    /// <summary>
    /// The body of <paramref name="request"/> sent with <c>stream</c> set as given, or false (and null) when the request
    /// holds something this writer leaves to the generated serializer.
    /// </summary>
    [MethodImpl(HotPath.Options)]
    public static bool TryWrite(ChatCompletionRequest request, bool stream, out byte[]? body)
    {
        if (!CanWrite(request))
        {
            body = null;
            return false;
        }

        CachedWriter cached = t_cached ?? new CachedWriter();

        // Taken while in use: a delegated member that (against all odds) wrote another request on this thread gets its own.
        t_cached = null;
        Utf8JsonWriter writer = cached.Writer;
        try
        {
            WriteRequest(writer, request, stream);
            writer.Flush();
            body = cached.Buffer.ToArray();
        }
        finally
        {
            writer.Reset();
            if (cached.Buffer.Reset(LargestKeptBuffer))
            {
                t_cached = cached;
            }
        }

        return true;
    }

    /// <summary>Whether every message is of a type written here (the other members are all handled).</summary>
    [MethodImpl(HotPath.Options)]
    private static bool CanWrite(ChatCompletionRequest request)
    {
        IList<Message>? messages = request.Messages;
        if (messages is null)
        {
            return true;
        }

        for (int i = 0; i < messages.Count; i++)
        {
            if (messages[i] is not (UserMessage or SystemMessage or AssistantMessage or ToolMessage or DeveloperMessage))
            {
                return false;
            }
        }

        return true;
    }

    [MethodImpl(HotPath.Options)]
    private static void WriteRequest(Utf8JsonWriter writer, ChatCompletionRequest request, bool stream)
    {
        writer.WriteStartObject();
        WriteString(writer, "model"u8, request.Model);
        WriteStrings(writer, "models"u8, request.Models);
        if (request.Messages is { } messages)
        {
            writer.WritePropertyName("messages"u8);
            writer.WriteStartArray();
            for (int i = 0; i < messages.Count; i++)
            {
                WriteMessage(writer, messages[i]);
            }

            writer.WriteEndArray();
        }

        WriteString(writer, "prompt"u8, request.Prompt);
        if (stream)
        {
            writer.WriteBoolean("stream"u8, true);
            if (request.StreamOptions is { } streamOptions)
            {
                writer.WritePropertyName("stream_options"u8);
                writer.WriteStartObject();
                WriteBoolean(writer, "include_usage"u8, streamOptions.IncludeUsage);
                writer.WriteEndObject();
            }
        }

        if (request.Usage is { } usage)
        {
            writer.WritePropertyName("usage"u8);
            writer.WriteStartObject();
            WriteBoolean(writer, "include"u8, usage.Include);
            writer.WriteEndObject();
        }

        WriteNumber(writer, "max_tokens"u8, request.MaxTokens);
        WriteNumber(writer, "max_completion_tokens"u8, request.MaxCompletionTokens);
        WriteNumber(writer, "temperature"u8, request.Temperature);
        WriteNumber(writer, "top_p"u8, request.TopP);
        WriteNumber(writer, "top_k"u8, request.TopK);
        WriteNumber(writer, "frequency_penalty"u8, request.FrequencyPenalty);
        WriteNumber(writer, "presence_penalty"u8, request.PresencePenalty);
        WriteNumber(writer, "repetition_penalty"u8, request.RepetitionPenalty);
        WriteNumber(writer, "min_p"u8, request.MinP);
        WriteNumber(writer, "top_a"u8, request.TopA);
        if (request.Seed is { } seed)
        {
            writer.WriteNumber("seed"u8, seed);
        }

        // The property's own converter (StringOrStringArrayConverter) writes an array.
        WriteStrings(writer, "stop"u8, request.Stop);
        WriteDelegated(writer, "logit_bias"u8, request.LogitBias);
        WriteBoolean(writer, "logprobs"u8, request.Logprobs);
        WriteNumber(writer, "top_logprobs"u8, request.TopLogprobs);
        WriteDelegated(writer, "prediction"u8, request.Prediction);
        WriteDelegated(writer, "response_format"u8, request.ResponseFormat);
        WriteBoolean(writer, "structured_outputs"u8, request.StructuredOutputs);
        WriteDelegated(writer, "tools"u8, request.Tools);
        WriteDelegated(writer, "tool_choice"u8, request.ToolChoice);
        WriteBoolean(writer, "parallel_tool_calls"u8, request.ParallelToolCalls);
        WriteDelegated(writer, "reasoning"u8, request.Reasoning);
        if (request.ReasoningEffort is { } effort)
        {
            writer.WriteString("reasoning_effort"u8, effort.Value);
        }

        WriteBoolean(writer, "include_reasoning"u8, request.IncludeReasoning);
        if (request.Verbosity is { } verbosity)
        {
            writer.WriteString("verbosity"u8, verbosity.Value);
        }

        WriteDelegated(writer, "web_search_options"u8, request.WebSearchOptions);
        WriteDelegated(writer, "modalities"u8, request.Modalities);
        WriteDelegated(writer, "image_config"u8, request.ImageConfig);
        WriteDelegated(writer, "provider"u8, request.Provider);
        WriteDelegated(writer, "plugins"u8, request.Plugins);
        WriteStrings(writer, "transforms"u8, request.Transforms);
        if (request.Route is { } route)
        {
            writer.WriteString("route"u8, route.Value);
        }

        WriteString(writer, "user"u8, request.User);
        WriteString(writer, "session_id"u8, request.SessionId);
        WriteDelegated(writer, "metadata"u8, request.Metadata);
        WriteDelegated(writer, "trace"u8, request.Trace);
        WriteDelegated(writer, "cache_control"u8, request.CacheControl);
        WriteString(writer, "prompt_cache_key"u8, request.PromptCacheKey);
        WriteDelegated(writer, "prompt_cache_options"u8, request.PromptCacheOptions);
        if (request.ServiceTier is { } tier)
        {
            writer.WriteString("service_tier"u8, tier.Value);
        }

        WriteDelegated(writer, "stop_server_tools_when"u8, request.StopServerToolsWhen);
        WriteDelegated(writer, "debug"u8, request.Debug);
        WriteString(writer, "preset"u8, request.Preset);
        WriteExtensionData(writer, request.AdditionalProperties);
        writer.WriteEndObject();
    }

    /// <summary>A message as the generated polymorphic metadata writes it: the <c>role</c> discriminator, then the members.</summary>
    [MethodImpl(HotPath.Options)]
    private static void WriteMessage(Utf8JsonWriter writer, Message message)
    {
        writer.WriteStartObject();
        switch (message)
        {
            case UserMessage user:
                writer.WriteString("role"u8, "user"u8);
                WriteString(writer, "name"u8, user.Name);
                WriteContent(writer, user.Content);
                break;
            case SystemMessage system:
                writer.WriteString("role"u8, "system"u8);
                WriteString(writer, "name"u8, system.Name);
                WriteContent(writer, system.Content);
                break;
            case AssistantMessage assistant:
                writer.WriteString("role"u8, "assistant"u8);
                WriteString(writer, "name"u8, assistant.Name);
                WriteDelegated(writer, "tool_calls"u8, assistant.ToolCalls);
                WriteString(writer, "reasoning"u8, assistant.Reasoning);
                WriteDelegated(writer, "reasoning_details"u8, assistant.ReasoningDetails);
                WriteString(writer, "refusal"u8, assistant.Refusal);
                WriteContent(writer, assistant.Content);
                break;
            case ToolMessage tool:
                writer.WriteString("role"u8, "tool"u8);
                WriteString(writer, "tool_call_id"u8, tool.ToolCallId);
                WriteContent(writer, tool.Content);
                break;
            case DeveloperMessage developer:
                writer.WriteString("role"u8, "developer"u8);
                WriteString(writer, "name"u8, developer.Name);
                WriteContent(writer, developer.Content);
                break;
        }

        writer.WriteEndObject();
    }

    /// <summary><c>content</c>: a string by hand; a list of parts through the generated metadata (its converter).</summary>
    private static void WriteContent(Utf8JsonWriter writer, MessageContent? content)
    {
        if (content is null)
        {
            return;
        }

        if (content.Text is { } text)
        {
            writer.WriteString("content"u8, text);
            return;
        }

        WriteDelegated(writer, "content"u8, content);
    }

    private static void WriteString(Utf8JsonWriter writer, ReadOnlySpan<byte> name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteBoolean(Utf8JsonWriter writer, ReadOnlySpan<byte> name, bool? value)
    {
        if (value is { } flag)
        {
            writer.WriteBoolean(name, flag);
        }
    }

    private static void WriteNumber(Utf8JsonWriter writer, ReadOnlySpan<byte> name, int? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
    }

    private static void WriteNumber(Utf8JsonWriter writer, ReadOnlySpan<byte> name, double? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
    }

    /// <summary>A list of strings; a null item is written as <c>null</c>, as the generated serializer does.</summary>
    [MethodImpl(HotPath.Options)]
    private static void WriteStrings(Utf8JsonWriter writer, ReadOnlySpan<byte> name, IList<string>? values)
    {
        if (values is null)
        {
            return;
        }

        writer.WritePropertyName(name);
        writer.WriteStartArray();
        foreach (string value in values)
        {
            if (value is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                writer.WriteStringValue(value);
            }
        }

        writer.WriteEndArray();
    }

    /// <summary>A member of a complex type, written with the generated metadata of that type alone.</summary>
    private static void WriteDelegated<T>(Utf8JsonWriter writer, ReadOnlySpan<byte> name, T? value)
        where T : class
    {
        if (value is null)
        {
            return;
        }

        writer.WritePropertyName(name);
        JsonSerializer.Serialize(writer, value, MetadataOf<T>.Value);
    }

    /// <summary>
    /// <see cref="ChatCompletionRequest.AdditionalProperties"/> as the generated serializer writes extension data: each
    /// member after all the others, its value through the same <see cref="JsonElement"/> view.
    /// </summary>
    [MethodImpl(HotPath.Options)]
    private static void WriteExtensionData(Utf8JsonWriter writer, JsonObject? extra)
    {
        if (JsonObjectExtensionData.Wrap(extra) is not { } members)
        {
            return;
        }

        foreach (KeyValuePair<string, JsonElement> member in members)
        {
            writer.WritePropertyName(member.Key);
            member.Value.WriteTo(writer);
        }
    }

    /// <summary>The generated metadata of one member type, looked up once.</summary>
    private static class MetadataOf<T>
    {
        public static readonly JsonTypeInfo<T> Value = (JsonTypeInfo<T>)OpenRouterJsonContext.Default.Options.GetTypeInfo(typeof(T));
    }

    /// <summary>A thread's reusable writer and buffer.</summary>
    private sealed class CachedWriter
    {
        public CachedWriter()
        {
            Buffer = new GrowableBuffer(1024);
            // The context sets no encoder, so its serializer escapes with the default one, as this writer does (null
            // here); looking the context's up would build its options on every cold start. A test pins the two together.
            Writer = new Utf8JsonWriter(Buffer, new JsonWriterOptions { SkipValidation = true });
        }

        public GrowableBuffer Buffer { get; }

        public Utf8JsonWriter Writer { get; }
    }
}
