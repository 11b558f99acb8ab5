using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace OpenRouter.Sdk.Serialization;

/// <summary>
/// Reads one streamed chunk from its UTF-8 event bytes in a single forward pass. This is the hot path of every
/// stream, so the members every chunk carries (the envelope, the choice and the delta's text) are read by hand:
/// the general deserializer allocates its state stack for every nested object, which costs more than the chunk
/// itself. The repeated envelope strings come from <see cref="Utf8StringCache"/>. Everything else (tool calls,
/// reasoning details, usage, errors, open enums) is handed to the source-generated metadata, so it is read exactly
/// as the rest of the SDK reads it; unknown members land in <c>AdditionalProperties</c> as usual.
/// The result equals what <c>JsonSerializer.Deserialize</c> with <see cref="OpenRouterJsonContext"/> returns.
/// </summary>
internal static class ChatCompletionChunkReader
{
    private static readonly JsonTypeInfo<Usage> UsageInfo = Info<Usage>();
    private static readonly JsonTypeInfo<OpenRouterErrorDetail> ErrorInfo = Info<OpenRouterErrorDetail>();
    private static readonly JsonTypeInfo<ChatLogprobs> LogprobsInfo = Info<ChatLogprobs>();
    private static readonly JsonTypeInfo<IReadOnlyList<ReasoningDetail>> ReasoningDetailsInfo = Info<IReadOnlyList<ReasoningDetail>>();
    private static readonly JsonTypeInfo<IReadOnlyList<ToolCall>> ToolCallsInfo = Info<IReadOnlyList<ToolCall>>();
    private static readonly JsonTypeInfo<IReadOnlyList<Annotation>> AnnotationsInfo = Info<IReadOnlyList<Annotation>>();
    private static readonly JsonTypeInfo<IReadOnlyList<GeneratedImage>> ImagesInfo = Info<IReadOnlyList<GeneratedImage>>();
    private static readonly JsonTypeInfo<GeneratedAudio> AudioInfo = Info<GeneratedAudio>();

    /// <summary>The wire members read by hand; anything else a type declares would silently become extension data.</summary>
    internal static readonly IReadOnlyDictionary<Type, string[]> KnownMembers = new Dictionary<Type, string[]>
    {
        [typeof(ChatCompletionChunk)] = new[] { "id", "object", "created", "model", "provider", "system_fingerprint", "service_tier", "choices", "usage", "error" },
        [typeof(ChatCompletionChunkChoice)] = new[] { "index", "delta", "finish_reason", "native_finish_reason", "logprobs", "error" },
        [typeof(ChatCompletionDelta)] = new[] { "role", "content", "refusal", "reasoning", "reasoning_details", "tool_calls", "annotations", "images", "audio" },
    };

