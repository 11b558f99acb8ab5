using System;
using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;

namespace OpenRouter.Sdk.Serialization;

/// <summary>
/// Reads a piece of streamed text (content, reasoning, refusal, tool call arguments, reasoning text). A model can cut
/// an emoji between two tokens, and a server that escapes each piece sends <c>"\ud83d"</c> in one chunk and
/// <c>"\ude00"</c> in the next. A .NET string can hold a lone surrogate, and the pieces join into the whole emoji when
/// appended, so such a piece is kept instead of failing the stream (System.Text.Json refuses it). Bytes that are not
/// UTF-8 are still a <see cref="JsonException"/>.
/// </summary>
internal static class TextFragment
{
    /// <summary>Bytes that are not UTF-8 throw (<see cref="DecoderFallbackException"/>) instead of becoming U+FFFD.</summary>
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The current string token, unescaped, lone surrogates kept.</summary>
    [MethodImpl(HotPath.Options)]
    public static string Read(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException e)
        {
            // Off the hot path: only a string that holds a lone surrogate escape (or is not UTF-8) gets here.
            return reader.ValueIsEscaped && Unescape(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan.ToArray()) is { } text
                ? text
                : throw ChatCompletionChunkReader.NotUtf8(e);
        }
    }

    /// <summary>
    /// Unescapes the raw bytes of a JSON string that the reader has already checked for well-formed escapes; null
    /// when a run of bytes between escapes is not UTF-8.
    /// </summary>
    private static string? Unescape(byte[] raw)
    {
        var text = new StringBuilder(raw.Length);
        int run = 0;
        int i = 0;
        while (i < raw.Length)
        {
            if (raw[i] != (byte)'\\')
            {
                i++;
                continue;
            }

            if (!AppendUtf8(text, raw, run, i - run) || i + 1 >= raw.Length)
            {
                return null;
            }

            byte escaped = raw[i + 1];
            i += 2;
            switch (escaped)
            {
                case (byte)'b': text.Append('\b'); break;
                case (byte)'f': text.Append('\f'); break;
                case (byte)'n': text.Append('\n'); break;
                case (byte)'r': text.Append('\r'); break;
                case (byte)'t': text.Append('\t'); break;
                case (byte)'u':
                    if (i + 4 > raw.Length || !TryHex(raw, i, out char unit))
                    {
                        return null;
                    }

                    text.Append(unit);
                    i += 4;
                    break;
                default:
                    // '"', '\\' and '/' stand for themselves.
                    text.Append((char)escaped);
                    break;
            }

            run = i;
        }

        return AppendUtf8(text, raw, run, raw.Length - run) ? text.ToString() : null;
    }

    private static bool AppendUtf8(StringBuilder text, byte[] raw, int start, int count)
    {
        if (count == 0)
        {
            return true;
        }

        try
        {
            text.Append(StrictUtf8.GetString(raw, start, count));
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static bool TryHex(byte[] raw, int start, out char unit)
    {
        int value = 0;
        for (int k = start; k < start + 4; k++)
        {
            int digit = raw[k] switch
            {
                >= (byte)'0' and <= (byte)'9' => raw[k] - '0',
                >= (byte)'a' and <= (byte)'f' => raw[k] - 'a' + 10,
                >= (byte)'A' and <= (byte)'F' => raw[k] - 'A' + 10,
                _ => -1,
            };
            if (digit < 0)
            {
                unit = default;
                return false;
            }

            value = (value << 4) | digit;
        }

        unit = (char)value;
        return true;
    }
}

/// <summary>
/// The generated deserializer's side of <see cref="TextFragment"/>: on the members that carry streamed text, so
/// both readers keep a lone surrogate alike. Writes the string as usual.
/// </summary>
internal sealed class TextFragmentConverter : JsonConverter<string>
{
    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a string, got {reader.TokenType}.");
        }

        return TextFragment.Read(ref reader);
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value);
}
