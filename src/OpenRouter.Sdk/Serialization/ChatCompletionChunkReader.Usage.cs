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

    [MethodImpl(HotPath.Options)]
    internal static bool TryUsage(ref Utf8JsonReader reader, out Usage? usage)
    {
        usage = null;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        var read = new Usage();
        while (TryNextMember(ref reader, out bool end))
        {
            if (end)
            {
                usage = read;
                return true;
            }

            ReadOnlySpan<byte> name = reader.ValueSpan;
            if (!reader.Read())
            {
                return false;
            }

            bool known;
            if (name.SequenceEqual("prompt_tokens"u8))
            {
                known = TryInt32(ref reader, out int value);
                read.PromptTokens = value;
            }
            else if (name.SequenceEqual("completion_tokens"u8))
            {
                known = TryInt32(ref reader, out int value);
                read.CompletionTokens = value;
            }
            else if (name.SequenceEqual("total_tokens"u8))
            {
                known = TryInt32(ref reader, out int value);
                read.TotalTokens = value;
            }
            else if (name.SequenceEqual("cost"u8))
            {
                known = TryNullableDecimal(ref reader, out decimal? value);
                read.Cost = value;
            }
            else if (name.SequenceEqual("is_byok"u8))
            {
                known = TryNullableBoolean(ref reader, out bool? value);
                read.IsByok = value;
            }
            else if (name.SequenceEqual("prompt_tokens_details"u8))
            {
                known = TryPromptTokensDetails(ref reader, out PromptTokensDetails? value);
                read.PromptTokensDetails = value;
            }
            else if (name.SequenceEqual("completion_tokens_details"u8))
            {
                known = TryCompletionTokensDetails(ref reader, out CompletionTokensDetails? value);
                read.CompletionTokensDetails = value;
            }
            else if (name.SequenceEqual("cost_details"u8))
            {
                known = TryCostDetails(ref reader, out CostDetails? value);
                read.CostDetails = value;
            }
            else if (name.SequenceEqual("server_tool_use_details"u8))
            {
                known = TryServerToolUseDetails(ref reader, out ServerToolUseDetails? value);
                read.ServerToolUseDetails = value;
            }
            else
            {
                known = false;
            }

            if (!known)
            {
                return false;
            }
        }

        return false;
    }

    [MethodImpl(HotPath.Options)]
    private static bool TryPromptTokensDetails(ref Utf8JsonReader reader, out PromptTokensDetails? details)
    {
        details = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        var read = new PromptTokensDetails();
        while (TryNextMember(ref reader, out bool end))
        {
            if (end)
            {
                details = read;
                return true;
            }

            ReadOnlySpan<byte> name = reader.ValueSpan;
            int? value;
            if (!reader.Read() || !TryNullableInt32(ref reader, out value))
            {
                return false;
            }

            if (name.SequenceEqual("cached_tokens"u8))
            {
                read.CachedTokens = value;
            }
            else if (name.SequenceEqual("cache_write_tokens"u8))
            {
                read.CacheWriteTokens = value;
            }
            else if (name.SequenceEqual("audio_tokens"u8))
            {
                read.AudioTokens = value;
            }
            else if (name.SequenceEqual("video_tokens"u8))
            {
                read.VideoTokens = value;
            }
            else
            {
                return false;
            }
        }

        return false;
    }

    [MethodImpl(HotPath.Options)]
    private static bool TryCompletionTokensDetails(ref Utf8JsonReader reader, out CompletionTokensDetails? details)
    {
        details = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        var read = new CompletionTokensDetails();
        while (TryNextMember(ref reader, out bool end))
        {
            if (end)
            {
                details = read;
                return true;
            }

            ReadOnlySpan<byte> name = reader.ValueSpan;
            int? value;
            if (!reader.Read() || !TryNullableInt32(ref reader, out value))
            {
                return false;
            }

            if (name.SequenceEqual("reasoning_tokens"u8))
            {
                read.ReasoningTokens = value;
            }
            else if (name.SequenceEqual("image_tokens"u8))
            {
                read.ImageTokens = value;
            }
            else if (name.SequenceEqual("audio_tokens"u8))
            {
                read.AudioTokens = value;
            }
            else if (name.SequenceEqual("accepted_prediction_tokens"u8))
            {
                read.AcceptedPredictionTokens = value;
            }
            else if (name.SequenceEqual("rejected_prediction_tokens"u8))
            {
                read.RejectedPredictionTokens = value;
            }
            else
            {
                return false;
            }
        }

        return false;
    }

    [MethodImpl(HotPath.Options)]
    private static bool TryCostDetails(ref Utf8JsonReader reader, out CostDetails? details)
    {
        details = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        var read = new CostDetails();
        while (TryNextMember(ref reader, out bool end))
        {
            if (end)
            {
                details = read;
                return true;
            }

            ReadOnlySpan<byte> name = reader.ValueSpan;
            decimal? value;
            if (!reader.Read() || !TryNullableDecimal(ref reader, out value))
            {
                return false;
            }

            if (name.SequenceEqual("upstream_inference_cost"u8))
            {
                read.UpstreamInferenceCost = value;
            }
            else if (name.SequenceEqual("upstream_inference_prompt_cost"u8))
            {
                read.UpstreamInferencePromptCost = value;
            }
            else if (name.SequenceEqual("upstream_inference_completions_cost"u8))
            {
                read.UpstreamInferenceCompletionsCost = value;
            }
            else
            {
                return false;
            }
        }

        return false;
    }

    [MethodImpl(HotPath.Options)]
    private static bool TryServerToolUseDetails(ref Utf8JsonReader reader, out ServerToolUseDetails? details)
    {
        details = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        var read = new ServerToolUseDetails();
        while (TryNextMember(ref reader, out bool end))
        {
            if (end)
            {
                details = read;
                return true;
            }

            ReadOnlySpan<byte> name = reader.ValueSpan;
            int? value;
            if (!reader.Read() || !TryNullableInt32(ref reader, out value))
            {
                return false;
            }

            if (name.SequenceEqual("web_search_requests"u8))
            {
                read.WebSearchRequests = value;
            }
            else if (name.SequenceEqual("tool_calls_requested"u8))
            {
                read.ToolCallsRequested = value;
            }
            else if (name.SequenceEqual("tool_calls_executed"u8))
            {
                read.ToolCallsExecuted = value;
            }
            else
            {
                return false;
            }
        }

        return false;
    }

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
