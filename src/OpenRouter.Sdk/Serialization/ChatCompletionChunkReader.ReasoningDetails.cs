using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text.Json;
using OpenRouter.Sdk.Internal;

namespace OpenRouter.Sdk.Serialization;

/// <summary>
/// Reads a delta's (or a message's) <c>reasoning_details</c> by hand: a reasoning model streams one entry in every
/// chunk. The recorded members (<c>type</c>, <c>text</c>, <c>summary</c>, <c>signature</c>, <c>format</c>,
/// <c>index</c>, <c>id</c>, <c>data</c>, <c>tool_name</c>, <c>tool_call_id</c>) are read here, in any order and
/// repeated (the last one wins); an entry with anything else (server tool arguments and results, members this SDK does
/// not model, which land in <c>AdditionalProperties</c>) is read again from its start by the generated metadata, so
/// the result is always what it returns.
/// </summary>
internal static partial class ChatCompletionChunkReader
{
    /// <param name="reader">At the member's value.</param>
    /// <param name="reasoning">The delta's <c>reasoning</c> read before, if any.</param>
    /// <param name="reasoningUtf8">Its raw bytes: an entry text of the same bytes (a chunk repeats the piece of reasoning in both) shares the string.</param>
    /// <param name="spot">Records where the entries' text sits and whether any entry was left to the generated metadata.</param>
    [MethodImpl(HotPath.Options)]
    private static IReadOnlyList<ReasoningDetail>? ReadReasoningDetails(ref Utf8JsonReader reader, string? reasoning, ReadOnlySpan<byte> reasoningUtf8, ref ContentSpot spot)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            spot.Other = true;
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            spot.Other = true;

            // Not a list: fails as it fails there.
            return JsonSerializer.Deserialize(ref reader, Metadata<IReadOnlyList<ReasoningDetail>>.Info);
        }

        // Null items are left out, as the generated deserializer leaves them out (NonNullItems).
        ReasoningDetail? first = null;
        List<ReasoningDetail>? details = null;
        while (true)
        {
            Advance(ref reader);
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                return details is not null ? details
                    : first is null ? Array.Empty<ReasoningDetail>()
                    : new[] { first };
            }

            if (reader.TokenType == JsonTokenType.Null)
            {
                spot.Other = true;
                continue;
            }

            spot.Details++;
            ReasoningDetail detail = ReadReasoningDetail(ref reader, reasoning, reasoningUtf8, ref spot);
            if (first is null)
            {
                first = detail;
            }
            else
            {
                (details ??= new List<ReasoningDetail>(4) { first }).Add(detail);
            }
        }
    }

    [MethodImpl(HotPath.Options)]
    private static ReasoningDetail ReadReasoningDetail(ref Utf8JsonReader reader, string? reasoning, ReadOnlySpan<byte> reasoningUtf8, ref ContentSpot spot)
    {
        Utf8JsonReader start = reader;
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            var detail = new ReasoningDetail();
            while (NextMember(ref reader))
            {
                if (!IsPlainName(ref reader))
                {
                    goto Generated;
                }

                ReadOnlySpan<byte> name = reader.ValueSpan;
                Advance(ref reader);
                if (name.SequenceEqual("type"u8))
                {
                    // A null type is the empty value there (the open enum's converter); left to it.
                    if (reader.TokenType != JsonTokenType.String || !TryRepeatedString(ref reader, out string? type))
                    {
                        goto Generated;
                    }

                    detail.Type = new ReasoningDetailType(type!);
                }
                else if (name.SequenceEqual("text"u8))
                {
                    if (!TrySharedFragment(ref reader, reasoning, reasoningUtf8, out string? text))
                    {
                        goto Generated;
                    }

                    detail.Text = text;
                    spot.AddDetailText(ref reader, isSummary: false);
                }
                else if (name.SequenceEqual("format"u8))
                {
                    if (!TryRepeatedString(ref reader, out string? format))
                    {
                        goto Generated;
                    }

                    detail.Format = format;
                }
                else if (name.SequenceEqual("index"u8))
                {
                    if (!TryNullableInt32(ref reader, out int? index))
                    {
                        goto Generated;
                    }

                    detail.Index = index;
                }
                else if (name.SequenceEqual("summary"u8))
                {
                    if (!TrySharedFragment(ref reader, reasoning, reasoningUtf8, out string? summary))
                    {
                        goto Generated;
                    }

                    detail.Summary = summary;
                    spot.AddDetailText(ref reader, isSummary: true);
                }
                else if (name.SequenceEqual("id"u8))
                {
                    if (!TryRepeatedString(ref reader, out string? id))
                    {
                        goto Generated;
                    }

                    detail.Id = id;
                }
                else if (name.SequenceEqual("signature"u8))
                {
                    if (!TryString(ref reader, out string? signature))
                    {
                        goto Generated;
                    }

                    detail.Signature = signature;
                }
                else if (name.SequenceEqual("data"u8))
                {
                    if (!TryString(ref reader, out string? data))
                    {
                        goto Generated;
                    }

                    detail.Data = data;
                }
                else if (name.SequenceEqual("tool_name"u8))
                {
                    if (!TryRepeatedString(ref reader, out string? toolName))
                    {
                        goto Generated;
                    }

                    detail.ToolName = toolName;
                }
                else if (name.SequenceEqual("tool_call_id"u8))
                {
                    if (!TryRepeatedString(ref reader, out string? toolCallId))
                    {
                        goto Generated;
                    }

                    detail.ToolCallId = toolCallId;
                }
                else
                {
                    goto Generated;
                }
            }

            return detail;
        }

    Generated:
        spot.Other = true;
        reader = start;
        return JsonSerializer.Deserialize(ref reader, Metadata<ReasoningDetail>.Info)!;
    }

    /// <summary>
    /// A reasoning text or summary (see <see cref="TryFragment"/>); when its raw bytes are those of the delta's
    /// <c>reasoning</c>, that string (equal bytes decode to equal text) instead of a copy.
    /// </summary>
    [MethodImpl(HotPath.Options)]
    private static bool TrySharedFragment(ref Utf8JsonReader reader, string? reasoning, ReadOnlySpan<byte> reasoningUtf8, out string? value)
    {
        if (reasoning is not null && reader.TokenType == JsonTokenType.String && !reader.HasValueSequence && reader.ValueSpan.SequenceEqual(reasoningUtf8))
        {
            value = reasoning;
            return true;
        }

        return TryFragment(ref reader, out value);
    }
}
