using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OpenRouter.Sdk.Internal;

namespace OpenRouter.Sdk.Serialization;

/// <summary>
/// Reads one streamed chunk from its UTF-8 event bytes in a single forward pass. This is the hot path of every
/// stream, so the members every chunk carries (the envelope, the choice and the delta's text) are read by hand:
/// the general deserializer allocates its state stack for every nested object, which costs more than the chunk
/// itself. The repeated envelope strings come from <see cref="Utf8StringCache"/>, and a chunk that repeats its
/// predecessor's bytes except for its text (or its reasoning) is read from those strings alone
/// (<see cref="ChunkEnvelope"/>, <see cref="ContentChunkShape"/>). The entries of <c>tool_calls</c> and
/// <c>reasoning_details</c>, which streams repeat in every chunk, are read by hand too, and an entry with anything
/// those readers do not know is read again by the source-generated metadata. Everything else (usage, errors,
/// annotations, images, audio, logprobs) is handed to the source-generated metadata, so it is read exactly as the rest
/// of the SDK reads it; unknown members land in <c>AdditionalProperties</c> as usual.
/// The result equals what <c>JsonSerializer.Deserialize</c> with <see cref="OpenRouterJsonContext"/> returns, repeated
/// members included (the last one wins), and input that is not a chunk is only ever a <see cref="JsonException"/>.
/// </summary>
internal static partial class ChatCompletionChunkReader
{
    // The metadata of what the reader hands over, created on first use (see Metadata<T>).
    private static JsonTypeInfo<Usage> UsageInfo => Metadata<Usage>.Info;

    private static JsonTypeInfo<OpenRouterErrorDetail> ErrorInfo => Metadata<OpenRouterErrorDetail>.Info;

    /// <summary>Reads a chunk; throws <see cref="JsonException"/> for anything that is not one.</summary>
    public static ChatCompletionChunk Read(ReadOnlySpan<byte> utf8) => Read(utf8, null);

