using OpenRouter.Sdk.Internal;
using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace OpenRouter.Sdk.Serialization;

/// <summary>
/// Reads a whole (non-streamed) completion by hand with the same readers as a chunk: the envelope, the choices and
/// their message (tool calls and reasoning details included) are read in one forward pass, everything else nested
/// (usage, annotations, images, audio, logprobs) through the source-generated metadata. The result equals what
/// <c>JsonSerializer.Deserialize</c> with <see cref="OpenRouterJsonContext"/> returns; a top-level <c>error</c> (a 200
/// that is really an error) lands in <c>AdditionalProperties</c> as it does there.
/// </summary>
internal static partial class ChatCompletionChunkReader
{
    /// <summary>Reads a completion; throws <see cref="JsonException"/> for anything that is not one.</summary>
    [MethodImpl(HotPath.Options)]
    public static ChatCompletion ReadCompletion(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = 64 });
        if (!reader.Read())
        {
            throw new JsonException("The body was empty.");
        }

        if (reader.TokenType == JsonTokenType.Null)
        {
            throw new JsonException("The body was JSON null.");
        }

        Expect(ref reader, JsonTokenType.StartObject);
        var completion = new ChatCompletion();
        while (NextMember(ref reader))
        {
            ReadOnlySpan<byte> name = Name(ref reader);
            if (name.SequenceEqual("id"u8))
            {
                Advance(ref reader);
                completion.Id = RepeatedString(ref reader)!;
            }
            else if (name.SequenceEqual("object"u8))
            {
                Advance(ref reader);
                completion.Object = RepeatedString(ref reader);
            }
            else if (name.SequenceEqual("created"u8))
            {
                Advance(ref reader);
                completion.Created = UnixTime.ReadInt64(ref reader);
            }
            else if (name.SequenceEqual("model"u8))
            {
                Advance(ref reader);
                completion.Model = RepeatedString(ref reader)!;
            }
            else if (name.SequenceEqual("provider"u8))
            {
                Advance(ref reader);
                completion.Provider = RepeatedString(ref reader);
            }
            else if (name.SequenceEqual("system_fingerprint"u8))
            {
                Advance(ref reader);
                completion.SystemFingerprint = RepeatedString(ref reader);
            }
            else if (name.SequenceEqual("service_tier"u8))
            {
                Advance(ref reader);
                completion.ServiceTier = RepeatedString(ref reader) is { } tier ? new ServiceTier(tier) : default(ServiceTier?);
            }
            else if (name.SequenceEqual("choices"u8))
            {
                Advance(ref reader);
                completion.Choices = ReadCompletionChoices(ref reader);
            }
            else if (name.SequenceEqual("usage"u8))
            {
                Advance(ref reader);
                completion.Usage = ReadUsage(ref reader);
            }
            else if (name.SequenceEqual("openrouter_metadata"u8))
            {
                Advance(ref reader);
                completion.OpenRouterMetadata = Object<OpenRouterMetadata>(ref reader);
            }
            else
            {
                completion.AdditionalProperties ??= new Dictionary<string, JsonElement>();
                Extension(ref reader, completion.AdditionalProperties);
            }
        }

        ExpectEnd(ref reader);
        return completion;
    }

    [MethodImpl(HotPath.Options)]
    private static IReadOnlyList<ChatCompletionChoice> ReadCompletionChoices(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return Array.Empty<ChatCompletionChoice>();
        }

        Expect(ref reader, JsonTokenType.StartArray);
        var choices = new List<ChatCompletionChoice>(1);
        Advance(ref reader);
        while (reader.TokenType != JsonTokenType.EndArray)
        {
            // Null items are left out, as the generated deserializer leaves them out (NonNullItems).
            if (reader.TokenType != JsonTokenType.Null)
            {
                choices.Add(ReadCompletionChoice(ref reader));
            }

            Advance(ref reader);
        }

        return choices;
    }

    [MethodImpl(HotPath.Options)]
    private static ChatCompletionChoice ReadCompletionChoice(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        var choice = new ChatCompletionChoice();
        while (NextMember(ref reader))
        {
            ReadOnlySpan<byte> name = Name(ref reader);
            if (name.SequenceEqual("index"u8))
            {
                Advance(ref reader);
                choice.Index = Int32(ref reader);
            }
            else if (name.SequenceEqual("message"u8))
            {
                Advance(ref reader);
                // Null (also after an earlier message member) leaves the empty assistant message the choice gives.
                choice.Message = reader.TokenType == JsonTokenType.Null ? null! : ReadMessage(ref reader);
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
                Advance(ref reader);
                choice.Logprobs = Object<ChatLogprobs>(ref reader);
            }
            else if (name.SequenceEqual("error"u8))
            {
                Advance(ref reader);
                choice.Error = reader.TokenType == JsonTokenType.Null ? null : OpenRouterErrorDetailConverter.Read(ref reader, ErrorInfo);
            }
            else
            {
                choice.AdditionalProperties ??= new Dictionary<string, JsonElement>();
                Extension(ref reader, choice.AdditionalProperties);
            }
        }

        return choice;
    }

    private static ChatCompletionMessage ReadMessage(ref Utf8JsonReader reader)
    {
        var spot = default(ContentSpot);
        MessageFields fields = ReadMessageFields(ref reader, ref spot);
        return new ChatCompletionMessage
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
}
