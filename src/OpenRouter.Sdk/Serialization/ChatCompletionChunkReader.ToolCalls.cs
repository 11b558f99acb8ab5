using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text.Json;
using OpenRouter.Sdk.Internal;

namespace OpenRouter.Sdk.Serialization;

/// <summary>
/// Reads a delta's (or a message's) <c>tool_calls</c> by hand. A streamed tool call arrives as hundreds of fragments
/// (<c>[{"index":0,"function":{"arguments":"…"}}]</c>), so the general deserializer's per-object state would cost
/// more than the fragment itself. The recorded members (<c>index</c>, <c>id</c>, <c>type</c>, <c>function</c> with
/// <c>name</c> and <c>arguments</c>) are read here, in any order and repeated (the last one wins); an entry with
/// anything else is read again from its start by the generated metadata (see
/// <see cref="ChatCompletionChunkReader"/>'s member readers), so the result is always what it returns.
/// </summary>
internal static partial class ChatCompletionChunkReader
{
    [MethodImpl(HotPath.Options)]
    private static IReadOnlyList<ToolCall>? ReadToolCalls(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            // Not a list: fails as it fails there.
            return JsonSerializer.Deserialize(ref reader, Metadata<IReadOnlyList<ToolCall>>.Info);
        }

        // Nearly every fragment holds one call: an array of one is the cheapest list. Null items are left out, as the
        // generated deserializer leaves them out (NonNullItems).
        ToolCall? first = null;
        List<ToolCall>? calls = null;
        while (true)
        {
            Advance(ref reader);
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                return calls is not null ? calls
                    : first is null ? Array.Empty<ToolCall>()
                    : new[] { first };
            }

            if (reader.TokenType == JsonTokenType.Null)
            {
                continue;
            }

            ToolCall call = ReadToolCall(ref reader);
            if (first is null)
            {
                first = call;
            }
            else
            {
                (calls ??= new List<ToolCall>(4) { first }).Add(call);
            }
        }
    }

    [MethodImpl(HotPath.Options)]
    private static ToolCall ReadToolCall(ref Utf8JsonReader reader)
    {
        Utf8JsonReader start = reader;
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            var call = new ToolCall();
            while (NextMember(ref reader))
            {
                if (!IsPlainName(ref reader))
                {
                    goto Generated;
                }

                ReadOnlySpan<byte> name = reader.ValueSpan;
                Advance(ref reader);
                if (name.SequenceEqual("index"u8))
                {
                    if (!TryNullableInt32(ref reader, out int? index))
                    {
                        goto Generated;
                    }

                    call.Index = index;
                }
                else if (name.SequenceEqual("function"u8))
                {
                    if (reader.TokenType == JsonTokenType.Null)
                    {
                        call.Function = null;
                    }
                    else if (reader.TokenType != JsonTokenType.StartObject || !TryReadFunction(ref reader, out FunctionCall? function))
                    {
                        goto Generated;
                    }
                    else
                    {
                        call.Function = function;
                    }
                }
                else if (name.SequenceEqual("id"u8))
                {
                    if (!TryRepeatedString(ref reader, out string? id))
                    {
                        goto Generated;
                    }

                    call.Id = id;
                }
                else if (name.SequenceEqual("type"u8))
                {
                    if (!TryRepeatedString(ref reader, out string? type))
                    {
                        goto Generated;
                    }

                    call.Type = type;
                }
                else
                {
                    goto Generated;
                }
            }

            return call;
        }

    Generated:
        reader = start;
        return JsonSerializer.Deserialize(ref reader, Metadata<ToolCall>.Info)!;
    }

    /// <summary>Reads the <c>function</c> object at the reader; false (the reader left anywhere inside) for anything but its recorded members.</summary>
    [MethodImpl(HotPath.Options)]
    private static bool TryReadFunction(ref Utf8JsonReader reader, out FunctionCall? function)
    {
        function = new FunctionCall();
        while (NextMember(ref reader))
        {
            if (!IsPlainName(ref reader))
            {
                return false;
            }

            ReadOnlySpan<byte> name = reader.ValueSpan;
            Advance(ref reader);
            if (name.SequenceEqual("arguments"u8))
            {
                if (!TryFragment(ref reader, out string? arguments))
                {
                    return false;
                }

                function.Arguments = arguments;
            }
            else if (name.SequenceEqual("name"u8))
            {
                if (!TryRepeatedString(ref reader, out string? functionName))
                {
                    return false;
                }

                function.Name = functionName;
            }
            else
            {
                return false;
            }
        }

        return true;
    }
}
