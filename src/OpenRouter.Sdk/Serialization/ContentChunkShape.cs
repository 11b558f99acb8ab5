using System;
using System.Runtime.CompilerServices;
using System.Text.Json;
using OpenRouter.Sdk.Internal;

namespace OpenRouter.Sdk.Serialization;

/// <summary>
/// The previous chunk's bytes after its envelope, split around its one content string. Nearly every chunk of a
/// streamed answer is <c>[{"index":0,"delta":{"content":"…","role":"assistant"},"finish_reason":null}]}</c> with only
/// the text changing. A chunk whose bytes after the envelope are the remembered prefix, one JSON string and the
/// remembered suffix (to its last byte) reads that string alone and takes everything else over. Equal bytes around
/// the string give equal values, so this changes nothing but the work. One per stream; not thread-safe.
/// </summary>
internal sealed class ContentChunkShape
{
    /// <summary>Longer prefixes or suffixes are not remembered (no real one comes near).</summary>
    private const int MaxBytes = 512;

    private byte[] _prefix = Array.Empty<byte>();
    private byte[] _suffix = Array.Empty<byte>();
    private int _prefixLength;
    private int _suffixLength;
    private int _index;
    private FinishReason? _finishReason;
    private FinishReason? _nativeFinishReason;
    private MessageRole? _role;

    /// <summary>Whether a shape is remembered.</summary>
    public bool IsKnown => _prefixLength > 0;

    /// <summary>
    /// Reads <paramref name="afterEnvelope"/> (a chunk's bytes after its remembered envelope) into
    /// <paramref name="chunk"/> when it has the remembered shape; false (and nothing set) otherwise.
    /// </summary>
    [MethodImpl(HotPath.Options)]
    public bool TryRead(ReadOnlySpan<byte> afterEnvelope, ChatCompletionChunk chunk)
    {
        int textLength = afterEnvelope.Length - _prefixLength - _suffixLength;
        if (_prefixLength == 0
            || textLength < 2
            || !afterEnvelope.Slice(0, _prefixLength).SequenceEqual(new ReadOnlySpan<byte>(_prefix, 0, _prefixLength))
            || !afterEnvelope.Slice(afterEnvelope.Length - _suffixLength).SequenceEqual(new ReadOnlySpan<byte>(_suffix, 0, _suffixLength)))
        {
            return false;
        }

        // Between the two must be exactly one JSON string and nothing else. Anything else, valid or not, is left to
        // the full read, so what is accepted and what is rejected stays exactly the full read's.
        var reader = new Utf8JsonReader(afterEnvelope.Slice(_prefixLength, textLength));
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.String || reader.BytesConsumed != textLength)
            {
                return false;
            }
        }
        catch (JsonException)
        {
            return false;
        }

        var delta = new ChatCompletionDelta { Role = _role, Content = TextFragment.Read(ref reader) };
        chunk.Choices = new[]
        {
            new ChatCompletionChunkChoice
            {
                Index = _index,
                Delta = delta,
                FinishReason = _finishReason,
                NativeFinishReason = _nativeFinishReason,
            },
        };
        return true;
    }

    /// <summary>
    /// Remembers the shape of a chunk read from <paramref name="afterEnvelope"/> when <paramref name="spot"/> says it
    /// has one choice whose members are only <c>index</c>, <c>delta</c>, <c>finish_reason</c>,
    /// <c>native_finish_reason</c> and a null <c>logprobs</c> (the recorded shape), whose delta holds only <c>role</c> and one <c>content</c> string, and nothing
    /// follows its choices; forgets the shape otherwise.
    /// </summary>
    internal void Remember(ReadOnlySpan<byte> afterEnvelope, in ContentSpot spot, ChatCompletionChunk chunk)
    {
        _prefixLength = 0;
        int suffixLength = afterEnvelope.Length - spot.End;
        if (!spot.IsOnlyContent || spot.Start > MaxBytes || suffixLength > MaxBytes || chunk.Choices.Count != 1)
        {
            return;
        }

        ChatCompletionChunkChoice choice = chunk.Choices[0];
        if (choice.Delta is null)
        {
            // Only a repeated delta member can get here (the reader marks it as something else); never a shape.
            return;
        }

        Store(afterEnvelope.Slice(0, spot.Start), ref _prefix);
        Store(afterEnvelope.Slice(spot.End), ref _suffix);
        _suffixLength = suffixLength;
        _index = choice.Index;
        _finishReason = choice.FinishReason;
        _nativeFinishReason = choice.NativeFinishReason;
        _role = choice.Delta.Role;
        _prefixLength = spot.Start;
    }

    /// <summary>Copies <paramref name="bytes"/> to the start of <paramref name="buffer"/>, which grows (never past <see cref="MaxBytes"/>) when needed.</summary>
    private static void Store(ReadOnlySpan<byte> bytes, ref byte[] buffer)
    {
        if (buffer.Length < bytes.Length)
        {
            buffer = new byte[Math.Min(MaxBytes, Math.Max(bytes.Length, 128))];
        }

        bytes.CopyTo(buffer);
    }
}

/// <summary>
/// Where the content string of a chunk's choices sits (offsets in the bytes the reader was given) and whether
/// anything but the members <see cref="ContentChunkShape"/> can take over was read around it.
/// </summary>
internal struct ContentSpot
{
    /// <summary>The offset of the content string's opening quote.</summary>
    public int Start;

    /// <summary>The offset just after its closing quote.</summary>
    public int End;

    /// <summary>How many content strings were read.</summary>
    public int Strings;

    /// <summary>Whether any other member (or a second choice, or a member after the choices) was read.</summary>
    public bool Other;

    public readonly bool IsOnlyContent => Strings == 1 && !Other;
}