    /// <summary>
    /// Reads a chunk of a stream whose previous chunk <paramref name="envelope"/> remembers: when this chunk's bytes
    /// up to <c>"choices":</c> are the same bytes, those members are taken over and reading starts there; when the
    /// bytes after them also have the remembered <see cref="ContentChunkShape"/>, only the content string is read.
    /// </summary>
    [MethodImpl(HotPath.Options)]
    public static ChatCompletionChunk Read(ReadOnlySpan<byte> utf8, ChunkEnvelope? envelope)
    {
        ChatCompletionChunk chunk;
        if (envelope is not null && envelope.Matches(utf8))
        {
            ReadOnlySpan<byte> afterEnvelope = utf8.Slice(envelope.Length);
            chunk = envelope.Start();
            if (!envelope.Shape.TryRead(afterEnvelope, chunk))
            {
                ReadAfterEnvelope(afterEnvelope, envelope, chunk);
            }

            return chunk;
        }

        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = 64 });
        if (!reader.Read())
        {
            throw new JsonException("The event was empty.");
        }

        if (reader.TokenType == JsonTokenType.Null)
        {
            throw new JsonException("The event was JSON null.");
        }

        Expect(ref reader, JsonTokenType.StartObject);
        chunk = new ChatCompletionChunk();
        ReadMembers(ref reader, chunk, envelope, utf8);
        ExpectEnd(ref reader);
        return chunk;
    }

    /// <summary>Reads the choices and any later members of a chunk that repeated the envelope, and remembers its shape.</summary>
    [MethodImpl(HotPath.Options)]
    private static void ReadAfterEnvelope(ReadOnlySpan<byte> afterEnvelope, ChunkEnvelope envelope, ChatCompletionChunk chunk)
    {
        var reader = new Utf8JsonReader(afterEnvelope, isFinalBlock: true, envelope.State);
        var spot = default(ContentSpot);
        Advance(ref reader);
        chunk.Choices = ReadChoices(ref reader, ref spot);
        if (ReadMembers(ref reader, chunk, null, default) > 0)
        {
            spot.Other = true;
        }

        ExpectEnd(ref reader);
        envelope.Shape.Remember(afterEnvelope, spot, chunk);
    }

    private static void ExpectEnd(ref Utf8JsonReader reader)
    {
        if (reader.Read())
        {
            throw new JsonException("The event has data after its JSON value.");
        }
    }

    /// <summary>
    /// Reads the chunk's members up to its end and returns how many it read. With <paramref name="envelope"/>, a
    /// <c>choices</c> member that only envelope members precede has those bytes remembered for the next chunk.
    /// </summary>
    [MethodImpl(HotPath.Options)]
    private static int ReadMembers(ref Utf8JsonReader reader, ChatCompletionChunk chunk, ChunkEnvelope? envelope, ReadOnlySpan<byte> utf8)
    {
        bool onlyEnvelope = envelope is not null;
        int members = 0;
        var spot = default(ContentSpot);
        while (NextMember(ref reader))
        {
            members++;
            ReadOnlySpan<byte> name = Name(ref reader);
            if (name.SequenceEqual("id"u8))
            {
                Advance(ref reader);
                chunk.Id = RepeatedString(ref reader)!;
            }
            else if (name.SequenceEqual("object"u8))
            {
                Advance(ref reader);
                chunk.Object = RepeatedString(ref reader);
            }
            else if (name.SequenceEqual("created"u8))
            {
                Advance(ref reader);
                chunk.Created = UnixTime.ReadInt64(ref reader);
            }
            else if (name.SequenceEqual("model"u8))
            {
                Advance(ref reader);
                chunk.Model = RepeatedString(ref reader)!;
            }
            else if (name.SequenceEqual("provider"u8))
            {
                Advance(ref reader);
                chunk.Provider = RepeatedString(ref reader);
            }
            else if (name.SequenceEqual("choices"u8))
            {
                if (onlyEnvelope && !reader.ValueIsEscaped)
                {
                    envelope!.Remember(utf8.Slice(0, (int)reader.BytesConsumed), reader.CurrentState, chunk);
                }

                onlyEnvelope = false;
                Advance(ref reader);
                chunk.Choices = ReadChoices(ref reader, ref spot);
            }
            else if (name.SequenceEqual("system_fingerprint"u8))
            {
                Advance(ref reader);
                chunk.SystemFingerprint = RepeatedString(ref reader);
            }
            else if (name.SequenceEqual("service_tier"u8))
            {
                Advance(ref reader);
                chunk.ServiceTier = RepeatedString(ref reader) is { } tier ? new ServiceTier(tier) : default(ServiceTier?);
            }
            else if (name.SequenceEqual("usage"u8))
            {
                onlyEnvelope = false;
                Advance(ref reader);
                chunk.Usage = ReadUsage(ref reader);
            }
            else if (name.SequenceEqual("error"u8))
            {
                onlyEnvelope = false;
                Advance(ref reader);
                chunk.Error = reader.TokenType == JsonTokenType.Null ? null : OpenRouterErrorDetailConverter.Read(ref reader, ErrorInfo);
            }
            else if (name.SequenceEqual("openrouter_metadata"u8))
            {
                onlyEnvelope = false;
                Advance(ref reader);
                chunk.OpenRouterMetadata = Object<OpenRouterMetadata>(ref reader);
            }
            else
            {
                onlyEnvelope = false;
                chunk.AdditionalProperties ??= new Dictionary<string, JsonElement>();
                Extension(ref reader, chunk.AdditionalProperties);
            }
        }

        return members;
    }

    [MethodImpl(HotPath.Options)]
    private static IReadOnlyList<ChatCompletionChunkChoice> ReadChoices(ref Utf8JsonReader reader, ref ContentSpot spot)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return Array.Empty<ChatCompletionChunkChoice>();
        }

        Expect(ref reader, JsonTokenType.StartArray);

        // Nearly every chunk has exactly one choice: an array of one is the cheapest list. Null items are left out,
        // as the generated deserializer leaves them out (NonNullItems).
        ChatCompletionChunkChoice? first = null;
        List<ChatCompletionChunkChoice>? choices = null;
        while (true)
        {
            Advance(ref reader);
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                return choices is not null ? choices
                    : first is null ? Array.Empty<ChatCompletionChunkChoice>()
                    : new[] { first };
            }

            if (reader.TokenType == JsonTokenType.Null)
            {
                spot.Other = true;
                continue;
            }

            ChatCompletionChunkChoice choice = ReadChoice(ref reader, ref spot);
            if (first is null)
            {
                first = choice;
            }
            else
            {
                spot.Other = true;
                (choices ??= new List<ChatCompletionChunkChoice>(4) { first }).Add(choice);
            }
        }
    }

    [MethodImpl(HotPath.Options)]
    private static ChatCompletionChunkChoice ReadChoice(ref Utf8JsonReader reader, ref ContentSpot spot)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        var choice = new ChatCompletionChunkChoice();
        bool sawDelta = false;
        while (NextMember(ref reader))
        {
            ReadOnlySpan<byte> name = Name(ref reader);
            if (name.SequenceEqual("index"u8))
            {
                Advance(ref reader);
                choice.Index = Int32(ref reader);
            }
            else if (name.SequenceEqual("delta"u8))
            {
                // A repeated delta replaces the first one whole (the last member wins); the content spot recorded in
                // the first must then not be taken for this chunk's text.
                if (sawDelta)
                {
                    spot.Other = true;
                }

                sawDelta = true;
                Advance(ref reader);
                choice.Delta = reader.TokenType == JsonTokenType.Null ? null : ReadDelta(ref reader, ref spot);
            }
            else if (name.SequenceEqual("finish_reason"u8))
            {
                Advance(ref reader);
                choice.FinishReason = RepeatedString(ref reader) is { } reason ? new FinishReason(reason) : default(FinishReason?);
            }
            else if (name.SequenceEqual("native_finish_reason"u8))
            {
                Advance(ref reader);
                choice.NativeFinishReason = RepeatedString(ref reader) is { } nativeReason ? new FinishReason(nativeReason) : default(FinishReason?);
            }
            else if (name.SequenceEqual("logprobs"u8))
            {
                // Recorded chunks carry "logprobs":null in every choice; a null is what the content shortcut takes
                // over (it sets no logprobs), so only a value keeps the chunk off the shortcut.
                Advance(ref reader);
                if (reader.TokenType == JsonTokenType.Null)
                {
                    choice.Logprobs = null;
                }
                else
                {
                    spot.Other = true;
                    choice.Logprobs = Object<ChatLogprobs>(ref reader);
                }
            }
            else if (name.SequenceEqual("error"u8))
            {
                spot.Other = true;
                Advance(ref reader);
                choice.Error = reader.TokenType == JsonTokenType.Null ? null : OpenRouterErrorDetailConverter.Read(ref reader, ErrorInfo);
            }
            else
            {
                spot.Other = true;
                choice.AdditionalProperties ??= new Dictionary<string, JsonElement>();
                Extension(ref reader, choice.AdditionalProperties);
            }
        }

        return choice;
    }

    [MethodImpl(HotPath.Options)]
    private static ChatCompletionDelta ReadDelta(ref Utf8JsonReader reader, ref ContentSpot spot)
    {
        MessageFields fields = ReadMessageFields(ref reader, ref spot);
        return new ChatCompletionDelta
        {
            Role = fields.Role,
            Content = fields.Content,
            Refusal = fields.Refusal,
            Reasoning = fields.Reasoning,
            ReasoningDetails = fields.ReasoningDetails,
            ToolCalls = fields.ToolCalls,
            Annotations = fields.Annotations,
            Images = fields.Images,
            Audio = fields.Audio,
            AdditionalProperties = fields.AdditionalProperties,
        };
    }

    /// <summary>
    /// The members a streamed delta and a completion's message share (they are the same on the wire), read once for
    /// both; <paramref name="spot"/> records where the content string sits and whether anything else was read.
    /// </summary>
    [MethodImpl(HotPath.Options)]
    private static MessageFields ReadMessageFields(ref Utf8JsonReader reader, ref ContentSpot spot)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        var fields = default(MessageFields);

        // The reasoning read last and its raw bytes: a reasoning detail that repeats them shares its string.
        string? reasoning = null;
        ReadOnlySpan<byte> reasoningUtf8 = default;
        while (NextMember(ref reader))
        {
            ReadOnlySpan<byte> name = Name(ref reader);
            if (name.SequenceEqual("content"u8))
            {
                Advance(ref reader);
                fields.Content = Fragment(ref reader);
                if (fields.Content is null)
                {
                    spot.Other = true;
                }
                else
                {
                    spot.Content.Add(ref reader);
                }
            }
            else if (name.SequenceEqual("role"u8))
            {
                Advance(ref reader);
                fields.Role = RepeatedString(ref reader) is { } role ? new MessageRole(role) : default(MessageRole?);
            }
            else if (name.SequenceEqual("reasoning"u8))
            {
                Advance(ref reader);
                fields.Reasoning = Fragment(ref reader);
                reasoning = reader.HasValueSequence ? null : fields.Reasoning;
                reasoningUtf8 = reader.ValueSpan;
                if (fields.Reasoning is null)
                {
                    spot.Other = true;
                }
                else
                {
                    spot.Reasoning.Add(ref reader);
                }
            }
            else if (name.SequenceEqual("refusal"u8))
            {
                spot.Other = true;
                Advance(ref reader);
                fields.Refusal = Fragment(ref reader);
            }
            else if (name.SequenceEqual("reasoning_details"u8))
            {
                spot.DetailLists++;
                Advance(ref reader);
                fields.ReasoningDetails = ReadReasoningDetails(ref reader, reasoning, reasoningUtf8, ref spot);
            }
            else if (name.SequenceEqual("tool_calls"u8))
            {
                spot.Other = true;
                Advance(ref reader);
                fields.ToolCalls = ReadToolCalls(ref reader);
            }
            else if (name.SequenceEqual("annotations"u8))
            {
                spot.Other = true;
                Advance(ref reader);
                fields.Annotations = Object<IReadOnlyList<Annotation>>(ref reader);
            }
            else if (name.SequenceEqual("images"u8))
            {
                spot.Other = true;
                Advance(ref reader);
                fields.Images = Object<IReadOnlyList<GeneratedImage>>(ref reader);
            }
            else if (name.SequenceEqual("audio"u8))
            {
                spot.Other = true;
                Advance(ref reader);
                fields.Audio = Object<GeneratedAudio>(ref reader);
            }
            else
            {
                spot.Other = true;
                fields.AdditionalProperties ??= new Dictionary<string, JsonElement>();
                Extension(ref reader, fields.AdditionalProperties);
            }
        }

        return fields;
    }

    /// <summary>What <see cref="ReadMessageFields"/> read.</summary>
    private struct MessageFields
    {
        public MessageRole? Role;
        public string? Content;
        public string? Refusal;
        public string? Reasoning;
        public IReadOnlyList<ReasoningDetail>? ReasoningDetails;
        public IReadOnlyList<ToolCall>? ToolCalls;
        public IReadOnlyList<Annotation>? Annotations;
        public IReadOnlyList<GeneratedImage>? Images;
        public GeneratedAudio? Audio;
        public IDictionary<string, JsonElement>? AdditionalProperties;
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
            ThrowUnexpected("a member name", reader.TokenType);
        }

        return true;
    }

    private static void Advance(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            ThrowTruncated();
        }
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type)
    {
        if (reader.TokenType != type)
        {
            ThrowUnexpected(type.ToString(), reader.TokenType);
        }
    }

    /// <summary>
    /// A piece of streamed text (content, reasoning, refusal), or null. A lone surrogate escape is kept (see
    /// <see cref="TextFragment"/>): an emoji cut between two chunks joins whole again when the pieces are appended.
    /// </summary>
    [MethodImpl(HotPath.Options)]
    private static string? Fragment(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        Expect(ref reader, JsonTokenType.String);
        return TextFragment.Read(ref reader);
    }

    /// <summary>
    /// A value every chunk repeats (envelope strings, open enums such as roles and finish reasons): shared through
    /// the cache instead of allocated per chunk.
    /// </summary>
    [MethodImpl(HotPath.Options)]
    private static string? RepeatedString(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        Expect(ref reader, JsonTokenType.String);
        if (reader.ValueIsEscaped || reader.HasValueSequence)
        {
            return Text(ref reader);
        }

        try
        {
            return Utf8StringCache.GetString(reader.ValueSpan);
        }
        catch (ArgumentException e)
        {
            throw NotUtf8(e);
        }
    }

    private static int Int32(ref Utf8JsonReader reader)
    {
        int value = 0;
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out value))
        {
            ThrowUnexpected("an integer", reader.TokenType);
        }

        return value;
    }

    /// <summary>A member read by the generated metadata of its type, which a null never builds (the first call pays for none it does not need).</summary>
    private static T? Object<T>(ref Utf8JsonReader reader)
        where T : class =>
        reader.TokenType == JsonTokenType.Null ? null : JsonSerializer.Deserialize(ref reader, Metadata<T>.Info);

    /// <summary>An unknown member, kept as the deserializer would keep it (last one wins on duplicates).</summary>
    private static void Extension(ref Utf8JsonReader reader, IDictionary<string, JsonElement> extra)
    {
        string name = Text(ref reader);
        Advance(ref reader);
        extra[name] = JsonElement.ParseValue(ref reader);
    }

    /// <summary>
    /// The member name as raw bytes, compared with constant UTF-8 literals (which the JIT turns into a few integer
    /// comparisons). An escaped name, which no real server sends, is unescaped first.
    /// </summary>
    private static ReadOnlySpan<byte> Name(ref Utf8JsonReader reader) =>
        reader.ValueIsEscaped || reader.HasValueSequence
            ? Encoding.UTF8.GetBytes(Text(ref reader))
            : reader.ValueSpan;

    /// <summary>
    /// The current string token, unescaped. Bytes that are not UTF-8 are a <see cref="JsonException"/>, as they are
    /// for the generated deserializer (the reader itself reports them as <see cref="InvalidOperationException"/>).
    /// </summary>
    internal static string Text(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException e)
        {
            throw NotUtf8(e);
        }
    }

    // Throwing lives apart so the small readers above stay small enough to inline.
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static JsonException NotUtf8(Exception e) =>
        new("A string is not valid UTF-8.", e);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowUnexpected(string expected, JsonTokenType actual) =>
        throw new JsonException($"Expected {expected}, got {actual}.");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowTruncated() =>
        throw new JsonException("The event ended inside a JSON value.");

    private static JsonTypeInfo<T> Info<T>() =>
        (JsonTypeInfo<T>)(OpenRouterJsonContext.Default.GetTypeInfo(typeof(T))
            ?? throw new InvalidOperationException($"{typeof(T).Name} is missing from OpenRouterJsonContext."));
}
