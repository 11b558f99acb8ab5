using System;
using System.Runtime.CompilerServices;
using System.Text.Json;
using OpenRouter.Sdk.Internal;

namespace OpenRouter.Sdk.Serialization;

/// <summary>
/// The <c>usage</c> object of a completion and of a stream's last chunk, read by hand: every non-streamed call reads
/// one. Only the members and tokens OpenRouter sends are read here (token counts, cost, <c>is_byok</c> and the four
/// detail objects, in any order); anything else (an unknown member, which the generated deserializer keeps as extension
/// data, an escaped member name, a cost sent as a string, a token that does not fit the member) sends the whole object
/// back to its start and to the generated metadata, so an unusual usage reads, or fails, exactly as it does there.
/// </summary>
internal static partial class ChatCompletionChunkReader
{
    /// <summary>The usage at the reader (null for JSON null), read by hand when it has the usual shape.</summary>
    [MethodImpl(HotPath.Options)]
    private static Usage? ReadUsage(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        Utf8JsonReader start = reader;
        if (TryUsage(ref reader, out Usage? usage))
        {
            return usage;
        }

        reader = start;
        return JsonSerializer.Deserialize(ref reader, UsageInfo);
    }

    /// <summary>The usage at the reader read by hand (null for JSON null); false when it has another shape.</summary>
    internal static bool TryUsage(ref Utf8JsonReader reader, out Usage? usage) =>
        TryObject(ref reader, UsageMember, out usage);

    /// <summary>
    /// Reads a member's value at the reader into the object being read; false for a member or a value it does not read
    /// (the whole object then goes to the generated metadata).
    /// </summary>
    private delegate bool MemberReader<in T>(ref Utf8JsonReader reader, ReadOnlySpan<byte> name, T target);

    /// <summary>An object of plain member names read by <paramref name="member"/>: null for JSON null; false for anything else it does not read.</summary>
    [MethodImpl(HotPath.Options)]
    private static bool TryObject<T>(ref Utf8JsonReader reader, MemberReader<T> member, out T? value)
        where T : class, new()
    {
        value = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        var read = new T();
        while (TryNextMember(ref reader, out bool end))
        {
            if (end)
            {
                value = read;
                return true;
            }

            ReadOnlySpan<byte> name = reader.ValueSpan;
            if (!reader.Read() || !member(ref reader, name, read))
            {
                return false;
            }
        }

        return false;
    }

    private static readonly MemberReader<PromptTokensDetails> PromptTokensDetailsMember = [MethodImpl(HotPath.Options)] static (ref Utf8JsonReader reader, ReadOnlySpan<byte> name, PromptTokensDetails details) =>
    {
        if (!TryNullableInt32(ref reader, out int? value))
        {
            return false;
        }

        if (name.SequenceEqual("cached_tokens"u8))
        {
            details.CachedTokens = value;
        }
        else if (name.SequenceEqual("cache_write_tokens"u8))
        {
            details.CacheWriteTokens = value;
        }
        else if (name.SequenceEqual("audio_tokens"u8))
        {
            details.AudioTokens = value;
        }
        else if (name.SequenceEqual("video_tokens"u8))
        {
            details.VideoTokens = value;
        }
        else
        {
            return false;
        }

        return true;
    };

    private static readonly MemberReader<CompletionTokensDetails> CompletionTokensDetailsMember = [MethodImpl(HotPath.Options)] static (ref Utf8JsonReader reader, ReadOnlySpan<byte> name, CompletionTokensDetails details) =>
    {
        if (!TryNullableInt32(ref reader, out int? value))
        {
            return false;
        }

        if (name.SequenceEqual("reasoning_tokens"u8))
        {
            details.ReasoningTokens = value;
        }
        else if (name.SequenceEqual("image_tokens"u8))
        {
            details.ImageTokens = value;
        }
        else if (name.SequenceEqual("audio_tokens"u8))
        {
            details.AudioTokens = value;
        }
        else if (name.SequenceEqual("accepted_prediction_tokens"u8))
        {
            details.AcceptedPredictionTokens = value;
        }
        else if (name.SequenceEqual("rejected_prediction_tokens"u8))
        {
            details.RejectedPredictionTokens = value;
        }
        else
        {
            return false;
        }

        return true;
    };

    private static readonly MemberReader<CostDetails> CostDetailsMember = [MethodImpl(HotPath.Options)] static (ref Utf8JsonReader reader, ReadOnlySpan<byte> name, CostDetails details) =>
    {
        if (!TryNullableDecimal(ref reader, out decimal? value))
        {
            return false;
        }

        if (name.SequenceEqual("upstream_inference_cost"u8))
        {
            details.UpstreamInferenceCost = value;
        }
        else if (name.SequenceEqual("upstream_inference_prompt_cost"u8))
        {
            details.UpstreamInferencePromptCost = value;
        }
        else if (name.SequenceEqual("upstream_inference_completions_cost"u8))
        {
            details.UpstreamInferenceCompletionsCost = value;
        }
        else
        {
            return false;
        }

        return true;
    };

