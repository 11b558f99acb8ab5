using System;
using System.Runtime.CompilerServices;
using System.Text.Json;
using OpenRouter.Sdk.Internal;

namespace OpenRouter.Sdk.Serialization;

/// <summary>
/// The envelope of the previous chunk of one stream (<c>id</c>, <c>object</c>, <c>created</c>, <c>model</c>,
/// <c>provider</c>, ... up to <c>"choices":</c>): its exact bytes, the values read from them and the JSON reader's
/// state after them. Nearly every chunk repeats its predecessor's envelope byte for byte; such a chunk takes the
/// values over and its reading starts at its choices. Equal bytes read from the same state give equal values, so
/// this changes nothing but the work. One per stream; not thread-safe.
/// </summary>
internal sealed class ChunkEnvelope
{
    /// <summary>Longer envelopes are not remembered (no real one comes near).</summary>
    private const int MaxBytes = 1024;

    private byte[] _bytes = new byte[256];
    private string _id = string.Empty;
    private string? _object;
    private long _created;
    private string _model = string.Empty;
    private string? _provider;
    private string? _systemFingerprint;
    private ServiceTier? _serviceTier;

    /// <summary>The shape of the previous chunk's bytes after the envelope, for chunks that only change their text.</summary>
    public ContentChunkShape Shape { get; } = new();

    /// <summary>The remembered envelope's length in bytes; 0 while none is remembered.</summary>
    public int Length { get; private set; }

    /// <summary>The reader's state right after the remembered bytes (just read the <c>choices</c> member name).</summary>
    public JsonReaderState State { get; private set; }

    /// <summary>Whether <paramref name="utf8"/> begins with the remembered envelope.</summary>
    [MethodImpl(HotPath.Options)]
    public bool Matches(ReadOnlySpan<byte> utf8) =>
        Length > 0 && utf8.Length > Length && utf8.Slice(0, Length).SequenceEqual(new ReadOnlySpan<byte>(_bytes, 0, Length));

    /// <summary>A new chunk with the remembered envelope members set.</summary>
    [MethodImpl(HotPath.Options)]
    public ChatCompletionChunk Start() => new()
    {
        Id = _id,
        Object = _object,
        Created = _created,
        Model = _model,
        Provider = _provider,
        SystemFingerprint = _systemFingerprint,
        ServiceTier = _serviceTier,
    };

    /// <summary>Remembers <paramref name="envelope"/> (the bytes up to and including <c>"choices":</c>) and what <paramref name="chunk"/> read from them.</summary>
    public void Remember(ReadOnlySpan<byte> envelope, JsonReaderState state, ChatCompletionChunk chunk)
    {
        if (envelope.Length > MaxBytes)
        {
            Length = 0;
            return;
        }

        if (_bytes.Length < envelope.Length)
        {
            _bytes = new byte[MaxBytes];
        }

        envelope.CopyTo(_bytes);
        Length = envelope.Length;
        State = state;
        _id = chunk.Id;
        _object = chunk.Object;
        _created = chunk.Created;
        _model = chunk.Model;
        _provider = chunk.Provider;
        _systemFingerprint = chunk.SystemFingerprint;
        _serviceTier = chunk.ServiceTier;
    }
}