    /// <summary>Reads a chunk; throws <see cref="JsonException"/> for anything that is not one.</summary>
    public static ChatCompletionChunk Read(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = 64 });
        if (!reader.Read())
        {
            throw new JsonException("The event was empty.");
        }

        if (reader.TokenType == JsonTokenType.Null)
        {
            throw new JsonException("The event was JSON null.");
        }

        ChatCompletionChunk chunk = ReadChunk(ref reader);
        if (reader.Read())
        {
            throw new JsonException("The event has data after its JSON value.");
        }

        return chunk;
    }

    private static ChatCompletionChunk ReadChunk(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        var chunk = new ChatCompletionChunk();
        while (NextMember(ref reader))
        {
            if (reader.ValueTextEquals("id"u8))
            {
                Advance(ref reader);
                chunk.Id = RepeatedString(ref reader)!;
            }
            else if (reader.ValueTextEquals("object"u8))
            {
                Advance(ref reader);
                chunk.Object = RepeatedString(ref reader);
            }
            else if (reader.ValueTextEquals("created"u8))
            {
                Advance(ref reader);
                chunk.Created = Int64(ref reader);
            }
            else if (reader.ValueTextEquals("model"u8))
            {
                Advance(ref reader);
                chunk.Model = RepeatedString(ref reader)!;
            }
            else if (reader.ValueTextEquals("provider"u8))
            {
                Advance(ref reader);
                chunk.Provider = RepeatedString(ref reader);
            }
            else if (reader.ValueTextEquals("choices"u8))
            {
                Advance(ref reader);
                chunk.Choices = ReadChoices(ref reader);
            }
            else if (reader.ValueTextEquals("system_fingerprint"u8))
            {
                Advance(ref reader);
                chunk.SystemFingerprint = RepeatedString(ref reader);
            }
            else if (reader.ValueTextEquals("service_tier"u8))
            {
                Advance(ref reader);
                chunk.ServiceTier = RepeatedString(ref reader) is { } tier ? new ServiceTier(tier) : default(ServiceTier?);
            }
            else if (reader.ValueTextEquals("usage"u8))
            {
                Advance(ref reader);
                chunk.Usage = Object(ref reader, UsageInfo);
            }
            else if (reader.ValueTextEquals("error"u8))
            {
                Advance(ref reader);
                chunk.Error = Object(ref reader, ErrorInfo);
            }
            else
            {
                chunk.AdditionalProperties ??= new Dictionary<string, JsonElement>();
                Extension(ref reader, chunk.AdditionalProperties);
            }
        }

        return chunk;
    }

    private static IReadOnlyList<ChatCompletionChunkChoice> ReadChoices(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return Array.Empty<ChatCompletionChunkChoice>();
        }

        Expect(ref reader, JsonTokenType.StartArray);
        Advance(ref reader);
        if (reader.TokenType == JsonTokenType.EndArray)
        {
            return Array.Empty<ChatCompletionChunkChoice>();
        }

        // Nearly every chunk has exactly one choice: an array of one is the cheapest list.
        ChatCompletionChunkChoice first = ReadChoice(ref reader);
        Advance(ref reader);
        if (reader.TokenType == JsonTokenType.EndArray)
        {
            return new[] { first };
        }

        var choices = new List<ChatCompletionChunkChoice>(4) { first };
        while (reader.TokenType != JsonTokenType.EndArray)
        {
            choices.Add(ReadChoice(ref reader));
            Advance(ref reader);
        }

        return choices;
    }

    private static ChatCompletionChunkChoice ReadChoice(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        var choice = new ChatCompletionChunkChoice();
        while (NextMember(ref reader))
        {
            if (reader.ValueTextEquals("index"u8))
            {
                Advance(ref reader);
                choice.Index = Int32(ref reader);
            }
            else if (reader.ValueTextEquals("delta"u8))
            {
                Advance(ref reader);
                choice.Delta = reader.TokenType == JsonTokenType.Null ? null : ReadDelta(ref reader);
            }
            else if (reader.ValueTextEquals("finish_reason"u8))
            {
                Advance(ref reader);
                choice.FinishReason = RepeatedString(ref reader) is { } reason ? new FinishReason(reason) : default(FinishReason?);
            }
            else if (reader.ValueTextEquals("native_finish_reason"u8))
            {
                Advance(ref reader);
                choice.NativeFinishReason = RepeatedString(ref reader) is { } nativeReason ? new FinishReason(nativeReason) : default(FinishReason?);
            }
            else if (reader.ValueTextEquals("logprobs"u8))
            {
                Advance(ref reader);
                choice.Logprobs = Object(ref reader, LogprobsInfo);
            }
            else if (reader.ValueTextEquals("error"u8))
            {
                Advance(ref reader);
                choice.Error = Object(ref reader, ErrorInfo);
            }
            else
            {
                choice.AdditionalProperties ??= new Dictionary<string, JsonElement>();
                Extension(ref reader, choice.AdditionalProperties);
            }
        }

        return choice;
    }

    private static ChatCompletionDelta ReadDelta(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        var delta = new ChatCompletionDelta();
        while (NextMember(ref reader))
        {
            if (reader.ValueTextEquals("content"u8))
            {
                Advance(ref reader);
                delta.Content = String(ref reader);
            }
            else if (reader.ValueTextEquals("role"u8))
            {
                Advance(ref reader);
                delta.Role = RepeatedString(ref reader) is { } role ? new MessageRole(role) : default(MessageRole?);
            }
            else if (reader.ValueTextEquals("reasoning"u8))
            {
                Advance(ref reader);
                delta.Reasoning = String(ref reader);
            }
            else if (reader.ValueTextEquals("refusal"u8))
            {
                Advance(ref reader);
                delta.Refusal = String(ref reader);
            }
            else if (reader.ValueTextEquals("reasoning_details"u8))
            {
                Advance(ref reader);
                delta.ReasoningDetails = Object(ref reader, ReasoningDetailsInfo);
            }
            else if (reader.ValueTextEquals("tool_calls"u8))
            {
                Advance(ref reader);
                delta.ToolCalls = Object(ref reader, ToolCallsInfo);
            }
            else if (reader.ValueTextEquals("annotations"u8))
            {
                Advance(ref reader);
                delta.Annotations = Object(ref reader, AnnotationsInfo);
            }
            else if (reader.ValueTextEquals("images"u8))
            {
                Advance(ref reader);
                delta.Images = Object(ref reader, ImagesInfo);
            }
            else if (reader.ValueTextEquals("audio"u8))
            {
                Advance(ref reader);
                delta.Audio = Object(ref reader, AudioInfo);
            }
            else
            {
                delta.AdditionalProperties ??= new Dictionary<string, JsonElement>();
                Extension(ref reader, delta.AdditionalProperties);
            }
        }

        return delta;
    }

    /// <summary>Moves to the next member name of the current object; false at its end.</summary>
    private static bool NextMember(ref Utf8JsonReader reader)
    {
        Advance(ref reader);
        if (reader.TokenType == JsonTokenType.EndObject)
        {
            return false;
        }

        if (reader.TokenType != JsonTokenType.PropertyName)
        {
            throw new JsonException($"Expected a member name, got {reader.TokenType}.");
        }

        return true;
    }

    private static void Advance(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            throw new JsonException("The event ended inside a JSON value.");
        }
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type)
    {
        if (reader.TokenType != type)
        {
            throw new JsonException($"Expected {type}, got {reader.TokenType}.");
        }
    }

    private static string? String(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        Expect(ref reader, JsonTokenType.String);
        return reader.GetString();
    }

    /// <summary>
    /// A value every chunk repeats (envelope strings, open enums such as roles and finish reasons): shared through
    /// the cache instead of allocated per chunk.
    /// </summary>
    private static string? RepeatedString(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        Expect(ref reader, JsonTokenType.String);
        return reader.ValueIsEscaped || reader.HasValueSequence
            ? reader.GetString()
            : Utf8StringCache.GetString(reader.ValueSpan);
    }

    private static long Int64(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt64(out long value))
        {
            throw new JsonException($"Expected an integer, got {reader.TokenType}.");
        }

        return value;
    }

    private static int Int32(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out int value))
        {
            throw new JsonException($"Expected an integer, got {reader.TokenType}.");
        }

        return value;
    }

    private static T? Object<T>(ref Utf8JsonReader reader, JsonTypeInfo<T> info)
        where T : class =>
        reader.TokenType == JsonTokenType.Null ? null : JsonSerializer.Deserialize(ref reader, info);

    /// <summary>An unknown member, kept as the deserializer would keep it (last one wins on duplicates).</summary>
    private static void Extension(ref Utf8JsonReader reader, IDictionary<string, JsonElement> extra)
    {
        string name = reader.GetString()!;
        Advance(ref reader);
        extra[name] = JsonElement.ParseValue(ref reader);
    }

    private static JsonTypeInfo<T> Info<T>() =>
        (JsonTypeInfo<T>)(OpenRouterJsonContext.Default.GetTypeInfo(typeof(T))
            ?? throw new InvalidOperationException($"{typeof(T).Name} is missing from OpenRouterJsonContext."));
}