    private static readonly MemberReader<ServerToolUseDetails> ServerToolUseDetailsMember = [MethodImpl(HotPath.Options)] static (ref Utf8JsonReader reader, ReadOnlySpan<byte> name, ServerToolUseDetails details) =>
    {
        if (!TryNullableInt32(ref reader, out int? value))
        {
            return false;
        }

        if (name.SequenceEqual("web_search_requests"u8))
        {
            details.WebSearchRequests = value;
        }
        else if (name.SequenceEqual("tool_calls_requested"u8))
        {
            details.ToolCallsRequested = value;
        }
        else if (name.SequenceEqual("tool_calls_executed"u8))
        {
            details.ToolCallsExecuted = value;
        }
        else
        {
            return false;
        }

        return true;
    };

    // Declared after the detail readers it uses: static fields are initialized in this order.
    private static readonly MemberReader<Usage> UsageMember = [MethodImpl(HotPath.Options)] static (ref Utf8JsonReader reader, ReadOnlySpan<byte> name, Usage usage) =>
    {
        bool known;
        if (name.SequenceEqual("prompt_tokens"u8))
        {
            known = TryInt32(ref reader, out int value);
            usage.PromptTokens = value;
        }
        else if (name.SequenceEqual("completion_tokens"u8))
        {
            known = TryInt32(ref reader, out int value);
            usage.CompletionTokens = value;
        }
        else if (name.SequenceEqual("total_tokens"u8))
        {
            known = TryInt32(ref reader, out int value);
            usage.TotalTokens = value;
        }
        else if (name.SequenceEqual("cost"u8))
        {
            known = TryNullableDecimal(ref reader, out decimal? value);
            usage.Cost = value;
        }
        else if (name.SequenceEqual("is_byok"u8))
        {
            known = TryNullableBoolean(ref reader, out bool? value);
            usage.IsByok = value;
        }
        else if (name.SequenceEqual("prompt_tokens_details"u8))
        {
            known = TryObject(ref reader, PromptTokensDetailsMember, out PromptTokensDetails? value);
            usage.PromptTokensDetails = value;
        }
        else if (name.SequenceEqual("completion_tokens_details"u8))
        {
            known = TryObject(ref reader, CompletionTokensDetailsMember, out CompletionTokensDetails? value);
            usage.CompletionTokensDetails = value;
        }
        else if (name.SequenceEqual("cost_details"u8))
        {
            known = TryObject(ref reader, CostDetailsMember, out CostDetails? value);
            usage.CostDetails = value;
        }
        else if (name.SequenceEqual("server_tool_use_details"u8))
        {
            known = TryObject(ref reader, ServerToolUseDetailsMember, out ServerToolUseDetails? value);
            usage.ServerToolUseDetails = value;
        }
        else
        {
            known = false;
        }

        return known;
    };

    /// <summary>
    /// Moves to the next member name of the current object, which must be a plain one (see <see cref="IsPlainName"/>);
    /// true with <paramref name="end"/> at the object's end; false for anything else (the object goes to the generated metadata).
    /// </summary>
    [MethodImpl(HotPath.Options)]
    private static bool TryNextMember(ref Utf8JsonReader reader, out bool end)
    {
        end = false;
        if (!reader.Read())
        {
            return false;
        }

        if (reader.TokenType == JsonTokenType.EndObject)
        {
            end = true;
            return true;
        }

        return reader.TokenType == JsonTokenType.PropertyName && IsPlainName(ref reader);
    }

    /// <summary>An <see cref="int"/> member: a number that is an <see cref="int"/>; false otherwise (null included: the generated metadata refuses it).</summary>
    [MethodImpl(HotPath.Options)]
    private static bool TryInt32(ref Utf8JsonReader reader, out int value)
    {
        value = 0;
        return reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out value);
    }

    /// <summary>
    /// A <c>decimal?</c> member as <see cref="FlexibleDecimalConverter"/> reads it when it is null or a number that
    /// fits a <see cref="decimal"/>; false otherwise (a numeric string, a number beyond decimal's range).
    /// </summary>
    [MethodImpl(HotPath.Options)]
    private static bool TryNullableDecimal(ref Utf8JsonReader reader, out decimal? value)
    {
        value = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out decimal number))
        {
            value = number;
            return true;
        }

        return false;
    }

    /// <summary>A <c>bool?</c> member: null, true or false; false for any other token.</summary>
    [MethodImpl(HotPath.Options)]
    private static bool TryNullableBoolean(ref Utf8JsonReader reader, out bool? value)
    {
        value = reader.TokenType switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            _ => null,
        };
        return reader.TokenType is JsonTokenType.True or JsonTokenType.False or JsonTokenType.Null;
    }
}
