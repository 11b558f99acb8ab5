using System;
using System.Runtime.CompilerServices;
using System.Text.Json;
using OpenRouter.Sdk.Internal;

namespace OpenRouter.Sdk.Serialization;

/// <summary>
/// The previous chunk's bytes after its envelope, split around the strings that change from chunk to chunk. Nearly
/// every chunk of a streamed answer is <c>[{"index":0,"delta":{"content":"…","role":"assistant"},"finish_reason":null}]}</c>
/// with only the text changing; nearly every chunk of a reasoning model's thinking is
/// <c>[{"index":0,"delta":{"content":"","reasoning":"…","reasoning_details":[{"type":"reasoning.text","text":"…",…}]},…}]}</c>
/// with only the two copies of the reasoning changing. A chunk whose bytes after the envelope are the remembered
/// prefix, one JSON string, (for reasoning) the remembered middle and a second JSON string, and the remembered suffix
/// (to its last byte) reads those strings alone and takes everything else over. Equal bytes around the strings give
/// equal values, so this changes nothing but the work. One per stream; not thread-safe.
/// </summary>
internal sealed class ContentChunkShape
{
    /// <summary>Longer prefixes, middles or suffixes are not remembered (no real one comes near).</summary>
    private const int MaxBytes = 512;

    private byte[] _prefix = Array.Empty<byte>();
    private byte[] _middle = Array.Empty<byte>();
    private byte[] _suffix = Array.Empty<byte>();
    private int _prefixLength;
    private int _middleLength;
    private int _suffixLength;
    private Kind _kind;
    private int _index;
    private FinishReason? _finishReason;
    private FinishReason? _nativeFinishReason;
    private MessageRole? _role;

    // Reasoning shape only: the content beside the reasoning and the reasoning detail's members (copied, not the
    // caller's instance, which the caller may change).
    private string? _content;
    private bool _summary;
    private ReasoningDetail _detail = new();

    private enum Kind
    {
        None,
        Content,
        Reasoning,
    }

    /// <summary>Whether a shape is remembered.</summary>
    public bool IsKnown => _kind != Kind.None;

    /// <summary>
    /// Reads <paramref name="afterEnvelope"/> (a chunk's bytes after its remembered envelope) into
    /// <paramref name="chunk"/> when it has the remembered shape; false (and nothing set) otherwise.
    /// </summary>
    [MethodImpl(HotPath.Options)]
    public bool TryRead(ReadOnlySpan<byte> afterEnvelope, ChatCompletionChunk chunk) =>
        _kind == Kind.Content ? TryReadContent(afterEnvelope, chunk)
        : _kind == Kind.Reasoning && TryReadReasoning(afterEnvelope, chunk);

    [MethodImpl(HotPath.Options)]
    private bool TryReadContent(ReadOnlySpan<byte> afterEnvelope, ChatCompletionChunk chunk)
    {
        if (!afterEnvelope.Slice(0, Math.Min(_prefixLength, afterEnvelope.Length)).SequenceEqual(new ReadOnlySpan<byte>(_prefix, 0, _prefixLength))
            || !TryReadLastString(afterEnvelope, _prefixLength, out Utf8JsonReader reader))
        {
            return false;
        }

        var delta = new ChatCompletionDelta { Role = _role, Content = TextFragment.Read(ref reader) };
        chunk.Choices = new[] { Choice(delta) };
        return true;
    }

