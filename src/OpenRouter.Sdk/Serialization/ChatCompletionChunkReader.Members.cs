using System;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OpenRouter.Sdk.Internal;

namespace OpenRouter.Sdk.Serialization;

/// <summary>
/// The value readers of the hand-read list entries (tool calls, reasoning details). Each reads only the tokens it
/// reads exactly as the generated deserializer does and returns false for anything else (a number where a string
/// belongs, an escaped member name, a string that does not decode): the entry is then read again from its start by the
/// generated metadata, so an unusual entry reads, or fails, exactly as it does there.
/// </summary>
internal static partial class ChatCompletionChunkReader
{
    /// <summary>
    /// Whether the member name at the reader is one the entry readers may compare as raw bytes. An escaped name
    /// (which no real server sends) sends the entry to the generated metadata instead.
    /// </summary>
    private static bool IsPlainName(ref Utf8JsonReader reader) =>
        !reader.ValueIsEscaped && !reader.HasValueSequence;

    /// <summary>
    /// A string member whose value repeats from chunk to chunk (ids, types, formats, function names): null, or a
    /// string shared through <see cref="Utf8StringCache"/>. False for any other token or a string that does not decode.
    /// </summary>
    [MethodImpl(HotPath.Options)]
    private static bool TryRepeatedString(ref Utf8JsonReader reader, out string? value)
    {
        if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            try
            {
                value = Utf8StringCache.GetString(reader.ValueSpan);
                return true;
            }
            catch (ArgumentException)
            {
                value = null;
                return false;
            }
        }

        return TryString(ref reader, out value);
    }

    /// <summary>A string member read as the generated deserializer reads it (null, or the unescaped string); false otherwise.</summary>
    [MethodImpl(HotPath.Options)]
    private static bool TryString(ref Utf8JsonReader reader, out string? value)
    {
        value = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            return false;
        }

        try
        {
            value = reader.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>
    /// A member of streamed text (tool-call arguments, reasoning text and summaries), which the generated metadata
    /// reads with <see cref="TextFragmentConverter"/>: null, or the string with a lone surrogate kept. False for any
    /// other token or a string that does not decode.
    /// </summary>
    [MethodImpl(HotPath.Options)]
    private static bool TryFragment(ref Utf8JsonReader reader, out string? value)
    {
        value = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            return false;
        }

        try
        {
            value = TextFragment.Read(ref reader);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>An <c>int?</c> member: null, or a number that is an <see cref="int"/>; false otherwise.</summary>
    [MethodImpl(HotPath.Options)]
    private static bool TryNullableInt32(ref Utf8JsonReader reader, out int? value)
    {
        value = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out int number))
        {
            value = number;
            return true;
        }

        return false;
    }

    /// <summary>
    /// The generated metadata of a type the reader hands over, created on its first use: a stream of content chunks
    /// never builds the metadata of tool calls, annotations, images or audio.
    /// </summary>
    private static class Metadata<T>
    {
        public static readonly JsonTypeInfo<T> Info = Info<T>();
    }
}