    [MethodImpl(HotPath.Options)]
    private bool TryReadReasoning(ReadOnlySpan<byte> afterEnvelope, ChatCompletionChunk chunk)
    {
        if (afterEnvelope.Length < _prefixLength + _middleLength + _suffixLength + 4
            || !afterEnvelope.Slice(0, _prefixLength).SequenceEqual(new ReadOnlySpan<byte>(_prefix, 0, _prefixLength)))
        {
            return false;
        }

        // The first string's end is where a reader of it stops; the remembered middle must follow it.
        var first = new Utf8JsonReader(afterEnvelope.Slice(_prefixLength), isFinalBlock: false, state: default);
        try
        {
            if (!first.Read() || first.TokenType != JsonTokenType.String)
            {
                return false;
            }
        }
        catch (JsonException)
        {
            return false;
        }

        int middleStart = _prefixLength + (int)first.BytesConsumed;
        int secondStart = middleStart + _middleLength;
        if (afterEnvelope.Length < secondStart + _suffixLength + 2
            || !afterEnvelope.Slice(middleStart, _middleLength).SequenceEqual(new ReadOnlySpan<byte>(_middle, 0, _middleLength))
            || !TryReadLastString(afterEnvelope, secondStart, out Utf8JsonReader second))
        {
            return false;
        }

        string reasoning = TextFragment.Read(ref first);

        // Both copies of a piece of reasoning are usually the same bytes: then they are the same string.
        string text = second.ValueSpan.SequenceEqual(first.ValueSpan) && !first.HasValueSequence && !second.HasValueSequence
            ? reasoning
            : TextFragment.Read(ref second);
        ReasoningDetail remembered = _detail;
        var detail = new ReasoningDetail
        {
            Type = remembered.Type,
            Id = remembered.Id,
            Format = remembered.Format,
            Index = remembered.Index,
            Text = _summary ? remembered.Text : text,
            Summary = _summary ? text : remembered.Summary,
            Signature = remembered.Signature,
            Data = remembered.Data,
            ToolName = remembered.ToolName,
            ToolCallId = remembered.ToolCallId,
        };
        var delta = new ChatCompletionDelta
        {
            Role = _role,
            Content = _content,
            Reasoning = reasoning,
            ReasoningDetails = new[] { detail },
        };
        chunk.Choices = new[] { Choice(delta) };
        return true;
    }

    /// <summary>
    /// Whether the bytes from <paramref name="start"/> are exactly one JSON string and the remembered suffix; the
    /// reader is left on that string.
    /// </summary>
    [MethodImpl(HotPath.Options)]
    private bool TryReadLastString(ReadOnlySpan<byte> afterEnvelope, int start, out Utf8JsonReader reader)
    {
        reader = default;
        int textLength = afterEnvelope.Length - start - _suffixLength;
        if (textLength < 2
            || !afterEnvelope.Slice(afterEnvelope.Length - _suffixLength).SequenceEqual(new ReadOnlySpan<byte>(_suffix, 0, _suffixLength)))
        {
            return false;
        }

        // Between the two must be exactly one JSON string and nothing else. Anything else, valid or not, is left to
        // the full read, so what is accepted and what is rejected stays exactly the full read's.
        reader = new Utf8JsonReader(afterEnvelope.Slice(start, textLength));
        try
        {
            return reader.Read() && reader.TokenType == JsonTokenType.String && reader.BytesConsumed == textLength;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    [MethodImpl(HotPath.Options)]
    private ChatCompletionChunkChoice Choice(ChatCompletionDelta delta) => new()
    {
        Index = _index,
        Delta = delta,
        FinishReason = _finishReason,
        NativeFinishReason = _nativeFinishReason,
    };

    /// <summary>
    /// Remembers the shape of a chunk read from <paramref name="afterEnvelope"/> when <paramref name="spot"/> says it
    /// has one choice whose members are only <c>index</c>, <c>delta</c>, <c>finish_reason</c>,
    /// <c>native_finish_reason</c> and a null <c>logprobs</c> (the recorded shape), whose delta holds only <c>role</c>
    /// and one <c>content</c> string, or only <c>role</c>, a <c>content</c> string, one <c>reasoning</c> string and,
    /// after it, a <c>reasoning_details</c> list of one entry with one text or summary string, and nothing follows its
    /// choices; forgets the shape otherwise.
    /// </summary>
    internal void Remember(ReadOnlySpan<byte> afterEnvelope, in ContentSpot spot, ChatCompletionChunk chunk)
    {
        _kind = Kind.None;
        if (chunk.Choices.Count != 1 || chunk.Choices[0].Delta is not { } delta)
        {
            // A null delta only gets here repeated (the reader marks that as something else); never a shape.
            return;
        }

        if (spot.IsOnlyContent)
        {
            if (!TryStore(afterEnvelope, spot.Content, null))
            {
                return;
            }

            _kind = Kind.Content;
        }
        else if (spot.IsReasoning && delta.ReasoningDetails is { Count: 1 } details)
        {
            ReasoningDetail read = details[0];
            if (!TryStore(afterEnvelope, spot.Reasoning, spot.DetailText))
            {
                return;
            }

            _content = delta.Content;
            _summary = spot.DetailTextIsSummary;
            _detail = new ReasoningDetail
            {
                Type = read.Type,
                Id = read.Id,
                Format = read.Format,
                Index = read.Index,
                Text = read.Text,
                Summary = read.Summary,
                Signature = read.Signature,
                Data = read.Data,
                ToolName = read.ToolName,
                ToolCallId = read.ToolCallId,
            };
            _kind = Kind.Reasoning;
        }
        else
        {
            return;
        }

        ChatCompletionChunkChoice choice = chunk.Choices[0];
        _index = choice.Index;
        _finishReason = choice.FinishReason;
        _nativeFinishReason = choice.NativeFinishReason;
        _role = delta.Role;
    }

    /// <summary>
    /// Stores the bytes before <paramref name="first"/>, between it and <paramref name="second"/> (if any) and after
    /// the last of them.
    /// </summary>
    private bool TryStore(ReadOnlySpan<byte> afterEnvelope, StringSpot first, StringSpot? second)
    {
        StringSpot last = second ?? first;
        int middleLength = last.Start - first.End;
        int suffixLength = afterEnvelope.Length - last.End;
        if (first.Start > MaxBytes || middleLength > MaxBytes || suffixLength > MaxBytes || (second is not null && middleLength < 0))
        {
            return false;
        }

        Store(afterEnvelope.Slice(0, first.Start), ref _prefix);
        _prefixLength = first.Start;
        _middleLength = 0;
        if (second is not null)
        {
            Store(afterEnvelope.Slice(first.End, middleLength), ref _middle);
            _middleLength = middleLength;
        }

        Store(afterEnvelope.Slice(last.End), ref _suffix);
        _suffixLength = suffixLength;
        return true;
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
/// Where the strings that change from chunk to chunk sit in a chunk's choices (offsets in the bytes the reader was
/// given) and whether anything but the members <see cref="ContentChunkShape"/> can take over was read around them.
/// </summary>
internal struct ContentSpot
{
    /// <summary>The delta's <c>content</c> strings.</summary>
    public StringSpot Content;

    /// <summary>The delta's <c>reasoning</c> strings.</summary>
    public StringSpot Reasoning;

    /// <summary>The <c>text</c> and <c>summary</c> strings of its reasoning details.</summary>
    public StringSpot DetailText;

    /// <summary>Whether the last of <see cref="DetailText"/> was a <c>summary</c>.</summary>
    public bool DetailTextIsSummary;

    /// <summary>How many <c>reasoning_details</c> members were read.</summary>
    public int DetailLists;

    /// <summary>How many reasoning detail entries were read.</summary>
    public int Details;

    /// <summary>Whether any other member (or a null, a second choice, or a member after the choices) was read.</summary>
    public bool Other;

    /// <summary>One content string and nothing else.</summary>
    public readonly bool IsOnlyContent => Content.Count == 1 && Reasoning.Count == 0 && DetailLists == 0 && !Other;

    /// <summary>
    /// At most one content string, one reasoning string, and after it one list of one reasoning detail read by hand
    /// with one text or summary string (nulls and anything else count as <see cref="Other"/>).
    /// </summary>
    public readonly bool IsReasoning =>
        !Other && Content.Count <= 1 && Reasoning.Count == 1 && DetailLists == 1 && Details == 1 && DetailText.Count == 1
        && Reasoning.End <= DetailText.Start;

    /// <summary>Records the text or summary string of a reasoning detail at the reader, or a null as something else.</summary>
    public void AddDetailText(ref Utf8JsonReader reader, bool isSummary)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            Other = true;
            return;
        }

        DetailText.Add(ref reader);
        DetailTextIsSummary = isSummary;
    }
}

/// <summary>Where the last of the strings of one member sits, and how many there were.</summary>
internal struct StringSpot
{
    /// <summary>The offset of the opening quote.</summary>
    public int Start;

    /// <summary>The offset just after the closing quote.</summary>
    public int End;

    /// <summary>How many strings were read.</summary>
    public int Count;

    /// <summary>Records the string at the reader.</summary>
    public void Add(ref Utf8JsonReader reader)
    {
        Count++;
        Start = (int)reader.TokenStartIndex;
        End = (int)reader.BytesConsumed;
    }
}
